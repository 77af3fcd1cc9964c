// The review list beside the reader: candidates best first, grouped by type, to accept, reject, rename, retype,
// merge or split; then the suggested relations between what was accepted. Moving through it previews the words.
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useCanvasHandle } from '../../graph-view/canvas-handle';
import type { Span } from '../../model/evidence';
import type { Position } from '../../model/schema';
import { useDispatch, useOpenDataset } from '../../state/store';
import { isTextEntry } from '../keyboard';
import type { Edit } from '../edit/edits';
import { freeSpotNear } from '../edit/new-position';
import { canvasViewOf } from '../edit/use-new-node-position';
import { shortQuote } from '../edit/ReaderSelectionActions';
import { nodeTypeOptions, relationTypeOptions } from '../edit/type-options';
import { acceptCandidates, acceptRelation } from './review-edits';
import {
  isAccepted,
  nodeFor,
  pendingCandidates,
  readyRelations,
  type ReadyRelation,
  type ReviewAction,
  type ReviewCandidate,
  type ReviewState,
} from './review-state';
import { reviewWorld } from './review-world';

export interface SuggestionsPanelProps {
  review: ReviewState;
  act: (action: ReviewAction) => void;
  text: string;
  body: RefObject<HTMLElement | null>;
  onPreview: (spans: readonly Span[]) => void;
  onClose: () => void;
}

/** "1 mention", "3 mentions". */
const mentions = (n: number) => `${n} ${n === 1 ? 'mention' : 'mentions'}`;

/** Scrolls the reader's own box (never the side panel) to the first previewed span. */
function scrollToPreview(body: HTMLElement | null, start: number | undefined): void {
  if (!body || start === undefined) return;
  const el = body.querySelector<HTMLElement>(`[data-preview="${start}"]`);
  if (!el) return;
  const box = body.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  body.scrollBy?.({ top: rect.top - box.top - (box.height - rect.height) / 2 });
}

/** Where new nodes go: free spots around the middle of what the canvas shows, each clear of the last. */
function usePlacer(): () => () => Position | undefined {
  const handle = useCanvasHandle();
  return useCallback(() => {
    const cy = handle.current();
    if (!cy) return () => undefined;
    const placed: Position[] = [];
    return () => {
      const spot = freeSpotNear(canvasViewOf(cy, placed), null);
      placed.push(spot);
      return spot;
    };
  }, [handle]);
}

export function SuggestionsPanel({ review, act, text, body, onPreview, onClose }: SuggestionsPanelProps) {
  const { dataset, index } = useOpenDataset();
  const dispatch = useDispatch();
  const placer = usePlacer();
  const headingId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const [said, setSaid] = useState('');
  // The row the keyboard is on (what is previewed), and the row to focus after the list changed under it.
  const [current, setCurrent] = useState<string | null>(null);
  const [previewStart, setPreviewStart] = useState<{ start: number } | undefined>(undefined);
  const focusRow = useRef<number | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const relationTypes = relationTypeOptions(index);
  const [relationType, setRelationType] = useState(relationTypes[0]?.id ?? '');
  const chosenType = relationTypes.find((t) => t.id === relationType) ?? relationTypes[0];

  const world = useMemo(() => reviewWorld(index, review.document), [index, review.document]);
  const pending = useMemo(() => pendingCandidates(review, world), [review, world]);
  const accepted = review.candidates.filter((c) => isAccepted(review, c, world)).length;
  const rejected = Object.keys(review.rejected).length;
  const ready = useMemo(() => readyRelations(review, world), [review, world]);
  const types = nodeTypeOptions(index);
  const groups = types
    .map((t) => ({
      ...t,
      plural: index.vocabulary.nodeType(t.id).plural,
      candidates: pending.filter((c) => c.type === t.id),
    }))
    .filter((g) => g.candidates.length > 0)
    // Best first: the group of the best candidate on top (pending keeps the pass's order, best first).
    .sort((a, b) => (b.candidates[0]?.score ?? 0) - (a.candidates[0]?.score ?? 0));
  const rows = groups.flatMap((g) => g.candidates);
  const rowOf = new Map(rows.map((c, i) => [c.id, i]));
  const tabRow = current !== null && rowOf.has(current) ? current : rows[0]?.id;

  useEffect(() => scrollToPreview(body.current, previewStart?.start), [body, previewStart]);

  // After an accept, a reject or a merge took a row away, the keyboard goes on to the row now in its place.
  useEffect(() => {
    const at = focusRow.current;
    if (at === null) return;
    focusRow.current = null;
    const all = listRef.current?.querySelectorAll<HTMLElement>('[data-row]') ?? [];
    (all[Math.min(at, all.length - 1)] ?? listRef.current?.querySelector<HTMLElement>('h3'))?.focus();
  });

  const preview = (spans: readonly Span[]) => {
    onPreview(spans);
    setPreviewStart(spans[0] ? { start: spans[0].start } : undefined);
  };

  const apply = (edit: Edit) =>
    dispatch({ type: 'applyOperation', operation: edit.operation, label: edit.label });

  const accept = (list: readonly ReviewCandidate[], label: string, done: string) => {
    // A type the vocabulary no longer has (the types editor removed it meanwhile) becomes its first type.
    const known = new Set(types.map((t) => t.id));
    const typed = list.map((c) => (known.has(c.type) ? c : { ...c, type: types[0]?.id ?? c.type }));
    const result = acceptCandidates({ dataset, state: review, world, text, place: placer() }, typed, label);
    if (!result) return;
    apply(result.edit);
    act({ type: 'accepted', nodes: result.nodes });
    setSaid(done);
  };

  const nodeLabel = (id: string) => index.nodeById.get(id)?.label ?? id;
  const relationName = (r: ReadyRelation) =>
    `${nodeLabel(r.source)} – ${r.relation.label.replace(/\s+/g, ' ').trim() || chosenType?.label || ''} – ${nodeLabel(r.target)}`;

  const onRowKey = (event: KeyboardEvent<HTMLLIElement>, row: number) => {
    if (event.target !== event.currentTarget) return;
    const to = event.key === 'ArrowDown' ? row + 1 : event.key === 'ArrowUp' ? row - 1 : null;
    if (to === null) return;
    event.preventDefault();
    const all = listRef.current?.querySelectorAll<HTMLElement>('[data-row]');
    all?.[Math.max(0, Math.min(to, rows.length - 1))]?.focus();
  };

  return (
    <section
      className="suggestions"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        // Esc closes the list, as it closes the app's other panels; in a name being typed it is left to the field.
        if (event.key !== 'Escape' || event.defaultPrevented || isTextEntry(event.target)) return;
        event.preventDefault();
        onClose();
      }}
    >
      <div className="suggestions-header">
        <h3 id={headingId}>Suggestions</h3>
        <button type="button" className="reader-toggle" onClick={onClose}>
          Close suggestions
        </button>
      </div>
      <p className="details-muted suggestions-counts">
        {pending.length} to review, {accepted} in the graph, {rejected} rejected. Arrows move through the
        list; the words are marked in the text.
      </p>
      <p className="suggest-note" role="status">
        {said}
      </p>
      <div className="suggestions-list" ref={listRef}>
        {groups.map((group) => (
          <div key={group.id} className="suggestions-group">
            <div className="suggestions-group-header">
              <h4>
                {group.plural} ({group.candidates.length})
              </h4>
              <button
                type="button"
                onClick={() => {
                  focusRow.current = rowOf.get(group.candidates[0]?.id ?? '') ?? 0;
                  accept(
                    group.candidates,
                    `Accept all ${group.candidates.length} ${group.plural}`,
                    `Accepted ${group.candidates.length} ${group.plural}.`,
                  );
                }}
              >
                Accept all {group.plural}
              </button>
            </div>
            <ul>
              {group.candidates.map((c) => {
                const row = rowOf.get(c.id) ?? 0;
                const existing = nodeFor(review, c, world);
                const gone = () => {
                  focusRow.current = row;
                };
                return (
                  <li
                    key={c.id}
                    data-row={row}
                    tabIndex={c.id === tabRow ? 0 : -1}
                    className={`suggestion${c.id === current ? ' is-current' : ''}`}
                    aria-label={`${c.label}, ${mentions(c.spans.length)}${existing ? ', already in the graph' : ''}`}
                    onFocus={() => {
                      if (current === c.id) return;
                      setCurrent(c.id);
                      preview(c.spans);
                    }}
                    onKeyDown={(event) => onRowKey(event, row)}
                  >
                    <p className="suggestion-name">
                      <strong>{c.label}</strong>{' '}
                      <span className="details-muted">
                        {mentions(c.spans.length)}
                        {existing && <> · already in the graph as “{nodeLabel(existing)}”</>}
                      </span>
                    </p>
                    <div className="edit-buttons">
                      <button
                        type="button"
                        aria-label={`Accept ${c.label}`}
                        onClick={() => {
                          gone();
                          accept([c], `Accept “${c.label}”`, `Accepted “${c.label}”.`);
                        }}
                      >
                        {existing ? 'Accept as evidence' : 'Accept'}
                      </button>
                      <button
                        type="button"
                        aria-label={`Reject ${c.label}`}
                        onClick={() => {
                          gone();
                          act({ type: 'reject', id: c.id });
                          setSaid(`Rejected “${c.label}”.`);
                        }}
                      >
                        Reject
                      </button>
                      <select
                        aria-label={`Type of ${c.label}`}
                        value={c.type}
                        onChange={(e) => act({ type: 'retype', id: c.id, nodeType: e.target.value })}
                      >
                        {types.map((t) => (
                          <option key={t.id} value={t.id}>
                            {t.label}
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        aria-expanded={editing === c.id}
                        aria-label={`Edit ${c.label}`}
                        onClick={() => setEditing(editing === c.id ? null : c.id)}
                      >
                        Edit…
                      </button>
                    </div>
                    {editing === c.id && (
                      <CandidateEditor
                        candidate={c}
                        others={pending.filter((o) => o.id !== c.id)}
                        act={act}
                        onMerged={(into) => {
                          setEditing(null);
                          gone();
                          setSaid(`Merged “${c.label}” into “${into.label}”.`);
                        }}
                        onSplit={(span) => setSaid(`Split “${span.quote}” off “${c.label}”.`)}
                        onPreviewSpan={(span) => preview([span])}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        {rows.length === 0 && <p className="details-muted">Every suggestion is accepted or rejected.</p>}
      </div>
      <SuggestedRelations
        ready={ready}
        relationTypes={relationTypes}
        relationType={relationType}
        onType={setRelationType}
        name={relationName}
        onFocus={(r) => preview([r.relation.evidence])}
        onAccept={(r) => {
          const type = chosenType;
          if (!type) return;
          const edit = acceptRelation(
            dataset,
            review.document,
            text,
            r,
            type,
            `Accept relation “${relationName(r)}”`,
          );
          apply(edit);
          act({ type: 'relationAccepted', id: r.relation.id, edge: edit.id });
          setSaid(`Added the relation “${relationName(r)}”.`);
        }}
        onReject={(r) => act({ type: 'rejectRelation', id: r.relation.id })}
      />
    </section>
  );
}

interface CandidateEditorProps {
  candidate: ReviewCandidate;
  others: readonly ReviewCandidate[];
  act: (action: ReviewAction) => void;
  onMerged: (into: ReviewCandidate) => void;
  onSplit: (span: ReviewCandidate['spans'][number]) => void;
  onPreviewSpan: (span: Span) => void;
}

/** Rename, merge into another candidate, split one mention off: what the Edit… button opens under a row. */
function CandidateEditor({
  candidate: c,
  others,
  act,
  onMerged,
  onSplit,
  onPreviewSpan,
}: CandidateEditorProps) {
  const [name, setName] = useState(c.label);
  const commit = () => {
    if (name.trim() && name.trim() !== c.label) act({ type: 'rename', id: c.id, label: name });
  };
  return (
    <div className="suggestion-editor">
      <label>
        Name{' '}
        <input
          aria-label={`Name of ${c.label}`}
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
          }}
        />
      </label>
      {others.length > 0 && (
        <label>
          Merge into{' '}
          <select
            aria-label={`Merge ${c.label} into…`}
            value=""
            onChange={(e) => {
              const into = others.find((o) => o.id === e.target.value);
              if (!into) return;
              act({ type: 'merge', id: c.id, into: into.id });
              onMerged(into);
            }}
          >
            <option value="">Choose a candidate…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {c.spans.length > 1 && (
        <ul className="suggestion-mentions" aria-label={`Mentions of ${c.label}`}>
          {c.spans.map((span, i) => (
            <li key={span.start}>
              <button
                type="button"
                aria-label={`Split mention ${i + 1} off ${c.label}`}
                onFocus={(e) => {
                  e.stopPropagation();
                  onPreviewSpan(span);
                }}
                onClick={() => {
                  act({ type: 'split', id: c.id, at: i });
                  onSplit(span);
                }}
              >
                Split off
              </button>{' '}
              “{shortQuote(span.quote, 40)}” at {span.start}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface SuggestedRelationsProps {
  ready: readonly ReadyRelation[];
  relationTypes: readonly { id: string; label: string }[];
  relationType: string;
  onType: (id: string) => void;
  name: (r: ReadyRelation) => string;
  onFocus: (r: ReadyRelation) => void;
  onAccept: (r: ReadyRelation) => void;
  onReject: (r: ReadyRelation) => void;
}

/** The relations between accepted candidates, each a sentence of the text, to accept as an edge or reject. */
function SuggestedRelations(props: SuggestedRelationsProps) {
  const { ready, relationTypes, relationType, onType, name, onFocus, onAccept, onReject } = props;
  const headingId = useId();
  return (
    <section className="suggested-relations" aria-labelledby={headingId}>
      <h4 id={headingId}>Suggested relations ({ready.length})</h4>
      {ready.length === 0 ? (
        <p className="details-muted">Relations show here once both of their ends are accepted.</p>
      ) : (
        <>
          <label className="suggested-relation-type">
            Relation type{' '}
            <select value={relationType} onChange={(e) => onType(e.target.value)}>
              {relationTypes.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <ul>
            {ready.map((r) => (
              <li key={r.relation.id} className="suggestion" onFocus={() => onFocus(r)}>
                <p className="suggestion-name">
                  <strong>{name(r)}</strong>
                </p>
                <p className="details-muted">“{shortQuote(r.relation.evidence.quote, 140)}”</p>
                <div className="edit-buttons">
                  <button type="button" aria-label={`Accept relation ${name(r)}`} onClick={() => onAccept(r)}>
                    Accept
                  </button>
                  <button type="button" aria-label={`Reject relation ${name(r)}`} onClick={() => onReject(r)}>
                    Reject
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
