// Decoding a file's bytes as UTF-8, strictly: a text in another encoding is refused with the byte where it goes
// wrong, instead of being read with replacement characters that then fail every quote against it.

export type DecodeResult = { ok: true; text: string } | { ok: false; byteOffset: number; message: string };

const BOM = [0xef, 0xbb, 0xbf];

/** Decodes UTF-8 (a leading byte-order mark is dropped); names the offset of the first byte that is not UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array | ArrayBuffer, what = 'the file'): DecodeResult {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(view) };
  } catch {
    const byteOffset = firstInvalidByte(view);
    const shown = Array.from(view.subarray(byteOffset, byteOffset + 4), (b) =>
      b.toString(16).toUpperCase().padStart(2, '0'),
    ).join(' ');
    return {
      ok: false,
      byteOffset,
      message:
        `${what} is not UTF-8: the bytes at offset ${byteOffset} (${shown}) are not valid UTF-8. ` +
        'Save it as UTF-8 (most editors offer this under "Save as" or "Encoding") and open it again.',
    };
  }
}

/**
 * The offset of the first byte that starts an ill-formed UTF-8 sequence (the Unicode standard's table 3-7: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or the length when the text is cut inside a sequence.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = bytes.length >= 3 && BOM.every((b, k) => bytes[k] === b) ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next < min || next > max) return i;
    }
    i += length;
  }
  return bytes.length;
}
