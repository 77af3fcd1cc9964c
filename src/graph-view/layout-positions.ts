// Where the flow and concentric layouts put each node, and fcose's seeded start: from the graph's data alone, no
// Cytoscape, no Math.random, so the same graph and seed give the same picture, in a test, a page or a worker.
import { NODE_TYPES } from '../model/vocabulary';
import { seededRandom } from '../model/seeded-random';

export interface Point {
  x: number;
  y: number;
}

/** Node id -> position, in Cytoscape's model coordinates (px at zoom 1). */
export type Positions = Map<string, Point>;

/** What a layout knows of the graph: plain data (it can be posted to a worker as it is). */
export interface LayoutGraph {
  /** In the dataset's order, which breaks every tie. */
  nodes: readonly { id: string; type: string }[];
  edges: readonly { source: string; target: string }[];
}

// Room for a node and a label of up to three lines under it, so a column's labels never run into the next node.
const COLUMN_GAP = 135;
const ROW_GAP = 125;

/** Each node's distinct neighbours (either direction, itself left out), in the order the edges name them. */
function neighbourLists(graph: LayoutGraph): Map<string, string[]> {
  const sets = new Map<string, Set<string>>(graph.nodes.map((n) => [n.id, new Set<string>()]));
  for (const { source, target } of graph.edges) {
    if (source === target) continue;
    sets.get(source)?.add(target);
    sets.get(target)?.add(source);
  }
  return new Map([...sets].map(([id, set]) => [id, [...set]]));
}

/**
 * Positions for the flow layout: one column per step in which a node first appears, so the case study reads
 * left to right in the order it happened. Within a column nodes sit near the neighbours placed before them.
 * Nodes outside the flow wait in rows underneath, out of the story's way.
 */
export function flowPositions(graph: LayoutGraph, rankOf: ReadonlyMap<string, number>): Positions {
  const neighbours = neighbourLists(graph);
  const typeRank = new Map(
    graph.nodes.map((n) => [n.id, NODE_TYPES.indexOf(n.type as (typeof NODE_TYPES)[number])]),
  );
  const typeOf = (id: string) => typeRank.get(id) ?? -1;
  const columns = new Map<number, string[]>();
  const rest: string[] = [];
  for (const { id } of graph.nodes) {
    const rank = rankOf.get(id);
    if (rank === undefined) rest.push(id);
    else columns.set(rank, [...(columns.get(rank) ?? []), id]);
  }
  const positions: Positions = new Map();
  const ranks = [...columns.keys()].sort((a, b) => a - b);
  let tallest = 0;
  ranks.forEach((rank, column) => {
    const ids = columns.get(rank) ?? [];
    // Barycentre of the rows of neighbours already placed; nodes without one go last, grouped by type.
    const centre = (id: string): number => {
      const rows = (neighbours.get(id) ?? [])
        .map((n) => positions.get(n)?.y)
        .filter((y): y is number => y !== undefined);
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.POSITIVE_INFINITY;
    };
    const keyed = ids.map((id) => ({ id, centre: centre(id), type: typeOf(id) }));
    keyed.sort((a, b) => a.centre - b.centre || a.type - b.type || a.id.localeCompare(b.id));
    tallest = Math.max(tallest, keyed.length);
    // Odd columns sit half a row lower: an arrow between two columns' top nodes then never runs straight
    // through the node between them, and neighbouring columns' labels do not meet.
    const offset = (column % 2) * (ROW_GAP / 2);
    keyed.forEach(({ id }, row) => positions.set(id, { x: column * COLUMN_GAP, y: row * ROW_GAP + offset }));
  });
  const width = Math.max(ranks.length, 1) * COLUMN_GAP;
  const perRow = Math.max(Math.floor(width / 130), 6);
  rest.sort((a, b) => typeOf(a) - typeOf(b) || a.localeCompare(b));
  rest.forEach((id, i) =>
    positions.set(id, { x: (i % perRow) * 130, y: (tallest + 1.5) * ROW_GAP + Math.floor(i / perRow) * 80 }),
  );
  return positions;
}

/**
 * A node's drawn width and height at rest, border included: stylesheet.ts maps size from the number of
 * connections (30 px, growing to 52 px from 3 to 12 connections) and draws a 1.5 px border.
 */
export function nodeOuterSize(degree: number): number {
  const share = Math.min(Math.max((degree - 3) / (12 - 3), 0), 1);
  return (degree >= 3 ? 30 + share * (52 - 30) : 30) + 1.5;
}

/** Space kept between the outsides of the largest nodes on neighbouring rings and along a ring. */
const RING_SPACING = 45;

/**
 * Positions for the concentric layout: rings by order of magnitude of connections (1, 2–3, 4–7, 8–15 …), the
 * hubs at the centre, each ring a class of importance rather than one ring per degree crowding the middle.
 * The same picture as Cytoscape's `concentric` layout with those rings (levelWidth 1, minNodeSpacing 45, first
 * node at the top, clockwise, rings spread so no two nodes overlap), centred on (0, 0).
 */
export function concentricPositions(graph: LayoutGraph): Positions {
  const degree = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  const loops = new Map<string, number>();
  for (const { source, target } of graph.edges) {
    if (source === target) {
      // A loop adds two to the degree the stylesheet sizes by, none to the ring.
      loops.set(source, (loops.get(source) ?? 0) + 2);
      continue;
    }
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  let largest = 0;
  const valued = graph.nodes.map(({ id }) => {
    const d = degree.get(id) ?? 0;
    largest = Math.max(largest, nodeOuterSize(d + (loops.get(id) ?? 0)));
    return { id, ring: Math.floor(Math.log2(d + 1)) };
  });
  // Highest ring value first; a stable sort keeps the dataset's order within a ring.
  valued.sort((a, b) => b.ring - a.ring);
  const rings: string[][] = [];
  let previous: number | undefined;
  for (const { id, ring } of valued) {
    if (ring !== previous) rings.push([]);
    rings[rings.length - 1]?.push(id);
    previous = ring;
  }

  const minDistance = largest + RING_SPACING;
  const positions: Positions = new Map();
  let radius = 0;
  for (const ring of rings) {
    const sweep = 2 * Math.PI - (2 * Math.PI) / ring.length;
    const step = sweep / Math.max(1, ring.length - 1);
    if (ring.length > 1) {
      // The radius at which neighbours on this ring are minDistance apart (the chord of `step`).
      const chord = Math.hypot(Math.cos(step) - 1, Math.sin(step));
      radius = Math.max(radius, minDistance / chord);
    }
    ring.forEach((id, j) => {
      const angle = (3 / 2) * Math.PI + step * j;
      positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    radius += minDistance;
  }
  return positions;
}

/** Spacing of fcose's random start: about one ideal edge length per node across a square. */
const START_SPREAD = 80;

/**
 * A seeded random start for the force-directed overview: each node somewhere in a square that grows with the
 * square root of the graph's size. fcose refines it (randomize: false), so the seed, not Math.random, decides
 * the picture.
 */
export function scatteredPositions(graph: LayoutGraph, seed: number): Positions {
  const random = seededRandom(seed);
  const side = Math.sqrt(graph.nodes.length) * START_SPREAD;
  return new Map(graph.nodes.map(({ id }) => [id, { x: random() * side, y: random() * side }]));
}
