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
}

/**
 * Reads a location against the datasets this session can open. A link without a dataset (from before links named
 * one) opens the default dataset. A dataset that is not available opens the default at its starting view, with
 * a note saying so: the link's view belongs to the other dataset, so it is not read against this one.
 */
export function resolveLocation(
  search: string,
  historyState: unknown,
  registry: DatasetRegistry,
  fallback: OpenDataset,
): ResolvedLocation {
  const { datasetId, view } = decodeUrlState(search);
  if (datasetId === null) return { open: fallback, view, notice: null };
  const open =
    registry.find(datasetId, entryKey(historyState)) ?? (datasetId === fallback.id ? fallback : undefined);
  if (open) return { open, view, notice: null };
  return {
    open: fallback,
    view: INITIAL_VIEW,
    notice:
      `The dataset “${datasetId}” is not open in this session (a dataset opened from a file is kept only until ` +
      `the page is closed or reloaded: open its files again). Showing “${fallback.dataset.title}” instead.`,
  };
}
