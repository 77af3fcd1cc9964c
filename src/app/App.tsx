// The app: composes the rooms (store, canvas, panels) around one open dataset and keeps the view in the URL.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { INITIAL_STATE, reducer, type Action, type AppState, type Selection } from '../state/app-state';
import { decodeUrlState, encodeUrlState, sanitizeState, type KnownIds } from '../state/url-state';
import { deriveView } from '../state/derived-view';
import { DatasetContext, DerivedContext, DispatchContext, StateContext } from '../state/store';
import type { OpenDataset } from '../data/open-dataset';
import type { GraphIndex } from '../model/graph-index';
import { GraphView } from './GraphView';
import { Header } from './Header';
import { SearchBox } from '../panels/SearchBox';
import { FiltersPanel } from '../panels/FiltersPanel';
import { FocusPathPanel } from '../panels/FocusPathPanel';
import { FlowTracer } from '../panels/FlowTracer';
import { Legend } from '../panels/Legend';
import { DetailsPanel } from '../panels/DetailsPanel';
import { DocumentReader } from '../panels/DocumentReader';
import { EntitiesList } from '../panels/EntitiesList';
import { describeSelection } from '../panels/describe';
import { isTextEntry } from '../panels/keyboard';

export interface AppProps {
  /** The dataset open at start (the bundled MI6 dataset in the real app). */
  initial: OpenDataset;
  /** Component tests run Cytoscape headless: jsdom cannot draw. */
  headless?: boolean;
}

function knownIds(index: GraphIndex): KnownIds {
  return {
    hasNode: (id) => index.nodeById.has(id),
    hasEdge: (id) => index.edgeById.has(id),
    hasThreatArea: (id) => index.threatAreaById.has(id),
    flowLength: (id) => index.dataset.flows.find((f) => f.id === id)?.steps.length,
  };
}

const stateFromUrl = (index: GraphIndex): AppState =>
  sanitizeState(decodeUrlState(window.location.search), knownIds(index));

export function App({ initial, headless = false }: AppProps) {
  const [open, setOpen] = useState<OpenDataset>(initial);
  const [state, dispatch] = useReducer(reducer, open.index, stateFromUrl);
  const derived = useMemo(() => deriveView(state, open.index), [state, open.index]);
  const searchRef = useRef<HTMLInputElement | null>(null);
  // On a narrow screen the panels are drawers over the canvas: start with them closed.
  const [panelsOpen, setPanelsOpen] = useState(() => {
    const narrow = window.matchMedia?.('(max-width: 1000px)').matches ?? false;
    return { left: !narrow, right: !narrow };
  });

  // The view lives in the URL: each change is a history entry, so Back undoes it; Back/Forward restore it.
  useEffect(() => {
    const search = encodeUrlState(state);
    if (search !== window.location.search) {
      window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [state]);
  useEffect(() => {
    const onPop = () =>
      dispatch({ type: 'replace', state: { ...stateFromUrl(open.index), readerTarget: null } });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [open.index]);

  const openAnother = useCallback((next: OpenDataset) => {
    setOpen(next);
    dispatch({ type: 'replace', state: INITIAL_STATE });
  }, []);

  // App-wide keys: "/" to search, Esc to clear the selection (the tracer handles ←/→ itself).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === '/' && !isTextEntry(event.target)) {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.key === 'Escape' && !isTextEntry(event.target)) {
        dispatch({ type: 'select', selection: null });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const select = useCallback((selection: Selection) => dispatch({ type: 'select', selection }), []);
  const announcement = describeSelection(open.index, state.selection);

  return (
    <DatasetContext.Provider value={open}>
      <StateContext.Provider value={state}>
        <DispatchContext.Provider value={dispatch as (action: Action) => void}>
          <DerivedContext.Provider value={derived}>
            <div className="app">
              <Header
                onOpen={openAnother}
                panelsOpen={panelsOpen}
                onTogglePanel={(side) => setPanelsOpen((p) => ({ ...p, [side]: !p[side] }))}
              />
              <main className="workspace">
                <aside
                  id="left-panel"
                  className={`side-panel left-panel${panelsOpen.left ? '' : ' collapsed'}`}
                  aria-label="Search, filters and tracer"
                >
                  <SearchBox inputRef={searchRef} />
                  <FlowTracer />
                  <FiltersPanel />
                  <FocusPathPanel />
                  <Legend />
                </aside>
                <section className="centre" aria-label={state.view === 'graph' ? 'Graph' : 'Entities list'}>
                  {state.view === 'graph' ? (
                    <GraphView onSelect={select} headless={headless} />
                  ) : (
                    <EntitiesList />
                  )}
                </section>
                <aside
                  id="right-panel"
                  className={`side-panel right-panel${panelsOpen.right ? '' : ' collapsed'}`}
                  aria-label="Details and document"
                >
                  <DetailsPanel />
                  <DocumentReader />
                </aside>
              </main>
              <p className="visually-hidden" aria-live="polite" aria-atomic="true">
                {announcement}
              </p>
            </div>
          </DerivedContext.Provider>
        </DispatchContext.Provider>
      </StateContext.Provider>
    </DatasetContext.Provider>
  );
}
