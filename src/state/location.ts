// What a location opens (a link, a reload, or Back and Forward): which dataset, at which view, and a note when the
// dataset it names is not available; and what each history entry records to find that exact dataset again.
import type { DatasetRegistry } from '../data/dataset-registry';
import type { OpenDataset } from '../data/open-dataset';
import { decodeUrlState } from './url-state';
import { INITIAL_VIEW, type ViewState } from './view-state';

/** Recorded with each history entry: the exact content shown, which the URL's dataset id alone cannot tell. */
export interface HistoryEntry {
  dataset: string;
}

export const historyEntry = (open: OpenDataset): HistoryEntry => ({ dataset: open.key });

/** The dataset key a history entry recorded, if it is one of ours. */
export function entryKey(historyState: unknown): string | null {
  if (typeof historyState !== 'object' || historyState === null) return null;
  const key = (historyState as Partial<HistoryEntry>).dataset;
  return typeof key === 'string' ? key : null;
}

export interface ResolvedLocation {
  open: OpenDataset;
  /** The view the location names (tidied against the dataset when it is opened). */
  view: ViewState;
  /** Why the dataset shown is not the one the location names, or null when it is. */
  notice: string | null;
  /**
   * The dataset the location names when it is not at hand at once: it may be kept in this browser, or be a link
   * to fetch (`?dataset=cases/graph.json`). The app looks for it and opens it at `view`; null when not needed.
   */
  lookFor: { datasetId: string; view: ViewState } | null;
}

/** Why a location's dataset is not shown: not bundled, not in memory, not kept (or `reason`, when there is one). */
export function notAvailableNotice(datasetId: string, fallbackTitle: string, reason?: string): string {
  return (
    `The dataset “${datasetId}” is not open in this session, nor kept in this browser` +
    `${reason ? ` (${reason.replace(/\.$/, '')})` : ' (it may have been removed, or opened in another browser)'}: ` +
    `open its files again. Showing “${fallbackTitle}” instead.`
  );
}

/**
 * Reads a location against the datasets at hand at once (bundled, or opened in this session). A link without a
 * dataset (from before links named one) opens the default dataset. Any other names what to look for next (kept
 * in the browser, or fetched): meanwhile the default shows at its starting view.
 */
export function resolveLocation(
  search: string,
  historyState: unknown,
  registry: DatasetRegistry,
  fallback: OpenDataset,
): ResolvedLocation {
  const { datasetId, view } = decodeUrlState(search);
  if (datasetId === null) return { open: fallback, view, notice: null, lookFor: null };
  const open =
    registry.find(datasetId, entryKey(historyState)) ?? (datasetId === fallback.id ? fallback : undefined);
  if (open) return { open, view, notice: null, lookFor: null };
  // Until it is found, the default shows at its starting view: the link's view belongs to the other dataset.
  return { open: fallback, view: INITIAL_VIEW, notice: null, lookFor: { datasetId, view } };
}

/** Whether a query string names a view of its dataset (a selection, a filter, a layout...), not only the dataset. */
export function namesAView(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some((key) => key !== 'dataset');
}
