// Re-anchoring: evidence written against one text is found again after the text is edited, or marked as an orphan.
import { describe, expect, it } from 'vitest';
import { anchorSpan, maxEditsFor } from '../../src/model/anchor';
import { makeEvidence } from '../../src/model/evidence';
import { validateDataset, formatProblem } from '../../src/model/validate';

const ORIGINAL =
  'MI6 works closely with GCHQ. In Vienna, an MI6 officer called Anna Clarke was handed a memory stick. ' +
  'GCHQ examined the memory stick and found malware built to steal diplomatic cables.';

/** The evidence as written against ORIGINAL, for the quote's first appearance. */
const written = (quote: string) => {
  const start = ORIGINAL.indexOf(quote);
  return makeEvidence(ORIGINAL, start, start + quote.length);
};

describe('finding a passage again in an edited text', () => {
  it('is exact when the quote is still at its offsets', () => {
    const ev = written('an MI6 officer called Anna Clarke');
    expect(anchorSpan(ORIGINAL, ev)).toEqual({ status: 'exact', start: ev.start, end: ev.end });
  });

  it('text inserted before the span: the quote has moved by the inserted length', () => {
    const ev = written('an MI6 officer called Anna Clarke');
    const inserted = 'BRIEFING NOTE. ';
    const edited = inserted + ORIGINAL;
    const outcome = anchorSpan(edited, ev);
    expect(outcome).toEqual({
      status: 'moved',
      start: ev.start + inserted.length,
      end: ev.end + inserted.length,
    });
  });

  it('words changed inside the span: the closest passage is taken, and says it changed', () => {
    const ev = written('an MI6 officer called Anna Clarke');
    const edited = ORIGINAL.replace('an MI6 officer called Anna Clarke', 'an MI6 agent called Anna Clarke');
    const outcome = anchorSpan(edited, ev);
    expect(outcome.status).toBe('changed');
    if (outcome.status !== 'changed') return;
    expect(edited.slice(outcome.start, outcome.end)).toMatch(/MI6 agent called Anna Clarke$/);
    expect(outcome.errors).toBeLessThanOrEqual(maxEditsFor(ev.quote));
  });

  it('a span deleted from the text is an orphan, whose message names the old offsets', () => {
    const ev = written('found malware built to steal diplomatic cables');
    const edited = ORIGINAL.replace(' and found malware built to steal diplomatic cables', '');
    const outcome = anchorSpan(edited, ev);
    expect(outcome.status).toBe('orphan');
    if (outcome.status === 'orphan') expect(outcome.message).toContain(`it was at ${ev.start}–${ev.end}`);
  });

  it('a quote that also occurs elsewhere: the one its prefix and suffix describe, not the first', () => {
    // "the memory stick" is written against its second appearance ("GCHQ examined the memory stick").
    const at = ORIGINAL.indexOf('the memory stick');
    const ev = makeEvidence(ORIGINAL, at, at + 'the memory stick'.length);
    const edited =
      'Note: the memory stick is evidence. ' + ORIGINAL.replace('a memory stick', 'the memory stick');
    const outcome = anchorSpan(edited, ev);
    expect(outcome.status).toBe('moved');
    if (outcome.status !== 'moved') return;
    expect(edited.slice(outcome.start - 'GCHQ examined '.length, outcome.end)).toBe(
      'GCHQ examined the memory stick',
    );
  });

  it('a quote that also occurs elsewhere, with no context to go by: the one nearest its old offset', () => {
    const text = 'MI5. MI5. MI5. MI5.';
    expect(anchorSpan(text, { quote: 'MI5', start: 11, end: 14 })).toMatchObject({
      status: 'moved',
      start: 10,
    });
  });

  it('characters outside the BMP: an emoji is two UTF-16 units, and a span never holds half of one', () => {
    const ev = written('an MI6 officer called Anna Clarke');
    const emoji = '🕵️🇬🇧 ';
    expect(emoji.length).toBe(8); // 🕵 2, its variation selector 1, 🇬🇧 4 (two regional indicators), space 1
    const moved = anchorSpan(`${emoji}${ORIGINAL}`, ev);
    expect(moved).toEqual({ status: 'moved', start: ev.start + 8, end: ev.end + 8 });
    // An emoji typed inside the quote: found approximately, the emoji whole at the end of the match.
    const withEmoji = ORIGINAL.replace('Anna Clarke', 'Anna Clarke 🕵');
    const changed = anchorSpan(withEmoji, { ...ev, quote: 'an MI6 officer called Anna Clarke 🕵x' });
    expect(changed.status).toBe('changed');
    if (changed.status !== 'changed') return;
    const words = withEmoji.slice(changed.start, changed.end);
    expect(words).toBe('an MI6 officer called Anna Clarke 🕵');
    expect(/[\uD800-\uDBFF]$/.test(words) || /^[\uDC00-\uDFFF]/.test(words)).toBe(false);
  });
});

describe('a quote given alone', () => {
  it('is placed where it occurs', () => {
    expect(anchorSpan(ORIGINAL, { quote: 'Anna Clarke' })).toEqual({
      status: 'placed',
      start: ORIGINAL.indexOf('Anna Clarke'),
      end: ORIGINAL.indexOf('Anna Clarke') + 11,
    });
  });

  it('that repeats must say which occurrence it means', () => {
    const outcome = anchorSpan(ORIGINAL, { quote: 'memory stick' });
    expect(outcome.status).toBe('error');
    expect(anchorSpan(ORIGINAL, { quote: 'memory stick', occurrence: 2 })).toMatchObject({
      status: 'placed',
      start: ORIGINAL.lastIndexOf('memory stick'),
    });
  });
});

describe('opening a dataset whose text was edited', () => {
  const raw = () => ({
    schemaVersion: 2,
    id: 'edited',
    title: 'Edited',
    documents: [{ id: 'note', title: 'Note', path: 'note.txt' }],
    threatAreas: [],
    nodes: [
      {
        id: 'anna',
        type: 'person',
        label: 'Anna',
        aliases: [],
        summary: '',
        threatAreas: [],
        evidence: [written('an MI6 officer called Anna Clarke')],
      },
      {
        id: 'stick',
        type: 'information',
        label: 'Stick',
        aliases: [],
        summary: '',
        threatAreas: [],
        evidence: [written('found malware built to steal diplomatic cables')],
      },
      {
        id: 'gchq',
        type: 'agency',
        label: 'GCHQ',
        aliases: [],
        summary: '',
        threatAreas: [],
        evidence: [written('GCHQ examined')],
      },
    ],
    edges: [
      {
        id: 'gchq-stick',
        source: 'gchq',
        target: 'stick',
        type: 'investigates',
        label: 'examines',
        threatAreas: [],
        evidence: [written('GCHQ examined the memory stick')],
      },
      {
        id: 'anna-gchq',
        source: 'anna',
        target: 'gchq',
        type: 'linked_to',
        label: 'linked to',
        threatAreas: [],
        evidence: [written('MI6 works closely with GCHQ')],
      },
    ],
    flows: [],
  });
  const edited =
    'UPDATED. MI6 works closely with GCHQ. In Vienna, an MI6 agent called Anna Clarke was handed a memory stick. ' +
    'GCHQ examined the memory stick.';

  it('opens with the passages corrected, says how many moved, changed and were not found, and keeps the orphan', () => {
    const { dataset, problems } = validateDataset(raw(), edited);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map(formatProblem)).toContain(
      'the text is not as the evidence was written: 3 passages moved, 1 changed, 1 not found',
    );
    expect(problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(/^nodes\[1\] \(id "stick"\)\.evidence\[0\]: passage not found in the text/),
    );
    const stick = dataset?.nodes.find((n) => n.id === 'stick');
    expect(stick?.evidence[0]).toMatchObject({
      orphan: true,
      quote: 'found malware built to steal diplomatic cables',
    });
    const gchq = dataset?.nodes.find((n) => n.id === 'gchq')?.evidence[0];
    expect(gchq && edited.slice(gchq.start, gchq.end)).toBe('GCHQ examined');
  });
});
