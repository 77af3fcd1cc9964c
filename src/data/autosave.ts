// Keeping edits in this browser as they happen: the edited dataset saved as a Dossier bundle among the kept
// datasets (debounced, flushed when the page is hidden), under which id, and a word between tabs editing it.
import type { Position } from '../model/schema';
import { exportInput } from './export/export-input';
import type { OpenDataset } from './open-dataset';
import type { StoredFile, StoreResult } from './stored-datasets';

/** How long after an edit it is saved: a burst of edits (typing a label, undoing twice) is one write. */
export const AUTOSAVE_DELAY = 250;

/**
 * Where a new case says it came from, beside its title: the user's own case, edited or not. Here rather than with
 * the rest of new-case.ts, which the page does not load until a case is made.
 */
export const NEW_CASE_ORIGIN = 'new case';

/** Who an edited dataset is kept as: its id, title and where it says it came from. */
export interface KeptIdentity {
  id: string;
  title: string;
  origin: string;
}

/**
 * Who an edited dataset is kept as. A bundled dataset becomes a copy with its own id ("mi6-edited", or
 * "mi6-edited-2" when that is taken) titled "<title> (edited)", so the bundled one stays as shipped and a link to it
 * still means the original. Any other keeps its id (its kept record is replaced by the edited one) and says it was
 * edited, which also stops the URL naming the link it came from: a reload opens the edited one kept here.
 */
export function keptIdentity(
  open: Pick<OpenDataset, 'id' | 'dataset' | 'origin'>,
  taken: ReadonlySet<string>,
): KeptIdentity {
  if (open.origin === 'bundled') {
    return {
      id: editedCopyId(open.id, taken),
      title: `${open.dataset.title} (edited)`,
      origin: 'edited, from bundled',
    };
  }
  // A new case is the user's own from its first word: "edited" would tell them nothing.
  const edited = open.origin.startsWith('edited') || open.origin === NEW_CASE_ORIGIN;
  const origin = edited ? open.origin : `edited, from ${open.origin}`;
  return { id: open.id, title: open.dataset.title, origin };
}

/** "<id>-edited", or the first of "<id>-edited-2", "-3"... not in `taken`; within the format's 64 characters. */
export function editedCopyId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-edited' : `-edited-${n}`;
    const candidate = `${id.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The edited dataset as the one file it is kept as: a bundle, with the positions it is drawn at. The bundle writer
 * (and the migration it carries) loads with the first edit kept, not with the page.
 */
export async function bundleFiles(
  open: Pick<OpenDataset, 'id' | 'dataset' | 'texts'>,
  positions?: Readonly<Record<string, Position>>,
): Promise<StoredFile[]> {
  const { writeBundle } = await import('./export/bundle');
  return [
    { name: `${open.id}.dossier.json`, text: writeBundle(exportInput(open, positions ? { positions } : {})) },
  ];
}

export interface Autosave {
  /** Saves this dataset after the delay, replacing any save still waiting. */
  schedule(open: OpenDataset): void;
  /** Saves what is waiting now (the page is being hidden or closed). */
  flush(): Promise<void>;
  /** Forgets what is waiting, unsaved (another tab's version wins). */
  cancel(): void;
  /** Whether a save is waiting or running. */
  pending(): boolean;
}

/** A debounced saver: one write per burst of edits, in order, each result handed to `onResult`. */
export function createAutosave(
  save: (open: OpenDataset) => Promise<StoreResult<void>>,
  onResult: (result: StoreResult<void>, open: OpenDataset) => void,
  delay = AUTOSAVE_DELAY,
): Autosave {
  let waiting: OpenDataset | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let inFlight = 0;

  const run = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const open = waiting;
    waiting = null;
    if (!open) return running;
    inFlight += 1;
    // One after the other: an older version never lands after a newer one.
    running = running.then(async () => {
      let result: StoreResult<void>;
      try {
        result = await save(open);
      } catch (error) {
        // The store answers with messages, but a failure anywhere else must still be said, not lost.
        result = { ok: false, message: error instanceof Error ? error.message : String(error) };
      } finally {
        inFlight -= 1;
      }
      // Told after it is over, so `pending()` says whether another save still waits.
      onResult(result, open);
    });
    return running;
  };

  return {
    schedule(open) {
      waiting = open;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void run(), delay);
    },
    flush: run,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = null;
    },
    pending: () => waiting !== null || inFlight > 0,
  };
}

/** What tabs tell each other on the 'dossier' channel: this tab saved this dataset. */
export interface SavedMessage {
  type: 'saved';
  /** The saving tab's own random id, so a tab ignores its own messages. */
  tab: string;
  datasetId: string;
}

export const CHANNEL_NAME = 'dossier';

/** Whether a message says another tab saved the dataset this tab has open (so saving here would overwrite it). */
export function changedElsewhere(message: unknown, tab: string, openId: string): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<SavedMessage>;
  return m.type === 'saved' && m.tab !== tab && m.datasetId === openId;
}
