// Opens a dataset folder (a fixture or graph-data/<id>) as the app would, for the export tests.
import { readFileSync } from 'node:fs';
import { openDataset, type OpenDataset } from '../../../src/data/open-dataset';

const FOLDERS = {
  mi6: '../../../graph-data/mi6/',
  tricky: '../../fixtures/valid-tricky-labels/',
  minimal: '../../fixtures/valid-minimal/',
  two: '../../fixtures/valid-two-documents/',
  own: '../../fixtures/valid-own-vocabulary/',
} as const;

export function openFolder(name: keyof typeof FOLDERS): OpenDataset {
  const read = (file: string) => readFileSync(new URL(`${FOLDERS[name]}${file}`, import.meta.url), 'utf8');
  const raw = JSON.parse(read('graph.json')) as { documents?: { id: string; path: string }[] };
  // Version 1 folders have one source.txt; version 2 ones name each document's file.
  const texts = raw.documents ? new Map(raw.documents.map((d) => [d.id, read(d.path)])) : read('source.txt');
  const result = openDataset(raw, texts, `${name}/graph.json`);
  if (!result.ok) throw new Error(`${name} does not open: ${JSON.stringify(result.problems)}`);
  return result.open;
}

/** The labels the tricky fixture is made of: &, <, quotes and letters outside ASCII. */
export const TRICKY_LABELS = [
  'Smith & Jones <Ltd>',
  '"Le Café" d’Anaïs',
  'Ольга Петрова',
  'Note <urgent> & "secret"',
];
