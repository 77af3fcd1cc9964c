// The view of one dataset (selection, filters, layout, focus, path, trace): what a link or a history entry brings
// back, and how it is tidied against the dataset it is read with.
import { sortedSteps } from '../model/flow';
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
  /** The document the reader shows, by id; null for the dataset's first. */
  document: string | null;
  /**
   * A request for the reader to scroll to a span of a document; `seq` makes a repeated request for the same span
   * count.
   */
  readerTarget: { document: string; start: number; end: number; seq: number } | null;
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
  document: null,
  readerTarget: null,
};

/** What a view may name in the dataset it is read with. */
export interface KnownIds {
  hasNode(id: string): boolean;
  hasEdge(id: string): boolean;
  hasThreatArea(id: string): boolean;
  /** Whether the dataset's vocabulary has this node type, or relation type (its own, or the built-in ones). */
  hasNodeType(id: string): boolean;
  hasRelationType(id: string): boolean;
  /** Number of steps in a flow, or undefined when there is no such flow. */
  flowLength(id: string): number | undefined;
  /** The dataset's documents' ids, in dataset order (the first is the one shown by default). */
  documentIds: readonly string[];
}

export function knownIdsOf(index: GraphIndex): KnownIds {
  return {
    hasNode: (id) => index.nodeById.has(id),
    hasEdge: (id) => index.edgeById.has(id),
    hasThreatArea: (id) => index.threatAreaById.has(id),
    hasNodeType: (id) => index.vocabulary.nodeTypes.some((t) => t.id === id),
    hasRelationType: (id) => index.vocabulary.relationTypes.some((t) => t.id === id),
    flowLength: (id) => index.flowById.get(id)?.steps.length,
    documentIds: index.dataset.documents.map((d) => d.id),
  };
}

/** The id of the document a view shows: its own if the dataset has it, else the dataset's first. */
export function shownDocumentId(document: string | null, documentIds: readonly string[]): string {
  return document !== null && documentIds.includes(document) ? document : (documentIds[0] ?? '');
}

/**
 * The document to show once an element is selected: the one shown if any of the element's evidence is found in
 * it, else the document of its first found span, so that selecting never leaves the reader showing nothing of it.
 * Returns the view's `document` value (null for the first document).
 */
export function documentForSelection(
  index: GraphIndex,
  selection: Selection,
  document: string | null,
): string | null {
  const element =
    selection?.kind === 'node'
      ? index.nodeById.get(selection.id)
      : selection?.kind === 'edge'
        ? index.edgeById.get(selection.id)
        : undefined;
  return documentShowing(index, element?.evidence ?? [], document);
}

/** The document to show at a trace step, as for a selection: the tracer's passage should be in the reader. */
export function documentForTrace(
  index: GraphIndex,
  trace: ViewState['trace'],
  document: string | null,
): string | null {
  const flow = trace ? index.flowById.get(trace.flowId) : undefined;
  const step = flow && trace ? sortedSteps(flow)[trace.step] : undefined;
  return documentShowing(index, step?.evidence ?? [], document);
}

/** The shown document if some of the evidence is found in it, else the first found span's, else the shown one. */
function documentShowing(
  index: GraphIndex,
  evidence: readonly { document: string; orphan?: boolean }[],
  document: string | null,
): string | null {
  const documentIds = index.dataset.documents.map((d) => d.id);
  const shown = shownDocumentId(document, documentIds);
  const found = evidence.filter((ev) => !ev.orphan);
  if (found.length === 0 || found.some((ev) => ev.document === shown)) return document;
  return documentValue(found[0]?.document ?? shown, documentIds);
}

/** A document id as a view holds it: null for the dataset's first (or one it does not have), so links stay short. */
export function documentValue(id: string, documentIds: readonly string[]): string | null {
  return documentIds.indexOf(id) > 0 ? id : null;
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
      nodeTypes: state.filters.nodeTypes.filter((id) => known.hasNodeType(id)),
      relationTypes: state.filters.relationTypes.filter((id) => known.hasRelationType(id)),
    },
    focus: state.focus && known.hasNode(state.focus.nodeId) ? state.focus : null,
    path: { from: nodeOrNull(state.path.from), to: nodeOrNull(state.path.to) },
    trace:
      state.trace && steps !== undefined && steps > 0
        ? { flowId: state.trace.flowId, step: Math.min(state.trace.step, steps - 1) }
        : null,
    document: state.document === null ? null : documentValue(state.document, known.documentIds),
  };
}
