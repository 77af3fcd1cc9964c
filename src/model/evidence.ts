// Evidence spans: resolve a quote to offsets in the source text, make evidence from a span, cut the sentence or paragraph around it.
import type { Evidence } from './schema';

/** A span of one document, without naming the document: what is found in a text before it is tied to one. */
export type TextQuote = Omit<Evidence, 'document' | 'orphan'>;

/** A half-open range [start, end) of JavaScript string offsets (UTF-16 code units) into the source text. */
export interface Span {
  start: number;
  end: number;
}

/** What tells one occurrence of a repeated quote from the others. */
export interface QuoteHint {
  /** 1-based: the n-th occurrence in the text. Wins over every other hint. */
  occurrence?: number;
  /** Text expected just before the quote; the occurrence whose surroundings match best is taken. */
  prefix?: string;
  /** Text expected just after the quote. */
  suffix?: string;
  /** An offset the quote is expected near (e.g. its old start): the nearest occurrence is taken. */
  near?: number;
}

export type FindQuoteResult =
  { ok: true; start: number; end: number } | { ok: false; error: string; occurrences: number[] };

/** How much text prefix and suffix keep either side of a quote, as the W3C TextQuoteSelector advises. */
export const CONTEXT_LENGTH = 32;

/** Every offset where quote starts in text, overlapping occurrences included. */
export function occurrencesOf(text: string, quote: string): number[] {
  const starts: number[] = [];
  if (quote.length === 0) return starts;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

/** Finds where a quote is in the text, using the hint to choose between repeats; never throws. */
export function findQuote(text: string, quote: string, hint: QuoteHint = {}): FindQuoteResult {
  if (quote.length === 0) return { ok: false, error: 'the quote is empty', occurrences: [] };
  const starts = occurrencesOf(text, quote);
  const found = (start: number): FindQuoteResult => ({ ok: true, start, end: start + quote.length });
  if (starts.length === 0) return { ok: false, error: notFoundMessage(text, quote), occurrences: [] };

  const { occurrence } = hint;
  if (occurrence !== undefined) {
    const start = Number.isInteger(occurrence) && occurrence >= 1 ? starts[occurrence - 1] : undefined;
    if (start === undefined) {
      const error = `occurrence ${String(occurrence)} of quote ${show(quote)} was asked for, but it occurs ${times(starts.length)} (${listOffsets(starts)})`;
      return { ok: false, error, occurrences: starts };
    }
    return found(start);
  }

  let candidates = starts;
  if (candidates.length > 1 && (hint.prefix || hint.suffix)) {
    candidates = bestByContext(text, quote.length, candidates, hint.prefix ?? '', hint.suffix ?? '');
  }
  if (candidates.length > 1 && hint.near !== undefined) {
    const near = hint.near;
    const distance = (start: number) => Math.abs(start - near);
    const least = Math.min(...candidates.map(distance));
    candidates = candidates.filter((start) => distance(start) === least);
  }
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) return found(only);
  const error =
    `quote ${show(quote)} occurs ${times(starts.length)} (${listOffsets(starts)}): ` +
    `say which with an occurrence (1–${starts.length}) or quote more words`;
  return { ok: false, error, occurrences: starts };
}

/** The evidence for text[start, end): the quote and up to CONTEXT_LENGTH characters of context either side. */
export function makeEvidence(text: string, start: number, end: number): TextQuote {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  // Never cut a surrogate pair in half: a lone half is not a character and would not round-trip through UTF-8.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  const evidence: TextQuote = { start, end, quote: text.slice(start, end) };
  if (prefixStart < start) evidence.prefix = text.slice(prefixStart, start);
  if (suffixEnd > end) evidence.suffix = text.slice(end, suffixEnd);
  return evidence;
}

/**
 * The paragraph(s) holding the span, without indentation, bullet mark or trailing spaces. Paragraphs are separated
 * by blank lines, and each bullet line ("  • ...") starts a paragraph of its own. Always contains the span.
 */
export function paragraphAround(text: string, span: Span): Span {
  return unionAround(
    span,
    paragraphsOf(text).filter((p) => overlaps(p, span)),
  );
}

/**
 * The sentence(s) holding the span. A sentence ends at . ! or ? (and any closing quote or bracket) followed by a
 * space or line break, or at the end of its paragraph. A span across sentences gets their union.
 */
export function sentenceAround(text: string, span: Span): Span {
  const sentences = paragraphsOf(text)
    .filter((p) => overlaps(p, span))
    .flatMap((p) => sentencesOf(text, p));
  return unionAround(
    span,
    sentences.filter((s) => overlaps(s, span)),
  );
}

// A bullet mark at the start of a line, with the spaces around it.
const BULLET = /^\s*[•◦▪‣*-]\s+/;
// A sentence's last characters: its stop, then any closing quotes or brackets; a space or the end must follow.
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)/g;

/** A paragraph of the text: lines up to a blank line, or one bullet item (which the reader shows as a list item). */
export interface Paragraph extends Span {
  bullet: boolean;
}

/** The text's paragraphs in order, each without its bullet mark or surrounding spaces. */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (let lineStart = 0; lineStart <= text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const contentEnd = lineStart + line.trimEnd().length;
    const bullet = BULLET.exec(line);
    if (line.trim() === '') {
      current = undefined;
    } else if (bullet || !current) {
      const indent = bullet ? bullet[0].length : line.length - line.trimStart().length;
      current = { start: lineStart + indent, end: contentEnd, bullet: bullet !== null };
      paragraphs.push(current);
    } else {
      current.end = contentEnd;
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

function sentencesOf(text: string, paragraph: Span): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const sentences: Span[] = [];
  let start = 0;
  for (const stop of body.matchAll(SENTENCE_END)) {
    const end = stop.index + stop[0].length;
    sentences.push({ start: paragraph.start + start, end: paragraph.start + end });
    start = end + (body.slice(end).length - body.slice(end).trimStart().length);
  }
  if (start < body.length) sentences.push({ start: paragraph.start + start, end: paragraph.end });
  return sentences;
}

/**
 * The occurrences whose surroundings agree best with prefix and suffix, counted in characters that match next to
 * the quote, so a context that has since been edited a little still picks the right one. All of them if none agree.
 */
function bestByContext(
  text: string,
  length: number,
  starts: number[],
  prefix: string,
  suffix: string,
): number[] {
  const agreement = (start: number) => {
    let score = 0;
    while (score < prefix.length && start - score > 0) {
      if (text[start - score - 1] !== prefix[prefix.length - score - 1]) break;
      score += 1;
    }
    const end = start + length;
    for (let i = 0; i < suffix.length && text[end + i] === suffix[i]; i += 1) score += 1;
    return score;
  };
  const scores = starts.map(agreement);
  const best = Math.max(...scores);
  return best === 0 ? starts : starts.filter((_, i) => scores[i] === best);
}

function overlaps(range: Span, span: Span): boolean {
  if (span.start === span.end) return range.start <= span.start && span.start <= range.end;
  return range.start < span.end && span.start < range.end;
}

function unionAround(span: Span, ranges: Span[]): Span {
  return {
    start: Math.min(span.start, ...ranges.map((r) => r.start)),
    end: Math.max(span.end, ...ranges.map((r) => r.end)),
  };
}

function notFoundMessage(text: string, quote: string): string {
  const loose = looseMatch(text, quote);
  if (!loose) return `quote ${show(quote)} is not in the source text`;
  return (
    `quote ${show(quote)} is not in the source text exactly; at ${loose.start}–${loose.end} it has ` +
    `${show(text.slice(loose.start, loose.end))}, which differs in case, quote marks, dashes or spaces`
  );
}

/** Where the quote is if case, curly quotes, dashes and runs of any kind of space are ignored, to help its author. */
function looseMatch(text: string, quote: string): Span | undefined {
  const fold = (s: string) => {
    let folded = '';
    const origin: number[] = [];
    for (let i = 0; i < s.length; i += 1) {
      const char = s.charAt(i);
      const isSpace = /\s/.test(char);
      if (isSpace && folded.endsWith(' ')) continue;
      folded += isSpace
        ? ' '
        : char.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
      origin.push(i);
    }
    return { folded, origin };
  };
  const haystack = fold(text);
  const needle = fold(quote).folded.trim();
  const at = needle ? haystack.folded.indexOf(needle) : -1;
  const first = haystack.origin[at];
  const last = haystack.origin[at + needle.length - 1];
  if (at === -1 || first === undefined || last === undefined) return undefined;
  return { start: first, end: last + 1 };
}

/** A quote as it appears in a message: in double quotes, long ones cut in the middle, invisible characters named. */
function show(s: string, max = 60): string {
  const cut = s.length > max ? `${s.slice(0, max / 2 - 1)}…${s.slice(s.length - (max / 2 - 1))}` : s;
  return `"${cut
    .replace(/\n/g, '\\n')
    .replace(/\u00a0/g, '\\u00a0')
    .replace(/\t/g, '\\t')}"`;
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function listOffsets(starts: number[]): string {
  const shown = starts.slice(0, 8).join(', ');
  return `at ${shown}${starts.length > 8 ? ', …' : ''}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
