// Texts a new case starts from: which picked files are one, by name (no imports: the header loads this with the page).
import type { PickedFile } from '../../data/open-files';

/** What the file inputs of a new case accept: plain text and Markdown. */
export const TEXT_FILE_ACCEPT = '.txt,.md,.markdown,text/plain,text/markdown';

const TEXT_NAME = /\.(txt|md|markdown)$/i;

/** Whether a file's name says it is plain text or Markdown. */
export const isTextFileName = (name: string): boolean => TEXT_NAME.test(name);

/**
 * The lone text file of a pick or a drop, when that is all there is: no graph.json to open it with, so it can
 * only be the start of a new case. Null for anything else (which the opener checks and explains).
 */
export function loneTextFile<F extends PickedFile>(files: readonly F[]): F | null {
  const [only] = files;
  return files.length === 1 && only && isTextFileName(only.name) ? only : null;
}

/** A case's title from a file's name: "vienna-notes.txt" → "vienna notes". */
export function titleFromFileName(name: string): string {
  return name
    .replace(/\.[^.]*$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
}
