// Where the canvas drawing now would put a new node (beside the selection, or mid-view), or nothing when no graph
// is drawn (the Entities list, a test without a canvas): the node then waits on the grid until a layout runs.
import { useCallback } from 'react';
import { useCanvasHandle, type CanvasHandle } from '../../graph-view/canvas-handle';
import type { Position } from '../../model/schema';
import { freeSpotNear, type CanvasView } from './new-position';

/** The Cytoscape instance drawing now, as the canvas handle gives it (only src/graph-view names cytoscape). */
type DrawnGraph = NonNullable<ReturnType<CanvasHandle['current']>>;

/** The canvas as new-node placement needs it; `alsoTaken` are spots given out already in the same batch. */
export function canvasViewOf(cy: DrawnGraph, alsoTaken: readonly Position[] = []): CanvasView {
  return {
    nodePositions: () => [...cy.nodes().map((n) => ({ ...n.position() })), ...alsoTaken],
    positionOf: (id) => {
      const node = cy.getElementById(id);
      return node.nonempty() && node.isNode() ? { ...node.position() } : null;
    },
    centre: () => {
      const e = cy.extent();
      return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
    },
    bounds: () => {
      const { x1, y1, x2, y2 } = cy.extent();
      return { x1, y1, x2, y2 };
    },
  };
}

export function useNewNodePosition(): (selectedId: string | null) => Position | undefined {
  const handle = useCanvasHandle();
  return useCallback(
    (selectedId) => {
      const cy = handle.current();
      return cy ? freeSpotNear(canvasViewOf(cy), selectedId) : undefined;
    },
    [handle],
  );
}
