// Shift with the arrow keys, Home and End in the reader makes a text selection, from the highlight that has the
// keyboard (or where a selection already is), drawn as the page's own selection so the same actions follow.
import { useEffect, type RefObject } from 'react';
import type { ReaderModel } from '../../model/reader-model';
import { caretMoveOf, moveCaret, type Caret, type Stretch } from './keyboard-selection';
import { offsetOfPoint, placedTexts, pointOfOffset } from './reader-selection';

export function useKeyboardSelection(body: RefObject<HTMLElement | null>, model: ReaderModel): void {
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const stretches: Stretch[] = model.groups.flatMap((g) =>
      g.blocks.map((b) => ({ start: b.start, end: b.end })),
    );
    // A text with no highlights has no tab stop: the body takes the keyboard itself, so a caret can start there.
    const ownStop = model.highlightSegs.length === 0 && !element.hasAttribute('tabindex');
    if (ownStop) element.setAttribute('tabindex', '0');

    const onKeyDown = (event: KeyboardEvent) => {
      const move = caretMoveOf(event);
      if (!move) return;
      const placed = placedTexts(element, model);
      const selection = window.getSelection();
      if (!placed || !selection) return;
      let caret: Caret | null = null;
      if (selection.rangeCount > 0 && selection.anchorNode && element.contains(selection.anchorNode)) {
        const anchor = offsetOfPoint(placed, selection.anchorNode, selection.anchorOffset);
        const focus =
          selection.focusNode && offsetOfPoint(placed, selection.focusNode, selection.focusOffset);
        if (anchor !== null && focus !== null && focus !== undefined) caret = { anchor, focus };
      }
      if (!caret) {
        // From the start of the highlight that has the keyboard, else the start of the text.
        const seg = (event.target as Element | null)?.closest?.<HTMLElement>('[data-seg]')?.dataset.seg;
        const at = seg === undefined ? (stretches[0]?.start ?? 0) : (model.segments[Number(seg)]?.start ?? 0);
        caret = { anchor: at, focus: at };
      }
      const next = moveCaret(model.text, stretches, caret, move);
      const anchor = pointOfOffset(placed, next.anchor);
      const focus = pointOfOffset(placed, next.focus);
      if (!anchor || !focus) return;
      // The reader's own arrow keys (moving between highlights) are for the plain arrows only.
      event.preventDefault();
      event.stopPropagation();
      selection.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
    };
    element.addEventListener('keydown', onKeyDown);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      if (ownStop) element.removeAttribute('tabindex');
    };
  }, [body, model]);
}
