// Controller: the canvas follows the filters and the focus; when what is shown changes it is framed, so a focused
// neighbourhood or a filtered handful fills the canvas with readable names. (A trace frames its step instead.)
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { sameIds, type IdSets } from '../../model/query';
import { elementsOf, frameReadable, type CanvasInsets } from '../camera';

interface Props {
  cy: Core;
  visible: IdSets;
  tracing: boolean;
  insets: () => CanvasInsets;
  headless: boolean;
}

export function FrameVisibleController({ cy, visible, tracing, insets, headless }: Props) {
  const framed = useRef<IdSets | null>(null);
  useEffect(() => {
    if (cy.destroyed() || headless) return;
    const before = framed.current;
    framed.current = visible;
    // The first view shown is the layout's to frame.
    if (before === null || tracing || sameIds(before, visible)) return;
    frameReadable(cy, elementsOf(cy, visible), { animate: true, insets: insets() });
  }, [cy, visible, tracing, insets, headless]);
  return null;
}
