// The document reader's model, pure: the text in blocks and segments, what pressing a highlight picks, which
// highlights a view marks, and the colours they are drawn in. The reader component only draws and scrolls it.
import { paragraphsOf, type Span } from './evidence';
import { sortedSteps } from './flow';
import type { EvidenceOwner, GraphIndex } from './graph-index';
import { keyboardStops, segmentText, type SpanSegment } from './span-segments';
import type { NodeType, RelationType } from './vocabulary';

/** A paragraph or a bullet item (without its bullet mark), and the half-open range [segFrom, segTo) of its segments. */
export interface Block {
  readonly kind: 'p' | 'li';
  readonly start: number;
  readonly end: number;
  readonly segFrom: number;
  readonly segTo: number;
}

/** What the reader renders as one memoised unit: a paragraph, or a run of bullet items as one list. */
export interface BlockGroup {
  readonly kind: 'p' | 'ul';
  readonly blocks: readonly Block[];
  readonly segFrom: number;
  readonly segTo: number;
}

/**
 * The reader's model, built once per document shown: blocks of text, cut into segments at every span boundary.
 * A segment's `spans` are indices into `owners` (the index's evidenceOwners), innermost first.
 */
export interface ReaderModel {
  /** The id of the document this is the model of. */
  readonly document: string;
  readonly text: string;
  readonly owners: readonly EvidenceOwner[];
  readonly segments: readonly SpanSegment[];
  readonly groups: readonly BlockGroup[];
  /** Highlights with a word in them, in text order: the keyboard's stops, what the arrow keys walk through. */
  readonly highlightSegs: readonly number[];
  readonly isStop: readonly boolean[];
  /** Per owner: the first and last segment it covers, or undefined when none of it is in a block. */
  readonly ownerSegs: readonly (readonly [number, number] | undefined)[];
  /** Owner indices by element key ("node:mi6", "edge:x", "step:flow/step"), in text order. */
  readonly ownersByKey: ReadonlyMap<string, readonly number[]>;
  readonly ownerKeys: readonly string[];
  /** Per owner: what it supports, in words (a highlight's title). */
  readonly ownerTitles: readonly string[];
  /** Per owner: its type colour, "#rrggbb". */
  readonly ownerColours: readonly string[];
}

/** The key a node, edge or flow step is known by among evidence owners and selections: "node:mi6", "step:flow/s3". */
export function elementKey(kind: EvidenceOwner['kind'], id: string, flowId?: string): string {
  return kind === 'step' ? `step:${flowId ?? ''}/${id}` : `${kind}:${id}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Colours

/** The type colours the reader draws in (the graph's own), given by the caller so the model imports no view code. */
export interface TypeColours {
  node(type: NodeType): string;
  relation(type: RelationType): string;
  /** Flow steps are not typed entities: a neutral colour, told apart by a dotted underline. */
  step: string;
}

/** The colour of a node, edge or step, by its type: the one place the reader looks a colour up. */
export function colourOf(
  index: GraphIndex,
  colours: TypeColours,
  element: { readonly kind: EvidenceOwner['kind']; readonly id: string },
): string {
  if (element.kind === 'node') {
    const node = index.nodeById.get(element.id);
    return node ? colours.node(node.type) : colours.step;
  }
  if (element.kind === 'edge') {
    const edge = index.edgeById.get(element.id);
    return edge ? colours.relation(edge.type) : colours.step;
  }
  return colours.step;
}

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

/** A highlight's colours when pointed at or focused: its type colour as an underline and a soft fill. */
export function highlightColours(colour: string): { line: string; fill: string } {
  return { line: darker(colour, 0.2), fill: rgba(colour, 0.22) };
}

/** The selected element's passages: its type colour, stronger than a highlight's. */
export function selectionColours(colour: string): { line: string; fill: string } {
  return { line: darker(colour, 0.35), fill: rgba(colour, 0.45) };
}

// ---------------------------------------------------------------------------------------------------------------
// Building

/** What the model needs besides the text and the index: words for an owner, and the type colours. */
export interface ReaderLook {
  titleOf(owner: EvidenceOwner): string;
  colours: TypeColours;
}

/**
 * The reader's model of one document (by default the dataset's first): only that document's spans are
 * highlighted in it, as every document's offsets count from its own start.
 */
export function buildReaderModel(
  text: string,
  index: GraphIndex,
  look: ReaderLook,
  document: string = index.dataset.documents[0]?.id ?? '',
): ReaderModel {
  const owners = index.evidenceOwners.filter((o) => o.document === document);
  const paragraphs = paragraphsOf(text).filter((p) => p.end > p.start); // a bullet mark with nothing after it
  const segmented = segmentText(owners, paragraphs);
  const blocks: Block[] = paragraphs.map((p, i) => {
    const [segFrom, segTo] = segmented.blockSegs[i] ?? [0, 0];
    return { kind: p.bullet ? 'li' : 'p', start: p.start, end: p.end, segFrom, segTo };
  });

  const groups: BlockGroup[] = [];
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
  const highlightSegs = keyboardStops(text, segmented);
  const isStop = segmented.segments.map(() => false);
  for (const s of highlightSegs) isStop[s] = true;

  return {
    document,
    text,
    owners,
    segments: segmented.segments,
    groups,
    highlightSegs,
    isStop,
    ownerSegs: segmented.spanSegs,
    ownersByKey,
    ownerKeys,
    ownerTitles: owners.map((o) => look.titleOf(o)),
    ownerColours: owners.map((o) => colourOf(index, look.colours, o)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Finding segments

/** The first segment (in text order) of any of the element's spans; with `stop`, the first keyboard stop. */
export function firstSegOf(model: ReaderModel, key: string | null, stop = false): number | undefined {
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

/**
 * Segments overlapping [start, end), or the one holding `start` when the range is empty: found by binary
 * search, as segments are in text order.
 */
export function segsOverlapping(model: ReaderModel, start: number, end: number): number[] {
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

/** The group holding the segment: found by binary search over the groups' first segments. */
export function groupOfSeg(model: ReaderModel, seg: number): number {
  const { groups } = model;
  let lo = 0;
  let hi = groups.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((groups[mid]?.segFrom ?? 0) <= seg) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------------------------
// Pressing a highlight

/** What pressing a highlight does now: select an element (`at` of the `of` the words support), or go to a step. */
export type Choice =
  { kind: 'element'; owner: number; at: number; of: number; next: number } | { kind: 'step'; owner: number };

/**
 * The element after the selection among those the words support (each once, innermost first), so pressing again
 * moves on; a highlight only of flow steps puts the tracer on its step. Both the action and the highlight's
 * accessible name come from here, so what the name promises is what a press does.
 */
export function choiceAt(model: ReaderModel, seg: number, selKey: string | null): Choice | undefined {
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
export function highlightName(model: ReaderModel, seg: number, selKey: string | null): string {
  const segment = model.segments[seg];
  const shown = segment ? model.text.slice(segment.start, segment.end).replace(/\s+/g, ' ').trim() : '';
  const choice = choiceAt(model, seg, selKey);
  if (!choice) return shown;
  const what = model.ownerTitles[choice.owner] ?? '';
  // A step, or the only element the words support, needs no "1 of n".
  if (choice.kind === 'step' || choice.of === 1) return `${shown}: ${what}`;
  return `${shown}: ${what}, ${choice.at + 1} of ${choice.of}`;
}

/** How to reach the other elements the words support, read after the name where there are several. */
export function highlightHint(model: ReaderModel, seg: number, selKey: string | null): string | undefined {
  const choice = choiceAt(model, seg, selKey);
  if (!choice || choice.kind === 'step' || choice.of === 1) return undefined;
  return `Press Enter again for ${model.ownerTitles[choice.next] ?? ''}`;
}

/** What the reader says after a press selected one of several elements the words support; null for the only one. */
export function pressedStatus(model: ReaderModel, choice: Choice): string | null {
  if (choice.kind === 'step' || choice.of === 1) return null;
  return `${choice.at + 1} of ${choice.of} supported here. Press again for ${model.ownerTitles[choice.next] ?? ''}.`;
}

/** Where a flow step sits in its flow: its 0-based index in story order, or -1. */
export function stepIndexOf(index: GraphIndex, flowId: string, stepId: string): number {
  const flow = index.flowById.get(flowId);
  return flow ? sortedSteps(flow).findIndex((s) => s.id === stepId) : -1;
}

// ---------------------------------------------------------------------------------------------------------------
// What a view marks

/** Bits of a segment's marks. */
export const MARK = { selected: 1, inStep: 2, target: 4, tabbable: 8 } as const;

/** What the reader shows now, as the marks see it. */
export interface ReaderView {
  /** The selection's element key, or null. */
  readonly selKey: string | null;
  /** The current trace step's element key, or null. */
  readonly stepKey: string | null;
  /** The passage "Show in document" asked for, or null. */
  readonly target: Span | null;
  /** The highlight last focused, and the selection it was focused under. */
  readonly lastFocused: { readonly seg: number; readonly forKey: string | null } | null;
}

/**
 * Each marked segment's marks (a map, as few segments are marked): the selection's passages, the trace step's,
 * the target's, and the reader's one tab stop: the highlight last focused while the selection it was focused
 * under lasts; else the selection's first passage, the target, the trace step's, or the first highlight.
 */
export function viewMarks(model: ReaderModel, view: ReaderView): Map<number, number> {
  const { selKey, stepKey, target, lastFocused } = view;
  const marks = new Map<number, number>();
  const add = (seg: number, bit: number) => marks.set(seg, (marks.get(seg) ?? 0) | bit);
  const addElement = (key: string | null, bit: number) => {
    for (const o of (key && model.ownersByKey.get(key)) || []) {
      const range = model.ownerSegs[o];
      if (range) for (let s = range[0]; s <= range[1]; s++) add(s, bit);
    }
  };
  addElement(selKey, MARK.selected);
  addElement(stepKey, MARK.inStep);
  const targetSegs = target ? segsOverlapping(model, target.start, target.end) : [];
  for (const s of targetSegs) add(s, MARK.target);
  const tab =
    (lastFocused && lastFocused.forKey === selKey && model.isStop[lastFocused.seg]
      ? lastFocused.seg
      : undefined) ??
    firstSegOf(model, selKey, true) ??
    targetSegs.find((s) => model.isStop[s]) ??
    firstSegOf(model, stepKey, true) ??
    model.highlightSegs[0];
  if (tab !== undefined) add(tab, MARK.tabbable);
  return marks;
}

/**
 * Each group's share of the marks, as text, so the reader re-renders only the groups whose highlights changed.
 * A group with selected highlights also carries the selection: pressing again on the same words selects another
 * element over the same highlights, which changes their names but not their marks.
 */
export function groupMarkKeys(
  model: ReaderModel,
  marks: ReadonlyMap<number, number>,
  selKey: string | null,
): string[] {
  const parts = model.groups.map(() => '');
  const withSelection = model.groups.map(() => false);
  for (const seg of [...marks.keys()].sort((a, b) => a - b)) {
    const g = groupOfSeg(model, seg);
    const m = marks.get(seg) ?? 0;
    parts[g] += `${seg}:${m},`;
    if (m & MARK.selected) withSelection[g] = true;
  }
  return parts.map((part, i) => (withSelection[i] ? `${selKey ?? ''}|${part}` : part));
}
