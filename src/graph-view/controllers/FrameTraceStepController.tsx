// Controller: the story canvas follows the trace; each new step's column is framed, zoomed so its actors' names
// are drawn at least as large as the panel text, in the part of the canvas no drawer covers.
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import type { CanvasInsets } from '../camera';
import type { StoryLayout } from '../story-layout';
import { storyFrame } from '../story-elements';

interface Props {
  cy: Core;
  layout: StoryLayout;
  /** The current step, or null: the whole story is framed. */
  step: number | null;
  insets: () => CanvasInsets;
  headless: boolean;
}

export function FrameTraceStepController({ cy, layout, step, insets, headless }: Props) {
  const framed = useRef<{ layout: StoryLayout; step: number | null } | null>(null);
  useEffect(() => {
    if (cy.destroyed() || headless) return;
    const before = framed.current;
    if (before && before.layout === layout && before.step === step) return;
    framed.current = { layout, step };
    // The first framing is instant (the canvas just appeared); a step after it glides, so the eye follows.
    const animate = before !== null && before.layout === layout;
    const insetsNow = insets();
    const viewport = storyFrame(layout, step, { width: cy.width(), height: cy.height(), ...insetsNow });
    cy.stop(true, false);
    if (animate) cy.animate(viewport, { duration: 350, easing: 'ease-in-out-cubic' });
    else cy.viewport(viewport);
  }, [cy, layout, step, insets, headless]);
  return null;
}
