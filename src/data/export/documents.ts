// The documents an export carries: the one place that knows how a dataset's texts are found.
import type { OpenDataset } from '../open-dataset';

/** One source document as every exporter sees it. Offsets into `text` are UTF-16 code units, as in the dataset. */
export interface ExportDocument {
  /** The document's id in the dataset: names it in URNs and bundles, and in each evidence span. */
  id: string;
  title: string;
  /** The path the dataset gives it, so a bundle re-opens through the same validator. */
  path: string;
  text: string;
  /** Where the original can be read, when the dataset says. */
  url?: string;
}

/** The documents of an open dataset, in the dataset's order, each with its text. */
export function documentsOf(open: Pick<OpenDataset, 'dataset' | 'texts'>): ExportDocument[] {
  return open.dataset.documents.map((doc) => ({
    id: doc.id,
    title: doc.title,
    path: doc.path,
    text: open.texts.get(doc.id) ?? '',
    ...(doc.url ? { url: doc.url } : {}),
  }));
}

/** A stable name for a document that has no URL: `urn:dossier:<dataset id>:<document id>`. */
export function documentUrn(datasetId: string, documentId: string): string {
  return `urn:dossier:${datasetId}:${documentId}`;
}
