// Controller: puts the view's classes on the canvas, touching only the elements whose classes change.
import { useEffect, useRef } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import { applyView, type CanvasView } from '../view-classes';

interface Props {
  cy: Core;
  elements: ElementDefinition[];
  view: CanvasView;
}

export function ViewClassesController({ cy, elements, view }: Props) {
  const applied = useRef<{ cy: Core; elements: ElementDefinition[]; view: CanvasView } | null>(null);
  useEffect(() => {
    if (cy.destroyed()) return;
    const last = applied.current;
    // A new instance or new elements: every element is set, since none of them carries the last view's classes.
    const prev = last && last.cy === cy && last.elements === elements ? last.view : null;
    applyView(cy, prev, view);
    applied.current = { cy, elements, view };
  }, [cy, elements, view]);
  return null;
}
