// Reading a text file for a case as strictly as a dataset's text is read: by size first, then as UTF-8 or refused.
import { decodeUtf8Strict } from '../../data/decode-text';
import type { PickedFile } from '../../data/open-files';
import { checkSize } from '../../model/problem';

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
