// The datasets that ship with the app, checked when the app was built (scripts/bundled-datasets.ts): opening one
// needs no network and no validation, only its index.
import bundled from 'virtual:dossier-bundled';
import { buildGraphIndex } from '../model/graph-index';
import type { OpenResult } from './open-dataset';

export interface BundledDataset {
  id: string;
  title: string;
  open: () => OpenResult;
}

export const BUNDLED_DATASETS: readonly BundledDataset[] = bundled.map((entry) => ({
  id: entry.id,
  title: entry.title,
  open: (): OpenResult => ({
    ok: true,
    open: {
      id: entry.id,
      version: entry.version,
      key: `${entry.id}@${entry.version}`,
      dataset: entry.dataset,
      texts: new Map(entry.texts),
      index: buildGraphIndex(entry.dataset),
      origin: 'bundled',
    },
    warnings: [],
  }),
}));

export const DEFAULT_DATASET_ID = 'mi6';
