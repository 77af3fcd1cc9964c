// The datasets this session can open again by id, for links and Back: the bundled ones, and those opened from files
// (kept in memory only, until the page is closed or reloaded).
import { BUNDLED_DATASETS, type BundledDataset } from './bundled';
import type { OpenDataset } from './open-dataset';

export interface DatasetRegistry {
  /** Keeps an opened dataset, so a history entry that names it can open it again. */
  remember(open: OpenDataset): void;
  /**
   * The dataset a link or history entry names: the exact content (`key`) if this session has it, else the one
   * with that id opened last, else a bundled one with that id; undefined when none is available.
   */
  find(id: string, key?: string | null): OpenDataset | undefined;
}

/** How many opened datasets the session keeps: a few files' worth, not every file the user ever picked. */
export const SESSION_LIMIT = 12;

export function createDatasetRegistry(
  bundled: readonly BundledDataset[] = BUNDLED_DATASETS,
  limit = SESSION_LIMIT,
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

  return { remember, find };
}
