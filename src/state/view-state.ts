// The view of one dataset (selection, filters, layout, focus, path, trace): what a link or a history entry brings
// back, and how it is tidied against the dataset it is read with.
import { NO_FILTERS, type Filters } from '../model/query';
import type { GraphIndex } from '../model/graph-index';

export type LayoutName = 'overview' | 'flow' | 'concentric';
export const LAYOUT_NAMES: readonly LayoutName[] = ['overview', 'flow', 'concentric'];

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export type { Filters };

export interface ViewState {
  selection: Selection;
  filters: Filters;
  layout: LayoutName;
  /** Show only the neighbourhood of a node, to a depth. */
  focus: { nodeId: string; depth: number } | null;
  /** Path finder endpoints; the path itself is derived. */
  path: { from: string | null; to: string | null };
  /** The tracer: which flow, and which step (0-based), or null when no trace is shown. */
  trace: { flowId: string; step: number } | null;
  /** While a story is shown, whether the rest of the graph is drawn under it (faded). */
  storyRest: boolean;
  view: 'graph' | 'list';
  /** A request for the reader to scroll to a span; `seq` makes a repeated request for the same span count. */
  readerTarget: { start: number; end: number; seq: number } | null;
}

/** The view a dataset opens at. */
export const INITIAL_VIEW: ViewState = {
  selection: null,
  filters: NO_FILTERS,
  layout: 'overview',
  focus: null,
  path: { from: null, to: null },
  trace: null,
  storyRest: false,
  view: 'graph',
  readerTarget: null,
};

/** What a view may name in the dataset it is read with. */
export interface KnownIds {
  hasNode(id: string): boolean;
  hasEdge(id: string): boolean;
  hasThreatArea(id: string): boolean;
  /** Number of steps in a flow, or undefined when there is no such flow. */
  flowLength(id: string): number | undefined;
}

export function knownIdsOf(index: GraphIndex): KnownIds {
  return {
    hasNode: (id) => index.nodeById.has(id),
    hasEdge: (id) => index.edgeById.has(id),
    hasThreatArea: (id) => index.threatAreaById.has(id),
    flowLength: (id) => index.flowById.get(id)?.steps.length,
  };
}

/** Drops what the dataset does not have, so a stale or hand-edited link never shows a broken view. */
export function sanitizeView<T extends ViewState>(state: T, known: KnownIds): T {
  const sel = state.selection;
  const selectionOk = sel && (sel.kind === 'node' ? known.hasNode(sel.id) : known.hasEdge(sel.id));
  const steps = state.trace ? known.flowLength(state.trace.flowId) : undefined;
  const nodeOrNull = (id: string | null) => (id && known.hasNode(id) ? id : null);
  return {
    ...state,
    selection: selectionOk ? sel : null,
    filters: {
      ...state.filters,
      threatAreas: state.filters.threatAreas.filter((id) => known.hasThreatArea(id)),
    },
    focus: state.focus && known.hasNode(state.focus.nodeId) ? state.focus : null,
    path: { from: nodeOrNull(state.path.from), to: nodeOrNull(state.path.to) },
    trace:
      state.trace && steps !== undefined && steps > 0
        ? { flowId: state.trace.flowId, step: Math.min(state.trace.step, steps - 1) }
        : null,
  };
}
