// Controller: the canvas follows the selection, keeping what was selected in sight.
import { useEffect, useRef } from 'react';
import type { Core, EdgeSingular, EventObject } from 'cytoscape';
import { centreOn, READABLE_ZOOM, type CanvasInsets } from '../camera';
import type { CanvasView } from '../view-classes';

interface Props {
  cy: Core;
  view: CanvasView;
  insets: () => CanvasInsets;
  headless: boolean;
}

/**
 * A click on the canvas moves the view only if what was clicked ends up hidden (under a drawer that opened for
 * it); a selection made elsewhere (search, list, reader, details) is brought to the middle of the visible
 * canvas, zoomed in enough for its neighbours' names to show.
 */
export function FollowSelectionController({ cy, view, insets, headless }: Props) {
  /** The element last selected by a click on the canvas itself, so the view does not jump away from it. */
  const tappedId = useRef<string | null>(null);
  useEffect(() => {
    const onTap = (event: EventObject) => {
      tappedId.current = (event.target as { id(): string }).id();
    };
    cy.on('tap', 'node, edge', onTap);
    return () => {
      if (!cy.destroyed()) cy.off('tap', 'node, edge', onTap);
    };
  }, [cy]);

  const followed = useRef<{ cy: Core; id: string | null } | null>(null);
  useEffect(() => {
    if (cy.destroyed() || headless) return;
    const last = followed.current;
    const id = view.selectedId;
    // Only a new selection moves the view; a filter or a trace step changing under it does not.
    if (last && last.cy === cy && last.id === id) return;
    followed.current = { cy, id };
    if (!id) return;
    const element = cy.getElementById(id);
    if (element.empty()) return;
    const shown = element.isNode() ? view.visible.nodeIds.has(id) : view.visible.edgeIds.has(id);
    if (!shown) return;
    const covered = insets();
    const tapped = tappedId.current === id;
    tappedId.current = null;
    if (tapped) {
      // By position, not renderedBoundingBox(): see framingBox in camera.ts.
      const at = element.isNode() ? element.renderedPosition() : (element as EdgeSingular).renderedMidpoint();
      const inView =
        at.x >= covered.left && at.y >= 0 && at.x <= cy.width() - covered.right && at.y <= cy.height();
      if (inView) return;
    }
    centreOn(cy, element, Math.max(cy.zoom(), tapped ? 0 : READABLE_ZOOM), covered);
  }, [cy, view, insets, headless]);
  return null;
}
