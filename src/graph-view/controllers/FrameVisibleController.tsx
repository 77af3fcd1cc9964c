// Controller: the canvas follows the filters and the focus; when what is shown changes it is framed, so a focused
// neighbourhood or a filtered handful fills the canvas with readable names. (A trace frames its step instead.)
import { useEffect, useRef } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import { sameIds, type IdSets } from '../../model/query';
import { elementsOf, frameReadable, type CanvasInsets } from '../camera';

interface Props {
  cy: Core;
  visible: IdSets;
  /** The drawn elements: when they change, the change in what is shown is an edit, not a filter, and not framed. */
  elements: readonly ElementDefinition[];
  tracing: boolean;
  insets: () => CanvasInsets;
  headless: boolean;
}

export function FrameVisibleController({ cy, visible, elements, tracing, insets, headless }: Props) {
  const framed = useRef<IdSets | null>(null);
  const framedElements = useRef(elements);
  useEffect(() => {
    if (cy.destroyed() || headless) return;
    const before = framed.current;
    framed.current = visible;
    const edited = framedElements.current !== elements;
    framedElements.current = elements;
    // The first view shown is the layout's to frame; an added or deleted element leaves the camera where it is.
    if (before === null || tracing || edited || sameIds(before, visible)) return;
    frameReadable(cy, elementsOf(cy, visible), { animate: true, insets: insets() });
  }, [cy, visible, elements, tracing, insets, headless]);
  return null;
}
