// Opening a dataset from the user's files: a graph.json and its documents' texts chosen together, or one Dossier bundle.
import { bestConnectedPart, hasPartShape } from '../model/best-connected';
import { documentsNamed } from '../model/migrate';
import { checkSize, parseJsonText, type Problem } from '../model/validate';
import { decodeUtf8Strict } from './decode-text';
import { isBundle, readBundle } from './export/bundle';
import { askAboutLargeDataset, type AskLarge, type LargeAnswer } from './large-dataset';
import { CANCELLED_MESSAGE, LARGE_DATASET_NODES } from './load-opener';
import type { OpenResult } from './open-dataset';
import { openDatasetOffThread } from './open-check-client';

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
  const parsed = parseJsonText(json.text, jsonFile.name);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };

  if (isBundle(parsed.value)) {
    const bundle = readBundle(parsed.value);
    if (!bundle.ok) return bundle;
    const reserved = reservedIdProblems(bundle.dataset, 'dataset.');
    if (reserved.length) return { ok: false, problems: reserved };
    const answer = await confirmed(bundle.dataset, jsonFile.name, options);
    if (answer === 'cancel') return cancelled();
    return openDatasetOffThread(partIf(answer, bundle.dataset), bundle.texts, jsonFile.name);
  }
  const reserved = reservedIdProblems(parsed.value);
  if (reserved.length) return { ok: false, problems: reserved };
  const answer = await confirmed(parsed.value, jsonFile.name, options);
  if (answer === 'cancel') return cancelled();
  const raw = partIf(answer, parsed.value);

  const documents = documentsNamed(raw);
  if (documents.length === 0) {
    // No usable document list: the validator says what is wrong with it.
    return openDatasetOffThread(raw, new Map(), jsonFile.name);
  }
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  for (const doc of documents) {
    const fileName = doc.path.split('/').pop();
    const file =
      textFiles.find((f) => f.name === fileName) ??
      (documents.length === 1 && textFiles.length === 1 ? textFiles[0] : undefined);
    if (!file) {
      problems.push(
        problem(
          `${jsonFile.name} names the text of document "${doc.id}" as "${doc.path}": choose that file ` +
            'together with the graph.json, so every quote can be found in its text.',
        ),
      );
      continue;
    }
    const read = await readText(file);
    if (read.ok) texts.set(doc.id, read.text);
    else problems.push(read.problem);
  }
  if (problems.length > 0) return { ok: false, problems };
  return openDatasetOffThread(raw, texts, jsonFile.name);
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

async function confirmed(raw: unknown, fileName: string, options: OpenFilesOptions): Promise<LargeAnswer> {
  const nodes = nodeCountOf(raw);
  if (nodes <= LARGE_DATASET_NODES) return 'open';
  return (options.confirmLarge ?? askAboutLargeDataset)(nodes, fileName);
}

/** Raw data cut to its best-connected part when that was the answer (and it has the shape to cut), else as it is. */
function partIf(answer: LargeAnswer, raw: unknown): unknown {
  return answer === 'part' && hasPartShape(raw) ? bestConnectedPart(raw) : raw;
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
