// Where a node added by hand is drawn: beside the selected node, or in the middle of what the canvas shows, on a
// free spot, so it appears where the user is looking without moving anything already placed.
import type { Position } from '../../model/schema';

/** The little of a canvas this needs: node positions and the visible area, in model coordinates. */
export interface CanvasView {
  nodePositions(): Position[];
  positionOf(id: string): Position | null;
  /** The centre of what the canvas shows now. */
  centre(): Position;
  /** What the canvas shows now, when known: spots inside it, with room for a name, are taken first. */
  bounds?(): { x1: number; y1: number; x2: number; y2: number };
}

/**
 * The room a node needs, as the half-axes of an ellipse around it: a name is drawn under its node and is wider than
 * tall ("Belgian Federal Police" is about 140 px across at the canvas's size), so nodes side by side need more room
 * than nodes one above the other. Spots are tried on rings of the same shape.
 */
export const ROOM = { x: 150, y: 75 };

/** How far `p` is from `q` in rooms: under 1, their names would touch. */
const rooms = (p: Position, q: Position) => Math.hypot((p.x - q.x) / ROOM.x, (p.y - q.y) / ROOM.y);

/** A free spot near `selectedId`'s node, else near the view's centre: the first on rings around it with room. */
export function freeSpotNear(view: CanvasView, selectedId: string | null): Position {
  const origin = (selectedId && view.positionOf(selectedId)) || view.centre();
  const taken = view.nodePositions();
  const free = (p: Position) => taken.every((q) => rooms(p, q) >= 1);
  const fromSelected = selectedId !== null && view.positionOf(selectedId) !== null;
  if (!fromSelected && free(origin)) return round(origin);
  // Where the user is looking first (a node drawn off screen is easily missed), then anywhere around.
  const b = view.bounds?.();
  const seen = (p: Position) =>
    !b ||
    (p.x >= b.x1 + ROOM.x / 2 &&
      p.x <= b.x2 - ROOM.x / 2 &&
      p.y >= b.y1 + ROOM.y / 2 &&
      p.y <= b.y2 - ROOM.y / 2);
  for (const inView of [true, false]) {
    for (let ring = 1; ring <= 8; ring++) {
      const count = ring * 8;
      for (let k = 0; k < count; k++) {
        const angle = (2 * Math.PI * k) / count;
        const spot = {
          x: origin.x + ring * ROOM.x * Math.cos(angle),
          y: origin.y + ring * ROOM.y * Math.sin(angle),
        };
        if ((!inView || seen(spot)) && free(spot)) return round(spot);
      }
    }
  }
  return round({ x: origin.x + ROOM.x, y: origin.y + ROOM.y });
}

const round = (p: Position): Position => ({ x: Math.round(p.x), y: Math.round(p.y) });
