// An open dataset: the validated data, its documents' texts and its index, with which dataset it is and where it came from.
import type { Dataset } from '../model/schema';
import { buildGraphIndex, buildGraphIndexInSlices, type GraphIndex } from '../model/graph-index';
import { validateDataset, type Problem } from '../model/validate';
import { contentVersion } from './content-version';

export interface OpenDataset {
  /** The dataset's own id (its `id` field): what a link names. */
  id: string;
  /** A fingerprint of the content as opened: different content under the same id gets a different version. */
  version: string;
  /** `${id}@${version}`: one opened content, as history entries and the session's registry name it. */
  key: string;
  /** Normalised by the validator: the current schemaVersion, every evidence span with its document and offsets. */
  dataset: Dataset;
  /** Each document's text, by document id: every document of `dataset.documents` has one. */
  texts: ReadonlyMap<string, string>;
  index: GraphIndex;
  /** Where it came from, as the user would name it: "bundled" or a file name. */
  origin: string;
}

export type OpenResult =
  { ok: true; open: OpenDataset; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Validates raw data against its documents' texts and indexes it; bad data comes back as problems, never a throw.
 * `texts` maps document ids to texts; a lone string is the text of the dataset's only (first) document.
 */
export function openDataset(
  raw: unknown,
  texts: ReadonlyMap<string, string> | string,
  origin: string,
): OpenResult {
  return withIndex(checkForOpening(raw, texts, origin));
}

/** What opening a dataset gives before its index is built: plain data, so a worker can hand it over. */
export type CheckedOpen =
  { ok: true; open: Omit<OpenDataset, 'index'>; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** `openDataset` but the index: the validation, the texts matched to documents and the content's version. */
export function checkForOpening(
  raw: unknown,
  texts: ReadonlyMap<string, string> | string,
  origin: string,
): CheckedOpen {
  const { dataset, problems } = validateDataset(raw, texts);
  if (!dataset) return { ok: false, problems };
  const byId =
    typeof texts === 'string' ? new Map([[dataset.documents[0]?.id ?? '', texts]]) : new Map(texts);
  const missing = dataset.documents.flatMap((doc, i): Problem[] =>
    byId.has(doc.id)
      ? []
      : [
          {
            path: `documents[${i}]`,
            where: `document ${JSON.stringify(doc.id)}`,
            message: `the text of this document (${JSON.stringify(doc.path)}) is missing`,
            severity: 'error',
          },
        ],
  );
  if (missing.length > 0) return { ok: false, problems: missing };
  // Only the dataset's own documents: a text for an id it does not name would never be shown.
  for (const id of byId.keys()) if (!dataset.documents.some((d) => d.id === id)) byId.delete(id);
  const version = contentVersion(raw, byId);
  return {
    ok: true,
    open: { id: dataset.id, version, key: `${dataset.id}@${version}`, dataset, texts: byId, origin },
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}

/** A checked dataset with its index built: what the app opens. */
export function withIndex(checked: CheckedOpen): OpenResult {
  if (!checked.ok) return checked;
  return { ...checked, open: { ...checked.open, index: buildGraphIndex(checked.open.dataset) } };
}

/** `withIndex`, the index built in slices with a pause between them, so a large dataset leaves the page answering. */
export async function withIndexInSlices(checked: CheckedOpen): Promise<OpenResult> {
  if (!checked.ok) return checked;
  const index = await buildGraphIndexInSlices(
    checked.open.dataset,
    () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  );
  return { ...checked, open: { ...checked.open, index } };
}

/** The text of one document of an open dataset ('' for an id it does not have). */
export function textOf(open: Pick<OpenDataset, 'texts'>, documentId: string): string {
  return open.texts.get(documentId) ?? '';
}
