// The suggestion pass measured on the MI6 article against the bundled graph's named things (issue 13's figures).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/model/seeded-random';
import { suggest, type Candidate, type SuggestResult } from '../../src/model/suggest';

interface GraphSpan {
  start: number;
  end: number;
}
interface GraphNode {
  id: string;
  type: string;
  label: string;
  aliases?: string[];
  evidence: GraphSpan[];
}
interface GraphEdge {
  source: string;
  target: string;
}

const root = new URL('../../graph-data/mi6/', import.meta.url);
const text = readFileSync(new URL('source.txt', root), 'utf8');
const graph = JSON.parse(readFileSync(new URL('graph.json', root), 'utf8')) as {
  nodes: GraphNode[];
  edges: GraphEdge[];
};
const NAMED_TYPES = new Set(['agency', 'organisation', 'person', 'place']);
const named = graph.nodes.filter((n) => NAMED_TYPES.has(n.type));
const namedIds = new Set(named.map((n) => n.id));
const namedEdges = graph.edges.filter((e) => namedIds.has(e.source) && namedIds.has(e.target));

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);
const PREPOSITIONS = new Set(
  'of in on at to for from with by into across outside inside about over under between through within'.split(
    ' ',
  ),
);

/** Lower-case words, plain apostrophes and spaces, possessive endings and leading determiners dropped. */
function wordsOf(s: string): string[] {
  const words = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2019']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  while (words.length > 1 && DETERMINERS.has(words[0] ?? '')) words.shift();
  return words;
}

/**
 * "Matches", as the test reads it: the two names are equal word for word once normalised (case, curly quotes,
 * non-breaking spaces, possessive endings and a leading determiner ignored), or the shorter one is the longer one's
 * last words (the same head noun, with fewer or more words in front) and the words in front hold no preposition
 * ("security services" matches "foreign intelligence and security services"; "UK" does not match "outside the UK",
 * nor "DAESH contacts" "one of the DAESH contacts").
 */
function namesMatch(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const front = long.slice(0, long.length - short.length);
  if (long.slice(front.length).join(' ') !== short.join(' ')) return false;
  return !front.some((w) => PREPOSITIONS.has(w));
}

const overlaps = (a: GraphSpan, b: GraphSpan) => a.start < b.end && b.start < a.end;

/** Does the candidate name the node, at a place the graph says the node is mentioned? */
function recovers(c: Candidate, n: GraphNode): boolean {
  const nodeNames = [n.label, ...(n.aliases ?? [])];
  return c.spans.some((s) => {
    if (!n.evidence.some((e) => overlaps(s, e))) return false;
    const candidateNames = [c.label, ...c.aliases, s.quote];
    return candidateNames.some((cn) => nodeNames.some((nn) => namesMatch(cn, nn)));
  });
}

/** A one-to-one assignment of nodes to candidates (augmenting paths), so one candidate never counts for two nodes. */
function assign(result: SuggestResult): Map<string, string> {
  const options = new Map(
    named.map((n) => [n.id, result.candidates.filter((c) => recovers(c, n)).map((c) => c.id)]),
  );
  const byCandidate = new Map<string, string>();
  const tryNode = (id: string, seen: Set<string>): boolean => {
    for (const c of options.get(id) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      const holder = byCandidate.get(c);
      if (holder === undefined || tryNode(holder, seen)) {
        byCandidate.set(c, id);
        return true;
      }
    }
    return false;
  };
  for (const n of named) tryNode(n.id, new Set());
  return new Map([...byCandidate].map(([c, n]) => [n, c]));
}

describe('suggestions on the MI6 article', () => {
  const started = performance.now();
  const result = suggest(text);
  const elapsed = performance.now() - started;
  const assigned = assign(result);
  const byId = new Map(result.candidates.map((c) => [c.id, c]));

  it('recovers at least 36 of the 40 named agencies, organisations, people and places', () => {
    expect(named).toHaveLength(40);
    const missed = named.filter((n) => !assigned.has(n.id)).map((n) => n.id);
    console.log(
      `suggest on the MI6 article: ${assigned.size}/${named.length} named nodes recovered, ` +
        `${result.candidates.length} candidates, ${result.relations.length} relations, ${elapsed.toFixed(0)} ms` +
        (missed.length > 0 ? `; missed: ${missed.join(', ')}` : ''),
    );
    for (const n of named) {
      const c = byId.get(assigned.get(n.id) ?? '');
      if (c)
        console.log(`  ${n.id} <- ${c.label}${c.aliases.length > 0 ? ` (${c.aliases.join(', ')})` : ''}`);
    }
    expect(assigned.size).toBeGreaterThanOrEqual(36);
  });

  it('merges each acronym with its expansion into one candidate', () => {
    const pairs: [string, string][] = [
      ['MI6', 'SIS'],
      ['MI5', 'Security Service'],
      ['GCHQ', 'Government Communications Headquarters'],
      ['CBRN', 'Chemical, Biological, Radiological and Nuclear Weapons'],
    ];
    for (const [acronym, expansion] of pairs) {
      const holding = (form: string) =>
        result.candidates.filter((c) =>
          [c.label, ...c.aliases].some((name) => wordsOf(name).join(' ') === wordsOf(form).join(' ')),
        );
      const withAcronym = holding(acronym);
      expect(withAcronym, acronym).toHaveLength(1);
      expect(holding(expansion), expansion).toEqual(withAcronym);
    }
  });

  it('proposes at most 150 candidates', () => {
    expect(result.candidates.length).toBeLessThanOrEqual(150);
  });

  it('proposes at least 80% of the edges between those nodes', () => {
    // A node's candidates: those that recover it and are not assigned to another node.
    const taken = new Set(assigned.values());
    const candidatesOf = (nodeId: string) => {
      const node = named.find((n) => n.id === nodeId);
      if (!node) return new Set<string>();
      const own = result.candidates.filter(
        (c) => recovers(c, node) && (!taken.has(c.id) || assigned.get(nodeId) === c.id),
      );
      return new Set(own.map((c) => c.id));
    };
    const proposed = namedEdges.filter((e) => {
      const from = candidatesOf(e.source);
      const to = candidatesOf(e.target);
      return result.relations.some(
        (r) => (from.has(r.source) && to.has(r.target)) || (from.has(r.target) && to.has(r.source)),
      );
    });
    const missed = namedEdges.filter((e) => !proposed.includes(e)).map((e) => `${e.source}->${e.target}`);
    console.log(
      `suggest on the MI6 article: ${proposed.length}/${namedEdges.length} edges between named nodes proposed` +
        (missed.length > 0 ? `; missed: ${missed.join(', ')}` : ''),
    );
    expect(proposed.length).toBeGreaterThanOrEqual(Math.ceil(namedEdges.length * 0.8));
  });

  it('reads a 250,000-character text paragraph by paragraph, every span exact', () => {
    // The article's paragraphs drawn in a seeded random order until the text is 250,000 characters long.
    const paragraphs = text.split(/\n\s*\n/);
    const random = seededRandom(13);
    let long = '';
    while (long.length < 250_000) long += `${paragraphs[Math.floor(random() * paragraphs.length)] ?? ''}\n\n`;
    long = long.slice(0, 250_000);
    let reports = 0;
    const t0 = performance.now();
    const big = suggest(long, {}, () => reports++);
    console.log(
      `suggest on 250,000 characters: ${(performance.now() - t0).toFixed(0)} ms, ${reports} progress reports, ` +
        `${big.candidates.length} candidates, ${big.relations.length} relations`,
    );
    expect(reports).toBeGreaterThan(500);
    for (const c of big.candidates) for (const s of c.spans) expect(long.slice(s.start, s.end)).toBe(s.quote);
  }, 180_000);
});
