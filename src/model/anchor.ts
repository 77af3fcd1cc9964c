// Anchoring evidence in its document: place a quote given alone, check offsets given with it; pure, never throws.
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

/** Something wrong with one span, with the field of the span it is about when there is one. */
export interface AnchorProblem {
  field?: 'end' | 'prefix' | 'suffix';
  message: string;
}

/**
 * Where a span is in its text. `exact`: at its offsets; `placed`: it had no offsets (or asked for an occurrence)
 * and its quote was found. Otherwise the problems that keep it from being placed.
 */
export type AnchorOutcome =
  { status: 'exact' | 'placed'; start: number; end: number } | { status: 'error'; problems: AnchorProblem[] };

/** How much of the text a message quotes when it says what the text has at some offsets. */
const EXCERPT_CHARS = 40;

/** Finds the span in `text`: never throws, whatever the spec holds. */
export function anchorSpan(text: string, spec: SpanSpec): AnchorOutcome {
  const { quote, start, end, prefix, suffix, occurrence } = spec;
  const fail = (message: string, field?: AnchorProblem['field']): AnchorOutcome => ({
    status: 'error',
    problems: [field ? { field, message } : { message }],
  });
  if (start === undefined || end === undefined || occurrence !== undefined) {
    const found = findQuote(text, quote, {
      ...(occurrence !== undefined ? { occurrence } : {}),
      ...(prefix !== undefined ? { prefix } : {}),
      ...(suffix !== undefined ? { suffix } : {}),
      ...(start !== undefined ? { near: start } : {}),
    });
    return found.ok ? { status: 'placed', start: found.start, end: found.end } : fail(found.error);
  }
  if (end <= start)
    return fail(`end ${end} is not after start ${start}; a span needs at least one character`);
  if (end > text.length) {
    const found = text.indexOf(quote);
    const hint = found >= 0 ? `; the quote is at ${found}–${found + quote.length}` : '';
    return fail(
      `${start}–${end} is past the end of the source text (${plural(text.length, 'character')})${hint}`,
      'end',
    );
  }
  const there = text.slice(start, end);
  if (there !== quote) {
    const found = text.indexOf(quote);
    const hint =
      found >= 0
        ? ` (the quote is at ${found}–${found + quote.length})`
        : ' (the quote is nowhere in the text)';
    return fail(
      `quote ${quoted(quote)} is not at ${start}–${end}; the text there is ${quoted(there)}${hint}`,
    );
  }
  const problems: AnchorProblem[] = [];
  const before = text.slice(Math.max(0, start - (prefix?.length ?? 0)), start);
  if (prefix !== undefined && before !== prefix) {
    problems.push({
      field: 'prefix',
      message: `prefix ${quoted(prefix)} does not match the text before the quote, ${quoted(before)}`,
    });
  }
  const after = text.slice(end, end + (suffix?.length ?? 0));
  if (suffix !== undefined && after !== suffix) {
    problems.push({
      field: 'suffix',
      message: `suffix ${quoted(suffix)} does not match the text after the quote, ${quoted(after)}`,
    });
  }
  return problems.length > 0 ? { status: 'error', problems } : { status: 'exact', start, end };
}

/** A value for a message: JSON-quoted (so newlines show as \n) and cut to a readable length. */
function quoted(text: string, max = EXCERPT_CHARS): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
