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
import type { Span } from '../model/evidence';
import type { GraphIndex } from '../model/graph-index';
import type { SourceDocument } from '../model/schema';
import {
  buildReaderModel,
  choiceAt,
  colourOf,
  elementKey,
  groupMarkKeys,
  highlightColours,
  highlightHint,
  highlightName,
  MARK,
  pressedStatus,
  selectionColours,
  stepIndexOf,
  viewMarks,
  type Block,
  type BlockGroup,
  type ReaderModel,
  type TypeColours,
} from '../model/reader-model';
import { UI_COLOURS } from '../theme/theme';
import type { Selection } from '../state/app-state';
import { useAppState, useDerivedView, useDispatch, useOpenDataset } from '../state/store';
import { whenIdle } from '../state/when-idle';
import { ownerText } from './describe';
import { walkKey } from './keyboard';
import { segElement, useReaderScroll } from './use-reader-scroll';
import { ReaderSelectionActions } from './edit/ReaderSelectionActions';
import { NO_PREVIEW, previewGroupKeys, withPreview } from './review/preview';
import { SuggestEntities } from './review/SuggestEntities';
import { CaseDocuments } from './case/CaseDocuments';
import './details.css';

/** The graph's type colours, in the dataset's vocabulary, which the reader's highlights share. */
const typeColours = ({ vocabulary }: GraphIndex): TypeColours => ({
  node: (type) => vocabulary.nodeType(type).style.colour,
  relation: (type) => vocabulary.relationType(type).style.colour,
  step: UI_COLOURS.stepNeutral,
});

/** Per owner, its highlight colours as the custom properties details.css draws hover and focus from. */
function ownerStylesOf(model: ReaderModel): CSSProperties[] {
  const byColour = new Map<string, CSSProperties>();
  return model.ownerColours.map((colour) => {
    let style = byColour.get(colour);
    if (!style) {
      const { line, fill } = highlightColours(colour);
      style = { '--hl': line, '--hl-soft': fill } as CSSProperties;
      byColour.set(colour, style);
    }
    return style;
  });
}

/**
 * The selected element's type colour, set on its own highlights only: set on the reader's body, a new colour on
 * each click made the browser restyle every highlight of the document, as custom properties are inherited.
 */
function selectionStyle(index: GraphIndex, selection: Selection): CSSProperties | undefined {
  if (!selection) return undefined;
  const { line, fill } = selectionColours(colourOf(index, typeColours(index), selection));
  return { '--sel-fill': fill, '--sel-line': line } as CSSProperties;
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering: what changes with the view is a small map of marks per segment; unchanged groups are not re-rendered.

type Marks = ReadonlyMap<number, number>;

interface GroupProps {
  model: ReaderModel;
  ownerStyles: readonly CSSProperties[];
  group: BlockGroup;
  marks: Marks;
  /** Highlights' names depend on it (what pressing selects next); `hot` carries it where they do. */
  selKey: string | null;
  /** This group's marks as text: the memo compares it instead of the whole map, which is new every render. */
  hot: string;
  /** The spans of the suggestion under review, marked over the text; `hot` carries this group's share. */
  preview: readonly Span[];
  /** The selection's colours, for its highlights; they follow `selKey`, which `hot` carries where they are. */
  selStyle: CSSProperties | undefined;
}

interface MarkProps {
  model: ReaderModel;
  ownerStyles: readonly CSSProperties[];
  seg: number;
  /** This segment's marks (MARK bits). */
  mark: number;
  /** The selection's key where the words support it (their name says what pressing selects next), else null. */
  selKey: string | null;
  selStyle: CSSProperties | undefined;
  preview: readonly Span[];
}

/** One highlight: words that are evidence of one element or more. */
const ReaderMark = memo(function ReaderMark({
  model,
  ownerStyles,
  seg: i,
  mark: m,
  selKey,
  selStyle,
  preview,
}: MarkProps) {
  const seg = model.segments[i];
  const inner = seg?.spans[0];
  if (!seg || inner === undefined) return null;
  const words = withPreview(model.text, seg.start, seg.end, preview, i);
  let className = `hl hl-${model.owners[inner]?.kind ?? 'node'}`;
  if (m & MARK.selected) className += ' is-selected';
  if (m & MARK.inStep) className += ' is-step';
  if (m & MARK.target) className += ' is-target';
  const shared = {
    'data-seg': i,
    'data-owner': model.ownerKeys[inner],
    className,
    style: selStyle ? { ...ownerStyles[inner], ...selStyle } : ownerStyles[inner],
    title: seg.spans.map((o) => model.ownerTitles[o]).join(' · '),
    'aria-current': m & MARK.target ? ('true' as const) : undefined,
  };
  return model.isStop[i] ? (
    <mark
      {...shared}
      // A link: following it goes to what the words support (it selects that element everywhere).
      role="link"
      aria-label={highlightName(model, i, selKey)}
      aria-description={highlightHint(model, i, selKey)}
      tabIndex={m & MARK.tabbable ? 0 : -1}
    >
      {words}
    </mark>
  ) : (
    // Only spaces and punctuation between highlights: drawn and clickable, but no stop for the keyboard.
    <mark {...shared}>{words}</mark>
  );
});

function renderSegments(
  model: ReaderModel,
  ownerStyles: readonly CSSProperties[],
  block: Block,
  marks: Marks,
  selKey: string | null,
  preview: readonly Span[],
  selStyle: CSSProperties | undefined,
): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = block.segFrom; i < block.segTo; i++) {
    const seg = model.segments[i];
    if (!seg) continue;
    const m = marks.get(i) ?? 0;
    if (seg.spans[0] === undefined) {
      const words = withPreview(model.text, seg.start, seg.end, preview, i);
      out.push(
        m & MARK.target ? (
          <span key={i} data-seg={i} className="reader-target" aria-current="true" tabIndex={-1}>
            {words}
          </span>
        ) : (
          words
        ),
      );
      continue;
    }
    // Only what this highlight draws from is handed over, so a click re-renders only the highlights it changes:
    // the selection (and its colours) only where the words support the selected element.
    const withSelection = selKey !== null && seg.spans.some((o) => model.ownerKeys[o] === selKey);
    out.push(
      <ReaderMark
        key={i}
        model={model}
        ownerStyles={ownerStyles}
        seg={i}
        mark={m}
        selKey={withSelection ? selKey : null}
        selStyle={m & MARK.selected ? selStyle : undefined}
        preview={preview}
      />,
    );
  }
  return out;
}

const ReaderGroup = memo(
  function ReaderGroup({ model, ownerStyles, group, marks, selKey, preview, selStyle }: GroupProps) {
    if (group.kind === 'p') {
      const block = group.blocks[0];
      return block ? (
        <p>{renderSegments(model, ownerStyles, block, marks, selKey, preview, selStyle)}</p>
      ) : null;
    }
    return (
      <ul className="reader-bullets">
        {group.blocks.map((block) => (
          <li key={block.start}>
            {renderSegments(model, ownerStyles, block, marks, selKey, preview, selStyle)}
          </li>
        ))}
      </ul>
    );
  },
  (a, b) => a.hot === b.hot && a.model === b.model && a.group === b.group && a.ownerStyles === b.ownerStyles,
);

// ---------------------------------------------------------------------------------------------------------------

/** "1 passage", "12 passages". */
function passagesOf(count: number): string {
  return `${count} ${count === 1 ? 'passage' : 'passages'}`;
}

/** A document as the picker names it: its title, then its publisher and date where the dataset gives them. */
function documentLabel(doc: SourceDocument): string {
  const more = [doc.publisher, doc.date].filter(Boolean).join(', ');
  return more ? `${doc.title} (${more})` : doc.title;
}

/** Which of the dataset's documents the reader shows: a native select, so keyboard and screen readers know it. */
function DocumentPicker({
  documents,
  shown,
  onPick,
}: {
  documents: readonly SourceDocument[];
  shown: string;
  onPick: (id: string) => void;
}) {
  const id = useId();
  return (
    <p className="reader-picker">
      <label htmlFor={id}>Document</label>{' '}
      <select id={id} value={shown} onChange={(event) => onPick(event.target.value)}>
        {documents.map((doc) => (
          <option key={doc.id} value={doc.id}>
            {documentLabel(doc)}
          </option>
        ))}
      </select>{' '}
      <span className="details-muted">
        {documents.findIndex((d) => d.id === shown) + 1} of {documents.length}
      </span>
    </p>
  );
}

export function DocumentReader() {
  const { dataset, index, texts } = useOpenDataset();
  const documentChoice = useAppState((s) => s.document);
  const shown =
    dataset.documents.find((d) => d.id === documentChoice) ?? (dataset.documents[0] as SourceDocument);
  const sourceText = texts.get(shown.id) ?? '';
  const selection = useAppState((s) => s.selection);
  const anyTarget = useAppState((s) => s.readerTarget);
  // A request to show a passage of another document is this document's business only once it is shown.
  const readerTarget = anyTarget?.document === shown.id ? anyTarget : null;
  const trace = useDerivedView((d) => d.trace);
  const dispatch = useDispatch();
  const headingId = useId();
  const bodyId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);

  const model = useMemo(
    () =>
      buildReaderModel(
        sourceText,
        index,
        {
          titleOf: (owner) => ownerText(index, owner),
          colours: typeColours(index),
        },
        shown.id,
      ),
    [sourceText, index, shown.id],
  );
  const ownerStyles = useMemo(() => ownerStylesOf(model), [model]);

  // Hidden until the next "Show in document": hiding remembers the request count it was hidden at.
  const [hiddenAt, setHiddenAt] = useState<number | null>(null);
  const targetSeq = anyTarget?.seq ?? 0;
  const open = hiddenAt === null || targetSeq > hiddenAt;

  // The highlight last focused, and the selection it was focused under: the reader's tab stop stays on it.
  // Kept with the model it was focused in: a segment number means nothing in another document's model.
  const [focusedIn, setFocusedIn] = useState<{
    seg: number;
    forKey: string | null;
    model: ReaderModel;
  } | null>(null);
  const lastFocused = focusedIn?.model === model ? focusedIn : null;
  const setLastFocused = (focused: { seg: number; forKey: string | null }) =>
    setFocusedIn({ ...focused, model });

  // After pressing a highlight that supports several elements: which one of them this is, and what comes next.
  const [status, setStatus] = useState<{ text: string; forKey: string } | null>(null);

  const selKey = selection ? elementKey(selection.kind, selection.id) : null;
  const selStyle = useMemo(() => selectionStyle(index, selection), [index, selection]);
  // The other evidence fades once the answer to a click is painted and the page is idle (and comes back the same
  // way when the selection ends), not in the frame that answers it: the fade restyles every highlight of the
  // document, which the answer (the selection's own passages marked) need not wait for.
  const wantFaded = selKey !== null;
  const [faded, setFaded] = useState(wantFaded);
  useEffect(() => {
    if (faded === wantFaded) return;
    return whenIdle(() => setFaded(wantFaded));
  }, [faded, wantFaded]);
  const stepKey = trace ? elementKey('step', trace.state.current.id, trace.flow.id) : null;

  const marks = useMemo(
    () => viewMarks(model, { selKey, stepKey, target: readerTarget, lastFocused }),
    [model, selKey, stepKey, readerTarget, lastFocused],
  );
  const [preview, setPreview] = useState<readonly Span[]>(NO_PREVIEW);
  const previewKeys = useMemo(() => previewGroupKeys(model, preview), [model, preview]);
  const hot = useMemo(
    () => groupMarkKeys(model, marks, selKey).map((key, i) => `${key}|${previewKeys[i] ?? ''}`),
    [model, marks, selKey, previewKeys],
  );

  const scroll = useReaderScroll(bodyRef, model, { selKey, stepKey, target: readerTarget });

  const activate = (seg: number) => {
    const choice = choiceAt(model, seg, selKey);
    if (!choice) return;
    const owner = model.owners[choice.owner];
    if (!owner) return;
    if (choice.kind === 'step') {
      const stepIndex = owner.flowId ? stepIndexOf(index, owner.flowId, owner.id) : -1;
      scroll.pressed(seg, stepIndex < 0 ? null : (model.ownerKeys[choice.owner] ?? null));
      setStatus(null);
      if (!owner.flowId || stepIndex < 0) return;
      dispatch({ type: 'setTrace', trace: { flowId: owner.flowId, step: stepIndex } });
      if (model.isStop[seg]) setLastFocused({ seg, forKey: selKey });
      return;
    }
    if (owner.kind === 'step') return;
    const key = elementKey(owner.kind, owner.id);
    scroll.pressed(seg, key);
    if (model.isStop[seg]) setLastFocused({ seg, forKey: key });
    const said = pressedStatus(model, choice);
    setStatus(said === null ? null : { text: said, forKey: key });
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
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(seg);
      return;
    }
    const stops = model.highlightSegs;
    const next = walkKey(event, stops.indexOf(seg), stops.length);
    if (next === undefined) return;
    event.preventDefault();
    segElement(bodyRef.current, stops[next])?.focus();
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const seg = segOf(event.target);
    if (seg !== undefined && model.isStop[seg]) setLastFocused({ seg, forKey: selKey });
  };

  const sourceUrl = shown.url && /^https?:\/\//i.test(shown.url) ? shown.url : null;

  return (
    <section className="panel-section document-reader" aria-labelledby={headingId}>
      <div className="reader-header">
        <h2 id={headingId}>Document</h2>
        <SuggestEntities
          key={shown.id}
          document={shown.id}
          text={sourceText}
          body={bodyRef}
          onPreview={setPreview}
        />
        <CaseDocuments shown={shown.id} />
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
      {dataset.documents.length > 1 && (
        <DocumentPicker
          documents={dataset.documents}
          shown={shown.id}
          onPick={(id) => dispatch({ type: 'showDocument', document: id })}
        />
      )}
      <p className="reader-source">
        <cite>{shown.title}</cite>
        {shown.publisher && <> — {shown.publisher}</>}
        {shown.date && <>, {shown.date}</>}
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
          {passagesOf(model.owners.length)} of evidence, tinted: point at one to see what it supports, click
          to select it, again for the next. Keys: <kbd>Tab</kbd> to them, arrows move, <kbd>Enter</kbd>{' '}
          selects.
        </p>
        <div
          ref={bodyRef}
          className={`reader-body${faded ? ' has-selection' : ''}`}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          {model.groups.map((group, i) => (
            <ReaderGroup
              key={group.segFrom}
              model={model}
              ownerStyles={ownerStyles}
              group={group}
              marks={marks}
              selKey={selKey}
              hot={hot[i] ?? ''}
              preview={preview}
              selStyle={selStyle}
            />
          ))}
        </div>
        <ReaderSelectionActions body={bodyRef} model={model} documentId={shown.id} />
        <p className="reader-status" role="status">
          {status && status.forKey === selKey ? status.text : ''}
        </p>
      </div>
    </section>
  );
}
