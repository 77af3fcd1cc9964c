// Texts a new case starts from: which picked files are one, and reading one as strictly as a dataset's text is read.
import { decodeUtf8Strict } from '../../data/decode-text';
import type { PickedFile } from '../../data/open-files';
import { checkSize } from '../../model/problem';

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

export type ReadText = { ok: true; text: string } | { ok: false; message: string };

/**
 * A text file's text: refused by its size before it is read, decoded as UTF-8 or refused with the byte where it
 * stops being UTF-8, as a dataset's texts are (open-files.ts). Every message names the file.
 */
export async function readTextFile(file: PickedFile): Promise<ReadText> {
  const tooBig = checkSize(file.size, file.name);
  if (tooBig) return { ok: false, message: tooBig.message };
  try {
    if (!file.arrayBuffer) return { ok: true, text: await file.text() };
    const decoded = decodeUtf8Strict(await file.arrayBuffer(), file.name);
    return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, message: decoded.message };
  } catch {
    return { ok: false, message: `${file.name} could not be read.` };
  }
}
