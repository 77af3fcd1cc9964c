// The layouts as pure functions of the graph: the flow reads left to right, the rings put hubs in the middle (as
// Cytoscape's concentric layout drew them), and the seed alone decides the force-directed start.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import cytoscape, { type NodeSingular } from 'cytoscape';
import { buildElements, layoutGraphOf } from '../../src/graph-view/elements';
import {
  concentricPositions,
  overviewStartPositions,
  type LayoutGraph,
  type Positions,
} from '../../src/graph-view/layout-positions';
import { buildStylesheet } from '../../src/graph-view/stylesheet';
import type { Dataset } from '../../src/model/schema';
import { syntheticDataset } from '../../bench/synthetic';
import { makeSpyStory } from './helpers/make-dataset';

const story = makeSpyStory();
const storyGraph = layoutGraphOf(buildElements(story, new Map()));
const mi6 = JSON.parse(
  readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8'),
) as Dataset;

afterEach(() => {
  vi.restoreAllMocks();
});

const at = (positions: Positions, id: string) => {
  const p = positions.get(id);
  if (!p) throw new Error(`no position for ${id}`);
  return p;
};

/** Positions relative to their mean, rounded: two layouts that differ only by where they are centred compare equal. */
function centred(positions: Iterable<[string, { x: number; y: number }]>) {
  const list = [...positions];
  const mx = list.reduce((s, [, p]) => s + p.x, 0) / list.length;
  const my = list.reduce((s, [, p]) => s + p.y, 0) / list.length;
  // `|| 0`: -0 and 0 are the same place.
  const round = (v: number) => Math.round(v) || 0;
  return Object.fromEntries(list.map(([id, p]) => [id, [round(p.x - mx), round(p.y - my)]]));
}

/** What Cytoscape's own concentric layout drew with the options the app used to give it. */
function cytoscapeConcentric(dataset: Dataset) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(),
    elements: buildElements(dataset, new Map()),
  });
  cy.layout({
    name: 'concentric',
    concentric: (node: NodeSingular) => Math.floor(Math.log2(node.degree(false) + 1)),
    levelWidth: () => 1,
    minNodeSpacing: 45,
    animate: false,
    fit: false,
  }).run();
  const positions = cy.nodes().map((n): [string, { x: number; y: number }] => [n.id(), n.position()]);
  cy.destroy();
  return centred(positions);
}

describe('concentric layout', () => {
  it('draws the MI6 graph as Cytoscape’s concentric layout drew it: rings by order of magnitude of connections', () => {
    const graph = layoutGraphOf(buildElements(mi6, new Map()));
    expect(centred(concentricPositions(graph))).toEqual(cytoscapeConcentric(mi6));
  });

  it('draws a 120-node graph as Cytoscape’s concentric layout drew it', () => {
    const { dataset } = syntheticDataset(120);
    const graph = layoutGraphOf(buildElements(dataset, new Map()));
    expect(centred(concentricPositions(graph))).toEqual(cytoscapeConcentric(dataset));
  });

  it('puts the most connected node at the centre, and the less connected on rings further out', () => {
    // hub: 7 connections; a: 4; g and leaf: 1 or 2.
    const others = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const graph: LayoutGraph = {
      nodes: ['hub', ...others, 'leaf'].map((id) => ({ id, type: 'person' })),
      edges: [
        ...others.map((id) => ({ source: 'hub', target: id })),
        { source: 'a', target: 'b' },
        { source: 'a', target: 'c' },
        { source: 'a', target: 'd' },
        { source: 'g', target: 'leaf' },
      ],
    };
    const positions = concentricPositions(graph);
    const radius = (id: string) => Math.hypot(at(positions, id).x, at(positions, id).y);
    expect(radius('hub')).toBe(0);
    expect(radius('a')).toBeGreaterThan(radius('hub'));
    expect(radius('leaf')).toBeGreaterThan(radius('a'));
  });
});

describe('the force-directed start', () => {
  it('is the same for the same seed and different for another, without Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const first = overviewStartPositions(storyGraph, 1);
    expect(overviewStartPositions(storyGraph, 1)).toEqual(first);
    expect(overviewStartPositions(storyGraph, 2)).not.toEqual(first);
    expect(first.size).toBe(story.nodes.length);
    expect(random).not.toHaveBeenCalled();
  });

  it('starts a chain as a line: each node further from the first than the one before', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const chain: LayoutGraph = {
      nodes: ids.map((id) => ({ id, type: 'person' })),
      edges: ids.slice(1).map((id, i) => ({ source: ids[i] as string, target: id })),
    };
    const start = overviewStartPositions(chain, 7);
    const from = at(start, 'a');
    const distances = ids.map((id) => Math.hypot(at(start, id).x - from.x, at(start, id).y - from.y));
    distances.slice(1).forEach((d, i) => expect(d).toBeGreaterThan(distances[i] as number));
  });

  it('starts separate parts of the graph apart, none on top of another', () => {
    const parts: LayoutGraph = {
      nodes: ['a', 'b', 'c', 'x', 'y', 'alone'].map((id) => ({ id, type: 'person' })),
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'x', target: 'y' },
      ],
    };
    const start = overviewStartPositions(parts, 1);
    const places = new Set([...start.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(places.size).toBe(6);
    const box = (ids: string[]) => {
      const xs = ids.map((id) => at(start, id).x);
      const ys = ids.map((id) => at(start, id).y);
      return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
    };
    const [abc, xy] = [box(['a', 'b', 'c']), box(['x', 'y'])];
    const apart = abc.x2 < xy.x1 || xy.x2 < abc.x1 || abc.y2 < xy.y1 || xy.y2 < abc.y1;
    expect(apart).toBe(true);
  });

  it('concentric positions use no randomness at all', () => {
    const random = vi.spyOn(Math, 'random');
    concentricPositions(storyGraph);
    expect(random).not.toHaveBeenCalled();
  });
});
