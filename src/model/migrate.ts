// Older graph.json versions brought up to the current one, in memory, before validation: pure, never throws.

import { SCHEMA_VERSION, type Dataset, type DatasetFile, type Evidence, type EvidenceFile } from './schema';
type JsonObject = Record<string, unknown>;

export interface Migration {
  /** The data in the current version's shape (the input itself when there was nothing to do). */
  raw: unknown;
  /** The version the data was written in, when it was an older one that was migrated; null otherwise. */
  from: number | null;
}

/**
 * The id a version-1 dataset's one document gets: a slug of its file name ("source.txt" -> "source"), the id the
 * exports already gave it (`urn:dossier:<dataset>:source`), so annotations made from a version-1 export still
 * name the same document.
 */
export function documentIdFromPath(path: string): string {
  const fileName = path.split('/').pop() ?? path;
  const slug = fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+/, '')
    .slice(0, 64);
  return slug || 'source';
}

/**
 * Version 1 -> 2: the one `source` becomes `documents: [{ id, title, path, publisher?, url? }]`, in the same place
 * in the key order. Evidence needs no change: with one document, a span may leave its document out. Anything that
 * is not a version-1 object is returned as it is, for the validator to report.
 */
export function migrateDataset(raw: unknown): Migration {
  if (!isObject(raw) || raw.schemaVersion !== 1) return { raw, from: null };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'schemaVersion') out.schemaVersion = 2;
    else if (key === 'source') out.documents = [documentFromSource(value)];
    else out[key] = value;
  }
  return { raw: out, from: 1 };
}

function documentFromSource(source: unknown): unknown {
  // A malformed source is kept as it was, so the validator's message points at what the author wrote.
  if (!isObject(source)) return source;
  const path = typeof source.path === 'string' ? source.path : '';
  return { id: documentIdFromPath(path), ...source };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An opened (normalised) dataset as the current version writes it to graph.json: every span with its offsets,
 * quote and context, and its document named only when there are several (one document needs no name); a span
 * whose passage was not found (an orphan) as its file had it. What `npm run check:data -- --fix` writes back.
 */
export function datasetForFile(dataset: Dataset): DatasetFile {
  const several = dataset.documents.length > 1;
  const spans = (list: readonly Evidence[]): EvidenceFile[] =>
    list.map(({ document, orphan, ...span }) => {
      // An orphan keeps what its file said; one written as a quote alone has no offsets (start === end) to keep.
      const { start: _start, end: _end, ...quoteOnly } = span;
      const written = orphan && span.start === span.end ? quoteOnly : span;
      return several ? { document, ...written } : written;
    });
  return {
    ...dataset,
    schemaVersion: SCHEMA_VERSION,
    nodes: dataset.nodes.map((node) => ({ ...node, evidence: spans(node.evidence) })),
    edges: dataset.edges.map((edge) => ({ ...edge, evidence: spans(edge.evidence) })),
    flows: dataset.flows.map((flow) => ({
      ...flow,
      steps: flow.steps.map((step) => ({ ...step, evidence: spans(step.evidence) })),
    })),
  };
}

/**
 * The documents raw data names, in any version (migrated first), as far as each has a string id and path, with its
 * place in `documents`: which text files to read before the dataset can be validated against them.
 */
export function documentsNamed(raw: unknown): { id: string; path: string; index: number }[] {
  const data = migrateDataset(raw).raw;
  if (typeof data !== 'object' || data === null) return [];
  const list = (data as { documents?: unknown }).documents;
  if (!Array.isArray(list)) return [];
  return list.flatMap((doc: unknown, index) => {
    if (typeof doc !== 'object' || doc === null) return [];
    const { id, path } = doc as { id?: unknown; path?: unknown };
    return typeof id === 'string' && typeof path === 'string' ? [{ id, path, index }] : [];
  });
}
