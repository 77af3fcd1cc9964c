// Where an arrow key takes the selection on the canvas: the nearest node in that direction, by position on screen.
// Pure, so it is tested without a canvas.

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/** The arrow keys' directions, as screen vectors (y grows downwards). */
const VECTORS: Record<Direction, { x: number; y: number }> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

export const directionOfKey = (key: string): Direction | null =>
  key === 'ArrowUp'
    ? 'up'
    : key === 'ArrowDown'
      ? 'down'
      : key === 'ArrowLeft'
        ? 'left'
        : key === 'ArrowRight'
          ? 'right'
          : null;

/**
 * The node the key moves to from `from`: among the nodes within 60° of the key's direction, the one nearest once
 * sideways distance counts double (so a node straight ahead beats a slightly closer one off to the side); null
 * when there is none that way. Ties go to the earlier candidate.
 */
export function nearestInDirection(
  from: Placed,
  candidates: readonly Placed[],
  direction: Direction,
): string | null {
  const v = VECTORS[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * v.x + dy * v.y;
    const across = Math.abs(dx * v.y - dy * v.x);
    // Within the cone: tan(60°) ≈ 1.73 sideways for each step ahead.
    if (along <= 0 || across > along * Math.sqrt(3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = c.id;
    }
  }
  return best;
}

/** The node a first arrow key selects when nothing is: the one nearest the middle of the view. */
export function nearestTo(point: { x: number; y: number }, candidates: readonly Placed[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = Math.hypot(c.x - point.x, c.y - point.y);
    if (d < bestDistance) {
      bestDistance = d;
      best = c.id;
    }
  }
  return best;
}
