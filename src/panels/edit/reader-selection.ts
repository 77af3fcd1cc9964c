// The words selected in the reader, as a span of the document's text: read from the page's text selection (made
// by mouse or by the reader's keyboard caret) and kept for the editing actions (Add entity, Add relation).
import { createStore, useStore } from 'zustand';
import type { ReaderModel } from '../../model/reader-model';

/** A selected span of one document of one opened dataset, trimmed of the spaces at its ends. */
export interface ReaderSpan {
  /** The opened dataset's key: a span of another dataset (or another opening) is no span of this one. */
  datasetKey: string;
  document: string;
  start: number;
  end: number;
}

/**
 * The last span selected in the reader: it stays while the user clicks elsewhere (a button in Details clears the
 * page's selection in some browsers), and goes when the selection collapses inside the reader or is used.
 */
export const readerSelection = createStore<{ span: ReaderSpan | null }>()(() => ({ span: null }));

export const setReaderSpan = (span: ReaderSpan | null): void => readerSelection.setState({ span });

/** The span selected in the reader of this opened dataset, or null. */
export function useReaderSpan(datasetKey: string): ReaderSpan | null {
  const span = useStore(readerSelection, (s) => s.span);
  return span?.datasetKey === datasetKey ? span : null;
}

/** A text node of the reader and where its words start in the document's text. */
export interface PlacedText {
  node: Text;
  start: number;
  end: number;
}

/**
 * The reader's text nodes with their offsets: the reader draws each segment of each block as one text node, in
 * text order, so the n-th text node is the n-th drawn segment. Null when the page does not match the model
 * (being redrawn), rather than a wrong offset.
 */
export function placedTexts(body: HTMLElement, model: ReaderModel): PlacedText[] | null {
  const drawn: { start: number; end: number }[] = [];
  for (const group of model.groups) {
    for (const block of group.blocks) {
      for (let i = block.segFrom; i < block.segTo; i++) {
        const seg = model.segments[i];
        if (seg && seg.end > seg.start) drawn.push(seg);
      }
    }
  }
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const placed: PlacedText[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const seg = drawn[placed.length];
    const text = node as Text;
    if (!seg || text.data !== model.text.slice(seg.start, seg.end)) return null;
    placed.push({ node: text, start: seg.start, end: seg.end });
  }
  return placed.length === drawn.length ? placed : null;
}

/** The text offset of a point of the page inside the reader (a text node and an offset, or an element and a child). */
export function offsetOfPoint(placed: readonly PlacedText[], container: Node, offset: number): number | null {
  if (container.nodeType === Node.TEXT_NODE) {
    const found = placed.find((p) => p.node === container);
    return found ? found.start + Math.min(offset, found.end - found.start) : null;
  }
  // A point between elements: the first text at or after it.
  const point = container.ownerDocument?.createRange();
  if (!point) return null;
  point.setStart(container, offset);
  const after = placed.find((p) => point.comparePoint(p.node, 0) >= 0);
  if (after) return after.start;
  const last = placed.at(-1);
  return last ? last.end : null;
}

/** The page point of a text offset: in the text node that holds it (at a boundary, the one it starts). */
export function pointOfOffset(
  placed: readonly PlacedText[],
  offset: number,
): { node: Text; offset: number } | null {
  const holder =
    placed.find((p) => offset >= p.start && offset < p.end) ??
    placed.find((p) => offset === p.end) ??
    placed.find((p) => p.start >= offset) ??
    placed.at(-1);
  if (!holder) return null;
  const clamped = Math.min(Math.max(offset, holder.start), holder.end);
  return { node: holder.node, offset: clamped - holder.start };
}

/** A span narrowed to leave out the spaces (and line breaks) at its ends; null when nothing else is in it. */
export function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.min(start, end);
  let e = Math.max(start, end);
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

/** The span the page's selection covers inside the reader's body, or null when it is empty or elsewhere. */
export function spanOfSelection(
  selection: Selection | null,
  body: HTMLElement,
  model: ReaderModel,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  const placed = placedTexts(body, model);
  if (!placed) return null;
  const start = offsetOfPoint(placed, range.startContainer, range.startOffset);
  const end = offsetOfPoint(placed, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return trimmedSpan(model.text, start, end);
}
