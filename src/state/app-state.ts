// The one app store's state and its reducer: the open dataset and the view of it; every user action is a pure
// transition from one state to the next.
import type { OpenDataset } from '../data/open-dataset';
import { NO_FILTERS } from '../model/query';
import { tryOperation, type Operation } from '../model/operations';
import { indexAfterOperation } from '../model/graph-index-update';
import {
  documentForSelection,
  documentForTrace,
  documentValue,
  INITIAL_VIEW,
  knownIdsOf,
  sanitizeView,
  type Filters,
  type ViewState,
} from './view-state';
import type { Position } from '../model/schema';

// Where the view's types have always been imported from.
export { LAYOUT_NAMES, INITIAL_VIEW } from './view-state';
export type { Filters, LayoutName, Selection, ViewState } from './view-state';

export interface AppState extends ViewState {
  /** The open dataset: its data, source text and index, which dataset and version it is, where it came from. */
  open: OpenDataset;
  /** Bumped by "Re-run layout": the canvas runs a layout when this or the layout's name changes, and only then. */
  layoutSeq: number;
  /**
   * Counts openings, even of the same content again. The panels and the canvas are keyed on it (App.tsx), so
   * what they keep for themselves (search text, pickers, the camera) starts afresh with each dataset opened.
   */
  opening: number;
  /**
   * Where the user dragged nodes in the overview, by node id: drawn over the dataset's own positions, kept with
   * the view in this browser (kept-views.ts), forgotten by "Re-run layout" and "Reset view".
   */
  moved: MovedNodes;
}

export type MovedNodes = Readonly<Record<string, Position>>;

/** A dataset just opened, at a view (tidied against it), with nothing left over from what was open before. */
export function openedState(
  open: OpenDataset,
  view: ViewState = INITIAL_VIEW,
  opening = 0,
  moved: MovedNodes = {},
): AppState {
  return {
    ...sanitizeView(view, knownIdsOf(open.index)),
    open,
    layoutSeq: 0,
    opening,
    moved: movedIn(open, moved),
  };
}

/** The moved positions of nodes the dataset has (a kept view may name nodes an edit has since removed). */
function movedIn(open: OpenDataset, moved: MovedNodes): MovedNodes {
  const kept = Object.entries(moved).filter(([id]) => open.index.nodeById.has(id));
  return kept.length === Object.keys(moved).length ? moved : Object.fromEntries(kept);
}

export type Action =
  | { type: 'select'; selection: ViewState['selection'] }
  | { type: 'toggleFilter'; axis: keyof Filters; value: string }
  | { type: 'setFilter'; axis: keyof Filters; values: string[] }
  | { type: 'resetFilters' }
  | { type: 'setLayout'; layout: ViewState['layout'] }
  | { type: 'rerunLayout' }
  | { type: 'setFocus'; focus: ViewState['focus'] }
  | { type: 'setPathEnd'; end: 'from' | 'to'; nodeId: string | null }
  | { type: 'setTrace'; trace: ViewState['trace'] }
  | { type: 'setStoryRest'; show: boolean }
  | { type: 'setView'; view: ViewState['view'] }
  /** Shows a passage of a document in the reader (switching to that document), and scrolls there. */
  | { type: 'showInDocument'; document: string; start: number; end: number }
  /** The reader's document picker: shows another document of the dataset. */
  | { type: 'showDocument'; document: string }
  /** Back or Forward to another view of the open dataset. */
  | { type: 'restoreView'; view: ViewState }
  /**
   * Opens a dataset (from a file, or again from history), at a view or the starting one: the one place where
   * everything that belongs to a dataset is reset (selection, filters, focus, path, trace, layout run, reader).
   */
  | { type: 'openDataset'; open: OpenDataset; view?: ViewState; moved?: MovedNodes }
  /** The user dragged nodes in the overview to these positions. */
  | { type: 'moveNodes'; positions: MovedNodes }
  /**
   * Back to the dataset's own defaults: the starting view, its own positions, and the panels and the camera made
   * anew, as when it was first opened.
   */
  | { type: 'resetView' }
  /** Edits the open dataset; an operation that does not fit it leaves the state as it is. */
  | { type: 'applyOperation'; operation: Operation };

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'select':
      // The reader follows a selection whose passages are all in another document than the one shown.
      return {
        ...state,
        selection: action.selection,
        document: documentForSelection(state.open.index, action.selection, state.document),
      };
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
    case 'rerunLayout':
      // A fresh layout places every node anew, the dragged ones too.
      return { ...state, layoutSeq: state.layoutSeq + 1, moved: {} };
    case 'setFocus':
      return { ...state, focus: action.focus };
    case 'setPathEnd':
      return { ...state, path: { ...state.path, [action.end]: action.nodeId } };
    case 'setTrace':
      // The reader follows a step whose passages are all in another document, as it follows a selection.
      return {
        ...state,
        trace: action.trace,
        document: documentForTrace(state.open.index, action.trace, state.document),
      };
    case 'setStoryRest':
      return { ...state, storyRest: action.show };
    case 'setView':
      return { ...state, view: action.view };
    case 'showInDocument': {
      const documentIds = knownIdsOf(state.open.index).documentIds;
      if (!documentIds.includes(action.document)) return state;
      return {
        ...state,
        document: documentValue(action.document, documentIds),
        readerTarget: {
          document: action.document,
          start: action.start,
          end: action.end,
          seq: (state.readerTarget?.seq ?? 0) + 1,
        },
      };
    }
    case 'showDocument': {
      const documentIds = knownIdsOf(state.open.index).documentIds;
      return documentIds.includes(action.document)
        ? { ...state, document: documentValue(action.document, documentIds) }
        : state;
    }
    case 'restoreView':
      // Where the reader was scrolled to is not part of a view that comes back.
      return { ...state, ...sanitizeView(action.view, knownIdsOf(state.open.index)), readerTarget: null };
    case 'openDataset':
      return openedState(action.open, action.view, state.opening + 1, action.moved);
    case 'moveNodes':
      return { ...state, moved: { ...state.moved, ...action.positions } };
    case 'resetView':
      return openedState(state.open, INITIAL_VIEW, state.opening + 1);
    case 'applyOperation': {
      const result = tryOperation(state.open.dataset, action.operation);
      if (!result.ok) return state;
      const index = indexAfterOperation(state.open.index, action.operation, result.dataset);
      // The same dataset, edited: its id and version stay, so panels keep what they hold. The view is tidied,
      // as an edit may remove what is selected, focused or traced.
      const open: OpenDataset = { ...state.open, dataset: result.dataset, index };
      return { ...state, ...sanitizeView(state, knownIdsOf(index)), open };
    }
  }
}
