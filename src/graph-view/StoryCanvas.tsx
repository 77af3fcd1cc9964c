// The story view: a traced flow drawn as a theme-line chart on its own Cytoscape canvas, over the overview (which
// keeps its layout and camera underneath for when the trace stops).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, SingularElementReturnValue } from 'cytoscape';
import type { Dataset, Flow } from '../model/schema';
import type { GraphIndex } from '../model/graph-index';
import type { Selection } from '../state/app-state';
import { coveredInsets, type CanvasInsets } from './camera';
import { useCanvasHandle } from './canvas-handle';
import { ZoomButtons } from './ZoomButtons';
import { FrameTraceStepController } from './controllers/FrameTraceStepController';
import { SelectOnTapController } from './controllers/SelectOnTapController';
import { storyLayout } from './story-layout';
import { storyClassesFor, storyElementDefinitions, storyFacts, type StoryView } from './story-elements';
import { buildStoryStylesheet } from './story-stylesheet';
import './story-canvas.css';

const STYLESHEET = buildStoryStylesheet();

export interface StoryCanvasProps {
  flow: Flow;
  dataset: Dataset;
  index: GraphIndex;
  view: StoryView;
  onSelect: (selection: Selection) => void;
  headless?: boolean;
}

/** The story canvas's classes follow the view; only elements whose classes change are touched. */
function useStoryClasses(cy: Core | null, facts: ReturnType<typeof storyFacts>, view: StoryView) {
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const id = element.id();
        const known = facts.get(id);
        const classes = storyClassesFor(
          known ?? { kind: 'rest', step: -1, ref: String(element.data('ref') ?? id) },
          view,
        );
        const now = element.classes() as unknown as string[];
        if (now.length === classes.length && classes.every((c, i) => now[i] === c)) return;
        element.classes(classes);
      });
    });
  }, [cy, facts, view]);
}

export function StoryCanvas({ flow, dataset, index, view, onSelect, headless = false }: StoryCanvasProps) {
  const [cy, setCy] = useState<Core | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const canvasHandle = useCanvasHandle();

  // Seeded: the same flow is drawn the same way on every visit.
  const layout = useMemo(() => storyLayout(flow, index, { seed: 1 }), [flow, index]);
  const elements = useMemo(() => storyElementDefinitions(layout, dataset), [layout, dataset]);
  const facts = useMemo(() => storyFacts(layout), [layout]);

  const receiveCy = useCallback((instance: Core) => setCy(instance), []);

  // While the story is shown it is the canvas: the Export menu and the browser tests' hook reach it, and get the
  // overview's back when it closes (GraphCanvas registers its instance once, so this stays claimed meanwhile).
  const overview = useRef<{ handle: Core | null; hook: Core | undefined } | null>(null);
  useEffect(() => {
    if (!cy) return;
    overview.current ??= {
      handle: canvasHandle.current(),
      hook: __DOSSIER_TEST_HOOKS__ ? window.__dossierCy : undefined,
    };
    canvasHandle.attach(cy);
    if (__DOSSIER_TEST_HOOKS__) window.__dossierCy = cy;
  }, [cy, canvasHandle]);
  useEffect(
    () => () => {
      const before = overview.current;
      if (!before) return;
      if (before.handle) canvasHandle.attach(before.handle);
      if (__DOSSIER_TEST_HOOKS__) window.__dossierCy = before.hook;
    },
    [canvasHandle],
  );

  // A click on a story element selects what it stands for; on the empty canvas, clears the selection.
  const selectionOf = useCallback(
    (target: SingularElementReturnValue): Selection => {
      const ref = String(target.data('ref') ?? '');
      return ref ? { kind: index.edgeById.has(ref) ? 'edge' : 'node', id: ref } : null;
    },
    [index],
  );

  useStoryClasses(cy, facts, view);

  // Panels open and close around the canvas: Cytoscape is told when its box changes.
  useEffect(() => {
    const box = containerRef.current;
    if (!cy || !box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (!cy.destroyed()) cy.resize();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [cy]);

  const insets = useCallback((): CanvasInsets => coveredInsets(containerRef.current), []);
  const described =
    view.step === null
      ? `The story of ${flow.title}: one line per actor, one column per step, hand-offs numbered.`
      : `The story of ${flow.title} at step ${view.step + 1} of ${layout.columns.length}: ` +
        `${layout.columns[view.step]?.title ?? ''}. The tracer beside it gives the step in words.`;

  return (
    <div className="story-canvas">
      <ZoomButtons cy={cy} />
      <div ref={containerRef} className="cy-host" role="img" aria-label={described}>
        <CytoscapeComponent
          elements={elements}
          stylesheet={STYLESHEET}
          cy={receiveCy}
          headless={headless}
          layout={{ name: 'preset' }}
          className="cy-container"
          minZoom={0.1}
          maxZoom={4}
          boxSelectionEnabled={false}
          autounselectify
        />
      </div>
      {cy && <SelectOnTapController cy={cy} onSelect={onSelect} selectionOf={selectionOf} />}
      {cy && (
        <FrameTraceStepController
          cy={cy}
          layout={layout}
          step={view.step}
          insets={insets}
          headless={headless}
        />
      )}
    </div>
  );
}
