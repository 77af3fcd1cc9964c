// Cuts text into runs with one set of spans over each: the units the document reader draws and walks through.
import type { Span } from './evidence';

/** A run of text with one set of spans over it. */
export interface SpanSegment {
  readonly start: number;
  readonly end: number;
  /** Indices into the spans given, of every span covering the run, innermost (narrowest) first; empty for plain text. */
  readonly spans: readonly number[];
}

export interface SegmentedText {
  /** Every block's runs, block after block, in text order. */
  readonly segments: readonly SpanSegment[];
  /** Per block: the half-open range [from, to) of its runs in `segments`. */
  readonly blockSegs: readonly (readonly [number, number])[];
  /** Per span: its first and last run, or undefined when no block holds any of it. */
  readonly spanSegs: readonly (readonly [number, number] | undefined)[];
}

const NONE: readonly number[] = Object.freeze([]);

/**
 * Cuts each block (a paragraph, a bullet item) at every span boundary inside it, so each run has one set of
 * covering spans. Blocks must be in text order and not overlap; spans may come in any order and nest or overlap.
 * One sweep over the sorted boundaries: O(boundaries × spans open at once), fine for a 1 MB text.
 */
export function segmentText(spans: readonly Span[], blocks: readonly Span[]): SegmentedText {
  const byStart = spans
    .map((_, i) => i)
    .sort((a, b) => (spans[a]?.start ?? 0) - (spans[b]?.start ?? 0) || a - b);
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const width = (i: number) => (spans[i]?.end ?? 0) - (spans[i]?.start ?? 0);
  const segments: SpanSegment[] = [];
  const blockSegs: [number, number][] = [];
  const spanSegs: ([number, number] | undefined)[] = spans.map(() => undefined);
  let open: number[] = [];
  let nextSpan = 0;
  let nextCut = 0;

  for (const block of blocks) {
    const from = segments.length;
    while (nextCut < cuts.length && (cuts[nextCut] ?? 0) <= block.start) nextCut++;
    let at = block.start;
    while (at < block.end) {
      const cut = cuts[nextCut];
      const end = cut !== undefined && cut < block.end ? cut : block.end;
      if (end !== block.end) nextCut++;
      // Open every span starting at or before `at`, close every span ended by it: what is left covers [at, end).
      while (nextSpan < byStart.length && (spans[byStart[nextSpan] ?? 0]?.start ?? Infinity) <= at) {
        open.push(byStart[nextSpan++] ?? 0);
      }
      open = open.filter((i) => (spans[i]?.end ?? 0) > at);
      let covering = NONE;
      if (open.length > 0) {
        covering = [...open].sort((a, b) => width(a) - width(b) || a - b);
        for (const i of covering) {
          const range = spanSegs[i];
          if (range) range[1] = segments.length;
          else spanSegs[i] = [segments.length, segments.length];
        }
      }
      segments.push({ start: at, end, spans: covering });
      at = end;
    }
    blockSegs.push([from, segments.length]);
  }
  return { segments, blockSegs, spanSegs };
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The highlighted runs worth a keyboard stop, in text order: those with a letter or digit in them. A run of only
 * spaces and punctuation (the ", " between two names a wider span also covers) is no place to stop, unless some
 * span has nothing else: then its first run stays a stop, so every span can still be reached from the keyboard.
 */
export function keyboardStops(text: string, segmented: SegmentedText): number[] {
  const { segments, spanSegs } = segmented;
  const hasWord = segments.map((s) => s.spans.length > 0 && WORD.test(text.slice(s.start, s.end)));
  // wordsBefore[i]: how many of the runs before run i have a word; a span's runs are then checked in O(1).
  const wordsBefore = [0];
  hasWord.forEach((yes, i) => wordsBefore.push((wordsBefore[i] ?? 0) + (yes ? 1 : 0)));
  const stops = new Set<number>();
  hasWord.forEach((yes, i) => {
    if (yes) stops.add(i);
  });
  for (const range of spanSegs) {
    if (range && wordsBefore[range[1] + 1] === wordsBefore[range[0]]) stops.add(range[0]);
  }
  return [...stops].sort((a, b) => a - b);
}
