// The keyboard in the panels: which key presses belong to a field rather than to the app's shortcuts, and the
// arrow-key walk through a list with one tab stop (the reader's highlights, a node's connections).

/** True when the key went to something the user types into: a text field, a select, editable content. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * Where a key moves the tab stop of a list of `count` items from item `at` (-1 when it is on none of them):
 * ↓ or → the next, ↑ or ← the previous, Home the first, End the last, staying put at either end. Undefined for
 * any other key, and for an empty list. A key with Alt, Ctrl or Meta is left to the browser and the app.
 */
export function walkKey(
  event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean },
  at: number,
  count: number,
): number | undefined {
  if (count <= 0 || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const last = count - 1;
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(last, at + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, at - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
