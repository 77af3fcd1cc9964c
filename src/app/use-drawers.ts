// The side panels as drawers: below 1000 px they slide over the canvas, one at a time, and take the keyboard.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { useMoveKeyboardAfterRender, type KeyboardTarget } from '../panels/use-move-keyboard-after-render';

/** Below this width the side panels are drawers over the canvas (see styles.css). */
const NARROW = '(max-width: 1000px)';

export const isNarrow = (): boolean => window.matchMedia?.(NARROW).matches ?? false;

function subscribeToNarrow(onChange: () => void): () => void {
  const query = window.matchMedia?.(NARROW);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

export type Side = 'left' | 'right';

/** The toggles' element ids, so a closing drawer can hand the keyboard back to its toggle. */
export const TOGGLE_ID: Record<Side, string> = { left: 'toggle-left-panel', right: 'toggle-right-panel' };

export interface Drawers {
  /** Whether the screen is narrow now (follows resizes). */
  narrow: boolean;
  open: { left: boolean; right: boolean };
  leftPanelRef: RefObject<HTMLElement | null>;
  rightPanelRef: RefObject<HTMLElement | null>;
  /** Opens a drawer (closing the other on a narrow screen), then moves the keyboard to `target` if given. */
  openPanel: (side: Side, target: KeyboardTarget | null) => void;
  /** Closes a drawer and gives the keyboard back to its toggle. */
  closePanel: (side: Side) => void;
  /** The header toggles: open (taking the keyboard, as a dialog would) or close. */
  togglePanel: (side: Side) => void;
}

export function useDrawers(): Drawers {
  const narrow = useSyncExternalStore(subscribeToNarrow, isNarrow);
  const left = useRef<HTMLElement | null>(null);
  const right = useRef<HTMLElement | null>(null);
  // On a narrow screen the drawers start closed; on a wide one the panels are always shown (styles.css).
  const [open, setOpen] = useState(() => ({ left: !isNarrow(), right: !isNarrow() }));
  const moveKeyboardAfterRender = useMoveKeyboardAfterRender();

  // A window shrunk into narrow would keep both panels open as drawers over the canvas: close them, and give the
  // keyboard, if it was in one, to that drawer's toggle (shown from now on). Widened again, the panels are shown.
  useEffect(() => {
    const query = window.matchMedia?.(NARROW);
    if (!query) return;
    const onCross = () => {
      if (!query.matches) {
        setOpen({ left: true, right: true });
        return;
      }
      const side = (['left', 'right'] as const).find((s) =>
        (s === 'left' ? left : right).current?.contains(document.activeElement),
      );
      setOpen({ left: false, right: false });
      if (side) moveKeyboardAfterRender(() => document.getElementById(TOGGLE_ID[side]));
    };
    // A media query's change event fires only when the width crosses the breakpoint, not on every resize.
    query.addEventListener('change', onCross);
    return () => query.removeEventListener('change', onCross);
  }, [moveKeyboardAfterRender]);

  // A drawer that has just opened is visible once drawn: the keyboard can go into it then.
  const openPanel = useCallback(
    (side: Side, target: KeyboardTarget | null) => {
      // Two drawers would leave almost no canvas on a narrow screen: opening one closes the other.
      setOpen(isNarrow() ? { left: side === 'left', right: side === 'right' } : { left: true, right: true });
      moveKeyboardAfterRender(target);
    },
    [moveKeyboardAfterRender],
  );

  const closePanel = useCallback((side: Side) => {
    setOpen((o) => ({ ...o, [side]: false }));
    // The drawer and whatever had focus in it are gone: give the keyboard back to the drawer's toggle.
    document.getElementById(TOGGLE_ID[side])?.focus();
  }, []);

  const togglePanel = useCallback(
    (side: Side) => {
      if (open[side]) closePanel(side);
      else openPanel(side, () => (side === 'left' ? left : right).current);
    },
    [open, openPanel, closePanel],
  );

  return { narrow, open, leftPanelRef: left, rightPanelRef: right, openPanel, closePanel, togglePanel };
}
