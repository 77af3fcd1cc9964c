// Moving the keyboard once React has drawn what an action changed: the one way the panels and drawers do it.
import { useCallback, useEffect, useRef } from 'react';

/** Where the keyboard goes, looked up after the render: the element may not exist before it. */
export type KeyboardTarget = () => HTMLElement | null | undefined;

/**
 * Returns `moveKeyboardAfterRender(target)`. Call it in the handler of an action that changes what this
 * component renders: once the result is drawn, `target()` takes keyboard focus. For a control its own action
 * removes or disables (without it the browser sends focus to <body>, and a keyboard or screen-reader user is
 * thrown back to the top of the page), for a panel that opens, or a view that replaces the one the user was in.
 * Null cancels a request not yet served. Call it only for actions that change what this component renders, so
 * the request is served at once.
 */
export function useMoveKeyboardAfterRender(): (target: KeyboardTarget | null) => void {
  const pending = useRef<KeyboardTarget | null>(null);
  // No dependency list on purpose: the first render after a request serves it, whatever that render changed.
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    target()?.focus();
  });
  return useCallback((target: KeyboardTarget | null) => {
    pending.current = target;
  }, []);
}
