// A menu that closes when the pointer goes down anywhere outside it, leaving the keyboard where the click put it.
import { useEffect, type RefObject } from 'react';

export function useCloseOnOutsidePointer(
  rootRef: RefObject<HTMLElement | null>,
  expanded: boolean,
  close: () => void,
): void {
  useEffect(() => {
    if (!expanded) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [rootRef, expanded, close]);
}
