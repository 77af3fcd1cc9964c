// The question a dataset over LARGE_DATASET_NODES asks before it is checked and drawn, however it is opened (files,
// a drop, a link, the switcher): the header answers it; without a header (tests, scripts) it opens.

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
