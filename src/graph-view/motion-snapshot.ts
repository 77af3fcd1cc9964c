// A large graph's pan and zoom move a picture of the canvas as it was last drawn, and Cytoscape draws the graph
// again once, when the view rests (see level-of-detail.ts for when, and why not Cytoscape's own textureOnViewport).
import type { Core, EventObject } from 'cytoscape';
import { UI_COLOURS } from '../theme/theme';

/** The view at rest for this long (no drag held, no wheel) is drawn again in full; Cytoscape's own wait is 150 ms. */
export const REST_MS = 200;

/**
 * From the first move of a user's drag, wheel or pinch until the view rests: a copy of Cytoscape's canvases, laid
 * over them, follows the view by a CSS transform (the compositor's work, no drawing), while Cytoscape's
 * notifications are held in a batch so it does not redraw thousands of elements for each frame of the motion.
 * Camera animations (framing a selection, the zoom buttons) are left to Cytoscape: they are not user gestures.
 * Returns the cleanup.
 */
export function snapshotDuringMotion(cy: Core, restMs = REST_MS): () => void {
  const container = cy.container();
  if (!container) return () => undefined;
  const doc = container.ownerDocument;
  // A frame the size of the canvas that clips the picture as it moves and zooms, over Cytoscape's own layers.
  // Inline styles: its place and size follow the canvas it copies (no colour here: the theme's CSS has none).
  const frame = doc.createElement('div');
  frame.className = 'motion-snapshot';
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText =
    'position:absolute;inset:0;overflow:hidden;z-index:1;pointer-events:none;display:none';
  const overlay = doc.createElement('canvas');
  overlay.style.cssText = 'position:absolute;left:0;top:0;transform-origin:0 0';
  frame.appendChild(overlay);
  container.appendChild(frame);

  let moving: { zoom: number; pan: { x: number; y: number } } | null = null;
  let dragging = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const begin = () => {
    const width = cy.width();
    const height = cy.height();
    // Cytoscape's layers, bottom first, copied as drawn (at the device's pixel ratio).
    const layers = Array.from(container.querySelectorAll('canvas'))
      .filter((c) => c !== overlay)
      .sort((a, b) => Number(a.style.zIndex || 0) - Number(b.style.zIndex || 0));
    const ratio = layers[0] && width > 0 ? layers[0].width / width : 1;
    overlay.width = Math.max(1, Math.round(width * ratio));
    overlay.height = Math.max(1, Math.round(height * ratio));
    overlay.style.width = `${width}px`;
    overlay.style.height = `${height}px`;
    const context = overlay.getContext('2d');
    if (!context) return;
    // Opaque, so the layers under it (left as they were) do not show through: the page's own background.
    const background = backgroundOf(container);
    frame.style.backgroundColor = background;
    context.fillStyle = background;
    context.fillRect(0, 0, overlay.width, overlay.height);
    for (const layer of layers) context.drawImage(layer, 0, 0, overlay.width, overlay.height);
    overlay.style.transform = 'none';
    frame.style.display = 'block';
    moving = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    cy.startBatch();
  };
  const follow = () => {
    if (!moving) return;
    // A point drawn at p (model m: p = m·z0 + pan0) belongs at m·z1 + pan1 = s·p + (pan1 − s·pan0), s = z1 / z0.
    const scale = cy.zoom() / moving.zoom;
    const pan = cy.pan();
    overlay.style.transform = `translate(${pan.x - scale * moving.pan.x}px, ${pan.y - scale * moving.pan.y}px) scale(${scale})`;
  };
  const rest = () => {
    timer = undefined;
    if (!moving || cy.destroyed()) return;
    moving = null;
    // The picture goes once Cytoscape has drawn the view in full, so nothing blinks in between.
    cy.one('render', () => {
      if (!moving) frame.style.display = 'none';
    });
    cy.endBatch();
    // A gesture that left the view where it was queues nothing to draw: the picture would stay up, stale, until the
    // next change. A requested frame is drawn with the batch's (one frame, not two) and always fires 'render'.
    cy.forceRender();
  };
  const gesture = (event: EventObject) => {
    if (!moving) begin();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // A drag holds the picture until the button is released (a pause mid-drag is not a rest); a wheel rests by time.
    if (event.type === 'dragpan') dragging = true;
    else if (!dragging) timer = setTimeout(rest, restMs);
  };
  const released = () => {
    if (!dragging) return;
    dragging = false;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(rest, restMs);
  };
  const win = container.ownerDocument.defaultView;
  cy.on('dragpan scrollzoom pinchzoom', gesture);
  cy.on('viewport', follow);
  win?.addEventListener('mouseup', released, true);
  win?.addEventListener('touchend', released, true);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    win?.removeEventListener('mouseup', released, true);
    win?.removeEventListener('touchend', released, true);
    if (!cy.destroyed()) {
      cy.off('dragpan scrollzoom pinchzoom', gesture);
      cy.off('viewport', follow);
      if (moving) cy.endBatch();
    }
    moving = null;
    frame.remove();
  };
}

/** The first opaque background from the canvas outwards (the canvas itself is usually transparent). */
function backgroundOf(element: HTMLElement): string {
  const view = element.ownerDocument.defaultView;
  for (let at: HTMLElement | null = element; at && view; at = at.parentElement) {
    const colour = view.getComputedStyle(at).backgroundColor;
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return UI_COLOURS.bg;
}
