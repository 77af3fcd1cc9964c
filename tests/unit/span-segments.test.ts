// Cutting the source text into highlight runs: what each run is covered by, and where the keyboard stops.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Span } from '../../src/model/evidence';
import { keyboardStops, segmentText } from '../../src/model/span-segments';

const TEXT = 'MI6 works closely with GCHQ, MI5 and others.';
const WHOLE: Span = { start: 0, end: TEXT.length };

function runs(text: string, spans: Span[], blocks: Span[] = [{ start: 0, end: text.length }]) {
  const segmented = segmentText(spans, blocks);
  return segmented.segments.map((s) => [text.slice(s.start, s.end), s.spans] as const);
}

describe('segmentText', () => {
  it('lists the spans over each run, innermost first, and leaves plain text unmarked', () => {
    const relation = { start: 0, end: 27 }; // "MI6 works closely with GCHQ"
    const mi6 = { start: 0, end: 3 };
    const gchq = { start: 23, end: 27 };
    expect(runs(TEXT, [relation, mi6, gchq])).toEqual([
      ['MI6', [1, 0]],
      [' works closely with ', [0]],
      ['GCHQ', [2, 0]],
      [', MI5 and others.', []],
    ]);
  });

  it('cuts a span that crosses a paragraph break at each paragraph, and knows its first and last run', () => {
    const text = 'First one.\n\nSecond one.';
    const blocks = [
      { start: 0, end: 10 },
      { start: 12, end: 23 },
    ];
    const across = { start: 6, end: 18 }; // "one.\n\nSecond"
    const segmented = segmentText([across], blocks);
    expect(segmented.segments.map((s) => text.slice(s.start, s.end))).toEqual([
      'First ',
      'one.',
      'Second',
      ' one.',
    ]);
    expect(segmented.blockSegs).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(segmented.spanSegs).toEqual([[1, 2]]);
  });

  it('gives a span outside every block no runs', () => {
    const segmented = segmentText([{ start: 3, end: 5 }], [{ start: 10, end: 20 }]);
    expect(segmented.spanSegs).toEqual([undefined]);
    expect(segmented.segments).toEqual([{ start: 10, end: 20, spans: [] }]);
  });

  it('tiles every block exactly, each run covered by exactly the spans over it (any spans, any order)', () => {
    const span = fc
      .tuple(fc.nat({ max: 60 }), fc.integer({ min: 1, max: 20 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
        const blocks = [
          { start: 0, end: 25 },
          { start: 30, end: 50 },
          { start: 52, end: 80 },
        ];
        const { segments, blockSegs } = segmentText(spans, blocks);
        blocks.forEach((block, b) => {
          const [from, to] = blockSegs[b] ?? [0, 0];
          const own = segments.slice(from, to);
          expect(own[0]?.start).toBe(block.start);
          expect(own[own.length - 1]?.end).toBe(block.end);
          own.forEach((s, i) => i > 0 && expect(s.start).toBe(own[i - 1]?.end));
        });
        for (const s of segments) {
          const over = spans.flatMap((sp, i) => (sp.start <= s.start && sp.end >= s.end ? [i] : []));
          expect([...s.spans].sort((a, b) => a - b)).toEqual(over);
          // No span starts or ends inside a run.
          for (const sp of spans) {
            expect(sp.start > s.start && sp.start < s.end).toBe(false);
            expect(sp.end > s.start && sp.end < s.end).toBe(false);
          }
          const widths = s.spans.map((i) => (spans[i]?.end ?? 0) - (spans[i]?.start ?? 0));
          expect(widths).toEqual([...widths].sort((a, b) => a - b));
        }
      }),
    );
  });
});

describe('keyboardStops', () => {
  it('does not stop on the punctuation between two names that a wider span also covers', () => {
    const text = 'MI6, MI5 and GCHQ';
    const spans = [
      { start: 0, end: 17 },
      { start: 0, end: 3 },
      { start: 5, end: 8 },
    ];
    const segmented = segmentText(spans, [{ start: 0, end: text.length }]);
    const words = keyboardStops(text, segmented).map((i) => {
      const s = segmented.segments[i];
      return s ? text.slice(s.start, s.end) : '';
    });
    expect(words).toEqual(['MI6', 'MI5', ' and GCHQ']);
  });

  it('keeps a stop for a span that is only punctuation, so the keyboard can still reach it', () => {
    const text = 'He said: “Go.”';
    const segmented = segmentText([{ start: 7, end: 9 }], [{ start: 0, end: text.length }]);
    expect(keyboardStops(text, segmented)).toEqual([1]);
  });

  it('never stops on plain text', () => {
    const segmented = segmentText([], [WHOLE]);
    expect(keyboardStops(TEXT, segmented)).toEqual([]);
  });
});
