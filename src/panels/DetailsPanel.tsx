// The details of what is selected: a node's facts and connections, or a relation's ends, and every source passage.
import { useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Connection } from '../model/graph-index';
import type { Evidence, GraphEdge, GraphNode } from '../model/schema';
import type { Selection } from '../state/app-state';
import { useAppState, useDerivedView, useDispatch, useOpenDataset } from '../state/store';
import { connectionSentence, countOf, edgeSentence, stepsInvolving } from './describe';
import { walkKey } from './keyboard';
import { Passage, PassageSource } from './Passage';
import { RelationSwatch, TypeSwatch } from './TypeSwatch';
import { useMoveKeyboardAfterRender } from './use-move-keyboard-after-render';
import { DetailsEditActions } from './edit/DetailsEditActions';
import './details.css';

/**
 * Selects from inside the panel, and says where the keyboard goes once the new view is drawn: the new node's
 * first connection (so the user can keep walking the graph), or the new view's heading. Only a selection made
 * here moves the keyboard: one made on the canvas or in search must not pull it into the panel.
 */
type SelectHere = (selection: NonNullable<Selection>, then: 'connections' | 'heading') => void;

export function DetailsPanel() {
  const { index } = useOpenDataset();
  const selection = useAppState((s) => s.selection);
  const dispatch = useDispatch();
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const moveKeyboardAfterRender = useMoveKeyboardAfterRender();

  const selectHere: SelectHere = (next, then) => {
    moveKeyboardAfterRender(() => {
      const section = sectionRef.current;
      const firstConnection =
        then === 'connections' ? section?.querySelector<HTMLElement>('.connection-list button') : null;
      return firstConnection ?? section?.querySelector<HTMLElement>('.details-title');
    });
    dispatch({ type: 'select', selection: next });
  };

  let body: ReactNode;
  const node = selection?.kind === 'node' ? index.nodeById.get(selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? index.edgeById.get(selection.id) : undefined;
  if (node) body = <NodeDetails key={node.id} node={node} selectHere={selectHere} />;
  else if (edge) body = <EdgeDetails key={edge.id} edge={edge} selectHere={selectHere} />;
  else if (selection) body = <p className="details-hint">The selected element is not in this dataset.</p>;
  else
    body = (
      <p className="details-hint">
        Select an entity on the graph, in the list, in search or in the document.
      </p>
    );

  return (
    <section ref={sectionRef} className="panel-section details-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Details</h2>
      {body}
      <DetailsEditActions />
    </section>
  );
}

function NodeDetails({ node, selectHere }: { node: GraphNode; selectHere: SelectHere }) {
  const { index } = useOpenDataset();
  const focus = useAppState((s) => s.focus);
  const path = useAppState((s) => s.path);
  const dispatch = useDispatch();
  const titleId = useId();

  const visible = useDerivedView((d) => d.visible);
  const connections = index.connections(node.id);
  const focused = focus?.nodeId === node.id;

  return (
    <article className="details-body" aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1} className="details-title">
        {node.label}
      </h3>
      <p className="details-type">
        <TypeSwatch type={node.type} />
        <span>{index.vocabulary.nodeType(node.type).label}</span>
      </p>
      {!visible.nodeIds.has(node.id) && (
        <p className="details-note">Not on the graph now: the filters or the focus hide it.</p>
      )}
      {node.aliases.length > 0 && (
        <p className="details-aliases">
          <span className="details-label">Also called:</span> {node.aliases.join(', ')}
        </p>
      )}
      {node.summary && <p className="details-summary">{node.summary}</p>}
      <ThreatAreas ids={node.threatAreas} />

      <div className="details-actions" role="group" aria-label={`Explore from ${node.label}`}>
        <button
          type="button"
          aria-pressed={focused}
          onClick={() =>
            dispatch({ type: 'setFocus', focus: focused ? null : { nodeId: node.id, depth: 1 } })
          }
        >
          Focus on this
        </button>
        <button
          type="button"
          aria-pressed={path.from === node.id}
          onClick={() =>
            dispatch({ type: 'setPathEnd', end: 'from', nodeId: path.from === node.id ? null : node.id })
          }
        >
          Path from here
        </button>
        <button
          type="button"
          aria-pressed={path.to === node.id}
          onClick={() =>
            dispatch({ type: 'setPathEnd', end: 'to', nodeId: path.to === node.id ? null : node.id })
          }
        >
          Path to here
        </button>
      </div>

      <ConnectionList
        node={node}
        connections={connections}
        onFollow={(c) =>
          c.other.id !== node.id && selectHere({ kind: 'node', id: c.other.id }, 'connections')
        }
        onSelectEdge={(c) => selectHere({ kind: 'edge', id: c.edge.id }, 'heading')}
      />
      <Passages evidence={node.evidence} />
      <FlowSteps selection={{ kind: 'node', id: node.id }} />
    </article>
  );
}

interface ConnectionListProps {
  node: GraphNode;
  connections: readonly Connection[];
  onFollow: (connection: Connection) => void;
  onSelectEdge: (connection: Connection) => void;
}

/**
 * The node's connections, one tab stop for the whole list (roving tabindex): ↑/↓ (and ←/→) move through the
 * rows, Home/End jump, Enter follows the connection to the other node. Tab from a row reaches that row's own
 * "Passages" button (which selects the relation itself), then leaves the list.
 */
function ConnectionList({ node, connections, onFollow, onSelectEdge }: ConnectionListProps) {
  const visible = useDerivedView((d) => d.visible);
  const headingId = useId();
  const hintId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(0);
  const activeRow = Math.min(active, Math.max(0, connections.length - 1));

  const rowOf = (target: EventTarget): { row: number; col: string } | null => {
    if (!(target instanceof HTMLElement) || target.dataset.row === undefined) return null;
    return { row: Number(target.dataset.row), col: target.dataset.col ?? 'follow' };
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const at = rowOf(event.target);
    if (!at) return;
    const next = walkKey(event, at.row, connections.length);
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-row="${next}"][data-col="${at.col}"]`)?.focus();
  };

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const at = rowOf(event.target);
    if (at) setActive(at.row);
  };

  return (
    <div className="details-connections">
      <h4 id={headingId}>Connections ({connections.length})</h4>
      {connections.length === 0 ? (
        <p className="details-hint">No connections.</p>
      ) : (
        <>
          <p id={hintId} className="details-keys">
            <kbd>↑</kbd> <kbd>↓</kbd> move, <kbd>Enter</kbd> follows to the other end.
          </p>
          <ul
            ref={listRef}
            role="list"
            className="connection-list"
            aria-labelledby={headingId}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
          >
            {connections.map((c, row) => {
              const sentence = connectionSentence(node, c);
              const shown = visible.edgeIds.has(c.edge.id);
              const tabIndex = row === activeRow ? 0 : -1;
              return (
                <li
                  key={`${c.edge.id}-${c.direction}`}
                  className={`connection${shown ? '' : ' is-filtered-out'}`}
                >
                  <button
                    type="button"
                    className="connection-follow"
                    data-row={row}
                    data-col="follow"
                    tabIndex={tabIndex}
                    aria-label={shown ? sentence : `${sentence} (not on the graph: filtered out)`}
                    onClick={() => onFollow(c)}
                  >
                    <ConnectionWords connection={c} />
                    {!shown && <span className="connection-note">filtered out</span>}
                  </button>
                  <button
                    type="button"
                    className="connection-edge"
                    data-row={row}
                    data-col="edge"
                    tabIndex={tabIndex}
                    aria-label={`Passages: ${sentence}`}
                    onClick={() => onSelectEdge(c)}
                  >
                    Passages
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

/** "→ passes intelligence to ◆ GCHQ" or "← ◆ MI5 passes intelligence to": the other end in bold. */
function ConnectionWords({ connection: { edge, other, direction } }: { connection: Connection }) {
  const otherEnd = (
    <span className="connection-other">
      <TypeSwatch type={other.type} size={12} />
      <strong>{other.label}</strong>
    </span>
  );
  return direction === 'out' ? (
    <span className="connection-words">
      <span className="connection-arrow" aria-hidden="true">
        →
      </span>{' '}
      {edge.label} {otherEnd}
    </span>
  ) : (
    <span className="connection-words">
      <span className="connection-arrow" aria-hidden="true">
        ←
      </span>{' '}
      {otherEnd} {edge.label}
    </span>
  );
}

function EdgeDetails({ edge, selectHere }: { edge: GraphEdge; selectHere: SelectHere }) {
  const { index } = useOpenDataset();
  const titleId = useId();

  const source = index.nodeById.get(edge.source);
  const target = index.nodeById.get(edge.target);
  const relation = index.vocabulary.relationType(edge.type);
  const end = (node: GraphNode | undefined, id: string) =>
    node ? (
      <button
        type="button"
        className="node-link"
        onClick={() => selectHere({ kind: 'node', id: node.id }, 'connections')}
      >
        <TypeSwatch type={node.type} size={12} />
        {node.label}
      </button>
    ) : (
      <span>{id}</span>
    );

  return (
    <article className="details-body" aria-labelledby={titleId}>
      {/* Named in full by aria-label: a visually hidden span would be read with a stray space ("Relation :"). */}
      <h3
        id={titleId}
        tabIndex={-1}
        className="details-title"
        aria-label={`Relation: ${edgeSentence(index, edge)}`}
      >
        Relation
      </h3>
      <p className="relation-sentence">
        {end(source, edge.source)}{' '}
        <span className="relation-label">
          <span aria-hidden="true">→ </span>
          {edge.label}
          <span aria-hidden="true"> →</span>
        </span>{' '}
        {end(target, edge.target)}
      </p>
      <p className="details-type">
        <span className="details-label">Type:</span> <RelationSwatch type={edge.type} width={28} />
        <span>
          {relation.label}{' '}
          <span className="details-muted">({index.vocabulary.family(relation.family).label})</span>
        </span>
      </p>
      <ThreatAreas ids={edge.threatAreas} />
      <Passages evidence={edge.evidence} />
      <FlowSteps selection={{ kind: 'edge', id: edge.id }} />
    </article>
  );
}

function ThreatAreas({ ids }: { ids: readonly string[] }) {
  const { index } = useOpenDataset();
  const labelId = useId();
  if (ids.length === 0) return null;
  return (
    <div className="details-areas">
      <span className="details-label" id={labelId}>
        {index.vocabulary.facet.plural}:
      </span>{' '}
      {/* A list, so a screen reader counts the areas and reads each one cleanly. */}
      <ul className="area-list" aria-labelledby={labelId}>
        {ids.map((id) => (
          <li key={id} className="area-chip">
            {index.threatAreaById.get(id)?.label ?? id}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every evidence span of the element, each in its sentence with the quoted words marked, and a way to the reader. */
function Passages({ evidence }: { evidence: readonly Evidence[] }) {
  const { texts } = useOpenDataset();
  const dispatch = useDispatch();
  const headingId = useId();
  return (
    <div className="details-passages">
      <h4 id={headingId}>Source passages ({evidence.length})</h4>
      <ol className="passage-list" aria-labelledby={headingId}>
        {evidence.map((ev, i) => (
          <li key={`${ev.start}-${ev.end}-${i}`}>
            <PassageSource document={ev.document} />
            {ev.orphan ? (
              <figure className="passage-figure">
                <blockquote>{ev.quote}</blockquote>
                <figcaption className="details-muted">Passage not found in the text</figcaption>
              </figure>
            ) : (
              <figure className="passage-figure">
                <blockquote>
                  <Passage sourceText={texts.get(ev.document) ?? ''} span={ev} />
                </blockquote>
                <figcaption>
                  <button
                    type="button"
                    className="passage-show"
                    onClick={() =>
                      dispatch({
                        type: 'showInDocument',
                        document: ev.document,
                        start: ev.start,
                        end: ev.end,
                      })
                    }
                  >
                    Show <span className="visually-hidden">passage {i + 1}</span> in document
                  </button>
                </figcaption>
              </figure>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The flow steps the element takes part in, each a way to put the tracer on that step. */
function FlowSteps({ selection }: { selection: NonNullable<Selection> }) {
  const { index } = useOpenDataset();
  const trace = useAppState((s) => s.trace);
  const dispatch = useDispatch();
  const headingId = useId();
  const steps = stepsInvolving(index, selection);
  if (steps.length === 0) return null;
  return (
    <div className="details-steps">
      <h4 id={headingId}>In {countOf(steps.length, 'flow step')}</h4>
      <ul className="step-links" aria-labelledby={headingId}>
        {steps.map((s) => (
          <li key={`${s.flowId}-${s.stepIndex}`}>
            <button
              type="button"
              aria-pressed={trace?.flowId === s.flowId && trace.step === s.stepIndex}
              onClick={() => dispatch({ type: 'setTrace', trace: { flowId: s.flowId, step: s.stepIndex } })}
            >
              <span className="details-muted">{s.flowTitle}:</span> step {s.stepIndex + 1} — {s.stepTitle}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
