// The tooltip over the canvas: the full name and type of the node or relation under the pointer, or of the
// selection while the keyboard is on the canvas. Text only; kept inside the canvas.
import { memo, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Core, EdgeSingular, EventObject, SingularElementArgument } from 'cytoscape';

export const CANVAS_TOOLTIP_ID = 'canvas-tooltip';

/** Pixels between the tooltip and the point it describes, and kept from the canvas's edges. */
const OFFSET = 14;
const MARGIN = 4;

interface Shown {
  name: string;
  type: string;
  /** Where the element is drawn, in the canvas's pixels. */
  at: { x: number; y: number };
}

const nameOf = (element: SingularElementArgument) =>
  String(element.data('name') ?? element.data('label') ?? '');

/** The type's word as the dataset declares it, which the element carries (elements.ts), else its id. */
const typeLabelOf = (element: SingularElementArgument) =>
  String(element.data('typeLabel') ?? element.data('type') ?? '');

/** What the tooltip says about an element: a relation is read as a sentence between its two ends. */
function describe(element: SingularElementArgument): Omit<Shown, 'at'> {
  if (element.isEdge()) {
    const edge = element as EdgeSingular;
    const type = typeLabelOf(edge);
    return {
      name: `${nameOf(edge.source())} ${nameOf(edge)} ${nameOf(edge.target())}`,
      type: `Relation: ${type}`,
    };
  }
  const type = typeLabelOf(element);
  return { name: nameOf(element), type };
}

const drawnAt = (element: SingularElementArgument) =>
  element.isNode() ? element.renderedPosition() : (element as EdgeSingular).renderedMidpoint();

/** :focus-visible, where the browser knows it (jsdom's selector engine may not): otherwise any focus counts. */
function focusVisible(element: HTMLElement): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

interface Size {
  width: number;
  height: number;
}

/** Where the tooltip goes: beside the point, flipped when it would cross the canvas's edge, and held inside it. */
export function placeTip(
  at: { x: number; y: number },
  tip: Size,
  canvas: Size,
): { left: number; top: number } {
  let left = at.x + OFFSET;
  let top = at.y + OFFSET;
  if (left + tip.width > canvas.width - MARGIN) left = at.x - OFFSET - tip.width;
  if (top + tip.height > canvas.height - MARGIN) top = at.y - OFFSET - tip.height;
  return {
    left: Math.max(MARGIN, Math.min(left, canvas.width - MARGIN - tip.width)),
    top: Math.max(MARGIN, Math.min(top, canvas.height - MARGIN - tip.height)),
  };
}

interface Props {
  cy: Core;
  host: RefObject<HTMLElement | null>;
  selectedId: string | null;
}

/** Memoised: the canvas re-renders on every change of the view; the tooltip only cares about the selection. */
export const CanvasTooltip = memo(function CanvasTooltip({ cy, host, selectedId }: Props) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [keyboardOn, setKeyboardOn] = useState(false);
  // Bumped when the view moves, so the tooltip follows what it describes.
  const [, setViewSeq] = useState(0);
  const box = useRef<HTMLDivElement | null>(null);
  // The tooltip's own size as the browser last laid it out (a ResizeObserver reports it after its layout, so
  // placing never forces one), and what it describes now, for the observer to place it again when it resizes.
  const tipSize = useRef<Size | null>(null);
  const placed = useRef<{ at: { x: number; y: number }; canvas: Size } | null>(null);

  useEffect(() => {
    const over = (event: EventObject) => setHovered((event.target as SingularElementArgument).id());
    const out = () => setHovered(null);
    // Only while it shows something: a pan or zoom with nothing hovered or selected by key renders nothing.
    const moved = () => {
      if (placed.current) setViewSeq((n) => n + 1);
    };
    cy.on('mouseover', 'node, edge', over);
    cy.on('mouseout', 'node, edge', out);
    cy.on('viewport', moved);
    return () => {
      if (cy.destroyed()) return;
      cy.off('mouseover', 'node, edge', over);
      cy.off('mouseout', 'node, edge', out);
      cy.off('viewport', moved);
    };
  }, [cy]);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    // A click focuses the canvas too; the selection's tooltip is for the keyboard, which the pointer's hover serves.
    const focus = () => setKeyboardOn(focusVisible(element));
    const blur = () => setKeyboardOn(false);
    // A pointer leaving the canvas in one move gets no mouseout from Cytoscape.
    const leave = () => setHovered(null);
    element.addEventListener('focus', focus);
    element.addEventListener('blur', blur);
    element.addEventListener('mouseleave', leave);
    return () => {
      element.removeEventListener('focus', focus);
      element.removeEventListener('blur', blur);
      element.removeEventListener('mouseleave', leave);
    };
  }, [host]);

  // Its size, as each layout leaves it: new words give it a new size, and it is placed again before the paint.
  useEffect(() => {
    const tip = box.current;
    if (!tip || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const border = entries[entries.length - 1]?.borderBoxSize?.[0];
      if (!border) return;
      tipSize.current = { width: border.inlineSize, height: border.blockSize };
      const now = placed.current;
      if (now) moveTip(tip, placeTip(now.at, tipSize.current, now.canvas));
    });
    observer.observe(tip);
    return () => observer.disconnect();
  }, []);

  const id = hovered ?? (keyboardOn ? selectedId : null);
  const element = id && !cy.destroyed() ? cy.getElementById(id) : null;
  const shown: Shown | null =
    element && element.nonempty() && element.visible()
      ? { ...describe(element), at: drawnAt(element) }
      : null;
  // Cytoscape keeps its size until it is told the container resized: reading it costs no layout.
  const canvasWidth = shown ? cy.width() : 0;
  const canvasHeight = shown ? cy.height() : 0;

  // Placed beside the point only when what it shows, where, or the canvas changed: a commit that changes none of
  // them (a click, which re-renders the canvas) leaves it alone.
  const atX = shown?.at.x;
  const atY = shown?.at.y;
  useLayoutEffect(() => {
    const tip = box.current;
    if (!tip || atX === undefined || atY === undefined) {
      placed.current = null;
      return;
    }
    const now = { at: { x: atX, y: atY }, canvas: { width: canvasWidth, height: canvasHeight } };
    placed.current = now;
    // Without a ResizeObserver (jsdom) the size is read here; with one, the size it last saw, and it places the
    // tooltip again before the paint when new words resize it.
    const size =
      typeof ResizeObserver === 'undefined'
        ? { width: tip.offsetWidth, height: tip.offsetHeight }
        : (tipSize.current ?? { width: 0, height: 0 });
    moveTip(tip, placeTip(now.at, size, now.canvas));
  }, [shown?.name, shown?.type, atX, atY, canvasWidth, canvasHeight]);

  return (
    <div ref={box} id={CANVAS_TOOLTIP_ID} role="tooltip" className="canvas-tooltip" hidden={!shown}>
      {shown && (
        <>
          <span className="canvas-tooltip-name">{shown.name}</span>
          <span className="canvas-tooltip-type">{shown.type}</span>
        </>
      )}
    </div>
  );
});

function moveTip(tip: HTMLElement, { left, top }: { left: number; top: number }): void {
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}
