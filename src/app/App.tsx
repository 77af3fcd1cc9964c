// The app: composes the rooms (store, canvas, panels) around the open dataset and keeps both in the URL.
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Action, AppState, Selection } from '../state/app-state';
import { encodeUrlState } from '../state/url-state';
import { whenIdle } from '../state/when-idle';
import {
  entryKey,
  historyEntry,
  namesAView,
  notAvailableNotice,
  resolveLocation,
  type ResolvedLocation,
} from '../state/location';
import { useStore } from 'zustand';
import { createAppStore, DispatchContext, StoreContext, useAppState } from '../state/store';
import type { OpenDataset } from '../data/open-dataset';
import { createDatasetRegistry, type DatasetRegistry, type KeptLookup } from '../data/dataset-registry';
import type { StoredFile } from '../data/stored-datasets';
import { isDatasetLink, linkOf } from '../data/dataset-link';
import { notLoadedProblem } from '../data/load-opener';
import type { Problem } from '../model/validate';
import { createKeptViews, type KeptViews } from '../data/kept-views';
import { INITIAL_VIEW, type ViewState } from '../state/view-state';
import { GraphView as GraphViewUnmemoised } from './GraphView';
import { Header as HeaderUnmemoised } from './Header';
import { isNarrow, TOGGLE_ID, useDrawers, type Side } from './use-drawers';
import { SearchBox as SearchBoxUnmemoised } from '../panels/SearchBox';
import { FiltersPanel as FiltersPanelUnmemoised } from '../panels/FiltersPanel';
import { FocusPathPanel as FocusPathPanelUnmemoised } from '../panels/FocusPathPanel';
import { FlowTracer as FlowTracerUnmemoised } from '../panels/FlowTracer';
import { Legend as LegendUnmemoised } from '../panels/Legend';
import { openSection } from '../panels/PanelSection';
import { DetailsPanel as DetailsPanelUnmemoised } from '../panels/DetailsPanel';
import { DocumentReader as DocumentReaderUnmemoised } from '../panels/DocumentReader';
import { EntitiesList as EntitiesListUnmemoised } from '../panels/EntitiesList';
import { describeSelection } from '../panels/describe';
import { isTextEntry } from '../panels/keyboard';
import { KeepEdits } from '../panels/edit/KeepEdits';

// The app re-renders when a dataset opens, a drawer opens or closes, or a selection starts or ends; the panels read
// the store themselves, so they are memoised and render only when what they read changes.
const Header = memo(HeaderUnmemoised);
const SearchBox = memo(SearchBoxUnmemoised);
const FlowTracer = memo(FlowTracerUnmemoised);
const FiltersPanel = memo(FiltersPanelUnmemoised);
const FocusPathPanel = memo(FocusPathPanelUnmemoised);
const Legend = memo(LegendUnmemoised);
const GraphView = memo(GraphViewUnmemoised);
const EntitiesList = memo(EntitiesListUnmemoised);
const DetailsPanel = memo(DetailsPanelUnmemoised);
const DocumentReader = memo(DocumentReaderUnmemoised);

/** Says what is selected, for screen readers: the canvas cannot. */
function SelectionAnnouncer() {
  const index = useAppState((s) => s.open.index);
  const selection = useAppState((s) => s.selection);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {describeSelection(index, selection)}
    </p>
  );
}

export interface AppProps {
  /** The default dataset: opened when the URL names none, or one that is not available (MI6 in the real app). */
  initial: OpenDataset;
  /** The datasets a link or Back can open again; by default the bundled ones and those opened in this session. */
  registry?: DatasetRegistry;
  /** Each dataset's view as the user left it; by default kept in this browser's localStorage. */
  keptViews?: KeptViews;
  /** Component tests run Cytoscape headless: jsdom cannot draw. */
  headless?: boolean;
}

export function App({ initial, registry: givenRegistry, keptViews: givenKept, headless = false }: AppProps) {
  const [registry] = useState(() => givenRegistry ?? createDatasetRegistry());
  const [keptViews] = useState(() => givenKept ?? createKeptViews());
  // What the page was opened at: the dataset and view the URL names (and why not, when it cannot be opened).
  // A URL that names only the dataset (a bookmark, a reload of its starting view) opens the view kept for it.
  const [start] = useState(() => {
    registry.remember(initial);
    const search = window.location.search;
    const resolved = resolveLocation(search, window.history.state, registry, initial);
    // While a dataset is looked for, the default shows at its starting view and the link's view waits for it.
    const urlView = namesAView(search) ? (resolved.lookFor?.view ?? resolved.view) : null;
    const shown = resolved.lookFor
      ? { view: resolved.view, moved: {} }
      : keptViewOf(keptViews, resolved.open, urlView);
    return { ...resolved, ...shown, urlView };
  });
  const [store] = useState(() => createAppStore(start.open, start.view, start.moved));
  const { dispatch } = store;
  // The app itself re-renders only for what it draws: which dataset (the reset), graph or list, whether anything
  // is selected. The panels read the rest from the store, each what it needs.
  const openKey = useStore(store.state, (s) => s.open.key);
  const opening = useStore(store.state, (s) => s.opening);
  const view = useStore(store.state, (s) => s.view);
  const anythingSelected = useStore(store.state, (s) => s.selection !== null);
  const [notice, setNotice] = useState(start.notice);
  // A dataset the location names that is not at hand at once (kept in this browser, or a link to fetch): looked
  // for while the default shows, then opened at the location's view, or a notice says why not.
  // `reopenDefault`: when it is not found, the default opens again (after Back, another dataset may be open).
  const [pending, setPending] = useState<
    (NonNullable<ResolvedLocation['lookFor']> & { reopenDefault: boolean; urlView: ViewState | null }) | null
  >(start.lookFor && { ...start.lookFor, reopenDefault: false, urlView: start.urlView });
  // What keeping a dataset in the browser said when it failed (a full disk, no IndexedDB): it stays open anyway.
  const [storageNotice, setStorageNotice] = useState<string | null>(null);
  // A link's dataset that was refused (elsewhere, missing, bad data): its problems, shown as a file's are.
  const [linkProblems, setLinkProblems] = useState<{ link: string; list: Problem[] } | null>(null);
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
    [openPanel, leftPanelRef, rightPanelRef, dispatch],
  );

  // The dataset and the view live in the URL: each change is a history entry, so Back undoes it, and Back after
  // opening another dataset returns to the one before. Each entry also records the exact content it showed.
  // The first write replaces the entry the page opened at (tidied, naming its dataset), and so does the write
  // after Back or Forward: going through history must not add to it.
  const fromHistory = useRef(false);
  useEffect(() => {
    // While the location's dataset is looked for, the location stays as it is: a reload then looks again.
    if (pending) return;
    let wrote = false;
    const write = (state: AppState) => {
      const search = encodeUrlState(urlNameOf(state.open), state);
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      const entry = historyEntry(state.open);
      if (!wrote || fromHistory.current) {
        window.history.replaceState(entry, '', url);
      } else if (search !== window.location.search || entryKey(window.history.state) !== entry.dataset) {
        window.history.pushState(entry, '', url);
      }
      wrote = true;
      fromHistory.current = false;
    };
    write(store.state.getState());
    // Written once the page has painted the answer and is idle (when-idle.ts), not inside the click: writing
    // history costs the click its time. What is written is the state then, so the actions of one event, or of a
    // burst, are one history entry (a click that dispatches twice, trace then its layout, is one step for Back).
    // Back or Forward before it lands replaces instead (fromHistory): the entry the browser went to is the truth.
    let cancel: (() => void) | null = null;
    const flush = () => {
      if (!cancel) return;
      cancel();
      cancel = null;
      write(store.state.getState());
    };
    const unsubscribe = store.state.subscribe(() => {
      cancel ??= whenIdle(() => {
        cancel = null;
        write(store.state.getState());
      });
    });
    // Leaving the page (a link, closing the tab) writes what is still waiting, so its entry names what was shown.
    window.addEventListener('pagehide', flush);
    return () => {
      cancel?.();
      unsubscribe();
      window.removeEventListener('pagehide', flush);
    };
  }, [store, pending]);

  const initialTitle = initial.dataset.title;
  useEffect(() => {
    if (!pending) return;
    let live = true;
    void lookUp(registry, pending.datasetId).then((found) => {
      if (!live) return;
      // The entry being resolved is replaced, not added to: the location already names this dataset.
      fromHistory.current = true;
      setPending(null);
      if (found.status === 'found') {
        setNotice(null);
        dispatch({
          type: 'openDataset',
          open: found.open,
          ...keptViewOf(keptViews, found.open, pending.urlView),
        });
      } else if (found.status === 'refused') {
        setLinkProblems({ link: pending.datasetId, list: found.problems });
        if (pending.reopenDefault) dispatch({ type: 'openDataset', open: initial });
      } else {
        setNotice(
          notAvailableNotice(
            pending.datasetId,
            initialTitle,
            found.status === 'failed' ? found.message : undefined,
          ),
        );
        if (pending.reopenDefault) dispatch({ type: 'openDataset', open: initial });
      }
    });
    return () => {
      live = false;
    };
  }, [pending, registry, keptViews, initial, initialTitle, dispatch]);
  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const next = resolveLocation(window.location.search, event.state, registry, initial);
      fromHistory.current = true;
      setNotice(next.notice);
      if (next.lookFor) {
        // Not at hand (removed from memory, or never opened in this tab): looked for as at a reload.
        setPending({ ...next.lookFor, reopenDefault: true, urlView: next.view });
        return;
      }
      setPending(null);
      // A history entry always names its view; what it cannot name is where nodes were dragged: that is kept.
      dispatch(
        next.open.key === openKey
          ? { type: 'restoreView', view: next.view }
          : { type: 'openDataset', open: next.open, ...keptViewOf(keptViews, next.open, next.view) },
      );
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [registry, keptViews, initial, openKey, dispatch]);

  // Each dataset's view is kept as it changes (a moment after, so a burst of changes is one write, and at once
  // when the page is hidden or closed). Not while the location's dataset is looked for: the default shown
  // meanwhile is at its starting view, which is not the view the user left it at.
  useEffect(() => {
    if (pending) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const keep = (state = store.state.getState()) => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      keptViews.write(state.open.id, state.open.version, state, state.moved);
    };
    // What is shown now is kept too (a link's view, say), a moment after the page has drawn it.
    timer = setTimeout(keep, KEEP_VIEW_DELAY_MS);
    const unsubscribe = store.state.subscribe((state, before) => {
      // Only what a kept view holds: the dataset and the view (a dataset edited keeps its view too).
      if (state.open.id === before.open.id && !viewChanged(state, before)) return;
      // Another dataset opening before the last view of this one was kept: that view is kept now.
      if (state.open.id !== before.open.id && timer !== null) keep(before);
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(keep, KEEP_VIEW_DELAY_MS);
    });
    const onHide = () => {
      if (timer !== null) keep();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      onHide();
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [store, keptViews, pending]);

  /** Opens a dataset the user chose; with the files it came from, it is also kept in this browser. */
  const openAnother = useCallback(
    (next: OpenDataset, files?: readonly StoredFile[]) => {
      registry.remember(next);
      setNotice(null);
      setPending(null);
      setStorageNotice(null);
      setLinkProblems(null);
      // Coming back to a dataset shows it as the user left it.
      dispatch({ type: 'openDataset', open: next, ...keptViewOf(keptViews, next, null) });
      if (files) {
        void registry.keep(next, files).then((kept) => {
          if (!kept.ok) {
            setStorageNotice(
              `“${next.dataset.title}” is open, but could not be kept in this browser: ${kept.message}. ` +
                'It stays open until the page is closed.',
            );
          }
        });
      }
    },
    [registry, keptViews, dispatch],
  );

  // App-wide keys: "/" to search, Esc to clear the selection (the tracer handles ←/→ itself).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === '/' && !isTextEntry(event.target)) {
        event.preventDefault();
        // A closed Search section opens first, drawn at once so the input can take the keyboard.
        flushSync(() => openSection('search'));
        // On a narrow screen search lives in the Controls drawer: open it first.
        if (isNarrow() && !drawers.open.left) openPanel('left', () => searchRef.current);
        else searchRef.current?.focus();
      } else if (event.key === 'Escape') {
        const inDrawer = (['left', 'right'] as const).find(
          (side) => isNarrow() && panelOf(side)?.contains(event.target as Node),
        );
        if (inDrawer && !(inDrawer === 'right' && store.state.getState().selection)) {
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
  const dismissNotice = useCallback(() => setNotice(null), []);
  const dismissStorageNotice = useCallback(() => setStorageNotice(null), []);
  const dismissLinkProblems = useCallback(() => setLinkProblems(null), []);

  return (
    <StoreContext.Provider value={store}>
      <DispatchContext.Provider value={dispatchAndReveal}>
        <div className="app">
          {/* Skip links: the panels hold dozens of controls; these let the keyboard go straight past them. */}
          <div className="skip-links">
            <button type="button" onClick={() => centreRef.current?.focus()}>
              Skip to the {view === 'graph' ? 'graph' : 'entities list'}
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
            registry={registry}
            notice={notice}
            onDismissNotice={dismissNotice}
            storageNotice={storageNotice}
            onDismissStorageNotice={dismissStorageNotice}
            looking={pending?.datasetId ?? null}
            linkProblems={linkProblems}
            onDismissLinkProblems={dismissLinkProblems}
            panelsOpen={drawers.open}
            toggleIds={TOGGLE_ID}
            onTogglePanel={drawers.togglePanel}
          />
          {/* The one reset when a dataset opens: the panels and the canvas are made anew, so what they keep
                  for themselves (search text, the tracer's chosen flow, pickers, sort order, the camera) starts
                  afresh, as the reducer's openDataset does for the store. */}
          <main className="workspace" key={`${openKey}#${opening}`}>
            <aside
              id="left-panel"
              ref={leftPanelRef}
              tabIndex={-1}
              data-canvas-overlay={narrow ? '' : undefined}
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
              aria-label={view === 'graph' ? 'Graph' : 'Entities list'}
            >
              {view === 'graph' ? <GraphView onSelect={select} headless={headless} /> : <EntitiesList />}
            </section>
            <aside
              id="right-panel"
              ref={rightPanelRef}
              tabIndex={-1}
              data-canvas-overlay={narrow ? '' : undefined}
              className={`side-panel right-panel${drawers.open.right ? '' : ' collapsed'}${anythingSelected ? '' : ' nothing-selected'}`}
              aria-label="Details and document"
            >
              {narrow && <DrawerClose label="Close details" onClose={() => closePanel('right')} />}
              <DetailsPanel />
              <DocumentReader />
            </aside>
          </main>
          <SelectionAnnouncer />
          <KeepEdits registry={registry} />
        </div>
      </DispatchContext.Provider>
    </StoreContext.Provider>
  );
}

/** How long after the last change a dataset's view is kept: a drag or a run of clicks is one write. */
const KEEP_VIEW_DELAY_MS = 300;

/**
 * What a kept view holds: every field of the view but the reader's scroll request, read from the view itself so a
 * field added to it is kept without being listed here too.
 */
const KEPT_FIELDS = (Object.keys(INITIAL_VIEW) as (keyof ViewState)[]).filter(
  (key) => key !== 'readerTarget',
);

/** Whether anything a kept view holds (the view, and where nodes were dragged) differs between two states. */
const viewChanged = (a: AppState, b: AppState): boolean =>
  a.moved !== b.moved || KEPT_FIELDS.some((key) => a[key] !== b[key]);

/**
 * The view to open a dataset at: the one the URL names (a link wins over what was kept), else the one kept for it
 * in this browser, else its starting view; and where the user had dragged its nodes, which no URL names.
 */
function keptViewOf(
  keptViews: KeptViews,
  open: OpenDataset,
  urlView: ViewState | null,
): { view: ViewState; moved: AppState['moved'] } {
  const kept = keptViews.read(open.id);
  return { view: urlView ?? kept?.view ?? INITIAL_VIEW, moved: kept?.moved ?? {} };
}

type LookedUp = KeptLookup | { status: 'refused'; problems: Problem[] };

/**
 * Looks for a dataset the location names that is not at hand at once: a link's file is fetched (and kept in this
 * browser, like picked files), an id is looked for among the datasets kept in this browser.
 */
async function lookUp(registry: DatasetRegistry, datasetId: string): Promise<LookedUp> {
  if (!isDatasetLink(datasetId)) return registry.findKept(datasetId);
  // The fetching code loads with the first link opened: the first paint of the bundled dataset does not need it.
  let fetchDataset: typeof import('../data/fetch-dataset').fetchDataset;
  try {
    ({ fetchDataset } = await import('../data/fetch-dataset'));
  } catch (error) {
    return { status: 'refused', problems: [notLoadedProblem(error)] };
  }
  const fetched = await fetchDataset(datasetId);
  if (!fetched.result.ok) return { status: 'refused', problems: fetched.result.problems };
  registry.remember(fetched.result.open);
  void registry.keep(fetched.result.open, fetched.files);
  return { status: 'found', open: fetched.result.open };
}

/** What the URL names a dataset by: the link it came from while that is open, so the URL can be shared; else its id. */
const urlNameOf = (open: OpenDataset): string => linkOf(open.origin) ?? open.id;

/** The close button of a drawer: rendered on narrow screens only, where the panels are drawers (styles.css). */
function DrawerClose({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="drawer-close" onClick={onClose}>
      {label}
    </button>
  );
}
