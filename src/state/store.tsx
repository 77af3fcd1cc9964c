// The app store as React context: the state (the open dataset and the view of it), its dispatch, and what it means.
import { createContext, useContext, type Dispatch } from 'react';
import type { Action, AppState } from './app-state';
import type { OpenDataset } from '../data/open-dataset';
import type { DerivedView } from './derived-view';

export const StateContext = createContext<AppState | null>(null);
export const DispatchContext = createContext<Dispatch<Action> | null>(null);
export const DerivedContext = createContext<DerivedView | null>(null);

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is used outside the store's providers, which <App> renders`);
  return value;
}

export const useAppState = (): AppState => required(useContext(StateContext), 'useAppState');
export const useDispatch = (): Dispatch<Action> => required(useContext(DispatchContext), 'useDispatch');
/** The open dataset, from the store. */
export const useOpenDataset = (): OpenDataset => useAppState().open;
export const useDerivedView = (): DerivedView => required(useContext(DerivedContext), 'useDerivedView');
