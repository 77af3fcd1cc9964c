// Evidence spans: finding quotes, making evidence, and the sentence and paragraph the reader highlights around them.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  findQuote,
  makeEvidence,
  paragraphAround,
  sentenceAround,
  type Span,
} from '../../src/model/evidence';

const ARTICLE = [
  'What is MI6?',
  '',
  'MI6 works with MI5. It also works with GCHQ! Does it work alone? No.',
  '',
  'MI6 helps to protect the UK through:',
  '',
  '  • Gathering and assessing intelligence',
  '  • Protecting crowded places',
  '',
  'Intelligence in action',
  '',
  '  • Sami attends the meeting. He reports back to the officer: it said “carnage across London”. Then he waits.',
  '  • MI6 shares this intelligence with GCHQ and MI5',
  '',
  'Nyman Gibson Miralis\u00a0advises individuals.\u00a0',
].join('\n');

/** The text a span covers, so expectations read as words rather than offsets. */
const cut = (text: string, span: Span) => text.slice(span.start, span.end);
const spanOf = (text: string, quote: string): Span => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`test setup: ${quote} is not in the text`);
  return { start, end: start + quote.length };
};

describe('findQuote', () => {
  it('finds a quote that occurs once, as offsets that cut out exactly the quote', () => {
    const found = findQuote(ARTICLE, 'Protecting crowded places');
    expect(found.ok).toBe(true);
    if (found.ok) expect(cut(ARTICLE, found)).toBe('Protecting crowded places');
  });

  it('refuses a repeated quote without a hint, saying how often and where it occurs', () => {
    const found = findQuote(ARTICLE, 'MI6');
    expect(found.ok).toBe(false);
    if (found.ok) return;
    const starts = [...ARTICLE.matchAll(/MI6/g)].map((m) => m.index);
    expect(found.occurrences).toEqual(starts);
    expect(found.error).toContain(`occurs ${starts.length} times`);
    expect(found.error).toContain(starts.join(', '));
  });

  it('takes the n-th occurrence when asked, counting from 1', () => {
    const second = findQuote(ARTICLE, 'MI6', { occurrence: 2 });
    expect(second).toMatchObject({ ok: true, start: ARTICLE.indexOf('MI6 works') });
  });

  it('says so when the occurrence asked for does not exist', () => {
    const found = findQuote(ARTICLE, 'GCHQ', { occurrence: 3 });
    expect(found).toMatchObject({ ok: false });
    if (!found.ok) expect(found.error).toMatch(/occurrence 3 .*occurs 2 times/);
    expect(findQuote(ARTICLE, 'GCHQ', { occurrence: 0 }).ok).toBe(false);
  });

  it('tells repeats apart by the text before or after them', () => {
    const byPrefix = findQuote(ARTICLE, 'works with', { prefix: 'It also ' });
    expect(byPrefix).toMatchObject({ ok: true, start: ARTICLE.indexOf('works with GCHQ') });
    const bySuffix = findQuote(ARTICLE, 'works with', { suffix: ' MI5' });
    expect(bySuffix).toMatchObject({ ok: true, start: ARTICLE.indexOf('works with MI5') });
  });

  it('still finds the right repeat when its remembered context was edited a little', () => {
    const found = findQuote(ARTICLE, 'works with', { prefix: 'Then it also ', suffix: ' GCHQ and' });
    expect(found).toMatchObject({ ok: true, start: ARTICLE.indexOf('works with GCHQ') });
  });

  it('takes the repeat nearest to where the quote used to be', () => {
    const near = ARTICLE.indexOf('works with GCHQ') + 3;
    expect(findQuote(ARTICLE, 'works with', { near })).toMatchObject({ ok: true, start: near - 3 });
  });

  it('reports a missing quote, and points at a near miss that differs only in spaces, quotes or case', () => {
    const missing = findQuote(ARTICLE, 'MI6 works with MI7');
    expect(missing).toMatchObject({ ok: false });
    if (!missing.ok) expect(missing.error).toBe('quote "MI6 works with MI7" is not in the source text');

    // The article has a non-breaking space after "Miralis"; an author types an ordinary one.
    const nearMiss = findQuote(ARTICLE, 'Nyman Gibson Miralis advises');
    expect(nearMiss).toMatchObject({ ok: false });
    if (!nearMiss.ok) {
      expect(nearMiss.error).toContain(`at ${ARTICLE.indexOf('Nyman')}–${ARTICLE.indexOf('Nyman') + 28}`);
      expect(nearMiss.error).toContain('\\u00a0');
    }
    const straightQuotes = findQuote(ARTICLE, '"carnage across london"');
    expect(straightQuotes).toMatchObject({ ok: false });
    if (!straightQuotes.ok) expect(straightQuotes.error).toContain('“carnage across London”');
  });

  it('refuses an empty quote instead of matching everywhere', () => {
    expect(findQuote(ARTICLE, '')).toMatchObject({ ok: false, error: 'the quote is empty' });
  });
});

describe('makeEvidence', () => {
  it('keeps up to 32 characters of context either side of the quote', () => {
    const { start, end } = spanOf(ARTICLE, 'Gathering and assessing intelligence');
    const ev = makeEvidence(ARTICLE, start, end);
    expect(ev).toEqual({
      start,
      end,
      quote: 'Gathering and assessing intelligence',
      prefix: ARTICLE.slice(start - 32, start),
      suffix: ARTICLE.slice(end, end + 32),
    });
  });

  it('leaves out prefix or suffix at the very start or end of the text', () => {
    expect(makeEvidence(ARTICLE, 0, 3)).not.toHaveProperty('prefix');
    const ev = makeEvidence(ARTICLE, ARTICLE.length - 5, ARTICLE.length);
    expect(ev).not.toHaveProperty('suffix');
    expect(ev.prefix).toHaveLength(32);
  });

  it('never cuts an emoji in half at the edge of its context', () => {
    const text = `${'😀'.repeat(20)}quote${'😀'.repeat(20)}`;
    const start = text.indexOf('quote');
    const ev = makeEvidence(text, start, start + 5);
    expect(ev.prefix).toBe('😀'.repeat(16));
    expect(ev.suffix).toBe('😀'.repeat(16));
  });

  it('makes evidence whose quote and context match the text, and that finds its own span again, for any text and span', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 300, unit: 'binary' }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = a % text.length;
          const end = start + 1 + (b % (text.length - start));
          const ev = makeEvidence(text, start, end);
          expect(ev.quote).toBe(text.slice(start, end));
          expect(text.slice(0, start).endsWith(ev.prefix ?? '')).toBe(true);
          expect(text.startsWith(ev.suffix ?? '', end)).toBe(true);
          const found = findQuote(text, ev.quote, { prefix: ev.prefix, suffix: ev.suffix, near: start });
          expect(found).toMatchObject({ ok: true, start, end });
        },
      ),
    );
  });
});

describe('sentenceAround', () => {
  const sentenceOf = (quote: string) => cut(ARTICLE, sentenceAround(ARTICLE, spanOf(ARTICLE, quote)));

  it('shows the quoted words inside their sentence, ending at . ! or ?', () => {
    expect(sentenceOf('also works')).toBe('It also works with GCHQ!');
    expect(sentenceOf('alone')).toBe('Does it work alone?');
    expect(sentenceOf('MI5')).toBe('MI6 works with MI5.');
  });

  it('keeps a closing quotation mark with its sentence and does not break inside the quotation', () => {
    expect(sentenceOf('reports back')).toBe(
      'He reports back to the officer: it said “carnage across London”.',
    );
  });

  it('starts a bullet sentence after the bullet mark and ends it at the line even without a full stop', () => {
    expect(sentenceOf('Sami attends')).toBe('Sami attends the meeting.');
    expect(sentenceOf('shares this')).toBe('MI6 shares this intelligence with GCHQ and MI5');
    expect(sentenceOf('assessing')).toBe('Gathering and assessing intelligence');
  });

  it('joins the sentences a span crosses', () => {
    const span = spanOf(ARTICLE, 'MI5. It also');
    expect(cut(ARTICLE, sentenceAround(ARTICLE, span))).toBe('MI6 works with MI5. It also works with GCHQ!');
  });

  it('leaves out the trailing non-breaking space at the end of the article', () => {
    expect(sentenceOf('advises')).toBe('Nyman Gibson Miralis\u00a0advises individuals.');
  });
});

describe('paragraphAround', () => {
  const paragraphOf = (quote: string) => cut(ARTICLE, paragraphAround(ARTICLE, spanOf(ARTICLE, quote)));

  it('takes the text between blank lines', () => {
    expect(paragraphOf('GCHQ!')).toBe('MI6 works with MI5. It also works with GCHQ! Does it work alone? No.');
  });

  it('treats each bullet line as a paragraph of its own, without its bullet mark', () => {
    expect(paragraphOf('crowded')).toBe('Protecting crowded places');
    expect(paragraphOf('shares')).toBe('MI6 shares this intelligence with GCHQ and MI5');
  });

  it('joins the paragraphs a span crosses, and always contains the span', () => {
    const span = spanOf(ARTICLE, 'intelligence\n  • Protecting');
    expect(cut(ARTICLE, paragraphAround(ARTICLE, span))).toBe(
      'Gathering and assessing intelligence\n  • Protecting crowded places',
    );
    const blank = { start: ARTICLE.indexOf('\n\n') + 1, end: ARTICLE.indexOf('\n\n') + 1 };
    expect(paragraphAround(ARTICLE, blank)).toEqual(blank);
  });

  it('holds the sentence, which holds the span, for any span of any text', () => {
    const textOf = fc
      .array(fc.constantFrom('a', 'b', ' ', '.', '!', '?', '\n', '\n\n', '  • ', '”', '\u00a0'), {
        maxLength: 80,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(textOf, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const span = { start, end };
        const sentence = sentenceAround(text, span);
        const paragraph = paragraphAround(text, span);
        expect(sentence.start).toBeLessThanOrEqual(start);
        expect(sentence.end).toBeGreaterThanOrEqual(end);
        expect(paragraph.start).toBeLessThanOrEqual(sentence.start);
        expect(paragraph.end).toBeGreaterThanOrEqual(sentence.end);
        expect(paragraph.end).toBeLessThanOrEqual(text.length);
      }),
    );
  });
});
