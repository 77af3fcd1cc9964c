// The one app store's state and its reducer: every user action is a pure transition from one view to the next.
import { NO_FILTERS, type Filters } from '../model/query';

export type LayoutName = 'overview' | 'flow' | 'concentric';
export const LAYOUT_NAMES: readonly LayoutName[] = ['overview', 'flow', 'concentric'];

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export type { Filters };

export interface AppState {
  selection: Selection;
  filters: Filters;
  layout: LayoutName;
  /** Show only the neighbourhood of a node, to a depth. */
  focus: { nodeId: string; depth: number } | null;
  /** Path finder endpoints; the path itself is derived. */
  path: { from: string | null; to: string | null };
  /** The tracer: which flow, and which step (0-based), or null when no trace is shown. */
  trace: { flowId: string; step: number } | null;
  view: 'graph' | 'list';
  /** A request for the reader to scroll to a span; `seq` makes a repeated request for the same span count. */
  readerTarget: { start: number; end: number; seq: number } | null;
}

export const INITIAL_STATE: AppState = {
  selection: null,
  filters: NO_FILTERS,
  layout: 'overview',
  focus: null,
  path: { from: null, to: null },
  trace: null,
  view: 'graph',
  readerTarget: null,
};

export type Action =
  | { type: 'select'; selection: Selection }
  | { type: 'toggleFilter'; axis: keyof Filters; value: string }
  | { type: 'setFilter'; axis: keyof Filters; values: string[] }
  | { type: 'resetFilters' }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'setFocus'; focus: AppState['focus'] }
  | { type: 'setPathEnd'; end: 'from' | 'to'; nodeId: string | null }
  | { type: 'setTrace'; trace: AppState['trace'] }
  | { type: 'setView'; view: AppState['view'] }
  | { type: 'showInDocument'; start: number; end: number }
  | { type: 'replace'; state: AppState };

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'select':
      return { ...state, selection: action.selection };
    case 'toggleFilter':
      return {
        ...state,
        // The axis decides the element type; the UI only offers values of that axis.
        filters: {
          ...state.filters,
          [action.axis]: toggle(state.filters[action.axis] as string[], action.value),
        },
      };
    case 'setFilter':
      return { ...state, filters: { ...state.filters, [action.axis]: [...action.values] } };
    case 'resetFilters':
      return { ...state, filters: NO_FILTERS, focus: null };
    case 'setLayout':
      return { ...state, layout: action.layout };
    case 'setFocus':
      return { ...state, focus: action.focus };
    case 'setPathEnd':
      return { ...state, path: { ...state.path, [action.end]: action.nodeId } };
    case 'setTrace':
      return { ...state, trace: action.trace };
    case 'setView':
      return { ...state, view: action.view };
    case 'showInDocument':
      return {
        ...state,
        readerTarget: { start: action.start, end: action.end, seq: (state.readerTarget?.seq ?? 0) + 1 },
      };
    case 'replace':
      return action.state;
  }
}
