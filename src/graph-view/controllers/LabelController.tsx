// Controller: names readable at any zoom and apart from each other. When the view comes to rest, labels are sized
// for the zoom (label-size.ts) and, a frame later, those that would overlap a more important one are hidden
// (label-placement.ts): once per rest, never per frame, and only the labels whose state changes are touched.
import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { buildStylesheet } from '../stylesheet';
import { labelScaleCap, labelScaleFor, MAX_FOCUS_LABEL_SCALE } from '../label-size';
import { placeLabels, type LabelCandidate } from '../label-placement';

/** How long the view must stay still before labels are placed: a drag or a wheel spin is one rest, not many. */
const REST_MS = 120;

/** The selection, the trace and the path keep their names first; then hubs, by their connections. */
function priorityOf(node: NodeSingular): number {
  if (node.hasClass('selected-element')) return 1e9;
  if (node.hasClass('flow-current') || node.hasClass('on-path')) return 1e8;
  if (node.hasClass('neighbour')) return 1e7 + Number(node.data('degree') ?? 0);
  if (node.hasClass('faded') || node.hasClass('flow-later')) return -1;
  return Number(node.data('degree') ?? 0);
}

/** Hides the labels that would overlap, from their boxes as drawn now (call a frame after a resize: pitfall 7). */
export function placeNodeLabels(cy: Core): void {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const candidates: LabelCandidate[] = [];
  const hidden = cy.collection();
  // Only the labels on screen (and a margin) are placed: off screen they keep their state until the view rests
  // near them, which keeps a rest cheap on a large graph.
  const margin = 200;
  const { x1, y1, x2, y2 } = cy.extent();
  const reach = margin / zoom;
  const considered = cy.collection();
  cy.nodes().forEach((node) => {
    if (!node.visible() || !node.data('label')) return;
    const p = node.position();
    if (p.x < x1 - reach || p.x > x2 + reach || p.y < y1 - reach || p.y > y2 + reach) return;
    considered.merge(node);
    // A faded label is not drawn anyway: it claims no room.
    if (priorityOf(node) < 0) return;
    const b = node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
    if (b.w === 0 || b.h === 0) return;
    candidates.push({
      id: node.id(),
      box: {
        x1: b.x1 * zoom + pan.x,
        y1: b.y1 * zoom + pan.y,
        x2: b.x2 * zoom + pan.x,
        y2: b.y2 * zoom + pan.y,
      },
      priority: priorityOf(node),
      shown: !node.hasClass('label-hidden'),
      always: priorityOf(node) >= 1e8,
    });
  });
  const drawn = placeLabels(candidates);
  for (const { id } of candidates) if (!drawn.has(id)) hidden.merge(cy.getElementById(id));
  // A node left out (off screen, filtered out, faded) keeps its class; one placed gets it exactly when hidden.
  const change = cy.nodes('.label-hidden').intersection(considered).symmetricDifference(hidden);
  if (change.empty()) return;
  cy.batch(() => change.toggleClass('label-hidden'));
}

export function LabelController({ cy, headless }: { cy: Core; headless: boolean }) {
  useEffect(() => {
    if (headless || cy.destroyed()) return;
    let scale = 1;
    let focusScale = 1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const place = () => {
      frame = 0;
      if (!cy.destroyed()) placeNodeLabels(cy);
    };
    const onRest = () => {
      timer = undefined;
      if (cy.destroyed()) return;
      const next = labelScaleFor(cy.zoom(), labelScaleCap(cy.nodes(':visible').length));
      const nextFocus = labelScaleFor(cy.zoom(), MAX_FOCUS_LABEL_SCALE);
      if (next !== scale || nextFocus !== focusScale) {
        scale = next;
        focusScale = nextFocus;
        cy.style().fromJson(buildStylesheet(scale, focusScale)).update();
      }
      // Two frames on: the renderer has measured the labels at their new size.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(place);
      });
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(onRest, REST_MS);
    };
    // The view moved, the layout moved nodes, or classes changed what is shown or selected.
    cy.on('viewport resize position class', schedule);
    schedule();
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      cancelAnimationFrame(frame);
      if (!cy.destroyed()) cy.off('viewport resize position class', schedule);
    };
  }, [cy, headless]);
  return null;
}
