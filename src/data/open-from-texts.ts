// Opening a dataset from files already read as text: JSON parsing, the bundle or graph.json's own checks, the
// large-dataset question, matching texts to documents and validation. Plain data in and out, so all of it can run
// in a worker (open-check.worker.ts) and leave the page free while a large file is parsed and checked.
import { bestConnectedPart, hasPartShape } from '../model/best-connected';
import { documentsNamed } from '../model/migrate';
import { parseJsonText, type Problem } from '../model/validate';
import { isBundle, readBundle } from './export/bundle';
import { CANCELLED_MESSAGE, LARGE_DATASET_NODES, type AskLarge, type LargeAnswer } from './large-dataset';
import { checkForOpening, type CheckedOpen } from './open-dataset';

/** A picked file as read on the page: its text, or why it could not be read (said only if it is needed). */
export type ReadFile = { name: string } & ({ ok: true; text: string } | { ok: false; problem: Problem });

const problem = (message: string): Problem => ({ path: '', message, severity: 'error' });
const refused = (problems: Problem[]): CheckedOpen => ({ ok: false, problems });

/**
 * Opens the dataset held by `json` with the texts of the other picked files. A Dossier bundle carries its texts,
 * so it is opened alone; each document of a graph.json is matched to the text file named like the last part of its
 * path (a lone document takes a lone text file whatever its name). `ask` is asked before a dataset over
 * LARGE_DATASET_NODES entities is checked. Never throws on bad data: every failure comes back as problems.
 */
export async function openFromTexts(
  json: { name: string; text: string },
  textFiles: readonly ReadFile[],
  ask: AskLarge,
): Promise<CheckedOpen> {
  const parsed = parseJsonText(json.text, json.name);
  if (!parsed.ok) return refused([parsed.problem]);

  if (isBundle(parsed.value)) {
    const bundle = readBundle(parsed.value);
    if (!bundle.ok) return bundle;
    const reserved = reservedIdProblems(bundle.dataset, 'dataset.');
    if (reserved.length) return refused(reserved);
    const answer = await confirmed(bundle.dataset, json.name, ask);
    if (answer === 'cancel') return refused([problem(CANCELLED_MESSAGE)]);
    return checkForOpening(partIf(answer, bundle.dataset), bundle.texts, json.name);
  }
  const reserved = reservedIdProblems(parsed.value);
  if (reserved.length) return refused(reserved);
  const answer = await confirmed(parsed.value, json.name, ask);
  if (answer === 'cancel') return refused([problem(CANCELLED_MESSAGE)]);
  const raw = partIf(answer, parsed.value);

  const documents = documentsNamed(raw);
  // No usable document list: the validator says what is wrong with it.
  if (documents.length === 0) return checkForOpening(raw, new Map(), json.name);
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
          `${json.name} names the text of document "${doc.id}" as "${doc.path}": choose that file ` +
            'together with the graph.json, so every quote can be found in its text.',
        ),
      );
      continue;
    }
    if (file.ok) texts.set(doc.id, file.text);
    else problems.push(file.problem);
  }
  if (problems.length > 0) return refused(problems);
  return checkForOpening(raw, texts, json.name);
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

async function confirmed(raw: unknown, fileName: string, ask: AskLarge): Promise<LargeAnswer> {
  const nodes = nodeCountOf(raw);
  if (nodes <= LARGE_DATASET_NODES) return 'open';
  return ask(nodes, fileName);
}

/** Raw data cut to its best-connected part when that was the answer (and it has the shape to cut), else as it is. */
function partIf(answer: LargeAnswer, raw: unknown): unknown {
  return answer === 'part' && hasPartShape(raw) ? bestConnectedPart(raw) : raw;
}
