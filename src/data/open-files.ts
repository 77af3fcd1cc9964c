// Opening a dataset from the user's files: a graph.json and its source text chosen together, or one Dossier bundle.
import { checkSize, parseJsonText, type Problem } from '../model/validate';
import { isBundle, readBundle } from './export/bundle';
import { openDataset, type OpenResult } from './open-dataset';

/** The part of File this module needs; lets tests pass plain objects. */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

const problem = (message: string): Problem => ({ path: '', message, severity: 'error' });

/**
 * Reads a dataset from picked files. Sizes are checked before anything is read, so a 200 MB file is refused at
 * once instead of freezing the tab. A Dossier bundle (`*.dossier.json`, known by its content) carries its texts,
 * so it is opened alone; it goes through the same validator. Never throws: every failure comes back as problems.
 */
export async function openDatasetFiles(files: readonly PickedFile[]): Promise<OpenResult> {
  const jsonFiles = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  const textFiles = files.filter((f) => !f.name.toLowerCase().endsWith('.json'));
  if (jsonFiles.length !== 1) {
    return {
      ok: false,
      problems: [
        problem(
          jsonFiles.length === 0
            ? 'No graph.json chosen: choose the dataset’s graph.json together with its source text file, ' +
                'or one Dossier bundle (.dossier.json).'
            : `Choose one graph.json at a time (got ${jsonFiles.map((f) => f.name).join(', ')}).`,
        ),
      ],
    };
  }
  const jsonFile = jsonFiles[0] as PickedFile;
  const tooBig = [jsonFile, ...textFiles]
    .map((f) => checkSize(f.size, f.name))
    .filter((p): p is Problem => p !== null);
  if (tooBig.length) return { ok: false, problems: tooBig };

  let jsonText: string;
  try {
    jsonText = await jsonFile.text();
  } catch {
    return { ok: false, problems: [problem(`${jsonFile.name} could not be read.`)] };
  }
  const parsed = parseJsonText(jsonText, jsonFile.name);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };

  if (isBundle(parsed.value)) {
    const bundle = readBundle(parsed.value);
    if (!bundle.ok) return bundle;
    return openDataset(bundle.dataset, bundle.sourceText, jsonFile.name);
  }

  const wanted = sourcePathOf(parsed.value);
  const sourceFile =
    textFiles.find((f) => wanted !== undefined && f.name === wanted.split('/').pop()) ??
    (textFiles.length === 1 ? textFiles[0] : undefined);
  if (!sourceFile) {
    return {
      ok: false,
      problems: [
        problem(
          `${jsonFile.name} names its source text as "${wanted ?? '(none)'}": choose that file together with ` +
            'the graph.json, so every quote can be checked against the text.',
        ),
      ],
    };
  }
  let sourceText: string;
  try {
    sourceText = await sourceFile.text();
  } catch {
    return { ok: false, problems: [problem(`${sourceFile.name} could not be read.`)] };
  }
  return openDataset(parsed.value, sourceText, jsonFile.name);
}

function sourcePathOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const source = (raw as { source?: unknown }).source;
  if (typeof source !== 'object' || source === null) return undefined;
  const path = (source as { path?: unknown }).path;
  return typeof path === 'string' ? path : undefined;
}
