// Controller: runs a layout when a dataset opens (a new instance) or the user asks (a new seq or layout name), and
// never on any other state change; afterwards frames what the view is following.
import { useEffect, useMemo, useRef } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import type { LayoutName } from '../../state/app-state';
import type { IdSets } from '../../model/query';
import type { CanvasInsets } from '../camera';
import { layoutGraphOf } from '../elements';
import { runLayout, type AtScaleRun } from '../layouts';
import type { CanvasView } from '../view-classes';

export interface LayoutCommand {
  name: LayoutName;
  /** Bumped when the user asks to re-run the layout; a change of `name` runs the new layout too. */
  seq: number;
  /** Positions the dataset ships, used for the first overview instead of computing one. */
  savedPositions?: Readonly<Record<string, { x: number; y: number }>>;
  /** Where the user dragged nodes in the overview; read when a layout runs (a drag itself runs none). */
  moved?: Readonly<Record<string, { x: number; y: number }>>;
}

const isEmpty = (ids: IdSets) => ids.nodeIds.size === 0 && ids.edgeIds.size === 0;

/** What a finished layout frames: the traced step while tracing, else a path found, else the layout itself. */
export function frameTargetOf(view: CanvasView): IdSets | null {
  if (view.trace && !isEmpty(view.trace.current)) return view.trace.current;
  if (view.path && !isEmpty(view.path)) return view.path;
  return null;
}

interface Props {
  cy: Core;
  elements: ElementDefinition[];
  layout: LayoutCommand;
  view: CanvasView;
  insets: () => CanvasInsets;
  headless: boolean;
  /** A big graph's overview in progress in its worker, or null: the canvas shows it with a Stop. */
  onAtScale?: (run: AtScaleRun | null) => void;
}

export function LayoutController({ cy, elements, layout, view, insets, headless, onAtScale }: Props) {
  const graph = useMemo(() => layoutGraphOf(elements), [elements]);
  // The view when the layout ends, which may be later than when it started (fcose loads on first use).
  const latestView = useRef(view);
  useEffect(() => {
    latestView.current = view;
  }, [view]);

  const onAtScaleRef = useRef(onAtScale);
  useEffect(() => {
    onAtScaleRef.current = onAtScale;
  }, [onAtScale]);
  // The run in progress: a newer layout, or the canvas going away, drops it (and its worker).
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const last = useRef<{ cy: Core; elements: ElementDefinition[]; name: LayoutName; seq: number } | null>(
    null,
  );
  useEffect(() => {
    if (cy.destroyed()) return;
    const before = last.current;
    // A new instance is a dataset opened (App.tsx keys the canvas on it). New elements for the same instance are
    // an edit: what the user placed stays placed, and an added node comes with its own position.
    const firstRun = !before || before.cy !== cy;
    if (!firstRun && before.name === layout.name && before.seq === layout.seq) return;
    last.current = { cy, elements, name: layout.name, seq: layout.seq };
    running.current?.abort();
    const run = new AbortController();
    running.current = run;
    runLayout(cy, {
      name: layout.name,
      graph,
      animate: !firstRun && !headless,
      seed: layout.seq + 1,
      // Saved positions serve the first overview only; "Re-run layout" computes a fresh one.
      savedPositions: layout.seq === 0 ? layout.savedPositions : undefined,
      moved: layout.moved,
      frameTarget: () => frameTargetOf(latestView.current),
      insets: insets(),
      onAtScale: (progress) => {
        if (!run.signal.aborted) onAtScaleRef.current?.(progress);
      },
      signal: run.signal,
    })
      .then(() => {
        // A User Timing mark the benchmark reads: how long until the first graph is laid out and drawn.
        if (firstRun && performance.getEntriesByName('dossier:first-layout').length === 0) {
          performance.mark('dossier:first-layout');
        }
      })
      .catch((error: unknown) => {
        // A layout that fails leaves the previous positions in place; the graph stays usable. One dropped for a
        // newer one is not a failure.
        if (!cy.destroyed() && !run.signal.aborted) console.warn('Dossier: the layout could not run', error);
      });
  }, [cy, elements, graph, layout, headless, insets]);
  return null;
}
