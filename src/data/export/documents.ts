// The documents an export carries: the one place that knows how a dataset's texts are found.
import type { OpenDataset } from '../open-dataset';

/** One source document as every exporter sees it. Offsets into `text` are UTF-16 code units, as in the dataset. */
export interface ExportDocument {
  /** Stable within the dataset (`source` for today's `source.txt`): names the document in URNs and bundles. */
  id: string;
  title: string;
  /** The file name the dataset's `source.path` gives it, so a bundle re-opens through the same validator. */
  path: string;
  text: string;
  /** Where the original can be read, when the dataset says. */
  url?: string;
}

/**
 * The documents of an open dataset. Today a dataset has one source text; when datasets hold several documents,
 * only this function changes and every exporter follows.
 */
export function documentsOf(open: Pick<OpenDataset, 'dataset' | 'sourceText'>): ExportDocument[] {
  const { source } = open.dataset;
  const fileName = source.path.split('/').pop() ?? source.path;
  const id =
    fileName
      .replace(/\.[^.]*$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-') || 'source';
  return [
    {
      id,
      title: source.title,
      path: source.path,
      text: open.sourceText,
      ...(source.url ? { url: source.url } : {}),
    },
  ];
}

/** A stable name for a document that has no URL: `urn:dossier:<dataset id>:<document id>`. */
export function documentUrn(datasetId: string, documentId: string): string {
  return `urn:dossier:${datasetId}:${documentId}`;
}
