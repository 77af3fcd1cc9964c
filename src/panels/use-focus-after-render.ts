// Moving keyboard focus once React has drawn what an action changed: for a control that the action removes or disables.
import { useCallback, useEffect, useRef } from 'react';

/** What to focus, looked up after the render: the element may not exist before it. */
export type FocusTarget = () => HTMLElement | null | undefined;

/**
 * Returns `focusAfterRender(target)`. Call it in the handler of a control that its own action removes or
 * disables: once the component has rendered the result, `target()` takes focus. Without it the browser sends
 * focus to <body>, and a keyboard or screen-reader user is thrown back to the top of the page.
 * Call it only for actions that change what this component renders, so the request is served at once.
 */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget | null>(null);
  // No dependency list on purpose: the first render after a request serves it, whatever that render changed.
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    target()?.focus();
  });
  return useCallback((target: FocusTarget) => {
    pending.current = target;
  }, []);
}
