// Where the concentric layout puts each node, and fcose's seeded start: from the graph's data alone, no
// Cytoscape, no Math.random, so the same graph and seed give the same picture, in a test, a page or a worker.
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

/** fcose's ideal edge length: the start is scaled so that an average edge is about this long. */
const START_EDGE = 70;
/** Pivots for the start's distance sampling (fcose's own spectral step samples 25). */
const PIVOTS = 25;
/** Room between the starts of separate components, laid side by side. */
const COMPONENT_GAP = 2 * START_EDGE;

/** Hop counts from one node to every node of its component (by index into `members`' order). */
function hopsFrom(from: number, adjacency: readonly number[][], slot: Map<number, number>, size: number) {
  const hops = new Array<number>(size).fill(Infinity);
  hops[slot.get(from) ?? 0] = 0;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    const next = (hops[slot.get(node) ?? 0] as number) + 1;
    for (const neighbour of adjacency[node] ?? []) {
      const at = slot.get(neighbour) ?? 0;
      if (hops[at] !== Infinity) continue;
      hops[at] = next;
      queue.push(neighbour);
    }
  }
  return hops;
}

/** The leading eigenvector of a small symmetric matrix by power iteration, kept orthogonal to `other`. */
function leadingEigenvector(matrix: number[][], random: () => number, other?: number[]): number[] {
  const k = matrix.length;
  let v = Array.from({ length: k }, () => random() - 0.5);
  for (let round = 0; round < 200; round++) {
    const w = matrix.map((row) => row.reduce((sum, value, j) => sum + value * (v[j] as number), 0));
    if (other) {
      const dot = w.reduce((sum, value, j) => sum + value * (other[j] as number), 0);
      w.forEach((value, j) => (w[j] = value - dot * (other[j] as number)));
    }
    const norm = Math.hypot(...w) || 1;
    v = w.map((value) => value / norm);
  }
  return v;
}

/**
 * One component's start by pivot MDS (Brandes and Pich), the method of fcose's own spectral step: hop counts
 * from a few far-apart pivots, double-centred, projected on their two leading directions. Graph distance
 * becomes distance on the page, so the force-directed pass only has to tidy, not untangle.
 */
function pivotPositions(members: number[], adjacency: readonly number[][], random: () => number) {
  const size = members.length;
  if (size <= 2) return members.map((_, i) => ({ x: i * START_EDGE, y: 0 }));
  const slot = new Map(members.map((node, i) => [node, i]));
  const k = Math.min(PIVOTS, size);
  const rows: number[][] = [];
  const nearest = new Array<number>(size).fill(Infinity);
  let pivot = members[Math.floor(random() * size)] as number;
  for (let p = 0; p < k; p++) {
    const hops = hopsFrom(pivot, adjacency, slot, size);
    rows.push(hops);
    // The next pivot is the node farthest from every pivot so far.
    let farthest = 0;
    hops.forEach((h, i) => {
      nearest[i] = Math.min(nearest[i] as number, h);
      if ((nearest[i] as number) > (nearest[farthest] as number)) farthest = i;
    });
    pivot = members[farthest] as number;
  }
  // C[i][p] = squared hops, double-centred.
  const squared = rows.map((hops) => hops.map((h) => h * h));
  const pivotMean = squared.map((row) => row.reduce((a, b) => a + b, 0) / size);
  const nodeMean = members.map((_, i) => squared.reduce((sum, row) => sum + (row[i] as number), 0) / k);
  const grand = pivotMean.reduce((a, b) => a + b, 0) / k;
  const c = members.map((_, i) =>
    squared.map(
      (row, p) => -0.5 * ((row[i] as number) - (nodeMean[i] as number) - (pivotMean[p] as number) + grand),
    ),
  );
  const ctc = Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) =>
      c.reduce((sum, row) => sum + (row[a] as number) * (row[b] as number), 0),
    ),
  );
  const first = leadingEigenvector(ctc, random);
  const second = leadingEigenvector(ctc, random, first);
  return c.map((row) => ({
    x: row.reduce((sum, value, p) => sum + value * (first[p] as number), 0),
    y: row.reduce((sum, value, p) => sum + value * (second[p] as number), 0),
  }));
}

/**
 * A seeded start for the force-directed overview: each connected component laid out by pivot MDS, scaled so an
 * average edge is about fcose's ideal length, components side by side. fcose then refines it (randomize:
 * false), so the seed, not Math.random, decides the picture.
 */
export function overviewStartPositions(graph: LayoutGraph, seed: number): Positions {
  const random = seededRandom(seed);
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const adjacency: number[][] = graph.nodes.map(() => []);
  for (const { source, target } of graph.edges) {
    const a = index.get(source);
    const b = index.get(target);
    if (a === undefined || b === undefined || a === b) continue;
    adjacency[a]?.push(b);
    adjacency[b]?.push(a);
  }
  const component = new Array<number>(graph.nodes.length).fill(-1);
  const components: number[][] = [];
  graph.nodes.forEach((_, start) => {
    if (component[start] !== -1) return;
    const members = [start];
    component[start] = components.length;
    for (let head = 0; head < members.length; head++) {
      for (const next of adjacency[members[head] as number] ?? []) {
        if (component[next] !== -1) continue;
        component[next] = components.length;
        members.push(next);
      }
    }
    components.push(members);
  });

  // Components in rows (largest first, as found), wrapped at about the width of a square holding them all.
  const positions: Positions = new Map();
  const rowWidth = Math.sqrt(graph.nodes.length) * 2 * START_EDGE;
  let left = 0;
  let top = 0;
  let rowHeight = 0;
  for (const members of components.sort((a, b) => b.length - a.length)) {
    const points = pivotPositions(members, adjacency, random);
    const slot = new Map(members.map((node, i) => [node, i]));
    let total = 0;
    let edges = 0;
    members.forEach((node, i) => {
      for (const neighbour of adjacency[node] ?? []) {
        const a = points[i];
        const b = points[slot.get(neighbour) ?? -1];
        if (!a || !b) continue;
        total += Math.hypot(a.x - b.x, a.y - b.y);
        edges++;
      }
    });
    const scale = edges && total ? START_EDGE / (total / edges) : 1;
    const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    for (const p of points) {
      p.x *= scale;
      p.y *= scale;
      box.x1 = Math.min(box.x1, p.x);
      box.y1 = Math.min(box.y1, p.y);
      box.x2 = Math.max(box.x2, p.x);
      box.y2 = Math.max(box.y2, p.y);
    }
    if (left > 0 && left + box.x2 - box.x1 > rowWidth) {
      left = 0;
      top += rowHeight + COMPONENT_GAP;
      rowHeight = 0;
    }
    members.forEach((node, i) => {
      const id = graph.nodes[node]?.id;
      const p = points[i];
      if (id !== undefined && p) positions.set(id, { x: left + p.x - box.x1, y: top + p.y - box.y1 });
    });
    left += box.x2 - box.x1 + COMPONENT_GAP;
    rowHeight = Math.max(rowHeight, box.y2 - box.y1);
  }
  return positions;
}
