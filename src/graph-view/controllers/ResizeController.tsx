// Controller: panels collapse and expand around the canvas; Cytoscape is told when its box changes.
import { useEffect, type RefObject } from 'react';
import type { Core } from 'cytoscape';

export function ResizeController({ cy, container }: { cy: Core; container: RefObject<HTMLElement | null> }) {
  useEffect(() => {
    const box = container.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (!cy.destroyed()) cy.resize();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [cy, container]);
  return null;
}
