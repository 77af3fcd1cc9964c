// The overview of a big graph: every node placed, the same picture for the same graph and seed, a hub's leaves
// spread around it rather than stacked, and a run stopped early still a whole layout.
import { describe, expect, it } from 'vitest';
import { iterationsFor, overviewAtScale, startOverviewAtScale } from '../../src/graph-view/overview-at-scale';
import type { LayoutGraph } from '../../src/graph-view/layout-positions';

/** Hubs in a ring, each with `leaves` leaves, plus a few links between leaves of neighbouring hubs. */
function hubsAndLeaves(hubs: number, leaves: number): LayoutGraph {
  const nodes: LayoutGraph['nodes'][number][] = [];
  const edges: LayoutGraph['edges'][number][] = [];
  for (let h = 0; h < hubs; h++) {
    nodes.push({ id: `hub-${h}`, type: 'organisation' });
    edges.push({ source: `hub-${h}`, target: `hub-${(h + 1) % hubs}` });
    for (let l = 0; l < leaves; l++) {
      nodes.push({ id: `leaf-${h}-${l}`, type: 'person' });
      edges.push({ source: `hub-${h}`, target: `leaf-${h}-${l}` });
      if (l === 0) edges.push({ source: `leaf-${h}-0`, target: `leaf-${(h + 1) % hubs}-1` });
    }
  }
  return { nodes, edges };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('the overview of a big graph', () => {
  const graph = hubsAndLeaves(12, 30);

  it('places every node at a finite position, the same for the same seed', () => {
    const positions = overviewAtScale(graph, 7);
    expect(positions.size).toBe(graph.nodes.length);
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(overviewAtScale(graph, 7)).toEqual(positions);
  });

  it("spreads a hub's leaves around it, nearer their own hub than the others", () => {
    const positions = overviewAtScale(graph, 7);
    let nearestOwn = 0;
    let stacked = 0;
    for (let h = 0; h < 12; h++) {
      const hub = positions.get(`hub-${h}`)!;
      const leaves = Array.from({ length: 30 }, (_, l) => positions.get(`leaf-${h}-${l}`)!);
      for (const leaf of leaves) {
        const own = distance(leaf, hub);
        const other = Math.min(
          ...Array.from({ length: 12 }, (_, o) =>
            o === h ? Infinity : distance(leaf, positions.get(`hub-${o}`)!),
          ),
        );
        if (own < other) nearestOwn++;
      }
      // No two leaves of a hub drawn on top of each other (a node is about 30 px wide).
      for (let a = 0; a < leaves.length; a++)
        for (let b = a + 1; b < leaves.length; b++) if (distance(leaves[a]!, leaves[b]!) < 4) stacked++;
    }
    expect(nearestOwn / (12 * 30)).toBeGreaterThan(0.9);
    expect(stacked).toBe(0);
  });

  it('reports each round, and a run stopped after the first round is still a whole layout', () => {
    const run = startOverviewAtScale(graph, 7);
    expect(run.total).toBe(iterationsFor(graph.nodes.length));
    const first = run.next();
    expect(first).toEqual({ done: 5, total: run.total });
    const early = run.positions();
    expect(early.size).toBe(graph.nodes.length);
    let last = first;
    for (let p = run.next(); p; p = run.next()) last = p;
    expect(last).toEqual({ done: run.total, total: run.total });
    expect(run.next()).toBeNull();
  });

  it('takes fewer iterations the bigger the graph, within bounds', () => {
    expect(iterationsFor(1500)).toBe(120);
    expect(iterationsFor(20_000)).toBe(30);
    expect(iterationsFor(1_000_000)).toBe(20);
  });
});
