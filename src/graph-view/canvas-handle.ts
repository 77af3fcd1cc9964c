// A handle on the Cytoscape instance drawing now, shared through React context, for what needs the pixels (export).
import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import type { Core } from 'cytoscape';

/**
 * The canvas registers its instance here; the Export menu asks for it to draw a PNG or an SVG. Nothing reads the
 * app's state through it: the store stays the truth (CONVENTIONS.md), this only reaches the picture.
 */
export interface CanvasHandle {
  /** The live instance, or null when no graph is drawn (the Entities list is shown, or it was destroyed). */
  current(): Core | null;
  attach(cy: Core): void;
}

export function createCanvasHandle(): CanvasHandle {
  let cy: Core | null = null;
  return {
    current: () => (cy && !cy.destroyed() ? cy : null),
    attach: (instance) => {
      cy = instance;
    },
  };
}

/** Without a provider (a canvas rendered alone in a test) attaching does nothing and there is never an instance. */
const DETACHED: CanvasHandle = { current: () => null, attach: () => {} };

export const CanvasHandleContext = createContext<CanvasHandle>(DETACHED);

export const useCanvasHandle = (): CanvasHandle => useContext(CanvasHandleContext);

/** Gives the app one handle for its lifetime. */
export function CanvasHandleProvider({ children }: { children: ReactNode }) {
  const [handle] = useState(createCanvasHandle);
  return createElement(CanvasHandleContext.Provider, { value: handle }, children);
}
