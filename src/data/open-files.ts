// Opening a dataset from the user's files: a graph.json and its source text chosen together, or one Dossier bundle.
import { checkSize, parseJsonText, type Problem } from '../model/validate';
import { decodeUtf8Strict } from './decode-text';
import { isBundle, readBundle } from './export/bundle';
import { openDataset, type OpenResult } from './open-dataset';

/** The part of File this module needs; lets tests pass plain objects. */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
  /** The bytes, when the file has them (a File does): decoded strictly, so a text not in UTF-8 is named as such. */
  arrayBuffer?(): Promise<ArrayBuffer>;
}

/**
 * Above this many entities the canvas is slow to draw and to move (the benchmark's 20,000-entity graph takes tens
 * of seconds on a small machine): the user is asked before such a dataset is validated and drawn.
 */
export const LARGE_DATASET_NODES = 20_000;

export interface OpenFilesOptions {
  /** Asked when a dataset has more than LARGE_DATASET_NODES entities; false cancels. Without it, it opens. */
  confirmLarge?: (nodes: number, fileName: string) => Promise<boolean>;
}

/** What `openDatasetFiles` answers when the user declined to open a large dataset: nothing to show as a problem. */
export const CANCELLED_MESSAGE = 'Opening cancelled.';

const problem = (message: string): Problem => ({ path: '', message, severity: 'error' });

/**
 * Reads a dataset from picked files. Sizes are checked before anything is read, so a 200 MB file is refused at
 * once instead of freezing the tab. A Dossier bundle (`*.dossier.json`, known by its content) carries its texts,
 * so it is opened alone; it goes through the same validator. Never throws: every failure comes back as problems.
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

  const jsonText = await readText(jsonFile);
  if (!jsonText.ok) return { ok: false, problems: [jsonText.problem] };
  const parsed = parseJsonText(jsonText.text, jsonFile.name);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };

  if (isBundle(parsed.value)) {
    const bundle = readBundle(parsed.value);
    if (!bundle.ok) return bundle;
    const reserved = reservedIdProblems(bundle.dataset, 'dataset.');
    if (reserved.length) return { ok: false, problems: reserved };
    if (!(await confirmed(bundle.dataset, jsonFile.name, options))) return cancelled();
    return openDataset(bundle.dataset, bundle.sourceText, jsonFile.name);
  }
  const reserved = reservedIdProblems(parsed.value);
  if (reserved.length) return { ok: false, problems: reserved };
  if (!(await confirmed(parsed.value, jsonFile.name, options))) return cancelled();

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
  const sourceText = await readText(sourceFile);
  if (!sourceText.ok) return { ok: false, problems: [sourceText.problem] };
  return openDataset(parsed.value, sourceText.text, jsonFile.name);
}

/** A file's text: its bytes decoded strictly as UTF-8 when it has them, else the text it gives. */
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
 * Ids that every JavaScript object already answers to (of the slugs ids may be, only "constructor"): the canvas
 * library keeps elements in plain objects by id (react-cytoscapejs's patch.js), where such an id is found before
 * it is added, so its node is never drawn and its relations fail. Refused here, with where it is, until it is not.
 */
// Ids that are not slugs are the validator's to refuse, with its own message.
const SLUG = /^[a-z0-9][a-z0-9_-]*$/;

export function reservedIdProblems(raw: unknown, prefix = ''): Problem[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const problems: Problem[] = [];
  for (const list of ['nodes', 'edges', 'flows', 'threatAreas'] as const) {
    const items = (raw as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && SLUG.test(id) && id in Object.prototype) {
        problems.push({
          path: '',
          message:
            `${prefix}${list}[${i}].id: "${id}" is a name every JavaScript object already has, which Dossier ` +
            `cannot use as an id: choose another (say "${id}-1")`,
          severity: 'error',
        });
      }
    });
  }
  return problems;
}

/** How many entities raw data holds, read before it is validated (0 when it has no list of them). */
export function nodeCountOf(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return 0;
  const nodes = (raw as { nodes?: unknown }).nodes;
  return Array.isArray(nodes) ? nodes.length : 0;
}

async function confirmed(raw: unknown, fileName: string, options: OpenFilesOptions): Promise<boolean> {
  const nodes = nodeCountOf(raw);
  if (nodes <= LARGE_DATASET_NODES || !options.confirmLarge) return true;
  return options.confirmLarge(nodes, fileName);
}

const cancelled = (): OpenResult => ({ ok: false, problems: [problem(CANCELLED_MESSAGE)] });

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

function sourcePathOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const source = (raw as { source?: unknown }).source;
  if (typeof source !== 'object' || source === null) return undefined;
  const path = (source as { path?: unknown }).path;
  return typeof path === 'string' ? path : undefined;
}
