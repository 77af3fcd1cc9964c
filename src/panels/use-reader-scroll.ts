// Where the document reader scrolls: to a new selection's or trace step's passage, to "Show in document", and
// back under the pointer after a press in the reader changed the details panel above it.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Span } from '../model/evidence';
import { firstSegOf, segsOverlapping, type ReaderModel } from '../model/reader-model';

/** The element the reader drew for a segment, if it is drawn. */
export function segElement(body: HTMLElement | null, seg: number | undefined): HTMLElement | null {
  return seg === undefined ? null : (body?.querySelector<HTMLElement>(`[data-seg="${seg}"]`) ?? null);
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** A short glow, so the eye finds the passage the reader just moved to. Web Animations: no class to clean up. */
function flash(elements: Iterable<Element>): void {
  if (prefersReducedMotion()) return;
  for (const el of elements) {
    el.animate?.(
      [{ boxShadow: '0 0 0 4px rgba(11, 87, 208, 0.55)' }, { boxShadow: '0 0 0 0 rgba(11, 87, 208, 0)' }],
      { duration: 1400, easing: 'ease-out' },
    );
  }
}

/**
 * Centres the element in the reader's own scroll box only. scrollIntoView would also scroll the side panel,
 * pushing the details panel out of sight each time the user selects something on the graph.
 */
function scrollWithin(container: HTMLElement, el: HTMLElement, smooth = true): void {
  const box = container.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  const delta = rect.top - box.top - (box.height - rect.height) / 2;
  container.scrollBy?.({ top: delta, behavior: smooth && !prefersReducedMotion() ? 'smooth' : 'auto' });
}

/** The nearest ancestor that scrolls vertically (the side panel; the page on a narrow screen). */
function scrollParentOf(el: HTMLElement): Element | null {
  for (let at = el.parentElement; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && at.scrollHeight > at.clientHeight) return at;
  }
  return document.scrollingElement ?? document.documentElement;
}

export interface ReaderScrollInput {
  /** The selection's element key, or null. */
  selKey: string | null;
  /** The current trace step's element key, or null. */
  stepKey: string | null;
  /** The passage "Show in document" asked for: a new object for each request, null before the first. */
  target: Span | null;
}

export interface ReaderScroll {
  /**
   * Call when a highlight is pressed, before the press changes the view: the highlight stays where it is on
   * screen, and the reader does not jump to the first passage of what the press chose (`chosenKey`, the
   * selection's or step's element key), as the user is already there.
   */
  pressed(seg: number, chosenKey: string | null): void;
}

export function useReaderScroll(
  bodyRef: RefObject<HTMLElement | null>,
  model: ReaderModel,
  { selKey, stepKey, target }: ReaderScrollInput,
): ReaderScroll {
  // The selection or step last chosen by pressing a highlight: the reader stays where the user is instead of jumping.
  const chosenHere = useRef<string | null>(null);
  // Where the highlight just pressed was on screen, to keep it there once the details panel above has changed.
  const pressedAt = useRef<{ seg: number; top: number } | null>(null);
  const [pressCount, setPressCount] = useState(0);
  // A page opened on a selection or a step (a link) jumps to its passage at once: a long smooth scroll at
  // start-up is slow to watch and can be cut short while the page settles. Later moves scroll smoothly.
  const hasScrolled = useRef(false);

  // A new selection: bring its first passage into the reader's view, unless it was chosen in the reader.
  useEffect(() => {
    if (!selKey) return;
    if (chosenHere.current === selKey) {
      chosenHere.current = null;
      return;
    }
    const body = bodyRef.current;
    const el = segElement(body, firstSegOf(model, selKey));
    if (!body || !el) return;
    scrollWithin(body, el, hasScrolled.current);
    hasScrolled.current = true;
    flash([el]);
  }, [bodyRef, selKey, model]);

  // A new trace step: bring its passage into view, unless it was chosen in the reader.
  useEffect(() => {
    if (stepKey && chosenHere.current === stepKey) {
      chosenHere.current = null;
      return;
    }
    const body = bodyRef.current;
    const el = segElement(body, firstSegOf(model, stepKey));
    if (!body || !el) return;
    scrollWithin(body, el, hasScrolled.current);
    hasScrolled.current = true;
    flash([el]);
  }, [bodyRef, stepKey, model]);

  // "Show in document": scroll the page as well (the user asked to see it), and move the keyboard there. This
  // answers a request made in another panel, through the store: it waits for the reader's render, not its own.
  useEffect(() => {
    if (!target) return;
    const body = bodyRef.current;
    if (!body) return;
    const els = segsOverlapping(model, target.start, target.end)
      .map((s) => segElement(body, s))
      .filter((el): el is HTMLElement => el !== null);
    const first = els[0];
    if (!first) return;
    first.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    first.focus({ preventScroll: true });
    flash(els);
  }, [bodyRef, target, model]);

  // A press changes the details panel above the reader, which moves the highlight pressed, often off screen:
  // scroll the panel back by as much, before the browser paints, so it stays under the pointer (a second click
  // lands on it) and keyboard focus stays in sight. Whatever the panel cannot take back, "nearest" still shows.
  useLayoutEffect(() => {
    const was = pressedAt.current;
    pressedAt.current = null;
    const body = bodyRef.current;
    const el = was && segElement(body, was.seg);
    if (!was || !body || !el) return;
    const drift = el.getBoundingClientRect().top - was.top;
    if (drift !== 0) scrollParentOf(body)?.scrollBy?.({ top: drift });
    el.scrollIntoView?.({ block: 'nearest' });
    // Panels that settle a frame later (a list measuring itself) could push it again: look once more then.
    const frame = window.requestAnimationFrame?.(() => el.scrollIntoView?.({ block: 'nearest' }));
    return () => {
      if (frame !== undefined) window.cancelAnimationFrame(frame);
    };
  }, [bodyRef, pressCount]);

  const pressed = useCallback(
    (seg: number, chosenKey: string | null) => {
      const el = segElement(bodyRef.current, seg);
      pressedAt.current = el ? { seg, top: el.getBoundingClientRect().top } : null;
      setPressCount((n) => n + 1);
      chosenHere.current = chosenKey;
    },
    [bodyRef],
  );

  return { pressed };
}
