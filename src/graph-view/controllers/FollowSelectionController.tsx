// Controller: the canvas follows the selection, keeping what was selected in sight.
import { useEffect, useRef } from 'react';
import type { Core, EdgeSingular, EventObject, SingularElementArgument } from 'cytoscape';
import { centreOn, frameReadable, type CanvasInsets } from '../camera';
import type { CanvasView } from '../view-classes';

interface Props {
  cy: Core;
  view: CanvasView;
  insets: () => CanvasInsets;
  headless: boolean;
}

/**
 * A click on the canvas, or an arrow key on it, moves the view only if what was picked ends up hidden (under a
 * drawer that opened for it, or past the edge); a selection made elsewhere (search, list, reader, details)
 * frames its neighbourhood whole in the visible canvas.
 */
export function FollowSelectionController({ cy, view, insets, headless }: Props) {
  /** The element last selected by a click on the canvas itself, so the view does not jump away from it. */
  const tappedId = useRef<string | null>(null);
  useEffect(() => {
    const onTap = (event: EventObject) => {
      tappedId.current = (event.target as { id(): string }).id();
    };
    cy.on('tap dossier:keypick', 'node, edge', onTap);
    return () => {
      if (!cy.destroyed()) cy.off('tap dossier:keypick', 'node, edge', onTap);
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
    if (tapped) {
      centreOn(cy, element, cy.zoom(), covered);
      return;
    }
    // Chosen elsewhere (search, list, reader, details): its neighbourhood framed whole, its names readable.
    // isNode() narrows the else branch to `never` in cytoscape's types: the edge is named as one.
    const around = element.isNode()
      ? element.closedNeighborhood()
      : (element as EdgeSingular).union((element as EdgeSingular).connectedNodes());
    frameReadable(
      cy,
      around.filter((e: SingularElementArgument) => e.visible()),
      {
        animate: true,
        insets: covered,
        whole: true,
      },
    );
  }, [cy, view, insets, headless]);
  return null;
}
