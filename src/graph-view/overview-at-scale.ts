// The overview of a big graph (OVERVIEW_AT_SCALE_NODES and more, in layouts.ts; no saved positions): ForceAtlas2 with Barnes–Hut from the
// seeded start, in rounds so a worker can report progress and be stopped between them. Pure: graph data in,
// positions out, no Cytoscape, no DOM, no Math.random, so the same graph and seed give the same picture.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { overviewStartPositions, type LayoutGraph, type Positions } from './layout-positions';
import { seededRandom } from '../model/seeded-random';

/**
 * ForceAtlas2 iterations: 120 up to 5,000 entities, fewer above (30 at 20,000), as each costs n log n and the
 * pivot-MDS start is already the graph's shape: the iterations spread what it stacks (a hub's leaves).
 */
export function iterationsFor(nodes: number): number {
  return Math.max(20, Math.min(120, Math.round(600_000 / Math.max(nodes, 1))));
}
/** Iterations per round: between two progress reports, and two chances to stop. */
const ROUND = 5;
/** How far a start position is nudged: pivot MDS gives nodes that see the graph alike the very same point. */
const START_JITTER = 12;

/** The length an edge is drawn at on average, in model px: fcose's ideal edge length on smaller graphs. */
const TYPICAL_EDGE = 80;

export interface AtScaleProgress {
  /** Iterations done, of `total`. */
  done: number;
  total: number;
}

/** A layout run in rounds: the caller decides when to take the next and can stop between any two. */
export interface OverviewRun {
  /** Iterations in all, when every round is run. */
  readonly total: number;
  /** Runs the next round and says how far it got; null once every round has run. */
  next(): AtScaleProgress | null;
  /** The positions reached so far (the seeded start before any round): every node placed, centred on (0, 0). */
  positions(): Positions;
}

/** Starts the overview of a big graph: the pivot-MDS start is computed here, the ForceAtlas2 rounds by `next`. */
export function startOverviewAtScale(graph: LayoutGraph, seed: number): OverviewRun {
  const start = overviewStartPositions(graph, seed);
  const total = iterationsFor(graph.nodes.length);
  const jitter = seededRandom(seed ^ 0x5eed);
  const g = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  for (const { id } of graph.nodes) {
    const at = start.get(id) ?? { x: 0, y: 0 };
    // Nodes on the very same point would have no direction to part in, and make Barnes–Hut's tree deep.
    g.addNode(id, {
      x: at.x + (jitter() - 0.5) * START_JITTER,
      y: at.y + (jitter() - 0.5) * START_JITTER,
    });
  }
  for (const { source, target } of graph.edges) {
    if (source !== target && g.hasNode(source) && g.hasNode(target)) g.addEdge(source, target);
  }
  const settings = {
    ...forceAtlas2.inferSettings(g),
    // Barnes–Hut makes each iteration n log n instead of n²: the point of this layout.
    barnesHutOptimize: true,
    // Hubs spread their leaves around them rather than pulling them into one clump.
    outboundAttractionDistribution: true,
  };
  let done = 0;
  return {
    total,
    next() {
      if (done >= total) return null;
      const iterations = Math.min(ROUND, total - done);
      forceAtlas2.assign(g, { iterations, settings });
      done += iterations;
      return { done, total };
    },
    positions: () => scaledToTypicalEdge(g),
  };
}

/** The whole overview at once: what a test, or a caller with no page to keep responsive, wants. */
export function overviewAtScale(graph: LayoutGraph, seed: number): Positions {
  const run = startOverviewAtScale(graph, seed);
  while (run.next());
  return run.positions();
}

/** ForceAtlas2's units are its own: scaled so that the median edge is drawn at TYPICAL_EDGE, centred on (0, 0). */
function scaledToTypicalEdge(g: Graph): Positions {
  const lengths: number[] = [];
  g.forEachEdge((_edge, _attributes, _source, _target, a, b) => {
    lengths.push(Math.hypot(Number(a.x) - Number(b.x), Number(a.y) - Number(b.y)));
  });
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const scale = median > 0 ? TYPICAL_EDGE / median : 1;
  let cx = 0;
  let cy = 0;
  g.forEachNode((_node, attributes) => {
    cx += Number(attributes.x);
    cy += Number(attributes.y);
  });
  cx /= Math.max(g.order, 1);
  cy /= Math.max(g.order, 1);
  const positions: Positions = new Map();
  g.forEachNode((node, attributes) => {
    positions.set(node, {
      x: (Number(attributes.x) - cx) * scale,
      y: (Number(attributes.y) - cy) * scale,
    });
  });
  return positions;
}
