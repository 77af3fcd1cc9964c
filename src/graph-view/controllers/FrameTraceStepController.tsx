// Controller: the canvas follows the trace; each new step is framed, so its words and arrows are readable at any
// graph size.
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import type { IdSets } from '../../model/query';
import { elementsOf, frameElements, type CanvasInsets } from '../camera';

interface Props {
  cy: Core;
  /** Names the traced step ("flow:step"), or null: a new key frames that step. */
  traceStepKey: string | null;
  /** The traced step's nodes and edges. */
  current: IdSets | null;
  insets: () => CanvasInsets;
  headless: boolean;
}

export function FrameTraceStepController({ cy, traceStepKey, current, insets, headless }: Props) {
  const framed = useRef<string | null>(null);
  useEffect(() => {
    if (cy.destroyed() || headless || traceStepKey === framed.current) return;
    framed.current = traceStepKey;
    if (traceStepKey === null || !current) return;
    // An edge is framed with its ends (framingBox measures edges by their nodes).
    frameElements(cy, elementsOf(cy, current), true, insets());
  }, [cy, traceStepKey, current, insets, headless]);
  return null;
}
