// Controller: a tap on a node or an edge selects it, a tap on the empty canvas clears the selection.
import { useEffect, useRef } from 'react';
import type { Core, EventObject, SingularElementReturnValue } from 'cytoscape';
import type { Selection } from '../../state/app-state';

/** What a tapped element selects: itself, on the graph's own canvas. */
const itself = (target: SingularElementReturnValue): Selection => ({
  kind: target.isNode() ? 'node' : 'edge',
  id: target.id(),
});

interface Props {
  cy: Core;
  onSelect: (s: Selection) => void;
  /** What a tapped element stands for (the story's marks stand for graph elements); null selects nothing. */
  selectionOf?: (target: SingularElementReturnValue) => Selection;
}

export function SelectOnTapController({ cy, onSelect, selectionOf = itself }: Props) {
  const onSelectRef = useRef(onSelect);
  const selectionOfRef = useRef(selectionOf);
  useEffect(() => {
    onSelectRef.current = onSelect;
    selectionOfRef.current = selectionOf;
  }, [onSelect, selectionOf]);

  // Bound once per instance and unbound in cleanup, so StrictMode's second mount leaves one pair of handlers.
  useEffect(() => {
    const onElement = (event: EventObject) => {
      const selection = selectionOfRef.current(event.target as SingularElementReturnValue);
      if (selection) onSelectRef.current(selection);
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
