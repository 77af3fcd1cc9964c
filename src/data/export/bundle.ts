// The Dossier bundle (*.dossier.json): one file with the dataset and its documents' texts, re-openable in Dossier.
import { datasetForFile, migrateDataset } from '../../model/migrate';
import type { Problem } from '../../model/validate';
import { vocabularyOf } from '../../model/resolve-vocabulary';
import type { ExportDocument } from './documents';
import type { ExportInput } from './export-input';

export const BUNDLE_FORMAT = 'dossier-bundle';
export const BUNDLE_VERSION = 1;

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  bundleVersion: typeof BUNDLE_VERSION;
  /** graph.json as the dataset format describes it, with the positions drawn when it was exported. */
  dataset: unknown;
  documents: ExportDocument[];
  /**
   * The node and relation types' words and meanings, for a reader of the file (the dataset's own, or the built-in
   * ones it uses). Dossier reads the dataset's `vocabulary` on opening, not this.
   */
  vocabulary: {
    nodeTypes: Record<string, { label: string; plural: string; description: string }>;
    relationTypes: Record<string, { label: string; description: string }>;
  };
}

export function writeBundle(input: ExportInput): string {
  // $schema is a path relative to graph-data/: meaningless inside a bundle, which carries its own format marker.
  const { $schema: _schema, positions: _saved, ...dataset } = datasetForFile(input.dataset);
  const hasPositions = Object.keys(input.positions).length > 0;
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    bundleVersion: BUNDLE_VERSION,
    dataset: hasPositions ? { ...dataset, positions: input.positions } : dataset,
    documents: input.documents,
    vocabulary: wordsOf(input),
  };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** The words of every type the dataset's vocabulary has, in its order. */
function wordsOf(input: ExportInput): Bundle['vocabulary'] {
  const vocabulary = vocabularyOf(input.dataset);
  return {
    nodeTypes: Object.fromEntries(
      vocabulary.nodeTypes.map(({ id, label, plural, description }) => [id, { label, plural, description }]),
    ),
    relationTypes: Object.fromEntries(
      vocabulary.relationTypes.map(({ id, label, description }) => [id, { label, description }]),
    ),
  };
}

/** Whether parsed JSON says it is a Dossier bundle (by its `format` marker, not its file name). */
export function isBundle(raw: unknown): boolean {
  return isObject(raw) && raw.format === BUNDLE_FORMAT;
}

export type BundleContents =
  { ok: true; dataset: unknown; texts: ReadonlyMap<string, string> } | { ok: false; problems: Problem[] };

/**
 * The dataset and its documents' texts (by document id) from a parsed bundle; the caller validates them as it
 * would a graph.json and its texts. Each of the dataset's documents is matched to the bundle's text by id (by path
 * for a version-1 dataset, whose document had no id). Problems name where in the bundle they are.
 */
export function readBundle(raw: unknown): BundleContents {
  const problems: Problem[] = [];
  const fail = (path: string, message: string) => problems.push({ path, message, severity: 'error' });
  if (!isObject(raw) || raw.format !== BUNDLE_FORMAT) {
    fail('format', `is not "${BUNDLE_FORMAT}": this is not a Dossier bundle`);
    return { ok: false, problems };
  }
  if (raw.bundleVersion !== BUNDLE_VERSION) {
    fail(
      'bundleVersion',
      `is ${JSON.stringify(raw.bundleVersion) ?? 'missing'}; this version of Dossier opens bundle version ${BUNDLE_VERSION}`,
    );
  }
  if (!isObject(raw.dataset)) fail('dataset', 'is missing: a bundle holds its dataset under "dataset"');
  const documents = Array.isArray(raw.documents) ? (raw.documents as unknown[]) : null;
  if (!documents || documents.length === 0) {
    fail('documents', 'is missing or empty: a bundle carries the text of every document it quotes');
  } else {
    documents.forEach((doc, i) => {
      if (!isObject(doc)) fail(`documents[${i}]`, 'is not an object');
      else {
        if (typeof doc.text !== 'string')
          fail(`documents[${i}].text`, 'is missing: the document’s text is needed to check every quote');
        if (typeof doc.path !== 'string') fail(`documents[${i}].path`, 'is missing');
      }
    });
  }
  if (problems.length > 0 || !documents || !isObject(raw.dataset)) return { ok: false, problems };

  const carried = documents as { id?: unknown; path: string; text: string }[];
  const seen = new Set<string>();
  carried.forEach((doc, i) => {
    if (typeof doc.id !== 'string') return;
    if (seen.has(doc.id)) fail(`documents[${i}].id`, `repeats the document id "${doc.id}"`);
    seen.add(doc.id);
  });
  const dataset = migrateDataset(raw.dataset).raw;
  const wanted =
    isObject(dataset) && Array.isArray(dataset.documents) ? (dataset.documents as unknown[]) : [];
  const texts = new Map<string, string>();
  wanted.forEach((want, i) => {
    if (!isObject(want) || typeof want.id !== 'string') return; // the validator reports a malformed document
    const id = want.id;
    const doc =
      carried.find((d) => d.id === id) ?? carried.find((d) => d.id === undefined && d.path === want.path);
    if (doc) texts.set(id, doc.text);
    else
      fail(
        'documents',
        `holds no text for the document "${id}" (dataset.documents[${i}]): a bundle carries every document's text`,
      );
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: raw.dataset, texts };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
