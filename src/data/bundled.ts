// The datasets that ship with the app. Bundled at build time: opening them needs no network.
import mi6Graph from '../../graph-data/mi6/graph.json';
import mi6Source from '../../graph-data/mi6/source.txt?raw';
import { openDataset, type OpenResult } from './open-dataset';

export interface BundledDataset {
  id: string;
  title: string;
  open: () => OpenResult;
}

export const BUNDLED_DATASETS: readonly BundledDataset[] = [
  { id: 'mi6', title: 'What is MI6?', open: () => openDataset(mi6Graph, mi6Source, 'bundled') },
];

export const DEFAULT_DATASET_ID = 'mi6';
