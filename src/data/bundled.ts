// The datasets that ship with the app, checked when the app was built (scripts/bundled-datasets.ts): each one's
// content is a JSON file of the build, fetched once at start (index.html preloads it), so the first load's
// JavaScript does not carry it; opening one then needs no network and no validation, only its index.
import bundled from 'virtual:dossier-bundled';
import { buildGraphIndex } from '../model/graph-index';
import type { Dataset } from '../model/schema';
import type { OpenResult } from './open-dataset';

export interface BundledDataset {
  id: string;
  title: string;
  /** Opens it, at once: its content must have been loaded (`loadBundledDatasets`), else a problem says so. */
  open: () => OpenResult;
}

/** A bundled dataset's content as the build checked it. */
interface BundleContent {
  dataset: Dataset;
  texts: [string, string][];
}

// Each bundled dataset's content once it is at hand, by id: in Vitest it is in the module from the start.
const contents = new Map<string, BundleContent>(
  bundled.flatMap((entry) => (entry.content ? [[entry.id, entry.content] as const] : [])),
);

export const BUNDLED_DATASETS: readonly BundledDataset[] = bundled.map((entry) => ({
  id: entry.id,
  title: entry.title,
  open: (): OpenResult => {
    const content = contents.get(entry.id);
    if (!content) {
      const message = `the bundled dataset “${entry.title}” (${entry.url}) is not loaded yet`;
      return { ok: false, problems: [{ path: '', message, severity: 'error' }] };
    }
    return {
      ok: true,
      open: {
        id: entry.id,
        version: entry.version,
        key: `${entry.id}@${entry.version}`,
        dataset: content.dataset,
        texts: new Map(content.texts),
        index: buildGraphIndex(content.dataset),
        origin: 'bundled',
      },
      warnings: [],
    };
  },
}));

export const DEFAULT_DATASET_ID = 'mi6';

/**
 * Fetches the bundled datasets' content (MI6 alone today, the default, which the app needs before it mounts; the
 * browser has usually fetched it already, from index.html's preload): null once every one is at hand, else a
 * message naming each file that could not be loaded and why.
 */
export async function loadBundledDatasets(): Promise<string | null> {
  const failures = await Promise.all(
    bundled.map(async (entry): Promise<string | null> => {
      if (contents.has(entry.id)) return null;
      try {
        // The same request as the preload (a CORS-mode fetch, same-origin credentials), so the browser reuses it.
        const response = await fetch(entry.url);
        if (!response.ok)
          return `${entry.url} could not be loaded (${response.status} ${response.statusText}).`;
        // Checked when the app was built, and served by the same site as the app: it is taken as it is.
        const content = (await response.json()) as BundleContent;
        contents.set(entry.id, content);
        return null;
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return `${entry.url} could not be loaded (${why}).`;
      }
    }),
  );
  const failed = failures.filter((f): f is string => f !== null);
  return failed.length > 0 ? failed.join(' ') : null;
}
