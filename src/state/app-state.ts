// The one app store's state and its reducer: the open dataset and the view of it; every user action is a pure
// transition from one state to the next.
import type { OpenDataset } from '../data/open-dataset';
import { NO_FILTERS } from '../model/query';
import { textsAfterOperation, tryOperation, type Operation } from '../model/operations';
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
  /** The edits of the open dataset that Undo and Redo walk: one entry per user action, empty when a dataset opens. */
  history: EditHistory;
}

/** One user action's edit: what it was called, the operation, and the operation that undoes it. */
export interface HistoryEntry {
  label: string;
  operation: Operation;
  inverse: Operation;
}

/** Undoable edits, most recent last, and the undone ones Redo brings back (the next to redo last). */
export interface EditHistory {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

/** How many edits Undo reaches back: each entry holds only its operations, so a long session stays small. */
export const HISTORY_LIMIT = 200;

const NO_HISTORY: EditHistory = { past: [], future: [] };

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
    history: NO_HISTORY,
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
  /**
   * Edits the open dataset as one undoable step named `label` ("Add entity “Sami”"); an operation that does not
   * fit it leaves the state as it is. Several edits of one user action go in one `batch` operation.
   */
  | { type: 'applyOperation'; operation: Operation; label?: string }
  /** Takes back the last edit, or brings back the last one undone; nothing to take back leaves the state as it is. */
  | { type: 'undo' }
  | { type: 'redo' }
  /**
   * The edited dataset is kept in this browser under this id, title and origin (an edited copy of a bundled one
   * gets its own id): the URL names it from now on. The opening's key stays, so nothing is drawn anew.
   */
  | { type: 'keptAs'; id: string; title: string; origin: string };

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
      // The view goes back; the edits stay, and so does what undoes them.
      return { ...openedState(state.open, INITIAL_VIEW, state.opening + 1), history: state.history };
    case 'applyOperation': {
      const edited = withOperation(state, action.operation);
      if (!edited) return state;
      const entry: HistoryEntry = {
        label: action.label ?? operationLabel(action.operation),
        operation: action.operation,
        inverse: edited.inverse,
      };
      // A new edit starts a new line of history: what was undone can no longer be redone.
      return { ...edited.state, history: { past: bounded([...state.history.past, entry]), future: [] } };
    }
    case 'undo': {
      const entry = state.history.past.at(-1);
      const edited = entry && withOperation(state, entry.inverse);
      if (!entry || !edited) return state;
      return {
        ...edited.state,
        history: { past: state.history.past.slice(0, -1), future: [...state.history.future, entry] },
      };
    }
    case 'keptAs':
      return keptAs(state, action);
    case 'redo': {
      const entry = state.history.future.at(-1);
      const edited = entry && withOperation(state, entry.operation);
      if (!entry || !edited) return state;
      return {
        ...edited.state,
        history: {
          past: bounded([...state.history.past, { ...entry, inverse: edited.inverse }]),
          future: state.history.future.slice(0, -1),
        },
      };
    }
  }
}

/** The open dataset renamed as it is kept: the same content and index, under another id, title or origin. */
function keptAs(state: AppState, kept: { id: string; title: string; origin: string }): AppState {
  const dataset = { ...state.open.dataset, id: kept.id, title: kept.title };
  const open: OpenDataset = {
    ...state.open,
    id: kept.id,
    origin: kept.origin,
    dataset,
    index: { ...state.open.index, dataset },
  };
  return { ...state, open };
}

/** The state with an operation applied to its dataset and its inverse, or null when it does not fit. */
function withOperation(
  state: AppState,
  operation: Operation,
): { state: AppState; inverse: Operation } | null {
  const result = tryOperation(state.open.dataset, operation, state.open.texts);
  if (!result.ok) return null;
  const index = indexAfterOperation(state.open.index, operation, result.dataset);
  // A document added or removed brings or takes its text.
  const texts = textsAfterOperation(state.open.texts, operation);
  // The same dataset, edited: its id and version stay, so panels keep what they hold. The view is tidied, as an
  // edit (or its undoing) may remove what is selected, focused or traced: an undone new node is no longer selected.
  const open: OpenDataset = { ...state.open, dataset: result.dataset, texts, index };
  return { state: { ...state, ...sanitizeView(state, knownIdsOf(index)), open }, inverse: result.inverse };
}

function bounded(past: HistoryEntry[]): HistoryEntry[] {
  return past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past;
}

/** A name for an edit dispatched without one, from what it does. */
export function operationLabel(operation: Operation): string {
  switch (operation.type) {
    case 'addNode':
      return `add entity “${operation.node.label}”`;
    case 'updateNode':
      return `edit entity “${operation.node.label}”`;
    case 'removeNode':
      return 'delete an entity';
    case 'addEdge':
      return `add relation “${operation.edge.label}”`;
    case 'updateEdge':
      return `edit relation “${operation.edge.label}”`;
    case 'removeEdge':
      return 'delete a relation';
    case 'addEvidence':
      return 'add evidence';
    case 'removeEvidence':
      return 'remove evidence';
    case 'addFlowStep':
    case 'updateFlowStep':
    case 'removeFlowStep':
      return 'edit a flow step';
    case 'addFlow':
      return `add flow “${operation.flow.title}”`;
    case 'removeFlow':
      return 'delete a flow';
    case 'updateFlow':
      return `edit flow “${operation.flow.title}”`;
    case 'batch':
      return operation.operations[0] ? operationLabel(operation.operations[0]) : 'edit';
    case 'setVocabulary':
      return 'edit the types';
    case 'addDocument':
      return `add document “${operation.document.title}”`;
    case 'removeDocument':
      return 'remove a document';
  }
}
