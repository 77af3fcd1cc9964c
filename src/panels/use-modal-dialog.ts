// Opening a native <dialog> as modal when it mounts: the keyboard stays in it and Esc closes it.
import { useEffect, type RefObject } from 'react';

/** Shows the dialog as modal once mounted (inline, with `open`, where the DOM lacks showModal, as jsdom does). */
export function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, [dialogRef]);
}
