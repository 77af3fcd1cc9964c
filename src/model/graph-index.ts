// The loaded dataset's indexes, built once per dataset: lookups by id, adjacency, counts, label search, evidence in text order.
import type { Dataset, Flow, GraphEdge, GraphNode, ThreatArea } from './schema';
import { vocabularyOf, type Vocabulary } from './resolve-vocabulary';
import type { NodeType, RelationType } from './vocabulary';

/** Which way an edge points, seen from the node whose connections are listed. */
export type Direction = 'out' | 'in';

/** One line of a node's connection list: "MI6 —passes the details to→ MI5" seen from MI6 is `out`, from MI5 `in`. */
export interface Connection {
  readonly edge: GraphEdge;
  readonly other: GraphNode;
  readonly direction: Direction;
}

export interface SearchHit {
  readonly node: GraphNode;
  /** The label or alias that matched, as written in the dataset, so the UI can say "matched alias SIS". */
  readonly matchedText: string;
  readonly matchedAlias: boolean;
}

/** One evidence span and the element it supports, for the reader's highlights. */
export interface EvidenceOwner {
  readonly kind: 'node' | 'edge' | 'step';
  readonly id: string;
  /** Step ids are only unique inside their flow, so a step's owner also names the flow. */
  readonly flowId?: string;
  readonly evidenceIndex: number;
  /** The document the span is in. */
  readonly document: string;
  readonly start: number;
  readonly end: number;
}

export interface GraphIndex {
  readonly dataset: Dataset;
  /** The dataset's node types, relation types and facet name with their words and styles, resolved once. */
  readonly vocabulary: Vocabulary;
  readonly nodeById: ReadonlyMap<string, GraphNode>;
  readonly edgeById: ReadonlyMap<string, GraphEdge>;
  readonly threatAreaById: ReadonlyMap<string, ThreatArea>;
  readonly flowById: ReadonlyMap<string, Flow>;
  /** Edges by source node id, in dataset order. Only nodes with at least one such edge have an entry. */
  readonly outgoing: ReadonlyMap<string, readonly GraphEdge[]>;
  /** Edges by target node id, in dataset order. */
  readonly incoming: ReadonlyMap<string, readonly GraphEdge[]>;
  /** Every node type of the vocabulary, in vocabulary order (so legends iterate it as is), empty when unused. */
  readonly nodesByType: ReadonlyMap<NodeType, readonly GraphNode[]>;
  readonly edgesByType: ReadonlyMap<RelationType, readonly GraphEdge[]>;
  /** Every declared threat area in dataset order, then any undeclared id an element is tagged with. */
  readonly nodesByThreatArea: ReadonlyMap<string, readonly GraphNode[]>;
  readonly edgesByThreatArea: ReadonlyMap<string, readonly GraphEdge[]>;
  readonly nodeCountByType: ReadonlyMap<NodeType, number>;
  readonly edgeCountByType: ReadonlyMap<RelationType, number>;
  readonly nodeCountByThreatArea: ReadonlyMap<string, number>;
  readonly edgeCountByThreatArea: ReadonlyMap<string, number>;
  /** Every evidence span of every node, edge and flow step, sorted by start, then end. */
  readonly evidenceOwners: readonly EvidenceOwner[];
  /** Number of edges touching the node; a self-loop counts once, as the connection list shows it once. */
  degree(nodeId: string): number;
  /** The node's edges, sorted by relation label, then the other node's label, then out before in, then edge id. */
  connections(nodeId: string): readonly Connection[];
  /** Nodes whose label or an alias matches; best first. An empty query finds nothing. */
  search(query: string, limit?: number): SearchHit[];
}

// A fixed locale so the same dataset sorts the same on every machine; the datasets are written in English.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two display strings the way a reader expects: case- and accent-blind, "MI5" before "MI10". */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Code-unit order: deterministic everywhere, used to break ties by id. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Letters NFKD does not decompose into a base letter plus a mark, so "ø" would otherwise never match "o".
const FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const FOLD_PATTERN = /[ßæœøłđðþı]/g;
/** Printable ASCII and ASCII white space, but the backquote (which folds to an apostrophe). */
const PLAIN_ASCII = /^[\t\n\v\f\r\x20-\x5f\x61-\x7e]*$/;

/** The form labels, aliases and queries are compared in: lower case, without accents, single-spaced. */
export function normaliseForSearch(text: string): string {
  // Plain ASCII (most names) has no accents, folds, curly quotes or dashes: only case and spaces change. An index
  // of 20,000 names is built several times faster without the Unicode passes.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(FOLD_PATTERN, (c) => FOLDS[c] ?? c)
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How well a query matches one label or alias; lower is better. */
const Tier = {
  Exact: 0,
  StartOfText: 1,
  StartOfWord: 2,
  InsideWord: 3,
  AllWords: 4,
  None: 5,
} as const;
type Tier = (typeof Tier)[keyof typeof Tier];

interface SearchKey {
  readonly text: string;
  readonly norm: string;
  readonly words: readonly string[];
  readonly isAlias: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function matchTier(key: SearchKey, query: string, queryWords: readonly string[]): Tier {
  const { norm } = key;
  if (norm === query) return Tier.Exact;
  let at = norm.indexOf(query);
  if (at === 0) return Tier.StartOfText;
  if (at > 0) {
    // Prefer any occurrence that starts a word ("intel" in "secret intelligence") over one inside a word.
    while (at > 0) {
      if (!WORD_CHAR.test(norm.charAt(at - 1))) return Tier.StartOfWord;
      at = norm.indexOf(query, at + 1);
    }
    return Tier.InsideWord;
  }
  // "service secret" still finds "Secret Intelligence Service": every query word starts some word of the key.
  if (queryWords.length > 1 && queryWords.every((q) => key.words.some((w) => w.startsWith(q)))) {
    return Tier.AllWords;
  }
  return Tier.None;
}

function splitWords(norm: string): string[] {
  return norm.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function countsOf<K, V>(map: ReadonlyMap<K, readonly V[]>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const [key, list] of map) counts.set(key, list.length);
  return counts;
}

/** Items indexed between two pauses of `buildGraphIndexInSlices`: a few milliseconds of work. */
const ITEMS_PER_PAUSE = 2000;

export function buildGraphIndex(dataset: Dataset): GraphIndex {
  const steps = graphIndexSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `buildGraphIndex`, pausing (`pause()`, say a timer) every few thousand items: for 20,000 entities and 40,000
 * relations building the index in one go holds the page for a second or more; in slices the page stays answering.
 */
export async function buildGraphIndexInSlices(
  dataset: Dataset,
  pause: () => Promise<void>,
): Promise<GraphIndex> {
  const steps = graphIndexSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The index built step by step: yields where a pause may come. */
function* graphIndexSteps(dataset: Dataset): Generator<void, GraphIndex> {
  let items = 0;
  const counted = () => ++items % ITEMS_PER_PAUSE === 0;
  // Duplicate ids are a validation problem; the index keeps the first so lookups stay predictable.
  const nodeById = new Map<string, GraphNode>();
  for (const node of dataset.nodes) if (!nodeById.has(node.id)) nodeById.set(node.id, node);
  const edgeById = new Map<string, GraphEdge>();
  for (const edge of dataset.edges) if (!edgeById.has(edge.id)) edgeById.set(edge.id, edge);
  const threatAreaById = new Map<string, ThreatArea>();
  for (const area of dataset.threatAreas) if (!threatAreaById.has(area.id)) threatAreaById.set(area.id, area);
  const flowById = new Map<string, Flow>();
  for (const flow of dataset.flows) if (!flowById.has(flow.id)) flowById.set(flow.id, flow);

  const vocabulary = vocabularyOf(dataset);
  const nodesByType = new Map<NodeType, GraphNode[]>(vocabulary.nodeTypes.map((t) => [t.id, []]));
  const edgesByType = new Map<RelationType, GraphEdge[]>(vocabulary.relationTypes.map((t) => [t.id, []]));
  const nodesByThreatArea = new Map<string, GraphNode[]>(dataset.threatAreas.map((a) => [a.id, []]));
  const edgesByThreatArea = new Map<string, GraphEdge[]>(dataset.threatAreas.map((a) => [a.id, []]));

  const searchKeys: { node: GraphNode; keys: SearchKey[] }[] = [];
  for (const node of nodeById.values()) {
    if (counted()) yield;
    pushTo(nodesByType, node.type, node);
    for (const area of new Set(node.threatAreas)) pushTo(nodesByThreatArea, area, node);
    const keys = [node.label, ...node.aliases].map((text, i): SearchKey => {
      const norm = normaliseForSearch(text);
      return { text, norm, words: splitWords(norm), isAlias: i > 0 };
    });
    searchKeys.push({ node, keys });
  }

  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, GraphEdge[]>();
  for (const edge of edgeById.values()) {
    if (counted()) yield;
    pushTo(edgesByType, edge.type, edge);
    for (const area of new Set(edge.threatAreas)) pushTo(edgesByThreatArea, area, edge);
    // An edge to a missing node is reported by validate; keeping it out of adjacency means every
    // connection has a real node at its other end.
    if (!nodeById.has(edge.source) || !nodeById.has(edge.target)) continue;
    pushTo(outgoing, edge.source, edge);
    pushTo(incoming, edge.target, edge);
  }

  yield;
  const evidenceOwners = collectEvidenceOwners(dataset);

  const connectionCache = new Map<string, readonly Connection[]>();

  function connections(nodeId: string): readonly Connection[] {
    const cached = connectionCache.get(nodeId);
    if (cached) return cached;
    const self = nodeById.get(nodeId);
    if (!self) return [];
    const list: Connection[] = [];
    for (const edge of outgoing.get(nodeId) ?? []) {
      const other = nodeById.get(edge.target);
      if (other) list.push({ edge, other, direction: 'out' });
    }
    for (const edge of incoming.get(nodeId) ?? []) {
      if (edge.source === nodeId) continue; // a self-loop is already listed once, as outgoing
      const other = nodeById.get(edge.source);
      if (other) list.push({ edge, other, direction: 'in' });
    }
    list.sort(
      (a, b) =>
        compareText(a.edge.label, b.edge.label) ||
        compareText(a.other.label, b.other.label) ||
        (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
        compareIds(a.edge.id, b.edge.id),
    );
    connectionCache.set(nodeId, list);
    return list;
  }

  function degree(nodeId: string): number {
    const out = outgoing.get(nodeId) ?? [];
    let count = out.length;
    for (const edge of incoming.get(nodeId) ?? []) if (edge.source !== nodeId) count++;
    return count;
  }

  function search(query: string, limit = 20): SearchHit[] {
    const q = normaliseForSearch(query);
    if (q === '' || limit <= 0) return [];
    const queryWords = splitWords(q);
    const hits: { hit: SearchHit; tier: Tier }[] = [];
    for (const { node, keys } of searchKeys) {
      let best: SearchKey | undefined;
      let bestTier: Tier = Tier.None;
      for (const key of keys) {
        const tier = matchTier(key, q, queryWords);
        // Strictly better only: the label comes first, so it wins a tie with an alias.
        if (tier < bestTier) {
          best = key;
          bestTier = tier;
          if (tier === Tier.Exact) break;
        }
      }
      if (best)
        hits.push({ hit: { node, matchedText: best.text, matchedAlias: best.isAlias }, tier: bestTier });
    }
    hits.sort(
      (a, b) =>
        a.tier - b.tier ||
        Number(a.hit.matchedAlias) - Number(b.hit.matchedAlias) ||
        compareText(a.hit.node.label, b.hit.node.label) ||
        compareIds(a.hit.node.id, b.hit.node.id),
    );
    return hits.slice(0, limit).map((h) => h.hit);
  }

  return {
    dataset,
    vocabulary,
    nodeById,
    edgeById,
    threatAreaById,
    flowById,
    outgoing,
    incoming,
    nodesByType,
    edgesByType,
    nodesByThreatArea,
    edgesByThreatArea,
    nodeCountByType: countsOf(nodesByType),
    edgeCountByType: countsOf(edgesByType),
    nodeCountByThreatArea: countsOf(nodesByThreatArea),
    edgeCountByThreatArea: countsOf(edgesByThreatArea),
    evidenceOwners,
    degree,
    connections,
    search,
  };
}

function collectEvidenceOwners(dataset: Dataset): EvidenceOwner[] {
  const owners: EvidenceOwner[] = [];
  for (const node of dataset.nodes) {
    node.evidence.forEach(({ document, start, end, orphan }, evidenceIndex) => {
      // An orphan's words are not in the text: there is nothing to highlight.
      if (!orphan) owners.push({ kind: 'node', id: node.id, evidenceIndex, document, start, end });
    });
  }
  for (const edge of dataset.edges) {
    edge.evidence.forEach(({ document, start, end, orphan }, evidenceIndex) => {
      if (!orphan) owners.push({ kind: 'edge', id: edge.id, evidenceIndex, document, start, end });
    });
  }
  for (const flow of dataset.flows) {
    for (const step of flow.steps) {
      step.evidence.forEach(({ document, start, end, orphan }, evidenceIndex) => {
        if (!orphan)
          owners.push({ kind: 'step', id: step.id, flowId: flow.id, evidenceIndex, document, start, end });
      });
    }
  }
  // Stable sort: spans that start and end together keep node, edge, step order.
  owners.sort((a, b) => a.start - b.start || a.end - b.end);
  return owners;
}
