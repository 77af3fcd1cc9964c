// The source document with every evidence span highlighted: click a highlight to select what it supports;
// a selection, a trace step or "Show in document" scrolls the reader to its passage.
import {
  memo,
  useEffect,
  useId,
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
import { FAMILY_STYLE, NODE_STYLE, RELATION_FAMILY } from '../graph-view/palette';
import { useAppState, useDerivedView, useDispatch, useOpenDataset } from '../state/store';
import { elementKey, ownerText, stepIndexOf } from './describe';
import './details.css';

// ---------------------------------------------------------------------------------------------------------------
// The reader's model, built once per dataset: blocks of text, cut into segments at every span boundary.

/** A run of text with one set of evidence spans over it; owners are indices into index.evidenceOwners. */
interface Segment {
  readonly start: number;
  readonly end: number;
  /** Every span covering the run, innermost (narrowest) first; empty for plain text. */
  readonly owners: readonly number[];
}

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
  readonly segments: readonly Segment[];
  readonly groups: readonly Group[];
  /** Segments that carry a highlight, in text order: what the arrow keys walk through. */
  readonly highlightSegs: readonly number[];
  /** Per owner: the first and last segment it covers, or undefined when none of it is in a block. */
  readonly ownerSegs: readonly ([number, number] | undefined)[];
  /** Owner indices by element key ("node:mi6", "edge:x", "step:flow/step"), in text order. */
  readonly ownersByKey: ReadonlyMap<string, readonly number[]>;
  readonly ownerKeys: readonly string[];
  readonly ownerTitles: readonly string[];
  readonly ownerStyles: readonly CSSProperties[];
}

const NO_OWNERS: readonly number[] = Object.freeze([]);
// Flow steps are not typed entities: a neutral colour, told apart by a dotted underline.
const STEP_COLOUR = '#6b7280';

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

function styleFor(colour: string): CSSProperties {
  // Custom properties: details.css draws the fill, underline and emphasis from them.
  return {
    '--hl': colour,
    '--hl-soft': rgba(colour, 0.16),
    '--hl-strong': rgba(colour, 0.38),
  } as CSSProperties;
}

function ownerColour(index: GraphIndex, owner: EvidenceOwner): string {
  if (owner.kind === 'node') {
    const node = index.nodeById.get(owner.id);
    return node ? NODE_STYLE[node.type].colour : STEP_COLOUR;
  }
  if (owner.kind === 'edge') {
    const edge = index.edgeById.get(owner.id);
    return edge ? FAMILY_STYLE[RELATION_FAMILY[edge.type]].colour : STEP_COLOUR;
  }
  return STEP_COLOUR;
}

/**
 * Cuts the text at every span boundary and every block edge, so each segment has one set of covering spans.
 * One sweep over the sorted boundaries: O(boundaries × spans open at once), fine for a 1 MB text.
 */
function buildReaderModel(text: string, index: GraphIndex): ReaderModel {
  const owners = index.evidenceOwners;
  const cuts = [...new Set(owners.flatMap((o) => [o.start, o.end]))].sort((a, b) => a - b);
  const segments: Segment[] = [];
  const blocks: Block[] = [];
  const ownerSegs: ([number, number] | undefined)[] = owners.map(() => undefined);
  let active: number[] = [];
  let nextOwner = 0;
  let nextCut = 0;

  for (const paragraph of paragraphsOf(text)) {
    const raw = {
      kind: paragraph.bullet ? ('li' as const) : ('p' as const),
      start: paragraph.start,
      end: paragraph.end,
    };
    if (raw.end <= raw.start) continue; // a bullet mark with nothing after it
    const segFrom = segments.length;
    while (nextCut < cuts.length && (cuts[nextCut] ?? 0) <= raw.start) nextCut++;
    let at = raw.start;
    while (at < raw.end) {
      const cut = cuts[nextCut];
      const end = cut !== undefined && cut < raw.end ? cut : raw.end;
      if (cut !== undefined && cut < raw.end) nextCut++;
      // Open every span starting at or before `at`, close every span ended by it: what is left covers [at, end).
      while (nextOwner < owners.length && (owners[nextOwner]?.start ?? Infinity) <= at)
        active.push(nextOwner++);
      active = active.filter((o) => (owners[o]?.end ?? 0) > at);
      let covering = NO_OWNERS;
      if (active.length > 0) {
        const width = (o: number) => (owners[o]?.end ?? 0) - (owners[o]?.start ?? 0);
        covering = [...active].sort((a, b) => width(a) - width(b) || a - b);
        for (const o of covering) {
          const range = ownerSegs[o];
          if (range) range[1] = segments.length;
          else ownerSegs[o] = [segments.length, segments.length];
        }
      }
      segments.push({ start: at, end, owners: covering });
      at = end;
    }
    blocks.push({ ...raw, segFrom, segTo: segments.length });
  }

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
    const colour = ownerColour(index, o);
    let style = styleByColour.get(colour);
    if (!style) styleByColour.set(colour, (style = styleFor(colour)));
    return style;
  });

  return {
    text,
    owners,
    segments,
    groups,
    highlightSegs: segments.flatMap((s, i) => (s.owners.length > 0 ? [i] : [])),
    ownerSegs,
    ownersByKey,
    ownerKeys,
    ownerTitles: owners.map((o) => ownerText(index, o)),
    ownerStyles,
  };
}

/** The first segment (in text order) of any of the element's spans. */
function firstSegOf(model: ReaderModel, key: string | null): number | undefined {
  if (!key) return undefined;
  let first: number | undefined;
  for (const o of model.ownersByKey.get(key) ?? []) {
    const seg = model.ownerSegs[o]?.[0];
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
  /** This group's flags as text: the memo compares it instead of the whole map, which is new every render. */
  hot: string;
}

function renderSegments(model: ReaderModel, block: Block, flags: Flags): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = block.segFrom; i < block.segTo; i++) {
    const seg = model.segments[i];
    if (!seg) continue;
    const f = flags.get(i) ?? 0;
    const words = model.text.slice(seg.start, seg.end);
    const inner = seg.owners[0];
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
    out.push(
      <mark
        key={i}
        data-seg={i}
        data-owner={model.ownerKeys[inner]}
        className={className}
        style={model.ownerStyles[inner]}
        title={seg.owners.map((o) => model.ownerTitles[o]).join(' · ')}
        tabIndex={f & TABBABLE ? 0 : -1}
        aria-current={f & TARGET ? 'true' : undefined}
      >
        {words}
      </mark>,
    );
  }
  return out;
}

const ReaderGroup = memo(
  function ReaderGroup({ model, group, flags }: GroupProps) {
    if (group.kind === 'p') {
      const block = group.blocks[0];
      return block ? <p>{renderSegments(model, block, flags)}</p> : null;
    }
    return (
      <ul className="reader-bullets">
        {group.blocks.map((block) => (
          <li key={block.start}>{renderSegments(model, block, flags)}</li>
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

// ---------------------------------------------------------------------------------------------------------------

export function DocumentReader() {
  const { dataset, index, sourceText } = useOpenDataset();
  const { selection, readerTarget } = useAppState();
  const { trace } = useDerivedView();
  const dispatch = useDispatch();
  const headingId = useId();
  const bodyId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  // The selection last made by clicking a highlight: the reader stays where the user clicked instead of jumping.
  const selectedHere = useRef<string | null>(null);

  const model = useMemo(() => buildReaderModel(sourceText, index), [sourceText, index]);

  // Hidden until the next "Show in document": hiding remembers the request count it was hidden at.
  const [hiddenAt, setHiddenAt] = useState<number | null>(null);
  const targetSeq = readerTarget?.seq ?? 0;
  const open = hiddenAt === null || targetSeq > hiddenAt;

  // The highlight the reader's one tab stop is on: the one last focused, while the selection it was focused
  // under lasts; else the selection's first passage, the target, the trace step's, or the first highlight.
  const [focused, setFocused] = useState<{ seg: number; forKey: string | null } | null>(null);

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
      (focused && focused.forKey === selKey && model.segments[focused.seg]?.owners.length
        ? focused.seg
        : undefined) ??
      firstSegOf(model, selKey) ??
      targetSegs.find((s) => (model.segments[s]?.owners.length ?? 0) > 0) ??
      firstSegOf(model, stepKey) ??
      model.highlightSegs[0];
    if (tab !== undefined) add(tab, TABBABLE);
    return map;
  }, [model, selKey, stepKey, readerTarget, focused]);

  // Each group's share of the flags, as text, so React.memo skips the groups whose highlights did not change.
  const hot = useMemo(() => {
    const parts = model.groups.map(() => '');
    const starts = model.groups.map((g) => g.segFrom);
    for (const seg of [...flags.keys()].sort((a, b) => a - b)) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] ?? 0) <= seg) lo = mid;
        else hi = mid - 1;
      }
      parts[lo] += `${seg}:${flags.get(seg) ?? 0},`;
    }
    return parts;
  }, [model, flags]);

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

  // A new trace step: bring its passage into view.
  useEffect(() => {
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

  const activate = (seg: number) => {
    const segment = model.segments[seg];
    if (!segment || segment.owners.length === 0) return;
    const owners = segment.owners
      .map((o) => model.owners[o])
      .filter((o): o is EvidenceOwner => o !== undefined);
    const elements = owners.filter((o) => o.kind !== 'step');
    if (elements.length === 0) {
      const step = owners[0];
      if (!step?.flowId) return;
      const stepIndex = stepIndexOf(index, step.flowId, step.id);
      if (stepIndex >= 0) dispatch({ type: 'setTrace', trace: { flowId: step.flowId, step: stepIndex } });
      setFocused({ seg, forKey: selKey });
      return;
    }
    // Nested or equal spans: a click on the selected element's highlight moves on to the next element it supports.
    const at = elements.findIndex((o) => elementKey(o.kind, o.id) === selKey);
    const pick = elements[(at + 1) % elements.length] ?? elements[0];
    if (!pick || pick.kind === 'step') return;
    const key = elementKey(pick.kind, pick.id);
    selectedHere.current = key;
    setFocused({ seg, forKey: key });
    dispatch({ type: 'select', selection: { kind: pick.kind, id: pick.id } });
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
    if (seg !== undefined && (model.segments[seg]?.owners.length ?? 0) > 0)
      setFocused({ seg, forKey: selKey });
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
      <div id={bodyId} hidden={!open}>
        <p className="reader-keys">
          {model.owners.length} highlighted passages. Click one to select what it supports; from the keyboard,{' '}
          <kbd>Tab</kbd> to them, arrows move, <kbd>Enter</kbd> selects.
        </p>
        <div ref={bodyRef} className="reader-body" onClick={onClick} onKeyDown={onKeyDown} onFocus={onFocus}>
          {model.groups.map((group, i) => (
            <ReaderGroup key={group.segFrom} model={model} group={group} flags={flags} hot={hot[i] ?? ''} />
          ))}
        </div>
      </div>
    </section>
  );
}
