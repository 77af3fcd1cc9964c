// Text normalised for matching words (never for offsets): non-breaking spaces, curly quotes and dashes made plain.

/** The same length as the input, so an index into the result is an index into the original. */
export function plainChars(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** Determiners and possessive pronouns that do not change which thing a phrase names. */
export const LEADING_WORDS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'both',
  'each',
  'every',
  'some',
  'any',
  'all',
  'another',
  'such',
  'no',
]);

/** An all-capitals token with at least two letters, digits allowed after the first: MI5, GCHQ, CBRN, UK. */
export function isAcronymToken(word: string): boolean {
  return /^[A-Z][A-Z0-9&]*[A-Z0-9]$/.test(word) && (word.match(/[A-Z]/g) ?? []).length >= 2;
}

/**
 * The key two mentions must share to be one candidate: plain characters, spaces collapsed, leading determiners and
 * a trailing possessive dropped, and every word lower-cased except acronyms. Acronyms keep their case so that
 * "US" never meets "us"; nothing looser than this (no stemming, no containment) merges two labels.
 */
export function mentionKey(label: string): string {
  const words = plainChars(label)
    .replace(/'s?$/, '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  while (words.length > 1 && LEADING_WORDS.has((words[0] ?? '').toLowerCase())) words.shift();
  return words.map((w) => (isAcronymToken(w) ? w : w.toLowerCase())).join(' ');
}

/** A label for display: plain spaces and quotes, one space between words. */
export function displayLabel(text: string): string {
  return plainChars(text).replace(/\s+/g, ' ').trim();
}
