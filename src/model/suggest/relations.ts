// Relations proposed from sentences that mention two candidates, labelled with the words between them and ranked.
import type { Mention } from './mentions';
import { displayLabel, LEADING_WORDS } from './normalise';
import type { Sentence, Word } from './tokens';
import type { QuotedSpan, Relation, SuggestedType } from './types';

/** Relations between people, organisations and places come first; between two themes, last. */
const TYPE_WEIGHT: Record<SuggestedType, number> = {
  person: 1,
  organisation: 1,
  place: 1,
  event: 0.5,
  item: 0.5,
  theme: 0,
};

/** Two mentions with more than this many others between them are too far apart to propose. */
const MAX_MENTIONS_BETWEEN = 3;
const MAX_LABEL_WORDS = 8;
const OPENERS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'whom', 'while', 'also', 'then']);

interface Proposal extends Omit<Relation, 'id'> {
  order: number;
}

/** Candidate ids of the mentions, ranked best first and capped at `max`. */
export function buildRelations(
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
  owner: Map<Mention, string>,
  types: Map<string, SuggestedType>,
  max: number,
): Relation[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (!owner.has(m)) continue;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const proposals: Proposal[] = [];
  for (const [index, ms] of bySentence) {
    const sentence = sentences[index];
    if (!sentence) continue;
    proposals.push(...inSentence(text, sentence, ms, owner, types));
  }
  proposals.sort((a, b) => b.score - a.score || a.order - b.order);
  // The same claim read in several sentences ("the MI6 intelligence officer" four times) is offered once, with
  // its best-ranked sentence: a review list that repeats itself hides the claims it has room for.
  const seen = new Set<string>();
  const distinct = proposals.filter((p) => {
    const claim = [p.source, p.target, p.label.toLowerCase()].join('\u0000');
    if (seen.has(claim)) return false;
    seen.add(claim);
    return true;
  });
  return distinct.slice(0, Math.max(0, max)).map((p) => {
    const { order: _order, ...relation } = p;
    return { id: `r-${relation.source}-${relation.target}-${relation.evidence.start}`, ...relation };
  });
}

const quoted = (text: string, s: { start: number; end: number }): QuotedSpan => ({
  start: s.start,
  end: s.end,
  quote: text.slice(s.start, s.end),
});

function inSentence(
  text: string,
  sentence: Sentence,
  ms: Mention[],
  owner: Map<Mention, string>,
  types: Map<string, SuggestedType>,
): Proposal[] {
  const kindWeight = (id: string) => TYPE_WEIGHT[types.get(id) ?? 'theme'];
  const isNamedKind = (m: Mention) => kindWeight(owner.get(m) ?? '') >= 1;
  const evidence = quoted(text, sentence);
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  // Mentions not inside another one: the ones counted between two mentions.
  const outer = sorted.filter((m) => !sorted.some((o) => o !== m && o.start <= m.start && m.end <= o.end));
  const best = new Map<string, Proposal>();
  const offer = (p: Proposal) => {
    const pair = [p.source, p.target].sort().join('\u0000');
    const had = best.get(pair);
    if (!had || p.score > had.score) best.set(pair, p);
  };

  for (const a of sorted) {
    const from = owner.get(a);
    if (from === undefined) continue;
    for (const b of sorted) {
      const to = owner.get(b);
      if (to === undefined || to === from || b === a) continue;
      if (a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start) {
        // "the MI5 operative": a phrase about something it names is related to it.
        const rest = displayLabel(text.slice(a.start, b.start) + ' ' + text.slice(b.end, a.end)).replace(
          /^'s?\s*/,
          '',
        );
        if (rest.length === 0) continue;
        const label = b.start === a.start ? `${rest} of` : rest;
        offer({
          source: from,
          target: to,
          label,
          evidence,
          mentions: [quoted(text, a), quoted(text, b)],
          score: 2.5 + kindWeight(from) + kindWeight(to),
          order: a.start,
        });
        continue;
      }
      if (b.start < a.end) continue;
      // The words between must lie outside any phrase that holds either mention ("UK" in "UK Government").
      const aEnd = Math.max(
        ...outer.filter((o) => o.start <= a.start && a.end <= o.end).map((o) => o.end),
        a.end,
      );
      const bStart = Math.min(
        ...outer.filter((o) => o.start <= b.start && b.end <= o.end).map((o) => o.start),
        b.start,
      );
      if (bStart < aEnd) continue;
      // Only things of a named kind between the two count against them: an abstract phrase rarely takes the verb.
      const gap = outer.filter((m) => m.start >= aEnd && m.end <= bStart && isNamedKind(m)).length;
      if (gap > MAX_MENTIONS_BETWEEN) continue;
      const between = sentence.words.filter((w) => w.start >= aEnd && w.end <= bStart);
      const { label, passive, verb } = labelFrom(text, between, a);
      const score =
        (verb ? 1.5 : 0) + 2 / (1 + between.length / 3) - 0.75 * gap + kindWeight(from) + kindWeight(to);
      const [source, target, ms2] = passive
        ? [to, from, [quoted(text, b), quoted(text, a)] as [QuotedSpan, QuotedSpan]]
        : [from, to, [quoted(text, a), quoted(text, b)] as [QuotedSpan, QuotedSpan]];
      offer({
        source,
        target,
        label,
        evidence,
        mentions: ms2,
        score: Math.round(score * 100) / 100,
        order: a.start,
      });
    }
  }
  return [...best.values()];
}

/** The words between two mentions, without the conjunction that opens them or the determiner that closes them. */
function labelFrom(
  text: string,
  between: Word[],
  a: Mention,
): { label: string; passive: boolean; verb: boolean } {
  let ws = between;
  while (ws.length > 0 && OPENERS.has(ws[0]?.lower ?? '')) ws = ws.slice(1);
  while (ws.length > 0 && LEADING_WORDS.has(ws[ws.length - 1]?.lower ?? '')) ws = ws.slice(0, -1);
  const verb = ws.some((w) => w.tags.has('Verb'));
  if (ws.length === 0) {
    const possessor = a.words[a.words.length - 1]?.possessive ?? false;
    return { label: possessor ? 'has' : 'mentioned with', passive: false, verb: possessor };
  }
  // "was exploited by": read the other way round, as "exploited".
  const last = ws[ws.length - 1];
  const passive = last?.lower === 'by' && ws.some((w) => w.tags.has('Passive'));
  if (passive) ws = ws.slice(0, -1).filter((w) => !(w.tags.has('Auxiliary') || w.tags.has('Copula')));
  const first = ws[0];
  const end = ws[Math.min(ws.length, MAX_LABEL_WORDS) - 1];
  if (!first || !end) return { label: 'mentioned with', passive: false, verb };
  const label = displayLabel(text.slice(first.start, end.end)) + (ws.length > MAX_LABEL_WORDS ? ' …' : '');
  return { label, passive, verb };
}
