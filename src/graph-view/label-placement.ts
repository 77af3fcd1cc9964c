// Which node labels to draw so that none overlaps another: sigma.js's idea (hubs win, labels already shown stay
// shown while they can), over label boxes on screen. Pure, so it is tested without a canvas.

/** A box on screen, in pixels. */
export interface ScreenBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  box: ScreenBox;
  /** Higher wins a place: the selection and the trace first, then hubs (by their connections). */
  priority: number;
  /** Drawn before this placement: kept ahead of an equal rival, so names do not flicker as the camera moves. */
  shown: boolean;
  /** Drawn whatever it overlaps (what the user is looking at: the selection, the traced step, the path). */
  always?: boolean;
}

/** Pixels kept free between two labels, so two names never read as one. */
const GAP = 2;
/** The spatial hash's cell: boxes are looked up only against those sharing a cell. */
const CELL = 64;

const overlaps = (a: ScreenBox, b: ScreenBox) =>
  a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;

/**
 * The ids of the labels to draw: greedily, most important first (a label shown before wins a tie, and a little
 * more), each drawn if its box meets no box already drawn. Linear in the number of labels for boxes of a few cells.
 */
export function placeLabels(candidates: readonly LabelCandidate[]): Set<string> {
  // A label already shown counts as if it had one more connection: enough to win a tie, not to beat a hub.
  const rank = (c: LabelCandidate) => (c.always ? Infinity : c.priority + (c.shown ? 1 : 0));
  const order = [...candidates].sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id));
  const grid = new Map<string, ScreenBox[]>();
  const cellsOf = (box: ScreenBox): string[] => {
    const keys: string[] = [];
    for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x++)
      for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y++) keys.push(`${x},${y}`);
    return keys;
  };
  const drawn = new Set<string>();
  for (const candidate of order) {
    const { x1, y1, x2, y2 } = candidate.box;
    const near = cellsOf({ x1: x1 - GAP, y1: y1 - GAP, x2: x2 + GAP, y2: y2 + GAP });
    const blocked =
      !candidate.always && near.some((key) => grid.get(key)?.some((other) => overlaps(candidate.box, other)));
    if (blocked) continue;
    drawn.add(candidate.id);
    for (const key of cellsOf(candidate.box)) {
      const cell = grid.get(key);
      if (cell) cell.push(candidate.box);
      else grid.set(key, [candidate.box]);
    }
  }
  return drawn;
}
