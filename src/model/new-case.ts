// A new case from the user's own texts: an empty, valid dataset with one document per text and a starting vocabulary.
import type { Dataset, SourceDocument, VocabularyFile } from './schema';
import { checkSize } from './problem';
import { SUGGESTED_TYPES } from './suggest/types';

/** What a new case starts from: its title and its texts (pasted, or read from files by the caller). */
export interface NewCaseInput {
  title: string;
  documents: readonly NewCaseText[];
  /** Ids already in use (the bundled datasets, those kept in this browser): the new case gets another. */
  takenIds?: Iterable<string>;
}

export interface NewCaseText {
  title: string;
  /** The file name it came from, or left out for pasted text (a name is made from its title). */
  path?: string;
  text: string;
}

export type NewCaseResult =
  { ok: true; dataset: Dataset; texts: Map<string, string> } | { ok: false; problems: string[] };

/** The title a case, or a text, gets when the user gives none. */
export const UNTITLED_CASE = 'Untitled case';

// Plurals the suggestion types' labels would get wrong with an added "s".
const PLURALS: Record<string, string> = {
  person: 'People',
  item: 'Documents or items',
};

/**
 * The vocabulary a new case starts from: the suggestion engine's types (so a suggestion's type is always one of the
 * case's), and general relation types. The first relation type is the one a relation is suggested as; "Passes
 * information to" is in the intelligence family so the story view numbers it as a hand-off (flow.ts, isHandOff).
 * No colours or shapes: each type gets its own from the colour-blind-safe palette (resolve-vocabulary.ts).
 */
export const NEW_CASE_VOCABULARY: VocabularyFile = {
  nodeTypes: SUGGESTED_TYPES.map(({ id, label }) => ({ id, label, plural: PLURALS[id] ?? `${label}s` })),
  relationTypes: [
    { id: 'related_to', label: 'Related to', family: 'other' },
    { id: 'part_of', label: 'Part of', family: 'other' },
    { id: 'located_in', label: 'Located in', family: 'other' },
    { id: 'takes_part_in', label: 'Takes part in', family: 'other' },
    { id: 'works_with', label: 'Works with', family: 'cooperation' },
    { id: 'passes_information_to', label: 'Passes information to', family: 'intelligence' },
  ],
  families: [
    { id: 'intelligence', label: 'Information passed on' },
    { id: 'cooperation', label: 'Cooperation' },
    { id: 'other', label: 'Other relations' },
  ],
};

/** Ids are at most 64 characters (schema.ts); room is left for a "-NN" that makes one unique. */
const SLUG_ROOM = 56;

/** A lower-case slug of some words ("Operation Nightjar — notes" → "operation-nightjar-notes"), or `fallback`. */
export function slugOf(words: string, fallback: string): string {
  const slug = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_ROOM)
    .replace(/-+$/, '');
  // "constructor" and its like are names every JavaScript object answers to: no id may be one (open-files.ts).
  return slug === '' || slug in Object.prototype ? fallback : slug;
}

/** `base`, or the first of "base-2", "base-3"… not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A title on one line, trimmed, or `fallback` when it is blank. Kept as text: "<b>" is four characters. */
export function titleOf(words: string, fallback: string): string {
  const line = words.replace(/\s+/g, ' ').trim();
  return line === '' ? fallback : line;
}

/** A document's file name: the one it came from (its last part, so it stays inside the case), or one from its id. */
function pathOf(given: string | undefined, id: string): string {
  const name = given?.split(/[/\\]/).pop()?.trim();
  return name && name !== '.' && name !== '..' ? name : `${id}.txt`;
}

/** A problem with a text, in words, naming it; null when it can be a document. */
export function textProblem(text: string, name: string): string | null {
  // Its size as the UTF-8 file it is kept as: a pasted text is refused at the size a chosen file of it would be.
  const tooBig = checkSize(new TextEncoder().encode(text).length, name);
  if (tooBig) return tooBig.message;
  if (text.trim() === '') return `${name} is empty: paste a text or choose a text file`;
  return null;
}

/**
 * A new case: a dataset with one document per text and nothing else yet (no entities, relations, flows, threat
 * areas or positions), with the starting vocabulary, and the texts by document id. Never throws: a text that is
 * empty or too large comes back as a problem naming it.
 */
export function newCaseDataset(input: NewCaseInput): NewCaseResult {
  const title = titleOf(input.title, UNTITLED_CASE);
  if (input.documents.length === 0)
    return { ok: false, problems: ['A case needs a text: paste one or choose a file'] };
  const problems = input.documents.flatMap((doc, i) => {
    const name = doc.path ?? (input.documents.length === 1 ? 'The text' : `Text ${i + 1}`);
    const found = textProblem(doc.text, name);
    return found ? [found] : [];
  });
  if (problems.length > 0) return { ok: false, problems };

  const documentIds = new Set<string>();
  const paths = new Set<string>();
  const texts = new Map<string, string>();
  const documents = input.documents.map((doc, i): SourceDocument => {
    const docTitle = titleOf(doc.title, input.documents.length === 1 ? title : `Text ${i + 1}`);
    const id = uniqueId(slugOf(docTitle, 'text'), documentIds);
    documentIds.add(id);
    const name = pathOf(doc.path, id);
    // Two files of one name (from two folders) stay two documents: the later gets its number in front.
    const path = paths.has(name) ? `${i + 1}-${name}` : name;
    paths.add(path);
    texts.set(id, doc.text);
    return { id, title: docTitle, path };
  });
  const dataset: Dataset = {
    schemaVersion: 2,
    id: uniqueId(slugOf(title, 'case'), new Set(input.takenIds ?? [])),
    title,
    documents,
    vocabulary: NEW_CASE_VOCABULARY,
    threatAreas: [],
    nodes: [],
    edges: [],
    flows: [],
  };
  return { ok: true, dataset, texts };
}

/**
 * Another document for an open case (the addDocument operation's document): its id a slug of its title unique in
 * the dataset, its file name the one it came from (numbered when the dataset has one of that name), or a problem.
 */
export function newDocument(
  dataset: Pick<Dataset, 'documents'>,
  input: NewCaseText,
): { ok: true; document: SourceDocument; text: string } | { ok: false; problem: string } {
  const title = titleOf(input.title, `Text ${dataset.documents.length + 1}`);
  const problem = textProblem(input.text, input.path ?? 'The text');
  if (problem) return { ok: false, problem };
  const id = uniqueId(slugOf(title, 'text'), new Set(dataset.documents.map((d) => d.id)));
  const name = pathOf(input.path, id);
  const paths = new Set(dataset.documents.map((d) => d.path));
  let path = name;
  for (let n = 2; paths.has(path); n++) path = `${n}-${name}`;
  return { ok: true, document: { id, title, path }, text: input.text };
}
