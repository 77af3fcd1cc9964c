// The graph canvas: the thin adapter between the store's view and Cytoscape (through react-cytoscapejs).
import { useCallback, useEffect, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type {
  Core,
  EdgeSingular,
  ElementDefinition,
  EventObject,
  SingularElementReturnValue,
} from 'cytoscape';
import type { LayoutName, Selection } from '../state/app-state';
import { sameIds } from '../model/query';
import { buildStylesheet } from './stylesheet';
import { applyView, type CanvasView, type IdSets } from './view-classes';
import { centreOn, frameElements, READABLE_ZOOM, runLayout, type CanvasInsets } from './layouts';
import { useCanvasHandle } from './canvas-handle';

const STYLESHEET = buildStylesheet();

declare global {
  interface Window {
    /** The Cytoscape instance, in the browser tests' build only (see vite.config.ts). */
    __dossierCy?: Core;
  }
}

/**
 * How much of the canvas is covered by elements marked `data-canvas-overlay` (the side panels, drawn over the
 * canvas as drawers on narrow screens), so framing centres what it shows in the part the user can see.
 */
function coveredInsets(container: HTMLElement | null): CanvasInsets {
  const insets = { left: 0, right: 0 };
  if (!container) return insets;
  const box = container.getBoundingClientRect();
  for (const overlay of document.querySelectorAll('[data-canvas-overlay]')) {
    const over = overlay.getBoundingClientRect();
    const overlap = Math.min(box.right, over.right) - Math.max(box.left, over.left);
    if (overlap <= 0 || over.height === 0) continue;
    if (over.left + over.width / 2 < box.left + box.width / 2)
      insets.left = Math.max(insets.left, over.right - box.left);
    else insets.right = Math.max(insets.right, box.right - over.left);
  }
  return insets;
}

export interface LayoutCommand {
  name: LayoutName;
  /** Bumped when the user asks to re-run the layout; a change of `name` runs the new layout too. */
  seq: number;
  flowRanks: ReadonlyMap<string, number>;
  /** Positions the dataset ships, used for the first overview instead of computing one. */
  savedPositions?: Readonly<Record<string, { x: number; y: number }>>;
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  view: CanvasView;
  layout: LayoutCommand;
  onSelect: (selection: Selection) => void;
  /** Names the traced step ("flow:step"), or null: when it changes the canvas frames that step's elements. */
  traceStepKey: string | null;
  /** A summary read by screen readers in place of the picture. */
  description: string;
  /** Component tests run Cytoscape without a renderer: jsdom has no canvas. */
  headless?: boolean;
}

export function GraphCanvas({
  elements,
  view,
  layout,
  onSelect,
  traceStepKey,
  description,
  headless = false,
}: GraphCanvasProps) {
  const [cy, setCy] = useState<Core | null>(null);
  const boundTo = useRef<Core | null>(null);
  /** The element last selected by a click on the canvas itself, so the view does not jump away from it. */
  const tappedId = useRef<string | null>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const canvasHandle = useCanvasHandle();

  // react-cytoscapejs calls this on every update: bind the handlers once per instance (STACK.md pitfall 2).
  const receiveCy = useCallback(
    (instance: Core) => {
      if (boundTo.current === instance) return;
      boundTo.current = instance;
      instance.on('tap', 'node, edge', (event: EventObject) => {
        const target = event.target as SingularElementReturnValue;
        tappedId.current = target.id();
        onSelectRef.current({ kind: target.isNode() ? 'node' : 'edge', id: target.id() });
      });
      instance.on('tap', (event: EventObject) => {
        if (event.target === instance) onSelectRef.current(null);
      });
      if (__DOSSIER_TEST_HOOKS__) window.__dossierCy = instance;
      // The Export menu draws its PNG and SVG from this instance (canvas-handle.ts).
      canvasHandle.attach(instance);
      setCy(instance);
    },
    [canvasHandle],
  );

  // A layout runs when a dataset opens (new elements) or the user asks (seq), never on other state changes.
  const lastLayout = useRef<{
    cy: Core;
    elements: ElementDefinition[];
    name: LayoutName;
    seq: number;
  } | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const last = lastLayout.current;
    const firstRun = !last || last.cy !== cy || last.elements !== elements;
    if (!firstRun && last.name === layout.name && last.seq === layout.seq) return;
    lastLayout.current = { cy, elements, name: layout.name, seq: layout.seq };
    runLayout(cy, {
      name: layout.name,
      flowRanks: layout.flowRanks,
      animate: !firstRun && !headless,
      seed: layout.seq + 1,
      // Saved positions serve the first overview only; "Re-run layout" computes a fresh one.
      savedPositions: layout.seq === 0 ? layout.savedPositions : undefined,
      insets: coveredInsets(containerRef.current),
    })
      .then(() => {
        // A User Timing mark the benchmark reads: how long until the first graph is laid out and drawn.
        if (firstRun && performance.getEntriesByName('dossier:first-layout').length === 0) {
          performance.mark('dossier:first-layout');
        }
      })
      .catch((error: unknown) => {
        // A layout that fails leaves the previous positions in place; the graph stays usable.
        if (!cy.destroyed()) console.warn('Dossier: the layout could not run', error);
      });
  }, [cy, elements, layout, headless]);

  useEffect(() => {
    if (cy && !cy.destroyed()) applyView(cy, view);
  }, [cy, view]);

  // The canvas follows the selection. A click on the canvas moves the view only if what was clicked ends up
  // hidden (under a drawer that opened for it); a selection made elsewhere (search, list, reader, details) is
  // brought to the middle of the visible canvas, zoomed in enough for its neighbours' names to show.
  useEffect(() => {
    if (!cy || cy.destroyed() || headless || !view.selectedId) return;
    const element = cy.getElementById(view.selectedId);
    if (element.empty() || element.hasClass('hidden')) return;
    const insets = coveredInsets(containerRef.current);
    const tapped = tappedId.current === view.selectedId;
    tappedId.current = null;
    if (tapped) {
      // By position, not renderedBoundingBox(): see framingBox in layouts.ts.
      const at = element.isNode() ? element.renderedPosition() : (element as EdgeSingular).renderedMidpoint();
      const inView =
        at.x >= insets.left && at.y >= 0 && at.x <= cy.width() - insets.right && at.y <= cy.height();
      if (inView) return;
    }
    centreOn(cy, element, Math.max(cy.zoom(), tapped ? 0 : READABLE_ZOOM), insets);
  }, [cy, view.selectedId, headless]);

  // A path found is framed whole, so the chain the panel lists in words can be followed on the canvas too.
  const framedPath = useRef<IdSets | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed() || headless) return;
    const before = framedPath.current;
    framedPath.current = view.path;
    if (!view.path || view.path.nodeIds.size === 0 || (before && sameIds(before, view.path))) return;
    frameElements(cy, cy.elements('.on-path'), true, coveredInsets(containerRef.current));
  }, [cy, view.path, headless]);

  // The canvas follows the trace: each new step is framed, so its words and arrows are readable at any graph size.
  const framedStep = useRef<string | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed() || headless || traceStepKey === framedStep.current) return;
    framedStep.current = traceStepKey;
    const current = cy.elements('.flow-current');
    if (traceStepKey === null || current.empty()) return;
    frameElements(cy, current.union(current.connectedNodes()), true, coveredInsets(containerRef.current));
  }, [cy, traceStepKey, view, headless]);

  // The canvas follows the filters and the focus: when what is shown changes, frame it, so a focused
  // neighbourhood or a filtered handful fills the canvas with readable names. (A trace frames its step instead.)
  const framedVisible = useRef<IdSets | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed() || headless) return;
    const before = framedVisible.current;
    framedVisible.current = view.visible;
    if (before === null || view.trace || sameIds(before, view.visible)) return;
    frameElements(cy, cy.elements().not('.hidden'), true, coveredInsets(containerRef.current));
  }, [cy, view.visible, view.trace, headless]);

  // Panels collapse and expand around the canvas: tell Cytoscape its box changed.
  useEffect(() => {
    const container = containerRef.current;
    if (!cy || !container || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (!cy.destroyed()) cy.resize();
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);

  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="graph-canvas">
      {/* A group, not a toolbar: a toolbar promises arrow-key movement between its buttons; these take Tab. */}
      <div className="canvas-controls" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.25)} aria-label="Zoom in" title="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} aria-label="Zoom out" title="Zoom out">
          −
        </button>
        <button
          type="button"
          onClick={() =>
            cy?.animate({ fit: { eles: cy.elements(':visible'), padding: 30 } }, { duration: 250 })
          }
          aria-label="Fit graph to view"
          title="Fit graph to view"
        >
          Fit
        </button>
      </div>
      <div ref={containerRef} className="cy-host" role="img" aria-label={description}>
        <CytoscapeComponent
          elements={elements}
          stylesheet={STYLESHEET}
          cy={receiveCy}
          headless={headless}
          className="cy-container"
          minZoom={0.1}
          maxZoom={4}
          boxSelectionEnabled={false}
          autounselectify
        />
      </div>
    </div>
  );
}
