// Room for names in a layout: a pass after the force-directed overview that pushes apart nodes whose footprints
// (the node and its label under it) overlap, as Gephi's Label Adjust does. Pure and deterministic.
import type { Point, Positions } from './layout-positions';

export interface Footprint {
  id: string;
  /** Extents around the node's centre, in model units. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Heavier nodes (hubs) move less, so the picture keeps its shape around them. */
  weight: number;
}

/** Model units kept free between two footprints. */
const GAP = 6;

/**
 * Moves nodes apart until no two footprints overlap (or `iterations` passes are spent), each pair along the axis
 * where they overlap least, shared by weight. The order of `footprints` breaks every tie.
 */
export function makeRoomForLabels(
  positions: Positions,
  footprints: readonly Footprint[],
  iterations = 300,
): Positions {
  const at = new Map<string, Point>();
  const placed = footprints.filter((f) => positions.has(f.id));
  for (const f of placed) at.set(f.id, { ...(positions.get(f.id) as Point) });
  const cell = 2 * Math.max(1, ...placed.map((f) => Math.max(f.left + f.right, f.top + f.bottom))) + GAP;
  for (let pass = 0; pass < iterations; pass++) {
    // A spatial hash of footprints by their centres: two can overlap only if their cells touch.
    const grid = new Map<string, number[]>();
    placed.forEach((f, i) => {
      const p = at.get(f.id) as Point;
      const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    });
    let moved = false;
    placed.forEach((a, i) => {
      const pa = at.get(a.id) as Point;
      const cx = Math.floor(pa.x / cell);
      const cy = Math.floor(pa.y / cell);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j <= i) continue;
            const b = placed[j] as Footprint;
            const pb = at.get(b.id) as Point;
            const overlapX =
              Math.min(pa.x + a.right, pb.x + b.right) - Math.max(pa.x - a.left, pb.x - b.left) + GAP;
            const overlapY =
              Math.min(pa.y + a.bottom, pb.y + b.bottom) - Math.max(pa.y - a.top, pb.y - b.top) + GAP;
            if (overlapX <= 0 || overlapY <= 0) continue;
            moved = true;
            const shareA = b.weight / (a.weight + b.weight);
            // Along the axis of least overlap; a tie in position goes by order, so the result is the same each run.
            if (overlapX < overlapY) {
              const sign = pa.x < pb.x || (pa.x === pb.x && i < j) ? -1 : 1;
              pa.x += sign * overlapX * shareA;
              pb.x -= sign * overlapX * (1 - shareA);
            } else {
              const sign = pa.y < pb.y || (pa.y === pb.y && i < j) ? -1 : 1;
              pa.y += sign * overlapY * shareA;
              pb.y -= sign * overlapY * (1 - shareA);
            }
          }
    });
    if (!moved) break;
  }
  const result: Positions = new Map(positions);
  for (const [id, p] of at) result.set(id, { x: Math.round(p.x), y: Math.round(p.y) });
  return result;
}
