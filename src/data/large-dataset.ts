// The question a dataset over LARGE_DATASET_NODES asks before it is checked and drawn, however it is opened (files,
// a drop, a link, the switcher): the header answers it; without a header (tests, scripts) it opens.

/**
 * Above this many entities the canvas is slow to draw and to move (the benchmark's 20,000-entity graph takes tens
 * of seconds on a small machine): the user is asked before such a dataset is validated and drawn.
 */
export const LARGE_DATASET_NODES = 20_000;

/** What `openDatasetFiles` answers when the user declined to open a large dataset: nothing to show as a problem. */
export const CANCELLED_MESSAGE = 'Opening cancelled.';

/** Open it whole, open its best-connected part, or cancel. */
export type LargeAnswer = 'open' | 'part' | 'cancel';

export type AskLarge = (nodes: number, fileName: string) => Promise<LargeAnswer>;

let asker: AskLarge | null = null;

/**
 * Makes `ask` the one that answers the question from now on (the header's dialog); returns how to stop. One
 * module-level asker because links and kept datasets are opened outside any component that could show a dialog.
 */
export function answerLargeDatasetsWith(ask: AskLarge): () => void {
  asker = ask;
  return () => {
    if (asker === ask) asker = null;
  };
}

/** Asks whoever answers; with nobody to ask, the dataset opens whole, as it did before the question existed. */
export function askAboutLargeDataset(nodes: number, fileName: string): Promise<LargeAnswer> {
  return asker ? asker(nodes, fileName) : Promise.resolve('open');
}
