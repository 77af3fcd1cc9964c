// Opening a dataset from the user's files: a graph.json and its documents' texts chosen together, or one Dossier bundle.
import { migrateDataset } from '../model/migrate';
import { checkSize, parseJsonText, type Problem } from '../model/validate';
import { decodeUtf8 } from './decode-utf8';
import { isBundle, readBundle } from './export/bundle';
import { openDataset, type OpenResult } from './open-dataset';

/** The part of File this module needs; lets tests pass plain objects. */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
  /** The bytes, when the caller has them (a File does): texts are then decoded strictly, as UTF-8 or refused. */
  arrayBuffer?(): Promise<ArrayBuffer>;
}

const problem = (message: string): Problem => ({ path: '', message, severity: 'error' });

/** A file's text, decoded strictly when its bytes can be had; a file that cannot be read is a problem. */
async function readText(
  file: PickedFile,
): Promise<{ ok: true; text: string } | { ok: false; problem: Problem }> {
  try {
    if (file.arrayBuffer) return decodeUtf8(new Uint8Array(await file.arrayBuffer()), file.name);
    return { ok: true, text: await file.text() };
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
export async function openDatasetFiles(files: readonly PickedFile[]): Promise<OpenResult> {
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
    return openDataset(bundle.dataset, bundle.texts, jsonFile.name);
  }

  const documents = documentsOf(parsed.value);
  if (documents.length === 0) {
    // No usable document list: the validator says what is wrong with it.
    return openDataset(parsed.value, new Map(), jsonFile.name);
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
  return openDataset(parsed.value, texts, jsonFile.name);
}

/** The documents a graph.json names (any version), as far as they are well-formed. */
function documentsOf(raw: unknown): { id: string; path: string }[] {
  const data = migrateDataset(raw).raw;
  if (typeof data !== 'object' || data === null) return [];
  const list = (data as { documents?: unknown }).documents;
  if (!Array.isArray(list)) return [];
  return list.flatMap((doc: unknown) => {
    if (typeof doc !== 'object' || doc === null) return [];
    const { id, path } = doc as { id?: unknown; path?: unknown };
    return typeof id === 'string' && typeof path === 'string' ? [{ id, path }] : [];
  });
}
