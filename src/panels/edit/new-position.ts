// Where a node added by hand is drawn: beside the selected node, or in the middle of what the canvas shows, on a
// free spot, so it appears where the user is looking without moving anything already placed.
import type { Position } from '../../model/schema';

/** The little of a canvas this needs: node positions and the visible area, in model coordinates. */
export interface CanvasView {
  nodePositions(): Position[];
  positionOf(id: string): Position | null;
  /** The centre of what the canvas shows now. */
  centre(): Position;
}

const STEP = 90;
const ROOM = 60;

/** A free spot near `selectedId`'s node, else near the view's centre: the first on rings around it with room. */
export function freeSpotNear(view: CanvasView, selectedId: string | null): Position {
  const origin = (selectedId && view.positionOf(selectedId)) || view.centre();
  const taken = view.nodePositions();
  const free = (p: Position) => taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= ROOM);
  const fromSelected = selectedId !== null && view.positionOf(selectedId) !== null;
  if (!fromSelected && free(origin)) return round(origin);
  for (let ring = 1; ring <= 6; ring++) {
    const count = ring * 8;
    for (let k = 0; k < count; k++) {
      const angle = (2 * Math.PI * k) / count;
      const spot = {
        x: origin.x + ring * STEP * Math.cos(angle),
        y: origin.y + ring * STEP * Math.sin(angle),
      };
      if (free(spot)) return round(spot);
    }
  }
  return round({ x: origin.x + STEP, y: origin.y + STEP });
}

const round = (p: Position): Position => ({ x: Math.round(p.x), y: Math.round(p.y) });
