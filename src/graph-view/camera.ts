// The camera: framing and centring elements in the part of the canvas no drawer covers, by positions and sizes.
import type { Collection, Core, SingularElementReturnValue } from 'cytoscape';
import type { IdSets } from '../model/query';
import { labelScaleCap, labelScaleFor, minReadableZoom } from './label-size';

/** The most a framing zooms in: a one-node step or selection would otherwise fill the screen. */
const MAX_FRAMING_ZOOM = 1;
const FRAMING_PADDING = 40;

/** Pixels of the canvas hidden under something drawn over it (a drawer on a narrow screen), per side. */
export interface CanvasInsets {
  left: number;
  right: number;
}

const NO_INSETS: CanvasInsets = { left: 0, right: 0 };

/**
 * How much of the canvas is covered by elements marked `data-canvas-overlay` (the side panels while they are drawers
 * over the canvas, on narrow screens), so framing centres what it shows in the part the user can see.
 */
export function coveredInsets(container: HTMLElement | null): CanvasInsets {
  const insets = { left: 0, right: 0 };
  const overlays = document.querySelectorAll('[data-canvas-overlay]');
  // Measuring forces the browser to lay out the page React has just changed (some 20 ms on a click): when nothing
  // can be over the canvas (the panels sit beside it), there is nothing to measure.
  if (!container || overlays.length === 0) return insets;
  const box = container.getBoundingClientRect();
  for (const overlay of overlays) {
    const over = overlay.getBoundingClientRect();
    const overlap = Math.min(box.right, over.right) - Math.max(box.left, over.left);
    if (overlap <= 0 || over.height === 0) continue;
    if (over.left + over.width / 2 < box.left + box.width / 2)
      insets.left = Math.max(insets.left, over.right - box.left);
    else insets.right = Math.max(insets.right, box.right - over.left);
  }
  return insets;
}

/** A box in model coordinates, as Cytoscape gives them. */
export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** Room kept around nodes for their labels, drawn under them and wider than them. */
const LABEL_ROOM = { side: 50, below: 45 };

/** The elements named by some id sets, as one collection (ids the canvas does not have are left out). */
export function elementsOf(cy: Core, ids: IdSets): Collection {
  const found = cy.collection();
  for (const id of ids.nodeIds) {
    const node = cy.getElementById(id);
    if (node.nonempty() && node.isNode()) found.merge(node);
  }
  for (const id of ids.edgeIds) {
    const edge = cy.getElementById(id);
    if (edge.nonempty() && edge.isEdge()) found.merge(edge);
  }
  return found;
}

/**
 * The box around some elements' nodes (an edge's by its ends), worked out from positions and sizes, with room
 * for labels. Not Cytoscape's boundingBox(): called in the same tick as a class change that resizes labels, it
 * caches the label at its old size, and the renderer then draws the new label squeezed into the old box.
 */
export function framingBox(elements: Collection, labelScale = 1): Box {
  const side = LABEL_ROOM.side * labelScale;
  const below = LABEL_ROOM.below * labelScale;
  const nodes = elements.nodes().union(elements.edges().connectedNodes());
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    const halfW = node.width() / 2;
    const halfH = node.height() / 2;
    x1 = Math.min(x1, x - halfW - side);
    x2 = Math.max(x2, x + halfW + side);
    y1 = Math.min(y1, y - halfH);
    y2 = Math.max(y2, y + halfH + below);
  });
  if (!Number.isFinite(x1)) return { x1: 0, y1: 0, w: 0, h: 0 };
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/** The pan that puts a box's centre, at `zoom`, in the middle of the part of the canvas `insets` leave uncovered. */
function panToCentre(cy: Core, box: Box, zoom: number, insets: CanvasInsets): { x: number; y: number } {
  const width = Math.max(cy.width() - insets.left - insets.right, 1);
  return {
    x: insets.left + width / 2 - zoom * (box.x1 + box.w / 2),
    y: cy.height() / 2 - zoom * (box.y1 + box.h / 2),
  };
}

/**
 * Centres the view on some elements, zoomed to fit them (at most MAX_FRAMING_ZOOM), within the part of the
 * canvas that `insets` leave uncovered.
 */
export function frameElements(
  cy: Core,
  elements: Collection,
  animate: boolean,
  insets: CanvasInsets = NO_INSETS,
): void {
  if (elements.empty()) return;
  // A pan still running (the canvas following a selection made before the layout ended) would carry the view
  // past this framing: stop it first.
  cy.stop(true, false);
  const box = framingBox(elements);
  const width = Math.max(cy.width() - insets.left - insets.right, 1);
  const zoom = Math.min(
    MAX_FRAMING_ZOOM,
    (width - 2 * FRAMING_PADDING) / Math.max(box.w, 1),
    (cy.height() - 2 * FRAMING_PADDING) / Math.max(box.h, 1),
  );
  const pan = panToCentre(cy, box, zoom, insets);
  if (animate) cy.animate({ zoom, pan }, { duration: 350, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom, pan });
}

/**
 * The centre of the part of a box a view of `viewW` x `viewH` model units shows when it cannot show all of it:
 * the centre of importance (nodes weighted by their connections, the focus counting most), moved only as far as
 * keeps the view inside the box, so the hubs are in the middle and no side is left empty.
 */
export function importantCentre(
  points: readonly { x: number; y: number; weight: number }[],
  box: Box,
  viewW: number,
  viewH: number,
): { x: number; y: number } {
  let sum = 0;
  let x = 0;
  let y = 0;
  for (const p of points) {
    sum += p.weight;
    x += p.weight * p.x;
    y += p.weight * p.y;
  }
  const cx = sum > 0 ? x / sum : box.x1 + box.w / 2;
  const cy = sum > 0 ? y / sum : box.y1 + box.h / 2;
  const clamp = (v: number, lo: number, size: number, view: number) =>
    view >= size ? lo + size / 2 : Math.min(Math.max(v, lo + view / 2), lo + size - view / 2);
  return { x: clamp(cx, box.x1, box.w, viewW), y: clamp(cy, box.y1, box.h, viewH) };
}

/**
 * The one framing rule (load, reload, a link, a filter, a focus, a dataset switch, a choice in search): fit the
 * elements in the part of the canvas no drawer covers, never closer than MAX_FRAMING_ZOOM; if fitting them needs a
 * zoom below minReadableZoom (MIN_READABLE_ZOOM for a large graph, far less for a small one), where names would no
 * longer read, frame at that zoom around what matters most
 * instead: `focus` when given (the selection), else the hubs. `whole` elements (a searched node's neighbourhood)
 * are always fitted, however far out: cutting them off hides what was asked for.
 */
export function frameReadable(
  cy: Core,
  elements: Collection,
  {
    animate,
    insets = NO_INSETS,
    focus,
    whole = false,
  }: { animate: boolean; insets?: CanvasInsets; focus?: Collection; whole?: boolean },
): void {
  if (elements.empty()) return;
  cy.stop(true, false);
  const width = Math.max(cy.width() - insets.left - insets.right, 1);
  const fitOf = (b: Box) =>
    Math.min(
      MAX_FRAMING_ZOOM,
      (width - 2 * FRAMING_PADDING) / Math.max(b.w, 1),
      (cy.height() - 2 * FRAMING_PADDING) / Math.max(b.h, 1),
    );
  // Labels are drawn larger at a smaller zoom (label-size.ts): the room kept for them grows to match.
  const shown = elements.nodes().union(elements.edges().connectedNodes()).length;
  const minZoom = minReadableZoom(shown);
  const box = framingBox(
    elements,
    labelScaleFor(Math.max(fitOf(framingBox(elements)), minZoom), labelScaleCap(shown)),
  );
  const fit = fitOf(box);
  let zoom = Math.max(Math.min(fit, cy.maxZoom()), cy.minZoom());
  let centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  if (!whole && fit < minZoom) {
    zoom = minZoom;
    const focusIds = new Set(focus?.map((e) => e.id()) ?? []);
    const points = elements.nodes().map((node) => ({
      ...node.position(),
      // A hub counts by the square of its connections, so the crowd of leaves does not pull the view off it.
      weight: focusIds.has(node.id()) ? 1e6 : Number(node.data('degree') ?? node.degree(false)) ** 2,
    }));
    centre = importantCentre(points, box, width / zoom, cy.height() / zoom);
  }
  const pan = {
    x: insets.left + width / 2 - zoom * centre.x,
    y: cy.height() / 2 - zoom * centre.y,
  };
  if (animate) cy.animate({ zoom, pan }, { duration: 350, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom, pan });
}

/** Brings an element to the middle of the part of the canvas `insets` leave uncovered, at `zoom`. */
export function centreOn(
  cy: Core,
  element: SingularElementReturnValue,
  zoom: number,
  insets: CanvasInsets = NO_INSETS,
): void {
  cy.stop(true, false);
  const box = framingBox(cy.collection().union(element));
  const level = Math.min(zoom, cy.maxZoom());
  const pan = panToCentre(cy, box, level, insets);
  cy.animate({ zoom: level, pan }, { duration: 300, easing: 'ease-in-out-cubic' });
}

/** Zooms by a factor about the middle of the canvas (the zoom buttons). */
export function zoomAboutCentre(cy: Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Fits everything drawn into the canvas (the Fit button). */
export function fitVisible(cy: Core): void {
  cy.animate({ fit: { eles: cy.elements(':visible'), padding: 30 } }, { duration: 250 });
}
