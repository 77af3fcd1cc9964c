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
import { isNarrow, TOGGLE_ID, useDrawers, type Side } from './use-drawers';
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
    flowLength: (id) => index.flowById.get(id)?.steps.length,
  };
}

const stateFromUrl = (index: GraphIndex): AppState =>
  sanitizeState(decodeUrlState(window.location.search), knownIds(index));

export function App({ initial, headless = false }: AppProps) {
  const [open, setOpen] = useState<OpenDataset>(initial);
  const [state, dispatch] = useReducer(reducer, open.index, stateFromUrl);
  const derived = useMemo(() => deriveView(state, open.index), [state, open.index]);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const centreRef = useRef<HTMLElement | null>(null);
  const drawers = useDrawers();
  const { narrow, openPanel, closePanel, leftPanelRef, rightPanelRef } = drawers;
  const panelOf = (side: Side) => (side === 'left' ? leftPanelRef : rightPanelRef).current;

  // On a narrow screen selecting something, or asking to see it in the document, opens the Details drawer, or
  // nothing visible would answer the click.
  // If the keyboard was in the Controls drawer (search, say), it follows to the details rather than being lost.
  const dispatchAndReveal = useCallback(
    (action: Action) => {
      dispatch(action);
      if (action.type === 'select' && action.selection && isNarrow()) {
        const focusWasInControls = leftPanelRef.current?.contains(document.activeElement) ?? false;
        openPanel('right', focusWasInControls ? () => rightPanelRef.current : null);
      } else if (action.type === 'showInDocument' && isNarrow()) {
        // The document is in the Details drawer; the reader itself takes the keyboard to the passage.
        openPanel('right', null);
      }
    },
    [openPanel, leftPanelRef, rightPanelRef],
  );

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
        // On a narrow screen search lives in the Controls drawer: open it first.
        if (isNarrow() && !drawers.open.left) openPanel('left', () => searchRef.current);
        else searchRef.current?.focus();
      } else if (event.key === 'Escape') {
        const inDrawer = (['left', 'right'] as const).find(
          (side) => isNarrow() && panelOf(side)?.contains(event.target as Node),
        );
        if (inDrawer && !(inDrawer === 'right' && state.selection)) {
          // Esc closes the drawer the keyboard is in (the Details drawer first clears its selection).
          event.preventDefault();
          closePanel(inDrawer);
        } else if (!isTextEntry(event.target)) {
          // The details about to be cleared may hold the focus: keep it in their panel rather than lose it.
          const details = rightPanelRef.current;
          if (details?.contains(document.activeElement)) details.focus();
          dispatch({ type: 'select', selection: null });
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const select = useCallback(
    (selection: Selection) => dispatchAndReveal({ type: 'select', selection }),
    [dispatchAndReveal],
  );
  const announcement = describeSelection(open.index, state.selection);

  return (
    <DatasetContext.Provider value={open}>
      <StateContext.Provider value={state}>
        <DispatchContext.Provider value={dispatchAndReveal}>
          <DerivedContext.Provider value={derived}>
            <div className="app">
              {/* Skip links: the panels hold dozens of controls; these let the keyboard go straight past them. */}
              <div className="skip-links">
                <button type="button" onClick={() => centreRef.current?.focus()}>
                  Skip to the {state.view === 'graph' ? 'graph' : 'entities list'}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    isNarrow() && !drawers.open.right
                      ? openPanel('right', () => rightPanelRef.current)
                      : rightPanelRef.current?.focus()
                  }
                >
                  Skip to details
                </button>
              </div>
              <Header
                onOpen={openAnother}
                panelsOpen={drawers.open}
                toggleIds={TOGGLE_ID}
                onTogglePanel={drawers.togglePanel}
              />
              <main className="workspace">
                <aside
                  id="left-panel"
                  ref={leftPanelRef}
                  tabIndex={-1}
                  data-canvas-overlay
                  className={`side-panel left-panel${drawers.open.left ? '' : ' collapsed'}`}
                  aria-label="Search, filters and tracer"
                >
                  {narrow && <DrawerClose label="Close controls" onClose={() => closePanel('left')} />}
                  <SearchBox inputRef={searchRef} />
                  <FlowTracer />
                  <FiltersPanel />
                  <FocusPathPanel />
                  <Legend />
                </aside>
                <section
                  ref={centreRef}
                  tabIndex={-1}
                  className="centre"
                  aria-label={state.view === 'graph' ? 'Graph' : 'Entities list'}
                >
                  {state.view === 'graph' ? (
                    <GraphView onSelect={select} headless={headless} />
                  ) : (
                    <EntitiesList />
                  )}
                </section>
                <aside
                  id="right-panel"
                  ref={rightPanelRef}
                  tabIndex={-1}
                  data-canvas-overlay
                  className={`side-panel right-panel${drawers.open.right ? '' : ' collapsed'}`}
                  aria-label="Details and document"
                >
                  {narrow && <DrawerClose label="Close details" onClose={() => closePanel('right')} />}
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

/** The close button of a drawer: rendered on narrow screens only, where the panels are drawers (styles.css). */
function DrawerClose({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="drawer-close" onClick={onClose}>
      {label}
    </button>
  );
}
