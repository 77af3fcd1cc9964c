// The review of suggestions, pure: what the user did to each candidate and relation (rename, retype, merge,
// split, reject) and which node or edge an accept made; whether something is accepted is read from the dataset.
import type { QuotedSpan, Relation, SuggestResult, SuggestedType } from '../../model/suggest/types';
import { datasetTypeFor } from './type-mapping';

export interface ReviewCandidate {
  id: string;
  label: string;
  /** One of the open dataset's node types. */
  type: string;
  /** Every mention, in text order. */
  spans: QuotedSpan[];
  aliases: string[];
  score: number;
}

export interface ReviewState {
  /** The document the spans are offsets into. */
  document: string;
  /** Best first; merged candidates are gone, split-off ones follow the candidate they came from. */
  candidates: ReviewCandidate[];
  /** Their ends follow merges and splits. */
  relations: Relation[];
  rejected: Readonly<Record<string, true>>;
  rejectedRelations: Readonly<Record<string, true>>;
  /** Candidate id → the node an accept made or added its spans to. Undo removes the node, not this link. */
  nodeOf: Readonly<Record<string, string>>;
  /** Relation id → the edge an accept made. */
  edgeOf: Readonly<Record<string, string>>;
}

export type ReviewAction =
  | { type: 'accepted'; nodes: Readonly<Record<string, string>> }
  | { type: 'reject'; id: string }
  | { type: 'rename'; id: string; label: string }
  | { type: 'retype'; id: string; nodeType: string }
  | { type: 'merge'; id: string; into: string }
  /** The candidate's mention `at` (an index into its spans) becomes a candidate of its own. */
  | { type: 'split'; id: string; at: number }
  | { type: 'relationAccepted'; id: string; edge: string }
  | { type: 'rejectRelation'; id: string };

/** The review of a fresh suggestion pass over `document`, its types mapped onto the dataset's vocabulary. */
export function startReview(
  document: string,
  result: SuggestResult,
  typeIds: readonly string[],
): ReviewState {
  const mapType = (t: SuggestedType) => datasetTypeFor(t, typeIds);
  return {
    document,
    candidates: result.candidates.map((c) => ({
      id: c.id,
      label: c.label,
      type: mapType(c.type),
      spans: c.spans,
      aliases: c.aliases,
      score: c.score,
    })),
    relations: result.relations,
    rejected: {},
    rejectedRelations: {},
    nodeOf: {},
    edgeOf: {},
  };
}

const sameSpan = (a: QuotedSpan, b: QuotedSpan) => a.start === b.start && a.end === b.end;

function update(
  state: ReviewState,
  id: string,
  change: (c: ReviewCandidate) => ReviewCandidate,
): ReviewState {
  return { ...state, candidates: state.candidates.map((c) => (c.id === id ? change(c) : c)) };
}

/** An id no candidate has: `base`, else `base-2`, `base-3`... */
function freeId(state: ReviewState, base: string): string {
  const taken = new Set(state.candidates.map((c) => c.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'accepted':
      return { ...state, nodeOf: { ...state.nodeOf, ...action.nodes } };
    case 'reject':
      return { ...state, rejected: { ...state.rejected, [action.id]: true } };
    case 'rename': {
      const label = action.label.replace(/\s+/g, ' ').trim();
      if (!label) return state;
      return update(state, action.id, (c) => ({
        ...c,
        label,
        // The name it had stays known as another name for it.
        aliases: c.label === label || c.aliases.includes(c.label) ? c.aliases : [...c.aliases, c.label],
      }));
    }
    case 'retype':
      return update(state, action.id, (c) => ({ ...c, type: action.nodeType }));
    case 'merge': {
      const from = state.candidates.find((c) => c.id === action.id);
      const into = state.candidates.find((c) => c.id === action.into);
      if (!from || !into || from === into) return state;
      const spans = [
        ...into.spans,
        ...from.spans.filter((s) => !into.spans.some((t) => sameSpan(s, t))),
      ].sort((a, b) => a.start - b.start);
      const aliases = [...new Set([...into.aliases, from.label, ...from.aliases])].filter(
        (a) => a !== into.label,
      );
      const merged = { ...into, spans, aliases, score: Math.max(into.score, from.score) };
      return {
        ...state,
        candidates: state.candidates.filter((c) => c !== from).map((c) => (c === into ? merged : c)),
        relations: state.relations.map((r) =>
          r.source === from.id || r.target === from.id
            ? {
                ...r,
                source: r.source === from.id ? into.id : r.source,
                target: r.target === from.id ? into.id : r.target,
              }
            : r,
        ),
      };
    }
    case 'split': {
      const at = state.candidates.findIndex((c) => c.id === action.id);
      const whole = state.candidates[at];
      const span = whole?.spans[action.at];
      if (!whole || !span || whole.spans.length < 2) return state;
      const part: ReviewCandidate = {
        id: freeId(state, `${whole.id}-at-${span.start}`),
        label: span.quote.replace(/\s+/g, ' ').trim(),
        type: whole.type,
        spans: [span],
        aliases: [],
        score: whole.score,
      };
      const rest = { ...whole, spans: whole.spans.filter((s) => s !== span) };
      const candidates = [...state.candidates];
      candidates.splice(at, 1, rest, part);
      // A relation read from that very mention now joins the split-off candidate.
      const relations = state.relations.map((r) => {
        const [m0, m1] = r.mentions;
        const source = r.source === whole.id && sameSpan(m0, span) ? part.id : r.source;
        const target = r.target === whole.id && sameSpan(m1, span) ? part.id : r.target;
        return source === r.source && target === r.target ? r : { ...r, source, target };
      });
      return { ...state, candidates, relations };
    }
    case 'relationAccepted':
      return { ...state, edgeOf: { ...state.edgeOf, [action.id]: action.edge } };
    case 'rejectRelation':
      return { ...state, rejectedRelations: { ...state.rejectedRelations, [action.id]: true } };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What the dataset says

/** The little of the open dataset the review reads: nodes by name, their evidence, and edges. */
export interface ReviewWorld {
  /** The node a name (a label or alias, compared loosely) already names, if any. */
  nodeNamed(name: string): string | undefined;
  /** A node's evidence in the review's document, as `start:end` keys; undefined when there is no such node. */
  evidenceOf(nodeId: string): ReadonlySet<string> | undefined;
  hasEdge(id: string): boolean;
  /** Whether an edge already joins the two nodes, either way. */
  joined(a: string, b: string): boolean;
}

export const spanKey = (span: { start: number; end: number }): string => `${span.start}:${span.end}`;

/** How names are compared with the dataset's: case, spacing and curly apostrophes set aside. */
export function looseName(name: string): string {
  return name
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The node of the dataset the candidate would become or add to: the one it was accepted as, else one it names. */
export function nodeFor(state: ReviewState, c: ReviewCandidate, world: ReviewWorld): string | undefined {
  const linked = state.nodeOf[c.id];
  if (linked !== undefined && world.evidenceOf(linked)) return linked;
  for (const name of [c.label, ...c.aliases]) {
    const found = world.nodeNamed(name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Accepted: a node of the dataset rests on every one of its spans (so undoing the accept takes it back). */
export function isAccepted(state: ReviewState, c: ReviewCandidate, world: ReviewWorld): boolean {
  const node = nodeFor(state, c, world);
  const evidence = node === undefined ? undefined : world.evidenceOf(node);
  return evidence !== undefined && c.spans.every((s) => evidence.has(spanKey(s)));
}

/** The candidates still to decide on: neither rejected nor accepted, best first. */
export function pendingCandidates(state: ReviewState, world: ReviewWorld): ReviewCandidate[] {
  return state.candidates.filter((c) => !state.rejected[c.id] && !isAccepted(state, c, world));
}

export interface ReadyRelation {
  relation: Relation;
  source: string;
  target: string;
}

/**
 * The relations worth asking about: both ends accepted as two different nodes, no edge joining them yet (the
 * dataset's, or one this review made), not rejected; one per pair of nodes, the best.
 */
export function readyRelations(state: ReviewState, world: ReviewWorld): ReadyRelation[] {
  const byId = new Map(state.candidates.map((c) => [c.id, c]));
  const endOf = (id: string) => {
    const c = byId.get(id);
    return c && !state.rejected[c.id] && isAccepted(state, c, world) ? nodeFor(state, c, world) : undefined;
  };
  const seen = new Set<string>();
  const ready: ReadyRelation[] = [];
  for (const relation of [...state.relations].sort((a, b) => b.score - a.score)) {
    if (state.rejectedRelations[relation.id]) continue;
    const made = state.edgeOf[relation.id];
    if (made !== undefined && world.hasEdge(made)) continue;
    const source = endOf(relation.source);
    const target = endOf(relation.target);
    if (source === undefined || target === undefined || source === target) continue;
    const pair = [source, target].sort().join('\n');
    if (seen.has(pair) || world.joined(source, target)) continue;
    seen.add(pair);
    ready.push({ relation, source, target });
  }
  return ready;
}
