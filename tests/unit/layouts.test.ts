// The layout adapter and the camera on a headless Cytoscape: a layout frames what it is told, the overview
// repeats for a seed without touching Math.random, saved positions are used only when complete.
import { afterEach, describe, expect, it, vi } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { buildElements, layoutGraphOf } from '../../src/graph-view/elements';
import { buildStylesheet } from '../../src/graph-view/stylesheet';
import { runLayout, type LayoutRequest } from '../../src/graph-view/layouts';
import { elementsOf, framingBox } from '../../src/graph-view/camera';
import { frameTargetOf } from '../../src/graph-view/controllers/LayoutController';
import type { CanvasView, IdSets } from '../../src/graph-view/view-classes';
import { makeSpyStory } from './helpers/make-dataset';

const story = makeSpyStory();
const elements = buildElements(story, new Map());
const graph = layoutGraphOf(elements);
const ids = (nodeIds: string[], edgeIds: string[] = []): IdSets => ({
  nodeIds: new Set(nodeIds),
  edgeIds: new Set(edgeIds),
});

let cy: Core | undefined;
const canvas = () => {
  cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(), elements });
  // Headless Cytoscape has no box to draw in (1 x 1 px): give it a canvas's size, so framing has room.
  Object.assign(cy, { width: () => 800, height: () => 600 });
  return cy;
};
afterEach(() => {
  cy?.destroy();
  cy = undefined;
  vi.restoreAllMocks();
});

const request = (overrides: Partial<LayoutRequest>): LayoutRequest => ({
  name: 'concentric',
  graph,
  animate: false,
  seed: 1,
  frameTarget: () => null,
  ...overrides,
});

/** Where a node is drawn across the canvas, 0 at the left edge, 1 at the right. */
const across = (c: Core, id: string) => c.getElementById(id).renderedPosition().x / c.width();

describe('running a layout', () => {
  it('frames what the caller names once the nodes are placed: the traced step, wherever it is', async () => {
    const c = canvas();
    await runLayout(c, request({ frameTarget: () => ids(['sami']) }));
    expect(across(c, 'sami')).toBeCloseTo(0.5, 5);
    await runLayout(c, request({ frameTarget: () => ids(['gchq']) }));
    expect(across(c, 'gchq')).toBeCloseTo(0.5, 5);
  });

  it('without a target, a layout frames the whole graph', async () => {
    const c = canvas();
    await runLayout(c, request({}));
    const whole = framingBox(c.elements());
    const middle = c.zoom() * (whole.x1 + whole.w / 2) + c.pan().x;
    expect(middle / c.width()).toBeCloseTo(0.5, 5);
  });

  it('under the case study’s story (drawn on its own canvas) the overview stays: its saved positions', async () => {
    const c = canvas();
    const saved = Object.fromEntries(story.nodes.map((n, i) => [n.id, { x: i * 1000, y: 7 }]));
    await runLayout(c, request({ name: 'flow', savedPositions: saved }));
    expect(c.getElementById('mi5').position()).toEqual(saved['mi5']);
  });

  it('uses saved positions only when they place every node', async () => {
    const c = canvas();
    const saved = Object.fromEntries(story.nodes.map((n, i) => [n.id, { x: i * 1000, y: 7 }]));
    await runLayout(c, request({ name: 'overview', savedPositions: saved }));
    expect(c.getElementById('mi5').position()).toEqual(saved['mi5']);

    const { mi5: _left, ...missingOne } = saved;
    await runLayout(c, request({ name: 'overview', savedPositions: missingOne }));
    expect(c.getElementById('mi5').position('y')).not.toBe(7);
  });

  it('the force-directed overview repeats exactly for the same seed, and never draws on Math.random', async () => {
    const random = vi.spyOn(Math, 'random');
    const positionsAfter = async (seed: number) => {
      const c = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(), elements });
      await runLayout(c, request({ name: 'overview', seed }));
      const placed = c.nodes().map((n) => ({ ...n.position() }));
      c.destroy();
      return placed;
    };
    const first = await positionsAfter(1);
    expect(await positionsAfter(1)).toEqual(first);
    expect(await positionsAfter(2)).not.toEqual(first);
    expect(random).not.toHaveBeenCalled();
  });
});

describe('what a finished layout frames', () => {
  const plain: CanvasView = {
    visible: ids(['sami', 'gchq']),
    selectedId: null,
    neighbourhood: null,
    trace: null,
    path: null,
  };

  it('is the traced step while tracing, else a path found, else the layout itself', () => {
    const step = ids(['gchq', 'mi6'], ['gchq-passes-mi6']);
    const path = ids(['sami', 'mi5'], ['mi5-watches-sami']);
    const trace = { current: step, earlier: ids([]), later: ids([]) };
    expect(frameTargetOf({ ...plain, trace, path })).toBe(step);
    expect(frameTargetOf({ ...plain, path })).toBe(path);
    expect(frameTargetOf({ ...plain, trace: { ...trace, current: ids([]) } })).toBeNull();
    expect(frameTargetOf(plain)).toBeNull();
  });
});

describe('the camera', () => {
  it('measures a node by its position and size, with room for its label below and beside it', () => {
    const c = canvas();
    c.getElementById('cafe').position({ x: 100, y: 200 });
    const box = framingBox(c.getElementById('cafe'));
    const size = c.getElementById('cafe').width();
    expect(box.x1).toBeLessThan(100 - size / 2);
    expect(box.x1 + box.w).toBeGreaterThan(100 + size / 2);
    expect(box.y1).toBe(200 - size / 2);
    expect(box.y1 + box.h).toBeGreaterThan(200 + size / 2);
  });

  it('frames an edge by its two ends, and leaves out ids the canvas does not have', () => {
    const c = canvas();
    const found = elementsOf(c, ids(['sami', 'nobody'], ['mi5-watches-sami']));
    expect(found.map((e) => e.id()).sort()).toEqual(['mi5-watches-sami', 'sami']);
    expect(framingBox(found)).toEqual(framingBox(c.getElementById('mi5').union(c.getElementById('sami'))));
  });
});
