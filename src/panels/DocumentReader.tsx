// The source document with every evidence span highlighted: click a highlight to select what it supports;
// a selection, a trace step or "Show in document" scrolls the reader to its passage.
import {
  memo,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { EvidenceOwner, GraphIndex } from '../model/graph-index';
import { paragraphsOf } from '../model/evidence';
import { keyboardStops, segmentText, type SpanSegment } from '../model/span-segments';
import { RELATION_FAMILY } from '../model/vocabulary';
import { NODE_TYPE_STYLE, RELATION_FAMILY_STYLE, UI_COLOURS } from '../theme/theme';
import type { Selection } from '../state/app-state';
import { useAppState, useDerivedView, useDispatch, useOpenDataset } from '../state/store';
import { elementKey, ownerText, stepIndexOf } from './describe';
import './details.css';

// ---------------------------------------------------------------------------------------------------------------
// The reader's model, built once per dataset: blocks of text, cut into segments at every span boundary.
// A segment's `spans` are indices into index.evidenceOwners, innermost first.

/** A paragraph or a bullet item (without its bullet mark), and the segments it is made of. */
interface Block {
  readonly kind: 'p' | 'li';
  readonly start: number;
  readonly end: number;
  readonly segFrom: number;
  readonly segTo: number;
}

/** What the reader renders as one memoised unit: a paragraph, or a run of bullet items as one list. */
interface Group {
  readonly kind: 'p' | 'ul';
  readonly blocks: readonly Block[];
  readonly segFrom: number;
  readonly segTo: number;
}

interface ReaderModel {
  readonly text: string;
  readonly owners: readonly EvidenceOwner[];
  readonly segments: readonly SpanSegment[];
  readonly groups: readonly Group[];
  /** Highlights with a word in them, in text order: the keyboard's stops, what the arrow keys walk through. */
  readonly highlightSegs: readonly number[];
  readonly isStop: readonly boolean[];
  /** Per owner: the first and last segment it covers, or undefined when none of it is in a block. */
  readonly ownerSegs: readonly (readonly [number, number] | undefined)[];
  /** Owner indices by element key ("node:mi6", "edge:x", "step:flow/step"), in text order. */
  readonly ownersByKey: ReadonlyMap<string, readonly number[]>;
  readonly ownerKeys: readonly string[];
  readonly ownerTitles: readonly string[];
  readonly ownerStyles: readonly CSSProperties[];
}

// Flow steps are not typed entities: a neutral colour, told apart by a dotted underline.
const STEP_COLOUR = UI_COLOURS.stepNeutral;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgba(hex: string, alpha: number): string {
  return `rgba(${rgb(hex).join(', ')}, ${alpha})`;
}

/** The colour mixed with black: an underline in a light type colour (yellow, sky blue) still shows on white. */
function darker(hex: string, amount: number): string {
  return `rgb(${rgb(hex)
    .map((c) => Math.round(c * (1 - amount)))
    .join(', ')})`;
}

function styleFor(colour: string): CSSProperties {
  // Custom properties: details.css draws a highlight's type colours from them on hover and focus.
  return { '--hl': darker(colour, 0.2), '--hl-soft': rgba(colour, 0.22) } as CSSProperties;
}

function colourOf(index: GraphIndex, kind: EvidenceOwner['kind'], id: string): string {
  if (kind === 'node') {
    const node = index.nodeById.get(id);
    return node ? NODE_TYPE_STYLE[node.type].colour : STEP_COLOUR;
  }
  if (kind === 'edge') {
    const edge = index.edgeById.get(id);
    return edge ? RELATION_FAMILY_STYLE[RELATION_FAMILY[edge.type]].colour : STEP_COLOUR;
  }
  return STEP_COLOUR;
}

/** The selected element's type colour for its passages, set once on the reader instead of on every highlight. */
function selectionStyle(index: GraphIndex, selection: Selection): CSSProperties | undefined {
  if (!selection) return undefined;
  const colour = colourOf(index, selection.kind, selection.id);
  return {
    '--sel-fill': rgba(colour, 0.45),
    '--sel-line': darker(colour, 0.35),
  } as CSSProperties;
}

function buildReaderModel(text: string, index: GraphIndex): ReaderModel {
  const owners = index.evidenceOwners;
  const paragraphs = paragraphsOf(text).filter((p) => p.end > p.start); // a bullet mark with nothing after it
  const segmented = segmentText(owners, paragraphs);
  const blocks: Block[] = paragraphs.map((p, i) => {
    const [segFrom, segTo] = segmented.blockSegs[i] ?? [0, 0];
    return { kind: p.bullet ? 'li' : 'p', start: p.start, end: p.end, segFrom, segTo };
  });

  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.kind === 'li' && last?.kind === 'ul') {
      groups[groups.length - 1] = { ...last, blocks: [...last.blocks, block], segTo: block.segTo };
    } else {
      groups.push({
        kind: block.kind === 'li' ? 'ul' : 'p',
        blocks: [block],
        segFrom: block.segFrom,
        segTo: block.segTo,
      });
    }
  }

  const ownerKeys = owners.map((o) => elementKey(o.kind, o.id, o.flowId));
  const ownersByKey = new Map<string, number[]>();
  ownerKeys.forEach((key, o) => {
    const list = ownersByKey.get(key);
    if (list) list.push(o);
    else ownersByKey.set(key, [o]);
  });
  const styleByColour = new Map<string, CSSProperties>();
  const ownerStyles = owners.map((o) => {
    const colour = colourOf(index, o.kind, o.id);
    let style = styleByColour.get(colour);
    if (!style) styleByColour.set(colour, (style = styleFor(colour)));
    return style;
  });
  const highlightSegs = keyboardStops(text, segmented);
  const isStop = segmented.segments.map(() => false);
  for (const s of highlightSegs) isStop[s] = true;

  return {
    text,
    owners,
    segments: segmented.segments,
    groups,
    highlightSegs,
    isStop,
    ownerSegs: segmented.spanSegs,
    ownersByKey,
    ownerKeys,
    ownerTitles: owners.map((o) => ownerText(index, o)),
    ownerStyles,
  };
}

/** The first segment (in text order) of any of the element's spans; with `stop`, the first keyboard stop. */
function firstSegOf(model: ReaderModel, key: string | null, stop = false): number | undefined {
  if (!key) return undefined;
  let first: number | undefined;
  for (const o of model.ownersByKey.get(key) ?? []) {
    const range = model.ownerSegs[o];
    if (!range) continue;
    let seg: number | undefined = range[0];
    if (stop) {
      seg = undefined;
      for (let s = range[0]; s <= range[1] && seg === undefined; s++) if (model.isStop[s]) seg = s;
    }
    if (seg !== undefined && (first === undefined || seg < first)) first = seg;
  }
  return first;
}

/** Segments overlapping [start, end): found by binary search, as segments are in text order. */
function segsOverlapping(model: ReaderModel, start: number, end: number): number[] {
  const { segments } = model;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid]?.end ?? Infinity) <= start) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < segments.length && (segments[i]?.start ?? Infinity) < Math.max(end, start + 1); i++) {
    found.push(i);
  }
  return found;
}

/** What pressing a highlight does now. */
type Choice =
  { kind: 'element'; owner: number; at: number; of: number; next: number } | { kind: 'step'; owner: number };

/**
 * The element after the selection among those the words support (each once, innermost first), so pressing again
 * moves on; a highlight only of flow steps puts the tracer on its step. Both the action and the highlight's
 * accessible name come from here, so what the name promises is what a press does.
 */
function choiceAt(model: ReaderModel, seg: number, selKey: string | null): Choice | undefined {
  const spans = model.segments[seg]?.spans ?? [];
  const seen = new Set<string>();
  const elements = spans.filter((o) => {
    const key = model.ownerKeys[o] ?? '';
    if (model.owners[o]?.kind === 'step' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (elements.length === 0) {
    const step = spans[0];
    return step === undefined ? undefined : { kind: 'step', owner: step };
  }
  const current = elements.findIndex((o) => model.ownerKeys[o] === selKey);
  const at = (current + 1) % elements.length;
  return {
    kind: 'element',
    owner: elements[at] ?? 0,
    at,
    of: elements.length,
    next: elements[(at + 1) % elements.length] ?? 0,
  };
}

/**
 * A highlight's accessible name: its own words (what a sighted user sees), then what following it selects, e.g.
 * "MI6 works closely with GCHQ: MI6 (agency), 1 of 2". Kept free of command words ("select", "next"): a name
 * is also how a screen-reader user or a test finds a control, and 300 highlights saying "next" would drown out
 * the tracer's Next button.
 */
function highlightName(model: ReaderModel, seg: number, words: string, selKey: string | null): string {
  const shown = words.replace(/\s+/g, ' ').trim();
  const choice = choiceAt(model, seg, selKey);
  if (!choice) return shown;
  const what = model.ownerTitles[choice.owner] ?? '';
  // A step, or the only element the words support, needs no "1 of n".
  if (choice.kind === 'step' || choice.of === 1) return `${shown}: ${what}`;
  return `${shown}: ${what}, ${choice.at + 1} of ${choice.of}`;
}

/** How to reach the other elements the words support, read after the name where there are several. */
function highlightHint(model: ReaderModel, seg: number, selKey: string | null): string | undefined {
  const choice = choiceAt(model, seg, selKey);
  if (!choice || choice.kind === 'step' || choice.of === 1) return undefined;
  return `Press Enter again for ${model.ownerTitles[choice.next] ?? ''}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering: what changes with the view is a small map of flags per segment; unchanged groups are not re-rendered.

const SELECTED = 1;
const IN_STEP = 2;
const TARGET = 4;
const TABBABLE = 8;

type Flags = ReadonlyMap<number, number>;

interface GroupProps {
  model: ReaderModel;
  group: Group;
  flags: Flags;
  /** Highlights' names depend on it (what pressing selects next); `hot` carries it where they do. */
  selKey: string | null;
  /** This group's flags as text: the memo compares it instead of the whole map, which is new every render. */
  hot: string;
}

function renderSegments(model: ReaderModel, block: Block, flags: Flags, selKey: string | null): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = block.segFrom; i < block.segTo; i++) {
    const seg = model.segments[i];
    if (!seg) continue;
    const f = flags.get(i) ?? 0;
    const words = model.text.slice(seg.start, seg.end);
    const inner = seg.spans[0];
    if (inner === undefined) {
      out.push(
        f & TARGET ? (
          <span key={i} data-seg={i} className="reader-target" aria-current="true" tabIndex={-1}>
            {words}
          </span>
        ) : (
          words
        ),
      );
      continue;
    }
    let className = `hl hl-${model.owners[inner]?.kind ?? 'node'}`;
    if (f & SELECTED) className += ' is-selected';
    if (f & IN_STEP) className += ' is-step';
    if (f & TARGET) className += ' is-target';
    const shared = {
      'data-seg': i,
      'data-owner': model.ownerKeys[inner],
      className,
      style: model.ownerStyles[inner],
      title: seg.spans.map((o) => model.ownerTitles[o]).join(' · '),
      'aria-current': f & TARGET ? ('true' as const) : undefined,
    };
    out.push(
      model.isStop[i] ? (
        <mark
          key={i}
          {...shared}
          // A link: following it goes to what the words support (it selects that element everywhere).
          role="link"
          aria-label={highlightName(model, i, words, selKey)}
          aria-description={highlightHint(model, i, selKey)}
          tabIndex={f & TABBABLE ? 0 : -1}
        >
          {words}
        </mark>
      ) : (
        // Only spaces and punctuation between highlights: drawn and clickable, but no stop for the keyboard.
        <mark key={i} {...shared}>
          {words}
        </mark>
      ),
    );
  }
  return out;
}

const ReaderGroup = memo(
  function ReaderGroup({ model, group, flags, selKey }: GroupProps) {
    if (group.kind === 'p') {
      const block = group.blocks[0];
      return block ? <p>{renderSegments(model, block, flags, selKey)}</p> : null;
    }
    return (
      <ul className="reader-bullets">
        {group.blocks.map((block) => (
          <li key={block.start}>{renderSegments(model, block, flags, selKey)}</li>
        ))}
      </ul>
    );
  },
  (a, b) => a.hot === b.hot && a.model === b.model && a.group === b.group,
);

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

// ---------------------------------------------------------------------------------------------------------------

export function DocumentReader() {
  const { dataset, index, sourceText } = useOpenDataset();
  const { selection, readerTarget } = useAppState();
  const { trace } = useDerivedView();
  const dispatch = useDispatch();
  const headingId = useId();
  const bodyId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  // The selection or step last chosen by pressing a highlight: the reader stays where the user is instead of jumping.
  const selectedHere = useRef<string | null>(null);
  const stepChosenHere = useRef<string | null>(null);

  const model = useMemo(() => buildReaderModel(sourceText, index), [sourceText, index]);

  // Hidden until the next "Show in document": hiding remembers the request count it was hidden at.
  const [hiddenAt, setHiddenAt] = useState<number | null>(null);
  const targetSeq = readerTarget?.seq ?? 0;
  const open = hiddenAt === null || targetSeq > hiddenAt;

  // The highlight the reader's one tab stop is on: the one last focused, while the selection it was focused
  // under lasts; else the selection's first passage, the target, the trace step's, or the first highlight.
  const [focused, setFocused] = useState<{ seg: number; forKey: string | null } | null>(null);

  // Where the highlight just pressed was on screen, to keep it there once the details panel above has changed.
  const pressed = useRef<{ seg: number; top: number } | null>(null);
  const [pressCount, setPressCount] = useState(0);

  // After pressing a highlight that supports several elements: which one of them this is, and what comes next.
  const [status, setStatus] = useState<{ text: string; forKey: string } | null>(null);

  const selKey = selection ? elementKey(selection.kind, selection.id) : null;
  const stepKey = trace ? elementKey('step', trace.state.current.id, trace.flow.id) : null;

  const flags = useMemo(() => {
    const map = new Map<number, number>();
    const add = (seg: number, bit: number) => map.set(seg, (map.get(seg) ?? 0) | bit);
    const addElement = (key: string | null, bit: number) => {
      for (const o of (key && model.ownersByKey.get(key)) || []) {
        const range = model.ownerSegs[o];
        if (range) for (let s = range[0]; s <= range[1]; s++) add(s, bit);
      }
    };
    addElement(selKey, SELECTED);
    addElement(stepKey, IN_STEP);
    const targetSegs = readerTarget ? segsOverlapping(model, readerTarget.start, readerTarget.end) : [];
    for (const s of targetSegs) add(s, TARGET);
    const tab =
      (focused && focused.forKey === selKey && model.isStop[focused.seg] ? focused.seg : undefined) ??
      firstSegOf(model, selKey, true) ??
      targetSegs.find((s) => model.isStop[s]) ??
      firstSegOf(model, stepKey, true) ??
      model.highlightSegs[0];
    if (tab !== undefined) add(tab, TABBABLE);
    return map;
  }, [model, selKey, stepKey, readerTarget, focused]);

  // Each group's share of the flags, as text, so React.memo skips the groups whose highlights did not change.
  // A group with selected highlights also carries the selection: pressing again on the same words selects
  // another element over the same highlights, which changes their names but not their flags.
  const hot = useMemo(() => {
    const parts = model.groups.map(() => '');
    const withSelection = model.groups.map(() => false);
    const starts = model.groups.map((g) => g.segFrom);
    for (const seg of [...flags.keys()].sort((a, b) => a - b)) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] ?? 0) <= seg) lo = mid;
        else hi = mid - 1;
      }
      const f = flags.get(seg) ?? 0;
      parts[lo] += `${seg}:${f},`;
      if (f & SELECTED) withSelection[lo] = true;
    }
    return parts.map((part, i) => (withSelection[i] ? `${selKey ?? ''}|${part}` : part));
  }, [model, flags, selKey]);

  const segElement = (seg: number | undefined): HTMLElement | null =>
    seg === undefined ? null : (bodyRef.current?.querySelector<HTMLElement>(`[data-seg="${seg}"]`) ?? null);

  // A page opened on a selection or a step (a link) jumps to its passage at once: a long smooth scroll at
  // start-up is slow to watch and can be cut short while the page settles. Later moves scroll smoothly.
  const hasScrolled = useRef(false);

  // A new selection: bring its first passage into the reader's view, unless it was chosen in the reader.
  useEffect(() => {
    if (!selKey) return;
    if (selectedHere.current === selKey) {
      selectedHere.current = null;
      return;
    }
    const body = bodyRef.current;
    const el = body?.querySelector<HTMLElement>(`[data-seg="${firstSegOf(model, selKey) ?? -1}"]`);
    if (!body || !el) return;
    scrollWithin(body, el, hasScrolled.current);
    hasScrolled.current = true;
    flash([el]);
  }, [selKey, model]);

  // A new trace step: bring its passage into view, unless it was chosen in the reader.
  useEffect(() => {
    if (stepKey && stepChosenHere.current === stepKey) {
      stepChosenHere.current = null;
      return;
    }
    const body = bodyRef.current;
    const el = body?.querySelector<HTMLElement>(`[data-seg="${firstSegOf(model, stepKey) ?? -1}"]`);
    if (!body || !el) return;
    scrollWithin(body, el, hasScrolled.current);
    hasScrolled.current = true;
    flash([el]);
  }, [stepKey, model]);

  // "Show in document": scroll the page as well (the user asked to see it), and move keyboard focus there.
  useEffect(() => {
    if (!readerTarget) return;
    const body = bodyRef.current;
    if (!body) return;
    const els = segsOverlapping(model, readerTarget.start, readerTarget.end)
      .map((s) => body.querySelector<HTMLElement>(`[data-seg="${s}"]`))
      .filter((el): el is HTMLElement => el !== null);
    const first = els[0];
    if (!first) return;
    first.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    first.focus({ preventScroll: true });
    flash(els);
  }, [readerTarget, model]);

  // A press changes the details panel above the reader, which moves the highlight pressed, often off screen:
  // scroll the panel back by as much, before the browser paints, so it stays under the pointer (a second click
  // lands on it) and keyboard focus stays in sight. Whatever the panel cannot take back, "nearest" still shows.
  useLayoutEffect(() => {
    const was = pressed.current;
    pressed.current = null;
    const body = bodyRef.current;
    const el = was && body?.querySelector<HTMLElement>(`[data-seg="${was.seg}"]`);
    if (!was || !body || !el) return;
    const drift = el.getBoundingClientRect().top - was.top;
    if (drift !== 0) scrollParentOf(body)?.scrollBy?.({ top: drift });
    el.scrollIntoView?.({ block: 'nearest' });
    // Panels that settle a frame later (a list measuring itself) could push it again: look once more then.
    const frame = window.requestAnimationFrame?.(() => el.scrollIntoView?.({ block: 'nearest' }));
    return () => {
      if (frame !== undefined) window.cancelAnimationFrame(frame);
    };
  }, [pressCount]);

  const activate = (seg: number) => {
    const choice = choiceAt(model, seg, selKey);
    if (!choice) return;
    const owner = model.owners[choice.owner];
    if (!owner) return;
    const pressedElement = segElement(seg);
    pressed.current = pressedElement ? { seg, top: pressedElement.getBoundingClientRect().top } : null;
    setPressCount((n) => n + 1);
    if (choice.kind === 'step') {
      setStatus(null);
      if (!owner.flowId) return;
      const stepIndex = stepIndexOf(index, owner.flowId, owner.id);
      if (stepIndex < 0) return;
      stepChosenHere.current = model.ownerKeys[choice.owner] ?? null;
      dispatch({ type: 'setTrace', trace: { flowId: owner.flowId, step: stepIndex } });
      if (model.isStop[seg]) setFocused({ seg, forKey: selKey });
      return;
    }
    if (owner.kind === 'step') return;
    const key = elementKey(owner.kind, owner.id);
    selectedHere.current = key;
    if (model.isStop[seg]) setFocused({ seg, forKey: key });
    setStatus(
      choice.of > 1
        ? {
            text: `${choice.at + 1} of ${choice.of} supported here. Press again for ${model.ownerTitles[choice.next] ?? ''}.`,
            forKey: key,
          }
        : null,
    );
    dispatch({ type: 'select', selection: { kind: owner.kind, id: owner.id } });
  };

  const segOf = (target: EventTarget): number | undefined => {
    const el = target instanceof Element ? target.closest<HTMLElement>('[data-seg]') : null;
    return el?.dataset.seg === undefined ? undefined : Number(el.dataset.seg);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // A click that ends a text selection is the user selecting words to copy, not choosing a highlight.
    if (window.getSelection?.()?.isCollapsed === false) return;
    const seg = segOf(event.target);
    if (seg !== undefined) activate(seg);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const seg = segOf(event.target);
    if (seg === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const list = model.highlightSegs;
    const at = list.indexOf(seg);
    let next: number | undefined;
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        activate(seg);
        return;
      case 'ArrowRight':
      case 'ArrowDown':
        next = list[Math.min(list.length - 1, at + 1)];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = at === -1 ? list[0] : list[Math.max(0, at - 1)];
        break;
      case 'Home':
        next = list[0];
        break;
      case 'End':
        next = list[list.length - 1];
        break;
      default:
        return;
    }
    event.preventDefault();
    segElement(next)?.focus();
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const seg = segOf(event.target);
    if (seg !== undefined && model.isStop[seg]) setFocused({ seg, forKey: selKey });
  };

  const sourceUrl =
    dataset.source.url && /^https?:\/\//i.test(dataset.source.url) ? dataset.source.url : null;

  return (
    <section className="panel-section document-reader" aria-labelledby={headingId}>
      <div className="reader-header">
        <h2 id={headingId}>Document</h2>
        <button
          type="button"
          className="reader-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setHiddenAt(open ? targetSeq : null)}
        >
          {open ? 'Hide document' : 'Show document'}
        </button>
      </div>
      <p className="reader-source">
        <cite>{dataset.source.title}</cite>
        {dataset.source.publisher && <> — {dataset.source.publisher}</>}
        {sourceUrl && (
          <>
            {' '}
            <a href={sourceUrl} target="_blank" rel="noopener noreferrer">
              original<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
      </p>
      <div id={bodyId} className="reader-pane" hidden={!open}>
        <p className="reader-keys">
          {model.owners.length} passages of evidence, tinted: point at one to see what it supports, click to
          select it, again for the next. Keys: <kbd>Tab</kbd> to them, arrows move, <kbd>Enter</kbd> selects.
        </p>
        <div
          ref={bodyRef}
          className={`reader-body${selKey ? ' has-selection' : ''}`}
          style={selectionStyle(index, selection)}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          {model.groups.map((group, i) => (
            <ReaderGroup
              key={group.segFrom}
              model={model}
              group={group}
              flags={flags}
              selKey={selKey}
              hot={hot[i] ?? ''}
            />
          ))}
        </div>
        <p className="reader-status" role="status">
          {status && status.forKey === selKey ? status.text : ''}
        </p>
      </div>
    </section>
  );
}
