// The suggestion pass on small texts: exact spans on any text, the acronym rules, the traps the issue names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggest, SuggestCancelled, type SuggestResult } from '../../src/model/suggest';

function everySpanIsExact(text: string, result: SuggestResult): void {
  const ids = new Set(result.candidates.map((c) => c.id));
  expect(ids.size).toBe(result.candidates.length);
  for (const c of result.candidates) {
    expect(c.spans.length).toBeGreaterThan(0);
    for (const s of c.spans) expect(text.slice(s.start, s.end)).toBe(s.quote);
  }
  for (const r of result.relations) {
    expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.quote);
    for (const m of r.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.quote);
      expect(r.evidence.start <= m.start && m.end <= r.evidence.end).toBe(true);
    }
  }
}

const candidateNamed = (result: SuggestResult, name: string) =>
  result.candidates.find((c) => c.label === name || c.aliases.includes(name));

describe('suggest', () => {
  it('gives spans that are exactly the words they quote, on any text', () => {
    const word = fc.constantFrom(
      'MI5',
      'GCHQ',
      'Sami',
      'London',
      'the',
      'officer',
      'meets',
      'agents',
      'Security',
      'Service',
      'and',
      'of',
      '(SIS)',
      '“quoted”',
      'don’t',
      'Sami’s',
      '—',
      '•',
      '"',
      '(',
      ')',
      ',',
      '.',
      '\u00a0',
      '\n\n',
      'é',
      '😀',
    );
    const text = fc.array(word, { maxLength: 60 }).chain((words) =>
      fc
        .array(fc.constantFrom(' ', '', '\u00a0', '\n'), {
          minLength: words.length,
          maxLength: words.length,
        })
        .map((gaps) => words.map((w, i) => w + (gaps[i] ?? '')).join('')),
    );
    fc.assert(
      fc.property(text, (t) => everySpanIsExact(t, suggest(t))),
      { numRuns: 150 },
    );
  });

  it('places spans right after leading punctuation and non-breaking spaces', () => {
    const text = '“(MI5)\u00a0—\u00a0works with GCHQ.” And the Security Service (MI5) meets Sami’s friend.';
    const result = suggest(text);
    everySpanIsExact(text, result);
    const mi5 = candidateNamed(result, 'MI5');
    const acronymSpans = mi5?.spans.filter((s) => s.quote === 'MI5').map((s) => s.start);
    expect(acronymSpans).toEqual([text.indexOf('MI5'), text.lastIndexOf('MI5')]);
    expect(mi5 && [mi5.label, ...mi5.aliases]).toContain('Security Service');
  });

  it('merges an acronym with its expansion, whichever comes first', () => {
    const text =
      'The UK Secret Intelligence Service (SIS) – otherwise known as MI6 – works abroad. ' +
      'It works with the GCHQ (Government Communications Headquarters) against chemical, biological, ' +
      'radiological and nuclear (CBRN) threats. MI6 and GCHQ share what they learn about CBRN.';
    const result = suggest(text);
    const mi6 = candidateNamed(result, 'MI6');
    expect(mi6 && [mi6.label, ...mi6.aliases]).toEqual(expect.arrayContaining(['MI6', 'SIS']));
    expect(candidateNamed(result, 'SIS')).toBe(mi6);
    expect(candidateNamed(result, 'Government Communications Headquarters')).toBe(
      candidateNamed(result, 'GCHQ'),
    );
    const cbrn = candidateNamed(result, 'CBRN');
    expect(cbrn && [cbrn.label, ...cbrn.aliases]).toContain('chemical, biological, radiological and nuclear');
    expect(cbrn?.spans.filter((s) => s.quote === 'CBRN')).toHaveLength(2);
  });

  it('never merges an acronym with a phrase that only shares its words', () => {
    const text =
      'MI6 works with other foreign intelligence and security services, including the Security Service (MI5).';
    const result = suggest(text);
    const mi5 = candidateNamed(result, 'MI5');
    expect(mi5 && [mi5.label, ...mi5.aliases].sort()).toEqual(['MI5', 'Security Service']);
    const services = candidateNamed(result, 'security services');
    expect(services).toBeDefined();
    expect(services).not.toBe(mi5);
  });

  it('reads a digit code as a name and a bare acronym as its initials', () => {
    const text = 'MI5 and MI6 meet in the United Kingdom. The UK hosts them.';
    const result = suggest(text);
    expect(candidateNamed(result, 'MI5')).not.toBe(candidateNamed(result, 'MI6'));
    expect(candidateNamed(result, 'UK')).toBe(candidateNamed(result, 'United Kingdom'));
  });

  it('labels a relation with the verb between the mentions, and reads a passive the other way round', () => {
    const text = 'MI6 shares this intelligence with GCHQ. His nephew was exploited by DAESH.';
    const result = suggest(text);
    const id = (name: string) => candidateNamed(result, name)?.id;
    const shares = result.relations.find((r) => r.source === id('MI6') && r.target === id('GCHQ'));
    expect(shares?.label).toBe('shares this intelligence with');
    expect(shares?.evidence.quote).toBe('MI6 shares this intelligence with GCHQ.');
    const exploited = result.relations.find((r) => r.source === id('DAESH') && r.target === id('nephew'));
    expect(exploited?.label).toBe('exploited');
  });

  it('ranks relations with a verb between near mentions first and keeps within the budget', () => {
    const text =
      'Sami meets the officer in London. Sami, the officer, the courier, the stranger and the brothers were there.';
    const result = suggest(text, { maxRelations: 3, maxCandidates: 4 });
    expect(result.relations.length).toBeLessThanOrEqual(3);
    expect(result.candidates.length).toBeLessThanOrEqual(4);
    expect(result.relations[0]?.label).toBe('meets');
    const scores = result.relations.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('reports progress paragraph by paragraph and stops when cancelled', () => {
    const text = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}: MI5 meets GCHQ in London.`).join(
      '\n\n',
    );
    const seen: number[] = [];
    suggest(text, {}, (p) => seen.push(p.done));
    expect(seen.length).toBeGreaterThanOrEqual(6);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toBe(text.length);

    let calls = 0;
    const read: number[] = [];
    expect(() =>
      suggest(
        text,
        {},
        (p) => read.push(p.done),
        () => ++calls > 2,
      ),
    ).toThrow(SuggestCancelled);
    expect(read).toHaveLength(2);
  });

  it('links initials of another language to the name in capitals before the brackets, joining words included', () => {
    const text =
      'Customs passed the manifests to the Fiscal Intelligence and Investigation Service (FIOD), which opened an ' +
      'inquiry. The FIOD found the payments.';
    const result = suggest(text);
    everySpanIsExact(text, result);
    const fiod = candidateNamed(result, 'FIOD');
    expect(fiod?.aliases).toContain('Fiscal Intelligence and Investigation Service');
    expect(fiod?.spans.map((s) => s.quote)).toEqual([
      'Fiscal Intelligence and Investigation Service',
      'FIOD',
      'FIOD',
    ]);
    // No half of the name is left as a candidate of its own.
    expect(candidateNamed(result, 'Investigation Service')).toBeUndefined();
  });

  it('proposes no month, weekday or span of time as an entity, and no name running on into a preposition', () => {
    const text =
      'In March, the Port Authority noticed the containers. On Monday the ledgers showed payments to Pieter Claes ' +
      'over three years. In November, prosecutors charged Pieter Claes.';
    const result = suggest(text);
    everySpanIsExact(text, result);
    const labels = result.candidates.map((c) => c.label);
    for (const when of ['March', 'Monday', 'November', 'years', 'three years'])
      expect(labels).not.toContain(when);
    expect(labels).not.toContain('Pieter Claes over');
    expect(candidateNamed(result, 'Pieter Claes')?.spans).toHaveLength(2);
  });

  it('types a longer name by its last word, and a language spoken as no organisation', () => {
    const text =
      'The UK Government asked the Port Authority for help. The stranger spoke both English and Arabic to the ' +
      'Belgian Federal Police.';
    const result = suggest(text);
    expect(candidateNamed(result, 'UK Government')?.type).toBe('organisation');
    expect(candidateNamed(result, 'Port Authority')?.type).toBe('organisation');
    expect(candidateNamed(result, 'Belgian Federal Police')?.type).toBe('organisation');
    expect(candidateNamed(result, 'English')?.type).not.toBe('organisation');
    expect(candidateNamed(result, 'Arabic')?.type).not.toBe('organisation');
  });

  it('offers a claim read in several sentences once', () => {
    const text =
      'Sami meets the MI6 intelligence officer. Later the MI6 intelligence officer calls. The MI6 intelligence ' +
      'officer writes.';
    const result = suggest(text);
    const claims = result.relations.map((r) => `${r.source} ${r.label} ${r.target}`);
    expect(new Set(claims).size).toBe(claims.length);
    expect(claims.filter((c) => c.includes('intelligence officer of'))).toHaveLength(1);
  });
});
