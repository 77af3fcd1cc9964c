// Controller: a path found is framed whole, so the chain the panel lists in words can be followed on the canvas.
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { sameIds, type IdSets } from '../../model/query';
import { elementsOf, frameElements, type CanvasInsets } from '../camera';

interface Props {
  cy: Core;
  path: IdSets | null;
  insets: () => CanvasInsets;
  headless: boolean;
}

export function FramePathController({ cy, path, insets, headless }: Props) {
  const framed = useRef<IdSets | null>(null);
  useEffect(() => {
    if (cy.destroyed() || headless) return;
    const before = framed.current;
    framed.current = path;
    if (!path || path.nodeIds.size === 0 || (before && sameIds(before, path))) return;
    frameElements(cy, elementsOf(cy, path), true, insets());
  }, [cy, path, insets, headless]);
  return null;
}
