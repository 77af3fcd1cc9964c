// Where the canvas drawing now would put a new node (beside the selection, or mid-view), or nothing when no graph
// is drawn (the Entities list, a test without a canvas): the node then waits on the grid until a layout runs.
import { useCallback } from 'react';
import { useCanvasHandle } from '../../graph-view/canvas-handle';
import type { Position } from '../../model/schema';
import { freeSpotNear } from './new-position';

export function useNewNodePosition(): (selectedId: string | null) => Position | undefined {
  const handle = useCanvasHandle();
  return useCallback(
    (selectedId) => {
      const cy = handle.current();
      if (!cy) return undefined;
      return freeSpotNear(
        {
          nodePositions: () => cy.nodes().map((n) => ({ ...n.position() })),
          positionOf: (id) => {
            const node = cy.getElementById(id);
            return node.nonempty() && node.isNode() ? { ...node.position() } : null;
          },
          centre: () => {
            const e = cy.extent();
            return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
          },
        },
        selectedId,
      );
    },
    [handle],
  );
}
