// Texts are decoded as UTF-8 or refused with the byte offset where they stop being UTF-8.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidByte } from '../../src/data/decode-utf8';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decoding a text as UTF-8', () => {
  it('gives the text of valid UTF-8, emoji included, without a leading byte-order mark', () => {
    const text = 'Café 🕵️ MI6';
    const encoded = new TextEncoder().encode(`\uFEFF${text}`);
    expect(decodeUtf8(encoded, 'a.txt')).toEqual({ ok: true, text });
  });

  it('refuses Latin-1 and names the byte where the text stops being UTF-8', () => {
    const latin1 = bytes(0x43, 0x61, 0x66, 0xe9, 0x2e); // "Café." with é as the single byte 0xE9
    const result = decodeUtf8(latin1, 'memo.txt');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problem.message).toBe(
        'memo.txt is not UTF-8 text: the byte at offset 3 (0xe9) does not begin a valid UTF-8 character; ' +
          'save the file as UTF-8 and open it again',
      );
  });

  it('finds stray continuation bytes, overlong forms, encoded surrogates and sequences cut short', () => {
    expect(firstInvalidByte(bytes(0x41, 0x80))).toBe(1);
    expect(firstInvalidByte(bytes(0x41, 0xc0, 0xaf))).toBe(1); // overlong "/"
    expect(firstInvalidByte(bytes(0xed, 0xa0, 0x80))).toBe(0); // a UTF-16 surrogate, encoded
    expect(firstInvalidByte(bytes(0x41, 0x42, 0xf0, 0x9f, 0x95))).toBe(2); // an emoji missing its last byte
    const valid = new TextEncoder().encode('ok 🕵️');
    expect(firstInvalidByte(valid)).toBe(valid.length); // none: the length
  });
});
