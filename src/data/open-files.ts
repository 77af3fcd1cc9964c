// Opening a dataset from the user's files: a graph.json and its documents' texts chosen together, or one Dossier bundle.
import { checkSize, type Problem } from '../model/validate';
import { decodeUtf8Strict } from './decode-text';
import { askAboutLargeDataset, CANCELLED_MESSAGE, LARGE_DATASET_NODES, type AskLarge } from './large-dataset';
import type { OpenResult } from './open-dataset';
import { openTextsOffThread } from './open-check-client';
import type { ReadFile } from './open-from-texts';

// Kept beside the lazy loader so the app can name them without loading this module.
export { CANCELLED_MESSAGE, LARGE_DATASET_NODES };

/** The part of File this module needs; lets tests pass plain objects. */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
  /** The bytes, when the caller has them (a File does): texts are then decoded strictly, as UTF-8 or refused. */
  arrayBuffer?(): Promise<ArrayBuffer>;
}

export interface OpenFilesOptions {
  /**
   * Asked when a dataset has more than LARGE_DATASET_NODES entities: open it whole, its best-connected part, or
   * cancel. Without it, whoever answers `askAboutLargeDataset` is asked (the header), or it opens whole.
   */
  confirmLarge?: AskLarge;
}

const problem = (message: string): Problem => ({ path: '', message, severity: 'error' });

/** A file's text, decoded strictly when its bytes can be had; a file that cannot be read is a problem. */
async function readText(
  file: PickedFile,
): Promise<{ ok: true; text: string } | { ok: false; problem: Problem }> {
  try {
    if (!file.arrayBuffer) return { ok: true, text: await file.text() };
    const decoded = decodeUtf8Strict(await file.arrayBuffer(), file.name);
    return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, problem: problem(decoded.message) };
  } catch {
    return { ok: false, problem: problem(`${file.name} could not be read.`) };
  }
}

/**
 * Reads a dataset from picked files. Sizes are checked before anything is read, so a 200 MB file is refused at
 * once instead of freezing the tab. A Dossier bundle (`*.dossier.json`, known by its content) carries its texts,
 * so it is opened alone; it goes through the same validator. Each document of a graph.json is matched to the text
 * file named like the last part of its path (a lone document takes a lone text file whatever its name). Never
 * throws: every failure comes back as problems.
 */
export async function openDatasetFiles(
  files: readonly PickedFile[],
  options: OpenFilesOptions = {},
): Promise<OpenResult> {
  try {
    return await openPicked(files, options);
  } catch (error) {
    // Nothing is expected to throw here; if something does, it is still a message and not a blank page.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem(`The files could not be opened: ${reason}.`)] };
  }
}

async function openPicked(files: readonly PickedFile[], options: OpenFilesOptions): Promise<OpenResult> {
  const jsonFiles = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  const textFiles = files.filter((f) => !f.name.toLowerCase().endsWith('.json'));
  if (jsonFiles.length !== 1) {
    return {
      ok: false,
      problems: [
        problem(
          jsonFiles.length === 0
            ? 'No graph.json chosen: choose the dataset’s graph.json together with its documents’ text files, ' +
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

  const json = await readText(jsonFile);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  // Every text is read here, where the files are; which of them the dataset needs is known once it is parsed, and
  // one that could not be read is a problem only if it is needed.
  const texts: ReadFile[] = [];
  for (const file of textFiles) texts.push({ name: file.name, ...(await readText(file)) });
  return openTextsOffThread(
    { name: jsonFile.name, text: json.text },
    texts,
    options.confirmLarge ?? askAboutLargeDataset,
  );
}

/**
 * The picked files as they are kept in the browser: each one's name and text, so opening them again later goes
 * through `openDatasetFiles` as the first time did. Files that cannot be read or decoded are left out (they were
 * not needed, or the dataset would not have opened).
 */
export async function readFilesToKeep(
  files: readonly PickedFile[],
): Promise<{ name: string; text: string }[]> {
  const kept: { name: string; text: string }[] = [];
  for (const file of files) {
    if (checkSize(file.size, file.name)) continue;
    const read = await readText(file);
    if (read.ok) kept.push({ name: file.name, text: read.text });
  }
  return kept;
}

/** Kept files as files again, to open through `openDatasetFiles`. */
export function keptAsPicked(files: readonly { name: string; text: string }[]): PickedFile[] {
  return files.map(({ name, text }) => ({ name, size: text.length, text: () => Promise.resolve(text) }));
}
