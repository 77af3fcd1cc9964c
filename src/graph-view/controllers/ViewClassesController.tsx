// Controller: puts the view's classes on the canvas, on every view change and for every new set of elements.
import { useEffect } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import { applyView, type CanvasView } from '../view-classes';

interface Props {
  cy: Core;
  elements: ElementDefinition[];
  view: CanvasView;
}

export function ViewClassesController({ cy, elements, view }: Props) {
  useEffect(() => {
    if (!cy.destroyed()) applyView(cy, view);
  }, [cy, elements, view]);
  return null;
}
