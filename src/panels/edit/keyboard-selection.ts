// A keyboard caret for the reader, whose text is not editable and so has no caret of its own: Shift with the arrow
// keys, Home and End selects text by character, by word (with Ctrl, or Alt as on a Mac) and to a paragraph's ends.

/** A selection as two text offsets: where it started (anchor) and the end that moves (focus). */
export interface Caret {
  anchor: number;
  focus: number;
}

export type CaretMove = 'char-left' | 'char-right' | 'word-left' | 'word-right' | 'block-start' | 'block-end';

/** The caret move a key press asks for: only with Shift, as plain arrows belong to the reader's highlights. */
export function caretMoveOf(event: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): CaretMove | null {
  if (!event.shiftKey || event.metaKey) return null;
  const byWord = event.ctrlKey || event.altKey;
  switch (event.key) {
    case 'ArrowLeft':
      return byWord ? 'word-left' : 'char-left';
    case 'ArrowRight':
      return byWord ? 'word-right' : 'char-right';
    case 'Home':
      return byWord ? null : 'block-start';
    case 'End':
      return byWord ? null : 'block-end';
    default:
      return null;
  }
}

/** The stretches of text the reader shows (paragraphs, bullet items), in order; the caret stays inside them. */
export interface Stretch {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}_'’-]/u;
const isWord = (text: string, at: number) => WORD.test(text.charAt(at));
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The stretch holding `at` (a position at its end belongs to it), or undefined in a gap between stretches. */
function stretchAt(stretches: readonly Stretch[], at: number): Stretch | undefined {
  return stretches.find((s) => at >= s.start && at <= s.end);
}

/** A position moved into the shown text: in a gap, to the next stretch's start (forwards) or the last one's end. */
function snap(stretches: readonly Stretch[], at: number, forwards: boolean): number {
  if (stretchAt(stretches, at)) return at;
  if (forwards) {
    const next = stretches.find((s) => s.start >= at);
    return next ? next.start : (stretches.at(-1)?.end ?? at);
  }
  const before = [...stretches].reverse().find((s) => s.end <= at);
  return before ? before.end : (stretches[0]?.start ?? at);
}

/** Where the moving end of the selection goes for a move, in `text` as the reader shows it in `stretches`. */
export function moveFocus(
  text: string,
  stretches: readonly Stretch[],
  focus: number,
  move: CaretMove,
): number {
  const first = stretches[0]?.start ?? 0;
  const last = stretches.at(-1)?.end ?? text.length;
  switch (move) {
    case 'char-right': {
      const here = stretchAt(stretches, focus);
      if (here && focus === here.end) return snap(stretches, focus + 1, true);
      // A character outside the basic plane is two code units: never stop between them.
      const step = isLow(text.charCodeAt(focus + 1)) ? 2 : 1;
      return Math.min(last, snap(stretches, focus + step, true));
    }
    case 'char-left': {
      const here = stretchAt(stretches, focus);
      if (here && focus === here.start) return snap(stretches, focus - 1, false);
      const step = isLow(text.charCodeAt(focus - 1)) ? 2 : 1;
      return Math.max(first, snap(stretches, focus - step, false));
    }
    case 'word-right': {
      let at = focus;
      while (at < last && !isWord(text, at)) at++;
      while (at < last && isWord(text, at)) at++;
      return snap(stretches, at, false);
    }
    case 'word-left': {
      let at = focus;
      while (at > first && !isWord(text, at - 1)) at--;
      while (at > first && isWord(text, at - 1)) at--;
      return snap(stretches, at, true);
    }
    case 'block-start':
      return (stretchAt(stretches, focus) ?? stretches.find((s) => s.start >= focus))?.start ?? first;
    case 'block-end':
      return (stretchAt(stretches, focus) ?? stretches.find((s) => s.start >= focus))?.end ?? last;
  }
}

/** The caret after a move: the anchor stays, the focus moves. */
export function moveCaret(text: string, stretches: readonly Stretch[], caret: Caret, move: CaretMove): Caret {
  return { anchor: caret.anchor, focus: moveFocus(text, stretches, caret.focus, move) };
}
