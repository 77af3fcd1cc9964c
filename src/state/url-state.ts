// The URL codec: the open dataset's id and the view of it (selection, filters, layout, focus, path, trace, the
// document shown) live in the query string, so a link names what it shows and a reload brings the same view back.
import { INITIAL_VIEW, LAYOUT_NAMES, type LayoutName, type ViewState } from './view-state';

/** What a URL names: a dataset (null in links from before datasets were named) and a view of it. */
export interface UrlState {
  datasetId: string | null;
  view: ViewState;
}

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

/** The query string for a view of a dataset; the dataset comes first, and is always named. */
export function encodeUrlState(datasetId: string, state: ViewState): string {
  const params = new URLSearchParams();
  params.set('dataset', datasetId);
  if (state.selection) params.set('sel', `${state.selection.kind}:${state.selection.id}`);
  if (state.filters.threatAreas.length) params.set('areas', state.filters.threatAreas.join(','));
  if (state.filters.nodeTypes.length) params.set('types', state.filters.nodeTypes.join(','));
  if (state.filters.relationTypes.length) params.set('relations', state.filters.relationTypes.join(','));
  if (state.layout !== INITIAL_VIEW.layout) params.set('layout', state.layout);
  if (state.focus) params.set('focus', `${state.focus.nodeId}:${state.focus.depth}`);
  if (state.path.from) params.set('from', state.path.from);
  if (state.path.to) params.set('to', state.path.to);
  // Steps are 1-based in the URL, as the tracer shows them.
  if (state.trace) params.set('trace', `${state.trace.flowId}:${state.trace.step + 1}`);
  if (state.storyRest) params.set('rest', '1');
  if (state.view !== INITIAL_VIEW.view) params.set('view', state.view);
  // Only a document other than the first is named: sanitizeView keeps the first as null.
  if (state.document) params.set('doc', state.document);
  return `?${params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}

/**
 * Reads a dataset id and a view from a query string. Values of the wrong shape are dropped; whether the dataset
 * can be opened is the registry's question, and whether ids exist in it `sanitizeView`'s, which knows it.
 */
export function decodeUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...INITIAL_VIEW, path: { from: null, to: null } };

  const sel = params.get('sel')?.match(/^(node|edge):(.+)$/);
  if (sel) state.selection = { kind: sel[1] as 'node' | 'edge', id: sel[2] as string };

  state.filters = {
    threatAreas: list(params.get('areas')),
    // Any type id: which types there are is the dataset's vocabulary's to say (sanitizeView, when it is known).
    nodeTypes: list(params.get('types')),
    relationTypes: list(params.get('relations')),
  };

  const layout = params.get('layout');
  if (layout && (LAYOUT_NAMES as readonly string[]).includes(layout)) state.layout = layout as LayoutName;

  const focus = params.get('focus')?.match(/^(.+):(\d+)$/);
  if (focus) state.focus = { nodeId: focus[1] as string, depth: Math.min(Math.max(Number(focus[2]), 1), 5) };

  state.path = { from: params.get('from'), to: params.get('to') };

  const trace = params.get('trace')?.match(/^(.+):(\d+)$/);
  if (trace) state.trace = { flowId: trace[1] as string, step: Math.max(Number(trace[2]) - 1, 0) };

  if (params.get('rest') === '1') state.storyRest = true;
  if (params.get('view') === 'list') state.view = 'list';
  state.document = params.get('doc') || null;
  return { datasetId: params.get('dataset') || null, view: state };
}
