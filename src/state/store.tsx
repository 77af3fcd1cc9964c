// The app store: the state (the open dataset and the view of it) in a zustand store, read through selectors, so a
// component re-renders only when the part of the state it reads changes (a click re-renders Details and the
// reader, not the filters, the legend or the export menu).
import { createContext, useContext, type Dispatch } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { openedState, reducer, type Action, type AppState, type MovedNodes } from './app-state';
import type { OpenDataset } from '../data/open-dataset';
import { deriveViewFrom, type Derivation, type DerivedView } from './derived-view';
import type { ViewState } from './view-state';

export interface AppStore {
  /** The state, replaced whole by each action (the reducer is pure). */
  state: StoreApi<AppState>;
  /** Runs an action through the reducer. */
  dispatch: Dispatch<Action>;
  /** What a state means (visible, highlighted, path, trace), derived once per state and reused where unchanged. */
  derivedOf(state: AppState): DerivedView;
}

export function createAppStore(open: OpenDataset, view?: ViewState, moved?: MovedNodes): AppStore {
  const state = createStore<AppState>()(() => openedState(open, view, 0, moved));
  let last: Derivation | null = null;
  return {
    state,
    dispatch: (action) => state.setState((current) => reducer(current, action), true),
    derivedOf(current) {
      if (last?.state !== current) {
        last = {
          state: current,
          index: current.open.index,
          derived: deriveViewFrom(last, current, current.open.index),
        };
      }
      return last.derived;
    },
  };
}

export const StoreContext = createContext<AppStore | null>(null);
/** The dispatch the panels use: the store's, plus what the app does around some actions (opening a drawer). */
export const DispatchContext = createContext<Dispatch<Action> | null>(null);

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is used outside the store's providers, which <App> renders`);
  return value;
}

export const useAppStore = (): AppStore => required(useContext(StoreContext), 'useAppStore');

const whole = <T,>(value: T): T => value;

/**
 * The state, or the part of it a selector picks. The component re-renders when that part changes (by identity):
 * pick the fields it reads rather than the whole state, which changes with every action.
 */
export function useAppState(): AppState;
export function useAppState<T>(select: (state: AppState) => T): T;
export function useAppState<T>(select: (state: AppState) => T = whole as (state: AppState) => T): T {
  return useStore(useAppStore().state, select);
}

export const useDispatch = (): Dispatch<Action> => required(useContext(DispatchContext), 'useDispatch');

/** The open dataset, from the store. */
export const useOpenDataset = (): OpenDataset => useAppState(selectOpen);
const selectOpen = (state: AppState) => state.open;

/** What the state means, or the part of it a selector picks (re-rendering only when that part changes). */
export function useDerivedView(): DerivedView;
export function useDerivedView<T>(select: (derived: DerivedView) => T): T;
export function useDerivedView<T>(select: (derived: DerivedView) => T = whole as (d: DerivedView) => T): T {
  const store = useAppStore();
  return useStore(store.state, (state) => select(store.derivedOf(state)));
}
