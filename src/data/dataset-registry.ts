// The datasets the app can open again by id, for links, reloads, Back and the switcher: the bundled ones, those
// opened in this session (in memory), and those kept in this browser (IndexedDB, as the files they came from).
import { BUNDLED_DATASETS, type BundledDataset } from './bundled';
import type { OpenDataset } from './open-dataset';
import { loadOpenFiles, notLoadedProblem } from './load-opener';
import type { PickedFile } from './open-files';
import { formatProblem } from '../model/problem';
import { createDatasetStore, type DatasetStore, type StoredFile, type StoreResult } from './stored-datasets';

/** What looking for a kept dataset found: it (opened again), nothing, or a reason it cannot be opened. */
export type KeptLookup =
  { status: 'found'; open: OpenDataset } | { status: 'missing' } | { status: 'failed'; message: string };

export interface DatasetRegistry {
  /** The datasets that ship with the app, as the switcher lists them. */
  readonly bundled: readonly BundledDataset[];
  /** The datasets kept in this browser. */
  readonly store: DatasetStore;
  /** Keeps an opened dataset for this session, so a history entry that names it can open it again. */
  remember(open: OpenDataset): void;
  /**
   * The dataset a link or history entry names, from what is at hand at once: the exact content (`key`) if this
   * session has it, else the one with that id opened last, else a bundled one with that id; undefined when none.
   */
  find(id: string, key?: string | null): OpenDataset | undefined;
  /**
   * A dataset kept in this browser, opened again from its files through the same validator, and remembered for
   * the session; marked as opened now.
   */
  findKept(id: string): Promise<KeptLookup>;
  /** Keeps an opened dataset in this browser with the files it came from (replacing any kept under its id). */
  keep(open: OpenDataset, files: readonly StoredFile[]): Promise<StoreResult<void>>;
  /** Forgets a kept dataset, in the browser and in this session's memory. */
  forget(id: string): Promise<StoreResult<void>>;
}

/** How many opened datasets the session keeps in memory: a few files' worth, not every file the user ever picked. */
export const SESSION_LIMIT = 12;

export function createDatasetRegistry(
  bundled: readonly BundledDataset[] = BUNDLED_DATASETS,
  limit = SESSION_LIMIT,
  store: DatasetStore = createDatasetStore(),
): DatasetRegistry {
  // By key, oldest first: remembering again moves a dataset to the end, and the oldest go first.
  const opened = new Map<string, OpenDataset>();

  const remember = (open: OpenDataset) => {
    opened.delete(open.key);
    opened.set(open.key, open);
    for (const oldest of opened.keys()) {
      if (opened.size <= limit) break;
      opened.delete(oldest);
    }
  };

  const find = (id: string, key?: string | null): OpenDataset | undefined => {
    const exact = key ? opened.get(key) : undefined;
    if (exact?.id === id) return exact;
    const sameId = [...opened.values()].reverse().find((open) => open.id === id);
    if (sameId) return sameId;
    const result = bundled.find((b) => b.id === id)?.open();
    if (!result?.ok) return undefined;
    remember(result.open);
    return result.open;
  };

  const findKept = async (id: string): Promise<KeptLookup> => {
    const got = await store.get(id);
    if (!got.ok)
      return { status: 'failed', message: `It could not be read from this browser: ${got.message}.` };
    const record = got.value;
    if (!record) return { status: 'missing' };
    let opener: Awaited<ReturnType<typeof loadOpenFiles>>;
    try {
      opener = await loadOpenFiles();
    } catch (error) {
      return { status: 'failed', message: formatProblem(notLoadedProblem(error)) };
    }
    const files: PickedFile[] = opener.keptAsPicked(record.files);
    const result = await opener.openDatasetFiles(files);
    if (!result.ok) {
      const first = result.problems[0];
      return {
        status: 'failed',
        message:
          `Its kept files no longer pass the checks (${result.problems.length} problem` +
          `${result.problems.length === 1 ? '' : 's'}${first ? `, the first: ${formatProblem(first)}` : ''}).`,
      };
    }
    // Opened from the browser, it still names where its files first came from.
    const open = { ...result.open, origin: record.origin };
    remember(open);
    await store.touch(id);
    return { status: 'found', open };
  };

  const keep = (open: OpenDataset, files: readonly StoredFile[]) =>
    store.put({
      id: open.id,
      title: open.dataset.title,
      nodes: open.dataset.nodes.length,
      edges: open.dataset.edges.length,
      origin: open.origin,
      lastOpened: Date.now(),
      files: [...files],
    });

  const forget = async (id: string) => {
    for (const [key, open] of opened) if (open.id === id) opened.delete(key);
    return store.remove(id);
  };

  return { bundled, store, remember, find, findKept, keep, forget };
}
