// Anchoring evidence in its document: place a quote given alone, find it again in an edited text; pure, never throws.
import search from 'approx-string-match';
import { findQuote } from './evidence';

/** An evidence span as a file gives it: the quote, and whatever else the author or an earlier run wrote. */
export interface SpanSpec {
  quote: string;
  start?: number;
  end?: number;
  prefix?: string;
  suffix?: string;
  /** 1-based: which appearance of a repeated quote is meant. Wins over the offsets. */
  occurrence?: number;
}

/** Something wrong with one span. */
export interface AnchorProblem {
  message: string;
}

/**
 * Where a span is in its text. `exact`: at its offsets. `placed`: it had no offsets (or asked for an occurrence)
 * and its quote was found. `moved`: the quote is intact but elsewhere (the text was edited before it). `changed`:
 * only an approximate match was found; the span is now the text's words there. `orphan`: not found at all.
 * `error`: the span itself is wrong (an ambiguous quote, offsets that cannot be a span): the dataset's author must
 * say more.
 */
export type AnchorOutcome =
  | { status: 'exact' | 'placed' | 'moved'; start: number; end: number }
  | { status: 'changed'; start: number; end: number; errors: number }
  | { status: 'orphan'; message: string }
  | { status: 'error'; problems: AnchorProblem[] };

/**
 * The most edits (inserted, deleted or replaced UTF-16 units) an approximate match may have: a quarter of the
 * quote, so "an MI6 agent called Anna Clarke" still finds "an MI6 officer called Anna Clarke", but a short name
 * never turns into another name. Hypothesis allows half the quote (and scores the rest); with no score to fall back
 * on, a tighter bound keeps false matches out. Capped, as Hypothesis caps at 256, to bound the search's cost.
 */
export function maxEditsFor(quote: string): number {
  return Math.min(64, Math.floor(quote.length / 4));
}

/**
 * Finds the span in `text`, never throws, in the order Hypothesis uses: the quote exactly at its old offsets; the
 * quote exactly elsewhere, choosing between repeats by prefix/suffix and then nearness to the old offset; then an
 * approximate match (bounded edit distance), fewest edits first, then best context, then nearest the old offset.
 */
export function anchorSpan(text: string, spec: SpanSpec): AnchorOutcome {
  const { quote, start, end, prefix, suffix, occurrence } = spec;
  const fail = (message: string): AnchorOutcome => ({ status: 'error', problems: [{ message }] });
  const hasOffsets = start !== undefined && end !== undefined;
  if (hasOffsets && end <= start) {
    return fail(`end ${end} is not after start ${start}; a span needs at least one character`);
  }
  if (hasOffsets && occurrence === undefined && text.slice(start, end) === quote) {
    return { status: 'exact', start, end };
  }

  const found = findQuote(text, quote, {
    ...(occurrence !== undefined ? { occurrence } : {}),
    ...(prefix !== undefined ? { prefix } : {}),
    ...(suffix !== undefined ? { suffix } : {}),
    ...(start !== undefined ? { near: start } : {}),
  });
  if (found.ok) {
    const status = !hasOffsets || occurrence !== undefined ? 'placed' : 'moved';
    return { status, start: found.start, end: found.end };
  }
  // The author asked for something the text cannot give (an occurrence it does not have, or a repeated quote with
  // nothing to choose by): only they can say which is meant.
  if (found.occurrences.length > 0) return fail(found.error);

  const near = approximateMatch(text, quote, { prefix, suffix, near: start });
  if (near) return { status: 'changed', ...near };
  const where = hasOffsets ? ` (it was at ${start}–${end})` : '';
  return { status: 'orphan', message: `${found.error}${where}` };
}

/** The best approximate match of the quote, or undefined if none is within maxEditsFor(quote) edits. */
function approximateMatch(
  text: string,
  quote: string,
  hint: { prefix?: string | undefined; suffix?: string | undefined; near?: number | undefined },
): { start: number; end: number; errors: number } | undefined {
  const maxEdits = maxEditsFor(quote);
  if (maxEdits === 0 || text.length === 0) return undefined;
  const candidates = search(text, quote, maxEdits).map((m) => ({
    ...wholeCharacters(text, m),
    errors: m.errors,
  }));
  if (candidates.length === 0) return undefined;
  const context = (m: { start: number; end: number }) =>
    commonSuffixLength(
      text.slice(Math.max(0, m.start - (hint.prefix?.length ?? 0)), m.start),
      hint.prefix ?? '',
    ) + commonPrefixLength(text.slice(m.end, m.end + (hint.suffix?.length ?? 0)), hint.suffix ?? '');
  const distance = (m: { start: number }) => (hint.near === undefined ? 0 : Math.abs(m.start - hint.near));
  candidates.sort(
    (a, b) =>
      a.errors - b.errors || context(b) - context(a) || distance(a) - distance(b) || a.start - b.start,
  );
  return candidates[0];
}

/**
 * Widens an approximate match to whole words and whole characters: the fewest-edits match often starts inside a
 * word (it saves an edit to leave out an "m" that differs), and must never hold half a surrogate pair (an emoji).
 */
function wholeCharacters(text: string, m: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = m;
  const word = (i: number) => /[\p{L}\p{N}]/u.test(text.charAt(i));
  if (end > start) {
    while (start > 0 && word(start) && word(start - 1)) start -= 1;
    while (end < text.length && word(end - 1) && word(end)) end += 1;
  }
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start -= 1;
  if (end < text.length && end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
  return { start, end };
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
