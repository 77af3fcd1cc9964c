// Controller: the keyboard on the focused canvas. Arrow keys move the selection to the nearest shown node in that
// direction (nearest-node.ts), Enter takes the keyboard to its Details; Esc is the app's (it clears the selection).
import { useEffect, useRef, type RefObject } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import type { Selection } from '../../state/app-state';
import { directionOfKey, nearestInDirection, nearestTo, type Placed } from '../nearest-node';

interface Props {
  cy: Core;
  host: RefObject<HTMLElement | null>;
  selectedId: string | null;
  onSelect: (selection: Selection) => void;
}

/** The nodes filters and focus leave, by their place on screen (past the edge too: the view follows the key). */
function placedShown(cy: Core): Placed[] {
  return cy
    .nodes()
    .filter((n: NodeSingular) => n.visible())
    .map((n: NodeSingular) => ({ id: n.id(), ...n.renderedPosition() }));
}

export function CanvasKeyboardController({ cy, host, selectedId, onSelect }: Props) {
  const latest = useRef({ selectedId, onSelect });
  useEffect(() => {
    latest.current = { selectedId, onSelect };
  }, [selectedId, onSelect]);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || cy.destroyed()) return;
      const { selectedId: current, onSelect: select } = latest.current;
      if (event.key === 'Enter' && current) {
        event.preventDefault();
        // Selecting again opens the Details drawer on a narrow screen; then the keyboard goes to the details.
        select({ kind: cy.getElementById(current).isEdge() ? 'edge' : 'node', id: current });
        requestAnimationFrame(() => document.getElementById('right-panel')?.focus());
        return;
      }
      const direction = directionOfKey(event.key);
      if (!direction) return;
      // The canvas's arrows: the tracer's ←/→ and the page's scrolling leave them alone.
      event.preventDefault();
      const shown = placedShown(cy);
      const from = current ? cy.getElementById(current) : null;
      let next: string | null;
      if (from && from.nonempty() && from.isNode() && from.visible()) {
        next = nearestInDirection({ id: from.id(), ...from.renderedPosition() }, shown, direction);
      } else {
        next = nearestTo({ x: cy.width() / 2, y: cy.height() / 2 }, shown);
      }
      if (!next) return;
      // Marked as picked on the canvas, so the view keeps it in sight without jumping (FollowSelectionController).
      cy.getElementById(next).emit('dossier:keypick');
      select({ kind: 'node', id: next });
    };
    element.addEventListener('keydown', onKey);
    return () => element.removeEventListener('keydown', onKey);
  }, [cy, host]);
  return null;
}
