// The dataset switcher in the header: the bundled datasets and those kept in this browser, with title, counts,
// origin and when last opened; opens one, or removes a kept one from the browser.
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DatasetRegistry } from '../data/dataset-registry';
import type { OpenDataset } from '../data/open-dataset';
import type { StoredSummary } from '../data/stored-datasets';
import { useOpenDataset } from '../state/store';
import { countOf } from '../panels/describe';
import { useCloseOnOutsidePointer } from '../panels/use-close-on-outside-pointer';

export interface DatasetSwitcherProps {
  registry: DatasetRegistry;
  onOpen: (next: OpenDataset) => void;
}

interface BundledRow {
  id: string;
  title: string;
  nodes: number | null;
  edges: number | null;
}

type Kept =
  { status: 'loading' } | { status: 'ok'; list: StoredSummary[] } | { status: 'failed'; message: string };

const counts = (nodes: number, edges: number) =>
  `${countOf(nodes, 'entity', 'entities')}, ${countOf(edges, 'relation', 'relations')}`;

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function DatasetSwitcher({ registry, onOpen }: DatasetSwitcherProps) {
  const open = useOpenDataset();
  const [expanded, setExpanded] = useState(false);
  const [bundled, setBundled] = useState<BundledRow[]>([]);
  const [kept, setKept] = useState<Kept>({ status: 'loading' });
  // What the last action said: a dataset removed, or one that could not be opened.
  const [news, setNews] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const panelRef = useRef<HTMLDivElement | null>(null);
  const panelId = useId();

  const refresh = async () => {
    const listed = await registry.store.list();
    setKept(listed.ok ? { status: 'ok', list: listed.value } : { status: 'failed', message: listed.message });
  };

  const show = () => {
    setNews(null);
    setKept({ status: 'loading' });
    // The bundled datasets are at hand: opening one to count it validates it once, then the session keeps it.
    setBundled(
      registry.bundled.map((b) => {
        const found = registry.find(b.id);
        return {
          id: b.id,
          title: found?.dataset.title ?? b.title,
          nodes: found?.dataset.nodes.length ?? null,
          edges: found?.dataset.edges.length ?? null,
        };
      }),
    );
    setExpanded(true);
    void refresh();
  };

  const close = (returnFocus: boolean) => {
    setExpanded(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  // The keyboard goes to the first dataset when the list opens, so arrows and Tab start there.
  useEffect(() => {
    if (expanded) panelRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [expanded, kept.status]);

  // A click anywhere else closes the list, leaving the keyboard where the click put it.
  const closeMenu = useCallback(() => setExpanded(false), []);
  useCloseOnOutsidePointer(rootRef, expanded, closeMenu);

  const openBundled = (id: string) => {
    const found = registry.find(id);
    if (!found) {
      setNews({ text: `“${id}” could not be opened.`, failed: true });
      return;
    }
    close(true);
    if (found.key !== open.key) onOpen(found);
  };

  const openKept = async (row: StoredSummary) => {
    if (row.id === open.id) return close(true);
    setBusy(true);
    const found = await registry.findKept(row.id);
    setBusy(false);
    if (found.status === 'found') {
      close(true);
      onOpen(found.open);
    } else {
      const why = found.status === 'failed' ? found.message : 'It is no longer kept in this browser.';
      setNews({ text: `Could not open “${row.title}”. ${why}`, failed: true });
      void refresh();
    }
  };

  const remove = async (row: StoredSummary) => {
    const removed = await registry.forget(row.id);
    setNews(
      removed.ok
        ? { text: `Removed “${row.title}” from this browser.`, failed: false }
        : { text: `Could not remove “${row.title}”: ${removed.message}.`, failed: true },
    );
    await refresh();
    // The row and its button are gone: the keyboard goes back to the list's first button, not to the page.
    panelRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  };

  // ↑ ↓ Home End walk the list's buttons; Esc closes it and gives the keyboard back to its button.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(panelRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = (index: number) => {
      event.preventDefault();
      buttons[(index + buttons.length) % buttons.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(at + 1);
      case 'ArrowUp':
        return move(at - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(buttons.length - 1);
      case 'Escape':
        event.preventDefault();
        // Esc closes the list only: stop it from also clearing the selection (App's Esc).
        event.stopPropagation();
        return close(true);
    }
  };

  const keptList = kept.status === 'ok' ? kept.list : [];
  return (
    <div className="dataset-switcher" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => (expanded ? close(false) : show())}
      >
        Datasets
      </button>
      <div
        id={panelId}
        ref={panelRef}
        className="dataset-switcher-panel"
        role="group"
        aria-label="Datasets"
        hidden={!expanded}
        onKeyDown={onKeyDown}
      >
        <h2 className="dataset-switcher-heading">Bundled</h2>
        <ul>
          {bundled.map((row) => (
            <li
              key={row.id}
              aria-current={row.id === open.id && open.origin === 'bundled' ? 'true' : undefined}
            >
              <button type="button" className="dataset-switcher-open" onClick={() => openBundled(row.id)}>
                <span className="dataset-switcher-title">{row.title}</span>
                <span className="dataset-switcher-meta">
                  {row.nodes !== null && row.edges !== null ? counts(row.nodes, row.edges) : 'does not open'}
                  {row.id === open.id && open.origin === 'bundled' ? ' · open now' : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <h2 className="dataset-switcher-heading">Kept in this browser</h2>
        {kept.status === 'loading' && <p className="dataset-switcher-note">Looking…</p>}
        {kept.status === 'failed' && (
          <p className="dataset-switcher-note failed">
            Datasets cannot be kept in this browser: {kept.message}. A dataset opened from files stays until
            the page is closed.
          </p>
        )}
        {kept.status === 'ok' && keptList.length === 0 && (
          <p className="dataset-switcher-note">
            None yet: a dataset you open from files or a link is kept here, and survives a reload.
          </p>
        )}
        {keptList.length > 0 && (
          <ul>
            {keptList.map((row) => {
              const isOpen = row.id === open.id && open.origin !== 'bundled';
              return (
                <li key={row.id} aria-current={isOpen ? 'true' : undefined}>
                  <button
                    type="button"
                    className="dataset-switcher-open"
                    disabled={busy}
                    onClick={() => void openKept(row)}
                  >
                    <span className="dataset-switcher-title">{row.title}</span>
                    <span className="dataset-switcher-meta">
                      {counts(row.nodes, row.edges)} · from {row.origin} · opened{' '}
                      <time dateTime={new Date(row.lastOpened).toISOString()}>
                        {when.format(row.lastOpened)}
                      </time>
                      {isOpen ? ' · open now' : ''}
                    </span>
                  </button>
                  {/* The open dataset cannot be removed from under the user: switch to another one first. */}
                  {!isOpen && (
                    <button
                      type="button"
                      className="dataset-switcher-remove"
                      aria-label={`Remove “${row.title}” from this browser`}
                      onClick={() => void remove(row)}
                    >
                      Remove
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <p
          className={`dataset-switcher-note${news?.failed ? ' failed' : ''}`}
          role="status"
          aria-live="polite"
        >
          {news?.text}
        </p>
      </div>
    </div>
  );
}
