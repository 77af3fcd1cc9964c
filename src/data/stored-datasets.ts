// The datasets kept in this browser (IndexedDB, through `idb`): the raw files each came from, so opening one again
// runs the same validator as opening the files, with what the switcher lists (title, counts, origin, last opened).
import type { DBSchema, IDBPDatabase } from 'idb';

/** One file as the user gave it: its name and its text (decoded, as the loader read it). */
export interface StoredFile {
  name: string;
  text: string;
}

/** What the switcher shows of a kept dataset, without its files. */
export interface StoredSummary {
  /** The dataset's own id: what a link names. One record per id: opening new content under an id replaces it. */
  id: string;
  title: string;
  nodes: number;
  edges: number;
  /** Where it came from, as the user would name it: a file name, or the link it was fetched from. */
  origin: string;
  /** When it was last opened, in milliseconds since the epoch. */
  lastOpened: number;
}

export interface StoredDataset extends StoredSummary {
  files: StoredFile[];
}

/** Every storage call answers with a value or with a message a user can read; none throws. */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; message: string };

export interface DatasetStore {
  list(): Promise<StoreResult<StoredSummary[]>>;
  get(id: string): Promise<StoreResult<StoredDataset | undefined>>;
  put(record: StoredDataset): Promise<StoreResult<void>>;
  /** Marks a kept dataset as opened now; a missing one is left missing. */
  touch(id: string, when?: number): Promise<StoreResult<void>>;
  remove(id: string): Promise<StoreResult<void>>;
}

interface DossierDb extends DBSchema {
  datasets: { key: string; value: StoredDataset };
}

export const DB_NAME = 'dossier';
const STORE = 'datasets';

/** Turns a storage error into words: the quota, a private window without IndexedDB, or the browser's own message. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'this browser has no room left for it (storage quota exceeded): remove a kept dataset and try again';
  }
  if (name === 'InvalidStateError' || name === 'SecurityError') {
    return 'this browser does not let the page keep data (a private window, or storage turned off)';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `the browser's storage failed (${message || name || 'no reason given'})`;
}

const UNAVAILABLE = 'this browser has no IndexedDB (a private window, or storage turned off)';

/**
 * Opens the store on a given IndexedDB (tests pass fake-indexeddb's), or the page's own. When there is none the
 * store (or one given null) still answers, with a message on every call, so the app works as before without keeping anything.
 */
export function createDatasetStore(factory: IDBFactory | null = pageIndexedDb()): DatasetStore {
  let db: Promise<IDBPDatabase<DossierDb>> | null = null;
  const connect = (): Promise<IDBPDatabase<DossierDb>> => {
    if (!factory) return Promise.reject(new Error(UNAVAILABLE));
    // idb's openDB reads the global indexedDB; wrapping the open request works on any factory, fake or real.
    db ??= openOn(factory).catch((error: unknown) => {
      db = null; // a failed open is tried again next time, not remembered
      throw error;
    });
    return db;
  };
  const attempt = async <T>(
    run: (database: IDBPDatabase<DossierDb>) => Promise<T>,
  ): Promise<StoreResult<T>> => {
    try {
      return { ok: true, value: await run(await connect()) };
    } catch (error) {
      const message =
        error instanceof Error && error.message === UNAVAILABLE ? UNAVAILABLE : describeStorageError(error);
      return { ok: false, message };
    }
  };

  return {
    list: () =>
      attempt(async (database) => {
        const all = await database.getAll(STORE);
        return all
          .map(({ files: _files, ...summary }) => summary)
          .sort((a, b) => b.lastOpened - a.lastOpened);
      }),
    get: (id) => attempt((database) => database.get(STORE, id)),
    put: (record) =>
      attempt(async (database) => {
        await database.put(STORE, record);
      }),
    touch: (id, when = Date.now()) =>
      attempt(async (database) => {
        const tx = database.transaction(STORE, 'readwrite');
        const record = await tx.store.get(id);
        if (record) await tx.store.put({ ...record, lastOpened: when });
        await tx.done;
      }),
    remove: (id) => attempt((database) => database.delete(STORE, id)),
  };
}

/** The page's IndexedDB, or null: some browsers throw on merely reading it where storage is turned off. */
function pageIndexedDb(): IDBFactory | null {
  try {
    return globalThis.indexedDB ?? null;
  } catch {
    return null;
  }
}

/** Opens (or creates) Dossier's database on a factory, as idb's `openDB` does on the global one. */
async function openOn(factory: IDBFactory): Promise<IDBPDatabase<DossierDb>> {
  // idb is loaded with the database's first use, not with the app.
  const { wrap } = await import('idb');
  const request = factory.open(DB_NAME, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(STORE, { keyPath: 'id' });
  };
  const database = await wrap(request);
  if (!database) throw new Error('the database did not open');
  // The schema is the one created above: the typed view of it is what idb's openDB would return.
  return database as unknown as IDBPDatabase<DossierDb>;
}
