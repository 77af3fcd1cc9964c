// The tooltip over the canvas: the full name and type of the node or relation under the pointer, or of the
// selection while the keyboard is on the canvas. Text only; kept inside the canvas.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
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

interface Props {
  cy: Core;
  host: RefObject<HTMLElement | null>;
  selectedId: string | null;
}

export function CanvasTooltip({ cy, host, selectedId }: Props) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [keyboardOn, setKeyboardOn] = useState(false);
  // Bumped when the view moves, so the tooltip follows what it describes.
  const [, setViewSeq] = useState(0);
  const box = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const over = (event: EventObject) => setHovered((event.target as SingularElementArgument).id());
    const out = () => setHovered(null);
    const moved = () => setViewSeq((n) => n + 1);
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

  const id = hovered ?? (keyboardOn ? selectedId : null);
  const element = id && !cy.destroyed() ? cy.getElementById(id) : null;
  const shown: Shown | null =
    element && element.nonempty() && element.visible()
      ? { ...describe(element), at: drawnAt(element) }
      : null;

  // Placed after it is drawn, from its own size: beside the point, flipped and held inside the canvas.
  useLayoutEffect(() => {
    const tip = box.current;
    if (!tip || !shown) return;
    const width = cy.width();
    const height = cy.height();
    let left = shown.at.x + OFFSET;
    let top = shown.at.y + OFFSET;
    if (left + tip.offsetWidth > width - MARGIN) left = shown.at.x - OFFSET - tip.offsetWidth;
    if (top + tip.offsetHeight > height - MARGIN) top = shown.at.y - OFFSET - tip.offsetHeight;
    tip.style.left = `${Math.max(MARGIN, Math.min(left, width - MARGIN - tip.offsetWidth))}px`;
    tip.style.top = `${Math.max(MARGIN, Math.min(top, height - MARGIN - tip.offsetHeight))}px`;
  });

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
}
