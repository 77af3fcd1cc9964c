// The view of each dataset kept in this browser (selection, filters, layout, trace, nodes the user dragged), so a
// reload, or coming back to a dataset from the switcher, shows it as the user left it.
import type { Position } from '../model/schema';
import type { MovedNodes } from '../state/app-state';
import { decodeUrlState, encodeUrlState } from '../state/url-state';
import { INITIAL_VIEW, type ViewState } from '../state/view-state';

export interface KeptView {
  /** The view as it was left (tidied against the dataset when it is applied: an edit may have removed ids). */
  view: ViewState;
  moved: MovedNodes;
  /** The content version it was kept for: a view kept for other content is still applied, tidied. */
  version: string;
}

export interface KeptViews {
  read(datasetId: string): KeptView | null;
  /** Keeps a dataset's view; a view that is the dataset's own default is forgotten instead. */
  write(datasetId: string, version: string, view: ViewState, moved: MovedNodes): void;
  forget(datasetId: string): void;
}

export const KEPT_VIEWS_KEY = 'dossier.views.v1';
/** Views of this many datasets at most: the least recently used goes first. */
export const KEPT_VIEWS_LIMIT = 30;

/** What is stored per dataset: the view as its query string, so it is read back by the URL's own codec. */
interface Stored {
  query: string;
  moved: Record<string, Position>;
  version: string;
  savedAt: number;
}

/**
 * The kept views, in localStorage: small, and read synchronously at load, so a reload draws the kept view at once
 * instead of the default one first. A browser without storage (or with it full or disabled) keeps nothing and
 * says nothing: a kept view is a convenience, the URL still carries the view.
 */
export function createKeptViews(
  storage: Storage | null = pageStorage(),
  now: () => number = Date.now,
): KeptViews {
  const readAll = (): Record<string, Stored> => {
    try {
      const raw = storage?.getItem(KEPT_VIEWS_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return isRecord(parsed) ? (parsed as Record<string, Stored>) : {};
    } catch {
      return {};
    }
  };
  const writeAll = (all: Record<string, Stored>) => {
    try {
      if (Object.keys(all).length === 0) storage?.removeItem(KEPT_VIEWS_KEY);
      else storage?.setItem(KEPT_VIEWS_KEY, JSON.stringify(all));
    } catch {
      // Full or disabled: see above.
    }
  };
  return {
    read(datasetId) {
      const all = readAll();
      const stored: unknown = Object.hasOwn(all, datasetId) ? all[datasetId] : undefined;
      if (!isRecord(stored) || typeof stored.query !== 'string') return null;
      return {
        view: decodeUrlState(stored.query).view,
        moved: positionsIn(stored.moved),
        version: typeof stored.version === 'string' ? stored.version : '',
      };
    },
    write(datasetId, version, view, moved) {
      const query = encodeUrlState(datasetId, view);
      const all = readAll();
      if (query === encodeUrlState(datasetId, INITIAL_VIEW) && Object.keys(moved).length === 0) {
        if (!Object.hasOwn(all, datasetId)) return;
        delete all[datasetId];
      } else {
        all[datasetId] = { query, moved: { ...moved }, version, savedAt: now() };
      }
      writeAll(newest(all, KEPT_VIEWS_LIMIT));
    },
    forget(datasetId) {
      const all = readAll();
      if (!Object.hasOwn(all, datasetId)) return;
      delete all[datasetId];
      writeAll(all);
    },
  };
}

function pageStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // A browser that forbids storage throws on the mere access.
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The positions in a stored value that are positions (finite x and y): anything else is dropped. */
function positionsIn(value: unknown): MovedNodes {
  // No prototype: an id is only ever an own key, whatever it is called.
  const out = Object.create(null) as Record<string, Position>;
  if (!isRecord(value)) return out;
  for (const [id, p] of Object.entries(value)) {
    if (isRecord(p) && isFiniteNumber(p.x) && isFiniteNumber(p.y)) out[id] = { x: p.x, y: p.y };
  }
  return out;
}

/** The `limit` most recently saved entries. */
function newest(all: Record<string, Stored>, limit: number): Record<string, Stored> {
  const entries = Object.entries(all);
  if (entries.length <= limit) return all;
  const savedAt = (s: Stored) => (typeof s.savedAt === 'number' ? s.savedAt : 0);
  return Object.fromEntries(entries.sort(([, a], [, b]) => savedAt(b) - savedAt(a)).slice(0, limit));
}
