// Names readable at a glance: labels grow as the view zooms out, overlapping labels give way to the more important,
// a graph too large to fit is framed around its hubs, the overview makes room for names, and arrow keys find the
// nearest node that way.
import { describe, expect, it } from 'vitest';
import {
  BASE_LABEL_SIZE,
  labelScaleFor,
  MAX_LABEL_SCALE,
  MIN_READABLE_ZOOM,
  READABLE_LABEL_PX,
} from '../../src/graph-view/label-size';
import { placeLabels, type LabelCandidate } from '../../src/graph-view/label-placement';
import { importantCentre } from '../../src/graph-view/camera';
import { makeRoomForLabels, type Footprint } from '../../src/graph-view/label-room';
import type { Point, Positions } from '../../src/graph-view/layout-positions';
import { directionOfKey, nearestInDirection, nearestTo } from '../../src/graph-view/nearest-node';

describe('label size for a zoom', () => {
  it('leaves labels as they are when they already read at their own size', () => {
    expect(labelScaleFor(1)).toBe(1);
    expect(labelScaleFor(2)).toBe(1);
  });

  it('keeps a leaf label at a readable size on screen down to the least readable zoom', () => {
    for (let zoom = MIN_READABLE_ZOOM; zoom < 1.2; zoom += 0.01) {
      expect(BASE_LABEL_SIZE * labelScaleFor(zoom) * zoom).toBeGreaterThanOrEqual(READABLE_LABEL_PX - 1e-9);
    }
  });

  it('stops growing labels below that zoom, so the picture does not turn into words', () => {
    expect(labelScaleFor(0.1)).toBe(MAX_LABEL_SCALE);
    expect(labelScaleFor(MIN_READABLE_ZOOM / 2)).toBe(MAX_LABEL_SCALE);
  });

  it('changes the size in steps, so a small zoom does not restyle the graph', () => {
    expect(labelScaleFor(0.7)).toBe(labelScaleFor(0.69));
  });
});

const box = (x: number, y: number, w = 40, h = 12) => ({ x1: x, y1: y, x2: x + w, y2: y + h });
const candidate = (id: string, x: number, y: number, priority: number, shown = true): LabelCandidate => ({
  id,
  box: box(x, y),
  priority,
  shown,
});

describe('label placement', () => {
  it('draws every label when none overlaps another', () => {
    const drawn = placeLabels([
      candidate('a', 0, 0, 1),
      candidate('b', 100, 0, 1),
      candidate('c', 0, 100, 1),
    ]);
    expect([...drawn].sort()).toEqual(['a', 'b', 'c']);
  });

  it('gives the place to the hub when two labels overlap', () => {
    const drawn = placeLabels([candidate('leaf', 10, 5, 1), candidate('hub', 0, 0, 9)]);
    expect([...drawn]).toEqual(['hub']);
  });

  it('keeps a label already shown over an equal newcomer, so names do not flicker as the view moves', () => {
    const drawn = placeLabels([candidate('new', 10, 5, 3, false), candidate('old', 0, 0, 3, true)]);
    expect([...drawn]).toEqual(['old']);
  });

  it("always draws the selection's and the traced step's names, and the others give way to them", () => {
    const drawn = placeLabels([
      { ...candidate('step-a', 0, 0, 1), always: true },
      { ...candidate('step-b', 10, 5, 1), always: true },
      candidate('hub', 5, 2, 99),
    ]);
    expect([...drawn].sort()).toEqual(['step-a', 'step-b']);
  });

  it('keeps two labels a gap apart even across the grid cells it looks them up by', () => {
    // 63 and 64 sit in different cells of the spatial hash; a 1 px gap still counts as touching.
    const drawn = placeLabels([
      { id: 'left', box: { x1: 20, y1: 0, x2: 63, y2: 10 }, priority: 2, shown: true },
      { id: 'right', box: { x1: 64, y1: 0, x2: 100, y2: 10 }, priority: 1, shown: true },
    ]);
    expect([...drawn]).toEqual(['left']);
  });

  it('never draws two overlapping labels among many', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      candidate(`n${i}`, (i * 37) % 400, (i * 53) % 300, i % 7, i % 2 === 0),
    );
    const placed = placeLabels(many);
    const drawn = many.filter((c) => placed.has(c.id));
    for (const a of drawn)
      for (const b of drawn)
        if (a !== b)
          expect(
            a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2,
          ).toBe(false);
    expect(drawn.length).toBeGreaterThan(20);
  });
});

describe('framing a graph too large to fit at a readable zoom', () => {
  const graphBox = { x1: 0, y1: 0, w: 1000, h: 600 };

  it('centres on the hubs, weighted by their connections', () => {
    const centre = importantCentre(
      [
        { x: 400, y: 300, weight: 100 },
        { x: 900, y: 300, weight: 1 },
      ],
      graphBox,
      300,
      300,
    );
    expect(centre.x).toBeCloseTo(405, 0);
    expect(centre.y).toBeCloseTo(300, 0);
  });

  it('moves no further towards an edge than keeps the view inside the graph, so no side is left empty', () => {
    const centre = importantCentre([{ x: 990, y: 10, weight: 1 }], graphBox, 300, 200);
    expect(centre).toEqual({ x: 850, y: 100 });
  });

  it('centres the graph across when the view is wider than it', () => {
    const centre = importantCentre([{ x: 990, y: 300, weight: 1 }], graphBox, 1200, 200);
    expect(centre.x).toBe(500);
  });
});

describe('room for names in the overview', () => {
  const footprint = (id: string, weight = 1): Footprint => ({
    id,
    left: 50,
    right: 50,
    top: 15,
    bottom: 60,
    weight,
  });
  const overlapping = (positions: Positions, prints: Footprint[]) =>
    prints.some((a) =>
      prints.some((b) => {
        if (a === b) return false;
        const pa = positions.get(a.id) as Point;
        const pb = positions.get(b.id) as Point;
        return (
          pa.x - a.left < pb.x + b.right &&
          pb.x - b.left < pa.x + a.right &&
          pa.y - a.top < pb.y + b.bottom &&
          pb.y - b.top < pa.y + a.bottom
        );
      }),
    );

  it('moves nodes apart until no node and name covers another', () => {
    const prints = Array.from({ length: 40 }, (_, i) => footprint(`n${i}`, 1 + (i % 5)));
    const start: Positions = new Map(
      prints.map((f, i) => [f.id, { x: (i % 7) * 20, y: Math.floor(i / 7) * 20 }]),
    );
    expect(overlapping(start, prints)).toBe(true);
    const spread = makeRoomForLabels(start, prints);
    expect(overlapping(spread, prints)).toBe(false);
    // The same input gives the same picture.
    expect(makeRoomForLabels(start, prints)).toEqual(spread);
  });

  it('leaves a layout that already has room as it is, and a node it knows no footprint of where it was', () => {
    const prints = [footprint('a'), footprint('b')];
    const start: Positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 300, y: 0 }],
      ['c', { x: 5, y: 5 }],
    ]);
    expect(makeRoomForLabels(start, prints)).toEqual(start);
  });

  it('moves a hub less than a leaf it pushes away', () => {
    const prints = [footprint('hub', 9), footprint('leaf', 1)];
    const spread = makeRoomForLabels(
      new Map([
        ['hub', { x: 0, y: 0 }],
        ['leaf', { x: 10, y: 0 }],
      ]),
      prints,
    );
    const moved = (id: string, from: Point) => {
      const to = spread.get(id) as Point;
      return Math.hypot(to.x - from.x, to.y - from.y);
    };
    const hubMoved = moved('hub', { x: 0, y: 0 });
    const leafMoved = moved('leaf', { x: 10, y: 0 });
    expect(hubMoved).toBeLessThan(leafMoved);
  });
});

describe('arrow keys on the canvas', () => {
  const from = { id: 'here', x: 0, y: 0 };
  const around = [
    { id: 'right-near-off-axis', x: 50, y: 40 },
    { id: 'right-ahead', x: 60, y: 0 },
    { id: 'up', x: 0, y: -80 },
    { id: 'left-far', x: -300, y: 10 },
  ];

  it('moves to the nearest node in the direction of the key, preferring one straight ahead', () => {
    expect(nearestInDirection(from, around, 'right')).toBe('right-ahead');
    expect(nearestInDirection(from, around, 'up')).toBe('up');
    expect(nearestInDirection(from, around, 'left')).toBe('left-far');
  });

  it('stays put when nothing lies that way', () => {
    expect(nearestInDirection(from, around.slice(0, 3), 'left')).toBeNull();
    // A node almost straight down is not "right".
    expect(nearestInDirection(from, [{ id: 'below', x: 10, y: 100 }], 'right')).toBeNull();
  });

  it('starts from the node nearest the middle of the view when nothing is selected', () => {
    expect(nearestTo({ x: 55, y: 5 }, around)).toBe('right-ahead');
  });

  it('reads only the arrow keys', () => {
    expect(directionOfKey('ArrowDown')).toBe('down');
    expect(directionOfKey('Enter')).toBeNull();
  });
});
