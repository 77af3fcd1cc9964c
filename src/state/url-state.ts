// The view <-> URL codec: selection, filters, layout, focus, path, trace and view live in the query string,
// so a link or a reload brings the same view back.
import { NODE_TYPES, RELATION_TYPES, type NodeType, type RelationType } from '../model/vocabulary';
import { INITIAL_STATE, LAYOUT_NAMES, type AppState, type LayoutName } from './app-state';

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

export function encodeUrlState(state: AppState): string {
  const params = new URLSearchParams();
  if (state.selection) params.set('sel', `${state.selection.kind}:${state.selection.id}`);
  if (state.filters.threatAreas.length) params.set('areas', state.filters.threatAreas.join(','));
  if (state.filters.nodeTypes.length) params.set('types', state.filters.nodeTypes.join(','));
  if (state.filters.relationTypes.length) params.set('relations', state.filters.relationTypes.join(','));
  if (state.layout !== INITIAL_STATE.layout) params.set('layout', state.layout);
  if (state.focus) params.set('focus', `${state.focus.nodeId}:${state.focus.depth}`);
  if (state.path.from) params.set('from', state.path.from);
  if (state.path.to) params.set('to', state.path.to);
  // Steps are 1-based in the URL, as the tracer shows them.
  if (state.trace) params.set('trace', `${state.trace.flowId}:${state.trace.step + 1}`);
  if (state.view !== INITIAL_STATE.view) params.set('view', state.view);
  const text = params.toString();
  return text ? `?${text.replace(/%2C/g, ',').replace(/%3A/g, ':')}` : '';
}

/**
 * Reads a view from a query string. Values of the wrong shape are dropped; whether ids exist in the open dataset
 * is checked by `sanitizeState`, which knows the dataset.
 */
export function decodeUrlState(search: string): AppState {
  const params = new URLSearchParams(search);
  const state: AppState = { ...INITIAL_STATE, path: { from: null, to: null } };

  const sel = params.get('sel')?.match(/^(node|edge):(.+)$/);
  if (sel) state.selection = { kind: sel[1] as 'node' | 'edge', id: sel[2] as string };

  state.filters = {
    threatAreas: list(params.get('areas')),
    nodeTypes: list(params.get('types')).filter((t): t is NodeType =>
      (NODE_TYPES as readonly string[]).includes(t),
    ),
    relationTypes: list(params.get('relations')).filter((t): t is RelationType =>
      (RELATION_TYPES as readonly string[]).includes(t),
    ),
  };

  const layout = params.get('layout');
  if (layout && (LAYOUT_NAMES as readonly string[]).includes(layout)) state.layout = layout as LayoutName;

  const focus = params.get('focus')?.match(/^(.+):(\d+)$/);
  if (focus) state.focus = { nodeId: focus[1] as string, depth: Math.min(Math.max(Number(focus[2]), 1), 5) };

  state.path = { from: params.get('from'), to: params.get('to') };

  const trace = params.get('trace')?.match(/^(.+):(\d+)$/);
  if (trace) state.trace = { flowId: trace[1] as string, step: Math.max(Number(trace[2]) - 1, 0) };

  if (params.get('view') === 'list') state.view = 'list';
  return state;
}

export interface KnownIds {
  hasNode(id: string): boolean;
  hasEdge(id: string): boolean;
  hasThreatArea(id: string): boolean;
  /** Number of steps in a flow, or undefined when there is no such flow. */
  flowLength(id: string): number | undefined;
}

/** Drops what the open dataset does not have, so a stale or hand-edited link never shows a broken view. */
export function sanitizeState(state: AppState, known: KnownIds): AppState {
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
      state.trace && steps !== undefined
        ? { flowId: state.trace.flowId, step: Math.min(state.trace.step, steps - 1) }
        : null,
  };
}
