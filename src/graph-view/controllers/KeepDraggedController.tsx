// Controller: a node the user drags and lets go of is reported with where it was left, so the view can keep it.
import { useEffect, useRef } from 'react';
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { MovedNodes } from '../../state/app-state';

interface Props {
  cy: Core;
  onMoved: (positions: MovedNodes) => void;
}

export function KeepDraggedController({ cy, onMoved }: Props) {
  const onMovedRef = useRef(onMoved);
  useEffect(() => {
    onMovedRef.current = onMoved;
  }, [onMoved]);

  // Bound once per instance: 'dragfree' fires once, when the node is let go, not on every step of the drag.
  useEffect(() => {
    const onDragFree = (event: EventObject) => {
      const node = event.target as NodeSingular;
      const { x, y } = node.position();
      onMovedRef.current({ [node.id()]: { x, y } });
    };
    cy.on('dragfree', 'node', onDragFree);
    return () => {
      if (!cy.destroyed()) cy.off('dragfree', 'node', onDragFree);
    };
  }, [cy]);
  return null;
}
