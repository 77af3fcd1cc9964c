// Controller: a tap on a node or an edge selects it, a tap on the empty canvas clears the selection.
import { useEffect, useRef } from 'react';
import type { Core, EventObject, SingularElementReturnValue } from 'cytoscape';
import type { Selection } from '../../state/app-state';

export function SelectOnTapController({ cy, onSelect }: { cy: Core; onSelect: (s: Selection) => void }) {
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  // Bound once per instance and unbound in cleanup, so StrictMode's second mount leaves one pair of handlers.
  useEffect(() => {
    const onElement = (event: EventObject) => {
      const target = event.target as SingularElementReturnValue;
      onSelectRef.current({ kind: target.isNode() ? 'node' : 'edge', id: target.id() });
    };
    const onBackground = (event: EventObject) => {
      if (event.target === cy) onSelectRef.current(null);
    };
    cy.on('tap', 'node, edge', onElement);
    cy.on('tap', onBackground);
    return () => {
      if (cy.destroyed()) return;
      cy.off('tap', 'node, edge', onElement);
      cy.off('tap', onBackground);
    };
  }, [cy]);
  return null;
}
