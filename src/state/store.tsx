// The app store as React context: one reducer for the view, plus the open dataset it is a view of.
import { createContext, useContext, type Dispatch } from 'react';
import type { Action, AppState } from './app-state';
import type { OpenDataset } from '../data/open-dataset';
import type { DerivedView } from './derived-view';

export const StateContext = createContext<AppState | null>(null);
export const DispatchContext = createContext<Dispatch<Action> | null>(null);
export const DatasetContext = createContext<OpenDataset | null>(null);

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is used outside the store's providers, which <App> renders`);
  return value;
}

export const useAppState = (): AppState => required(useContext(StateContext), 'useAppState');
export const useDispatch = (): Dispatch<Action> => required(useContext(DispatchContext), 'useDispatch');
export const useOpenDataset = (): OpenDataset => required(useContext(DatasetContext), 'useOpenDataset');

export const DerivedContext = createContext<DerivedView | null>(null);
export const useDerivedView = (): DerivedView => required(useContext(DerivedContext), 'useDerivedView');
