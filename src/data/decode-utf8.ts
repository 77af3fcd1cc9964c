// Bytes -> text as UTF-8, strictly: a file that is not UTF-8 is named with the offset of its first bad byte.
import type { Problem } from '../model/validate';

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Decodes UTF-8 as a browser's fetch().text() does (a leading byte-order mark dropped), but refuses bytes that are
 * not UTF-8 instead of turning them into U+FFFD: a replaced character moves every offset after it, and the user
 * would get one quote error per span instead of one message saying what is wrong with the file.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const byte = bytes[at] ?? 0;
    return {
      ok: false,
      problem: {
        path: '',
        message:
          `${name} is not UTF-8 text: the byte at offset ${at} (0x${byte.toString(16).padStart(2, '0')}) ` +
          'does not begin a valid UTF-8 character; save the file as UTF-8 and open it again',
        severity: 'error',
      },
    };
  }
}

/**
 * The offset where the first character that is not UTF-8 begins (RFC 3629: no overlongs, no surrogates, nothing
 * past U+10FFFF): a stray continuation byte, or the lead byte of a sequence cut short.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      const next = bytes[i + k];
      // Only the first continuation byte has the narrowed range; the rest are any 0x80–0xBF.
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      // The character that starts at i is broken: that is where the text stops being UTF-8.
      if (next === undefined || next < min || next > max) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
