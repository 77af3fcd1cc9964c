// Controller: puts the view's classes on the canvas, touching only the elements whose classes change; fading the
// rest of the graph waits until the frame that answers the click has been drawn.
import { useEffect, useRef } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import { applyFade, applyView, type CanvasView, type PendingFade } from '../view-classes';

interface Props {
  cy: Core;
  elements: ElementDefinition[];
  view: CanvasView;
}

// cy.headless() exists (Cytoscape's core API) but is missing from @types/cytoscape.
const isHeadless = (cy: Core): boolean => (cy as unknown as { headless(): boolean }).headless();

export function ViewClassesController({ cy, elements, view }: Props) {
  const applied = useRef<{ cy: Core; elements: ElementDefinition[]; view: CanvasView } | null>(null);
  /** Elements whose fading waits, and the timers that will apply it. */
  const pending = useRef<{
    fade: PendingFade;
    frame: number;
    timer: ReturnType<typeof setTimeout> | undefined;
  } | null>(null);
  useEffect(() => {
    if (cy.destroyed()) return;
    const last = applied.current;
    // A new instance or new elements: every element is set, since none of them carries the last view's classes.
    const prev = last && last.cy === cy && last.elements === elements ? last.view : null;
    const waiting = pending.current;
    if (waiting) {
      cancelAnimationFrame(waiting.frame);
      clearTimeout(waiting.timer);
      pending.current = null;
    }
    // A headless canvas draws nothing: everything at once, so what is read back is the view's.
    if (!prev || isHeadless(cy)) {
      applyView(cy, prev, view);
      if (waiting && prev) applyFade(cy, waiting.fade, view);
      applied.current = { cy, elements, view };
      return;
    }
    // Elements still waiting for the last view's fading are brought to this view with the others.
    const fade: PendingFade = waiting?.fade ?? { nodeIds: new Set(), edgeIds: new Set() };
    applyView(cy, prev, view, fade);
    applied.current = { cy, elements, view };
    if (fade.nodeIds.size === 0 && fade.edgeIds.size === 0) return;
    // After the next frame is painted (a timer set from a frame callback runs after that frame's paint).
    const next = { fade, frame: 0, timer: undefined as ReturnType<typeof setTimeout> | undefined };
    next.frame = requestAnimationFrame(() => {
      next.timer = setTimeout(() => {
        pending.current = null;
        if (!cy.destroyed()) applyFade(cy, fade, view);
      }, 0);
    });
    pending.current = next;
  }, [cy, elements, view]);
  useEffect(
    () => () => {
      const waiting = pending.current;
      if (!waiting) return;
      cancelAnimationFrame(waiting.frame);
      clearTimeout(waiting.timer);
    },
    [],
  );
  return null;
}
