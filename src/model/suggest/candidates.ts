// Mentions merged into candidate entities: one per key or acronym link, with all its spans, a type and a score.
import type { Mention, MentionKind } from './mentions';
import type { Candidate, SuggestedType } from './types';

const KIND_RANK: Record<MentionKind, number> = { acronym: 4, expansion: 3, name: 2, phrase: 1 };
const KIND_SCORE: Record<MentionKind, number> = { acronym: 4, expansion: 4, name: 3.5, phrase: 1 };

const words = (s: string) => new Set(s.split(' '));

/** Head nouns that say what kind of thing a phrase names; plain English, no domain lists. */
const PERSON_HEADS = words(
  'person people individual individuals man men woman women child children friend friends family brother brothers ' +
    'sister sisters nephew niece son daughter wife husband mother father officer officers agent agents operative ' +
    'operatives spy spies informant informants courier couriers contact contacts source sources member members ' +
    'official officials citizen citizens suspect suspects victim victims staff employee employees colleague ' +
    'colleagues criminal criminals terrorist terrorists adversary adversaries stranger partner partners client clients',
);
const ORGANISATION_HEADS = words(
  'service services agency agencies government governments organisation organisations organization organizations ' +
    'group groups company companies business businesses corporation corporations firm firms ministry department ' +
    'office party parties council committee bank court courts university police army forces state states ' +
    'authority authorities ministries inspectorate prosecutor prosecutors bureau commission ' +
    'headquarters network networks',
);
const PLACE_HEADS = words(
  'place places country countries city cities region regions world area areas location locations town village ' +
    'capital border borders street building',
);
const EVENT_HEADS = words(
  'meeting meetings attack attacks operation operations investigation investigations conference election war ' +
    'crisis case intervention assessment proceedings interview interviews conflict visit trial raid',
);
const ITEM_HEADS = words(
  'email emails phone phones tablet envelope document documents report reports letter letters file files account ' +
    'accounts website film films weapon weapons money explosives message messages book books photo photos',
);

/** Languages a text says someone speaks ("spoke both English and Arabic"): no organisation, as a lone name would be. */
const LANGUAGES = words(
  'english arabic french german spanish russian chinese mandarin cantonese farsi persian urdu hindi turkish dutch ' +
    'italian portuguese japanese korean pashto somali swahili hebrew polish ukrainian',
);

function headType(m: Mention): SuggestedType | undefined {
  const head = m.words[m.words.length - 1];
  if (!head) return undefined;
  if (PERSON_HEADS.has(head.lower) || head.tags.has('Actor')) return 'person';
  if (ORGANISATION_HEADS.has(head.lower)) return 'organisation';
  if (PLACE_HEADS.has(head.lower)) return 'place';
  if (EVENT_HEADS.has(head.lower)) return 'event';
  if (ITEM_HEADS.has(head.lower)) return 'item';
  return undefined;
}

function mentionType(m: Mention): SuggestedType | undefined {
  const tagged = (tag: string) => m.words.some((w) => w.tags.has(tag));
  if (m.kind === 'name' || m.kind === 'acronym' || m.kind === 'expansion') {
    // The last word of a longer name says what it is ("UK Government", "Belgian Federal Police"), whatever
    // place or person names come before it.
    const byHead = m.words.length > 1 ? headType(m) : undefined;
    if (byHead) return byHead;
    if (m.words.length === 1 && LANGUAGES.has(m.words[0]?.lower ?? '')) return 'theme';
    if (tagged('Person') || tagged('FirstName')) return 'person';
    if (tagged('Place')) return 'place';
    if (tagged('Organization')) return 'organisation';
    return headType(m) ?? 'organisation';
  }
  return headType(m);
}

class Roots {
  private parent = new Map<string, string>();
  find(k: string): string {
    let r = k;
    for (let p = this.parent.get(r); p !== undefined && p !== r; p = this.parent.get(r)) r = p;
    this.parent.set(k, r);
    return r;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export interface CandidateSet {
  candidates: Candidate[];
  /** The candidate id of every mention kept (a mention of a candidate cut by the budget has none). */
  owner: Map<Mention, string>;
  /** Mentions after duplicates and mentions inside an expansion were dropped, in text order. */
  mentions: Mention[];
}

/** Merges mentions that share a key or an acronym link; keeps the best `max` candidates. */
export function buildCandidates(
  text: string,
  all: Mention[],
  links: [Mention, Mention][],
  max: number,
): CandidateSet {
  // One mention per span and key, the strongest kind kept.
  const bySpan = new Map<string, Mention>();
  for (const m of all) {
    const k = `${m.start}:${m.end}:${m.key}`;
    const had = bySpan.get(k);
    if (!had || KIND_RANK[m.kind] > KIND_RANK[had.kind]) bySpan.set(k, m);
  }
  const expansions = [...bySpan.values()].filter((m) => m.kind === 'expansion');
  const mentions = [...bySpan.values()]
    .filter(
      (m) =>
        m.kind === 'acronym' ||
        !expansions.some(
          (e) => e !== m && e.start <= m.start && m.end <= e.end && e.end - e.start > m.end - m.start,
        ),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const roots = new Roots();
  for (const m of mentions) roots.find(m.key);
  for (const [a, b] of links) roots.union(a.key, b.key);
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const r = roots.find(m.key);
    const g = groups.get(r);
    if (g) g.push(m);
    else groups.set(r, [m]);
  }

  const drafts = [...groups.values()].map((ms) => draft(text, ms));
  drafts.sort((a, b) => b.candidate.score - a.candidate.score || a.first - b.first);
  const kept = drafts.slice(0, Math.max(0, max)).sort((a, b) => a.first - b.first);

  const used = new Set<string>();
  const owner = new Map<Mention, string>();
  const candidates = kept.map((d) => {
    const base = `c-${slug(d.candidate.label)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    for (const m of d.mentions) owner.set(m, id);
    return { ...d.candidate, id };
  });
  return { candidates, owner, mentions };
}

function draft(text: string, ms: Mention[]): { candidate: Candidate; mentions: Mention[]; first: number } {
  // The label is the form the text uses most; on a tie, the longest (an expansion over its acronym).
  const forms = new Map<string, { label: string; count: number }>();
  for (const m of ms) {
    const f = forms.get(m.key);
    if (f) f.count++;
    else forms.set(m.key, { label: m.label, count: 1 });
  }
  const ranked = [...forms.values()].sort((a, b) => b.count - a.count || b.label.length - a.label.length);
  const label = ranked[0]?.label ?? '';
  const aliases = ranked.slice(1).map((f) => f.label);

  // Spans: each once, and none inside another span of the same candidate.
  const spans = ms
    .map((m) => ({ start: m.start, end: m.end }))
    .filter((s, i, arr) => arr.findIndex((o) => o.start === s.start && o.end === s.end) === i)
    .filter((s, _i, arr) => !arr.some((o) => o !== s && o.start <= s.start && s.end <= o.end))
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ ...s, quote: text.slice(s.start, s.end) }));

  const votes = new Map<SuggestedType, number>();
  for (const m of ms) {
    const t = mentionType(m);
    if (t) votes.set(t, (votes.get(t) ?? 0) + KIND_RANK[m.kind]);
  }
  const type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'theme';

  const best = ms.reduce((a, b) => (KIND_SCORE[b.kind] > KIND_SCORE[a.kind] ? b : a));
  const head = best.words[best.words.length - 1];
  let score = KIND_SCORE[best.kind] + Math.log2(1 + spans.length) + (forms.size > 1 ? 1 : 0);
  if (type === 'person' || type === 'organisation' || type === 'place') score += 1.5;
  else if (type === 'event' || type === 'item') score += 0.5;
  if (best.kind === 'phrase') {
    if (best.words.length >= 2) score += 0.5;
    if (head?.tags.has('Plural')) score += 0.5;
    if (head?.tags.has('Uncountable')) score -= 1;
    if (head?.tags.has('Date') || head?.tags.has('Duration')) score -= 1.5;
  }
  const candidate: Candidate = { id: '', label, type, spans, aliases, score: Math.round(score * 100) / 100 };
  return { candidate, mentions: ms, first: spans[0]?.start ?? 0 };
}

function slug(label: string): string {
  const s = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.length > 0 ? s.slice(0, 48) : 'entity';
}
