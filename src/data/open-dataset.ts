// An open dataset: the validated data, its source text and its index, with which dataset it is and where it came from.
import type { Dataset } from '../model/schema';
import { buildGraphIndex, type GraphIndex } from '../model/graph-index';
import { validateDataset, type Problem } from '../model/validate';
import { contentVersion } from './content-version';

export interface OpenDataset {
  /** The dataset's own id (its `id` field): what a link names. */
  id: string;
  /** A fingerprint of the content as opened: different content under the same id gets a different version. */
  version: string;
  /** `${id}@${version}`: one opened content, as history entries and the session's registry name it. */
  key: string;
  dataset: Dataset;
  sourceText: string;
  index: GraphIndex;
  /** Where it came from, as the user would name it: "bundled" or a file name. */
  origin: string;
}

export type OpenResult =
  { ok: true; open: OpenDataset; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Validates raw data against its source text and indexes it; bad data comes back as problems, never a throw. */
export function openDataset(raw: unknown, sourceText: string, origin: string): OpenResult {
  const { dataset, problems } = validateDataset(raw, sourceText);
  if (!dataset) return { ok: false, problems };
  const version = contentVersion(raw, sourceText);
  return {
    ok: true,
    open: {
      id: dataset.id,
      version,
      key: `${dataset.id}@${version}`,
      dataset,
      sourceText,
      index: buildGraphIndex(dataset),
      origin,
    },
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}
