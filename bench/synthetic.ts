// Seeded synthetic datasets shaped like a document graph, valid by Dossier's own validator, for the benchmarks.
import type { Dataset, Evidence, GraphEdge, GraphNode, Position } from '../src/model/schema';
import type {
  BuiltinNodeType as NodeType,
  BuiltinRelationType as RelationType,
} from '../src/model/vocabulary';
import { seededRandom } from '../src/model/seeded-random';

/** The sizes the browser benchmark knows by name: nodes and edges, as issue 12 sets them. */
export const SYNTHETIC_SIZES = {
  '1k': { nodes: 1_000, edges: 2_000 },
  '5k': { nodes: 5_000, edges: 10_000 },
  '20k': { nodes: 20_000, edges: 40_000 },
} as const;
export type SyntheticSizeName = keyof typeof SYNTHETIC_SIZES;

/** How many steps the synthetic flow has (the tracer's story). */
export const FLOW_STEPS = 20;

const AREAS = [
  { id: 'counter-terrorism', label: 'Counter terrorism' },
  { id: 'cyber-security', label: 'Cyber security' },
  { id: 'counter-proliferation', label: 'Counter proliferation' },
  { id: 'organised-crime', label: 'Organised crime' },
  { id: 'state-threats', label: 'State threats' },
  { id: 'economic-security', label: 'Economic security' },
];

// Word lists that make names a reader could meet in a case file; combined, they give unique labels per type.
const FIRST = [
  'Mara',
  'Idris',
  'Lena',
  'Tomas',
  'Aisha',
  'Viktor',
  'Nadia',
  'Owen',
  'Petra',
  'Sami',
  'Yusuf',
  'Clara',
  'Dmitri',
  'Elif',
  'Hugo',
  'Ines',
  'Jonas',
  'Katya',
  'Luca',
  'Mira',
  'Niko',
  'Olga',
  'Rafael',
  'Zara',
];
const LAST = [
  'Kessel',
  'Hart',
  'Novak',
  'Brand',
  'Okafor',
  'Lind',
  'Moreau',
  'Castell',
  'Weber',
  'Farouk',
  'Quinn',
  'Rossi',
  'Sato',
  'Tanaka',
  'Varga',
  'Wolff',
  'Ahmadi',
  'Berg',
  'Costa',
  'Duval',
  'Engel',
  'Fischer',
  'Grey',
  'Horvat',
];
const PLACE_A = [
  'North',
  'South',
  'East',
  'West',
  'Upper',
  'Lower',
  'Old',
  'New',
  'Port',
  'Fort',
  'Lake',
  'Saint',
];
const PLACE_B = [
  'Harbour',
  'Ridge',
  'Bridge',
  'Market',
  'Quay',
  'Gate',
  'Crossing',
  'Field',
  'Hill',
  'Station',
  'Square',
  'Docks',
];
const THING_A = [
  'Encrypted',
  'Forged',
  'Stolen',
  'Leaked',
  'Coded',
  'Sealed',
  'Intercepted',
  'Hidden',
  'Signed',
  'Burned',
];
const THING_B = [
  'email',
  'ledger',
  'passport',
  'phone',
  'memo',
  'envelope',
  'drive',
  'map',
  'invoice',
  'cable',
];
const OPERATION = [
  'Amber',
  'Basalt',
  'Cobalt',
  'Dune',
  'Ember',
  'Falcon',
  'Granite',
  'Harrier',
  'Ivory',
  'Jasper',
  'Kestrel',
  'Lynx',
];
const ORG_A = [
  'Atlas',
  'Meridian',
  'Halcyon',
  'Orion',
  'Vantage',
  'Sable',
  'Crescent',
  'Pioneer',
  'Summit',
  'Delta',
];
const ORG_B = ['Holdings', 'Logistics', 'Trading', 'Shipping', 'Group', 'Foundation', 'Network', 'Partners'];
const THREAT_A = ['Cell', 'Ring', 'Cartel', 'Crew', 'Syndicate', 'Faction'];
const CONCEPT_A = ['Border', 'Supply', 'Grid', 'Port', 'Data', 'Trade', 'Water', 'Rail'];
const CONCEPT_B = ['security', 'integrity', 'resilience', 'access', 'stability'];

/** The i-th name of a kind: every combination once, then the combinations again with a number. */
function nth(i: number, a: readonly string[], b: readonly string[], join: (x: string, y: string) => string) {
  const x = a[i % a.length] as string;
  const y = b[Math.floor(i / a.length) % b.length] as string;
  const round = Math.floor(i / (a.length * b.length));
  return round === 0 ? join(x, y) : `${join(x, y)} ${round + 1}`;
}

const LABEL_OF: Record<NodeType, (i: number) => string> = {
  person: (i) => nth(i, FIRST, LAST, (x, y) => `${x} ${y}`),
  place: (i) => nth(i, PLACE_A, PLACE_B, (x, y) => `${x} ${y}`),
  information: (i) => nth(i, THING_A, THING_B, (x, y) => `${x} ${y}`),
  action: (i) => nth(i, OPERATION, ['Operation'], (x, y) => `${y} ${x}`),
  organisation: (i) => nth(i, ORG_A, ORG_B, (x, y) => `${x} ${y}`),
  threat: (i) => nth(i, LAST, THREAT_A, (x, y) => `${x} ${y}`),
  concept: (i) => nth(i, CONCEPT_A, CONCEPT_B, (x, y) => `${x} ${y}`),
  agency: (i) => nth(i, ['Bureau', 'Service', 'Directorate', 'Office'], ORG_A, (x, y) => `${y} ${x}`),
};

const LEAF_TYPES: readonly NodeType[] = [
  'person',
  'person',
  'person',
  'place',
  'information',
  'action',
  'threat',
  'concept',
];

/** Relation types by the kind of node they lead to, and the words a sentence of the text uses for them. */
const RELATIONS: Record<NodeType, readonly [RelationType, string][]> = {
  person: [
    ['meets', 'meets'],
    ['contacts', 'contacts'],
    ['recruits', 'recruits'],
    ['works_with', 'works with'],
  ],
  place: [['located_in', 'is seen in']],
  information: [
    ['provides', 'provides'],
    ['hands_over', 'hands over'],
    ['uses', 'uses'],
  ],
  action: [
    ['conducts', 'conducts'],
    ['supports', 'supports'],
  ],
  threat: [
    ['counters', 'counters'],
    ['investigates', 'investigates'],
    ['linked_to', 'is linked to'],
  ],
  concept: [
    ['protects', 'protects'],
    ['threatens', 'threatens'],
  ],
  organisation: [
    ['works_with', 'works with'],
    ['part_of', 'is part of'],
    ['reports_to', 'reports to'],
  ],
  agency: [
    ['reports_to', 'reports to'],
    ['passes_intelligence_to', 'passes intelligence to'],
  ],
};

export interface SyntheticDataset {
  dataset: Dataset;
  text: string;
}

/**
 * A dataset of `nodeCount` nodes and `edgeCount` edges, shaped like a case file read closely: a few national
 * hubs (agencies), one hub per cluster (an organisation), many leaves around their hub, some links inside a
 * cluster and a few across; every node and edge quotes the sentence of the source text it comes from; one flow of
 * FLOW_STEPS steps crosses the clusters; positions are included (a circle per cluster), so no layout runs.
 * The same arguments give the same dataset, byte for byte.
 */
export function syntheticDataset(nodeCount: number, edgeCount = nodeCount * 2, seed = 42): SyntheticDataset {
  if (nodeCount < 50) throw new Error('a synthetic dataset needs at least 50 nodes');
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;

  const clusterCount = Math.max(4, Math.round(nodeCount / 100));
  const globalCount = Math.max(3, Math.round(clusterCount / 10));

  interface Draft {
    node: Omit<GraphNode, 'evidence'>;
    cluster: number;
  }
  const typeCounters = new Map<NodeType, number>();
  const drafts: Draft[] = [];
  const newNode = (type: NodeType, cluster: number, areas: string[]): string => {
    const i = typeCounters.get(type) ?? 0;
    typeCounters.set(type, i + 1);
    const id = `n${drafts.length}`;
    drafts.push({
      node: { id, type, label: LABEL_OF[type](i), aliases: [], summary: '', threatAreas: areas },
      cluster,
    });
    return id;
  };
  const areaOfCluster = (c: number) => (AREAS[c % AREAS.length] as (typeof AREAS)[number]).id;

  const globals: string[] = [];
  for (let g = 0; g < globalCount; g++) {
    globals.push(newNode('agency', -1, [areaOfCluster(g), areaOfCluster(g + 1)]));
  }
  const hubs: string[] = [];
  for (let c = 0; c < clusterCount; c++) hubs.push(newNode('organisation', c, [areaOfCluster(c)]));
  const members: string[][] = hubs.map(() => []);
  const leafCount = nodeCount - globalCount - clusterCount;
  for (let i = 0; i < leafCount; i++) {
    // Clusters of uneven size, as chapters of a case file are.
    const c = random() < 0.5 ? i % clusterCount : int(clusterCount);
    const areas = [areaOfCluster(c)];
    if (random() < 0.2) areas.push(pick(AREAS).id);
    const id = newNode(pick(LEAF_TYPES), c, [...new Set(areas)]);
    (members[c] as string[]).push(id);
  }
  const byId = new Map(drafts.map((d) => [d.node.id, d]));

  interface EdgeDraft {
    source: string;
    target: string;
  }
  const edgeDrafts: EdgeDraft[] = [];
  const pairs = new Set<string>();
  const addEdge = (source: string, target: string): boolean => {
    if (source === target || pairs.has(`${source}>${target}`) || edgeDrafts.length >= edgeCount) return false;
    pairs.add(`${source}>${target}`);
    edgeDrafts.push({ source, target });
    return true;
  };
  // The national hubs work together, and each takes reports from some cluster hubs.
  for (let g = 1; g < globalCount; g++) addEdge(globals[g - 1] as string, globals[g] as string);
  hubs.forEach((hub, c) => addEdge(hub, globals[c % globalCount] as string));
  // Every leaf hangs off its cluster's hub: no node stands alone.
  members.forEach((list, c) => list.forEach((leaf) => addEdge(hubs[c] as string, leaf)));
  // The story: a chain of FLOW_STEPS links from one cluster to the next, the case study of this file.
  const chain: string[] = [globals[0] as string];
  for (let k = 0; chain.length <= FLOW_STEPS && k < 100_000; k++) {
    const list = members[k % clusterCount] as string[];
    const next = list[(k * 7) % Math.max(list.length, 1)] ?? (hubs[k % clusterCount] as string);
    if (!chain.includes(next)) chain.push(next);
  }
  const flowEdges: number[] = [];
  for (let k = 1; k < chain.length; k++) {
    const source = chain[k - 1] as string;
    const target = chain[k] as string;
    if (!addEdge(source, target)) addEdge(target, source);
    const found = edgeDrafts.findIndex(
      (e) => (e.source === source && e.target === target) || (e.source === target && e.target === source),
    );
    flowEdges.push(found);
  }
  // The rest: mostly links inside a cluster, a few across.
  for (let tries = 0; edgeDrafts.length < edgeCount && tries < edgeCount * 20; tries++) {
    const c = int(clusterCount);
    const list = members[c] as string[];
    if (list.length < 2) continue;
    const source = pick(list);
    const target = random() < 0.1 ? pick(members[int(clusterCount)] as string[]) : pick(list);
    if (target !== undefined) addEdge(source, target);
  }

  // The source text: one paragraph per cluster (and one for the national hubs), one sentence per edge. A node's
  // evidence is its name where the text first mentions it; an edge's is its sentence.
  const paragraphOf = (e: EdgeDraft) => byId.get(e.source)?.cluster ?? -1;
  const order = edgeDrafts
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = paragraphOf(edgeDrafts[a] as EdgeDraft);
      const pb = paragraphOf(edgeDrafts[b] as EdgeDraft);
      return pa - pb || a - b;
    });
  let text = `Case file: a synthetic reading of ${nodeCount} entities.\n`;
  const nodeEvidence = new Map<string, Evidence>();
  const edgeEvidence: Evidence[] = [];
  const relationOf: [RelationType, string][] = [];
  let paragraph = Number.NaN;
  for (const i of order) {
    const edge = edgeDrafts[i] as EdgeDraft;
    const p = paragraphOf(edge);
    if (p !== paragraph) {
      paragraph = p;
      text += p < 0 ? '\nThe national picture.\n' : `\nChapter ${p + 1}.\n`;
    }
    const source = (byId.get(edge.source) as Draft).node;
    const target = (byId.get(edge.target) as Draft).node;
    const relation = pick(RELATIONS[target.type as NodeType]);
    relationOf[i] = relation;
    const start = text.length;
    const sentence = `${source.label} ${relation[1]} ${target.label}`;
    text += `${sentence}. `;
    edgeEvidence[i] = { document: 'source', start, end: start + sentence.length, quote: sentence };
    if (!nodeEvidence.has(source.id)) {
      nodeEvidence.set(source.id, {
        document: 'source',
        start,
        end: start + source.label.length,
        quote: source.label,
      });
    }
    if (!nodeEvidence.has(target.id)) {
      const at = start + sentence.length - target.label.length;
      nodeEvidence.set(target.id, {
        document: 'source',
        start: at,
        end: at + target.label.length,
        quote: target.label,
      });
    }
  }
  text += '\n';

  const nodes: GraphNode[] = drafts.map(({ node }) => ({
    ...node,
    summary: `${node.label}, as the case file describes them.`,
    evidence: [nodeEvidence.get(node.id) as Evidence],
  }));
  const edges: GraphEdge[] = edgeDrafts.map((e, i) => {
    const [type, words] = relationOf[i] as [RelationType, string];
    return {
      id: `e${i}`,
      source: e.source,
      target: e.target,
      type,
      label: words,
      threatAreas: (byId.get(e.source) as Draft).node.threatAreas.slice(0, 1),
      evidence: [edgeEvidence[i] as Evidence],
    };
  });
  const steps = flowEdges.map((edgeIndex, k) => {
    const edge = edges[edgeIndex] as GraphEdge;
    return {
      id: `s${k + 1}`,
      order: k + 1,
      title: `Step ${k + 1}: ${edge.evidence[0]?.quote ?? ''}`,
      summary: 'A step of the synthetic case study.',
      nodes: [edge.source, edge.target],
      edges: [edge.id],
      evidence: edge.evidence,
    };
  });

  const dataset: Dataset = {
    schemaVersion: 2,
    id: `synthetic-${nodeCount}`,
    title: `Synthetic case file: ${nodeCount} entities, ${edges.length} relations`,
    documents: [{ id: 'source', path: 'source.txt', title: 'Synthetic case file' }],
    threatAreas: AREAS.map((a) => ({ ...a, description: `Synthetic threat area ${a.label}.` })),
    nodes,
    edges,
    flows: [{ id: 'case-study', title: 'Synthetic case study', steps }],
    positions: clusterPositions(globals, hubs, members),
  };
  return { dataset, text };
}

/**
 * A cheap, seeded-free overview: the national hubs in a row on top, each cluster a disc (its hub in the middle,
 * its leaves on rings around it), discs on a grid. Both benchmark pages draw these as preset positions.
 */
function clusterPositions(globals: string[], hubs: string[], members: string[][]): Record<string, Position> {
  const SPACING = 70;
  const positions: Record<string, Position> = {};
  const ringsOf = (count: number): { radius: number; slots: number }[] => {
    const rings: { radius: number; slots: number }[] = [];
    let placed = 0;
    for (let r = 1; placed < count; r++) {
      const radius = r * SPACING;
      const slots = Math.floor((2 * Math.PI * radius) / SPACING);
      rings.push({ radius, slots });
      placed += slots;
    }
    return rings;
  };
  const largest = Math.max(...members.map((m) => m.length), 1);
  const outer = ringsOf(largest).at(-1)?.radius ?? SPACING;
  const cell = 2 * outer + 3 * SPACING;
  const columns = Math.ceil(Math.sqrt(hubs.length));
  globals.forEach((id, g) => {
    positions[id] = { x: ((g + 0.5) * (columns * cell)) / globals.length, y: -cell / 2 };
  });
  hubs.forEach((hub, c) => {
    const cx = (c % columns) * cell + cell / 2;
    const cy = Math.floor(c / columns) * cell + cell / 2;
    positions[hub] = { x: cx, y: cy };
    const list = members[c] ?? [];
    let i = 0;
    for (const { radius, slots } of ringsOf(list.length)) {
      for (let s = 0; s < slots && i < list.length; s++, i++) {
        const angle = (2 * Math.PI * s) / slots + radius / 100;
        positions[list[i] as string] = {
          x: Math.round(cx + radius * Math.cos(angle)),
          y: Math.round(cy + radius * Math.sin(angle)),
        };
      }
    }
  });
  return positions;
}
