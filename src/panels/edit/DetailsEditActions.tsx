// Editing what Details shows: a node's or a relation's words and type, a relation from the selected node, one
// passage of evidence less, or the element itself deleted. Every change is one step Undo takes back.
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { GraphEdge, GraphNode } from '../../model/schema';
import { useAppState, useDispatch, useOpenDataset } from '../../state/store';
import { NodePicker } from '../NodePicker';
import {
  addRelation,
  deleteEdge,
  deleteNode,
  editEdge,
  editNode,
  evidenceOf,
  MAX_LABEL,
  relationsOf,
  removeEvidence,
  removeEvidenceProblem,
  type Edit,
} from './edits';
import { shortQuote } from './ReaderSelectionActions';
import { useReaderSpan } from './reader-selection';
import { nodeTypeOptions, relationTypeOptions } from './type-options';
import './edit.css';

type Mode = 'none' | 'edit' | 'relation' | 'delete';

export function DetailsEditActions() {
  const { index } = useOpenDataset();
  const selection = useAppState((s) => s.selection);
  const node = selection?.kind === 'node' ? index.nodeById.get(selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? index.edgeById.get(selection.id) : undefined;
  // Keyed on the element: a form half-filled for one node does not carry over to the next.
  if (node) return <EditActions key={`node:${node.id}`} kind="node" element={node} />;
  if (edge) return <EditActions key={`edge:${edge.id}`} kind="edge" element={edge} />;
  return null;
}

type EditActionsProps = { kind: 'node'; element: GraphNode } | { kind: 'edge'; element: GraphEdge };

function EditActions(props: EditActionsProps) {
  const { element, kind } = props;
  const { dataset } = useOpenDataset();
  const dispatch = useDispatch();
  const [mode, setMode] = useState<Mode>('none');
  const [said, setSaid] = useState('');
  const headingId = useId();
  const what = kind === 'node' ? 'entity' : 'relation';

  const apply = (edit: Edit, done: string) => {
    dispatch({ type: 'applyOperation', operation: edit.operation, label: edit.label });
    setMode('none');
    setSaid(done);
  };
  const close = () => setMode('none');

  let form: ReactNode = null;
  if (mode === 'edit' && props.kind === 'node') {
    form = (
      <EditNodeForm
        node={props.element}
        onCancel={close}
        onSave={(after) => apply(editNode(props.element, after), 'Saved.')}
      />
    );
  } else if (mode === 'edit' && props.kind === 'edge') {
    form = (
      <EditEdgeForm
        edge={props.element}
        onCancel={close}
        onSave={(after) => apply(editEdge(props.element, after), 'Saved.')}
      />
    );
  } else if (mode === 'relation' && props.kind === 'node') {
    form = (
      <AddRelationForm
        node={props.element}
        onCancel={close}
        onAdd={(edit) => apply(edit, `Added the relation “${edit.label.replace(/^add relation /, '')}”.`)}
      />
    );
  } else if (mode === 'delete') {
    const relations = kind === 'node' ? relationsOf(dataset, element.id) : 0;
    form = (
      <div className="edit-form" role="group" aria-label={`Delete “${element.label}”`}>
        <p>
          Delete “{element.label}”
          {relations > 0 && ` and the ${relations === 1 ? 'relation' : `${relations} relations`} it has`}?
          Undo brings {relations > 0 ? 'them' : 'it'} back.
        </p>
        <div className="edit-buttons">
          <button
            type="button"
            onClick={() =>
              apply(
                props.kind === 'node' ? deleteNode(dataset, props.element) : deleteEdge(props.element),
                `Deleted “${element.label}”.`,
              )
            }
          >
            Delete
          </button>
          <button type="button" onClick={close} autoFocus>
            Cancel
          </button>
        </div>
      </div>
    );
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && mode !== 'none') {
      // Esc closes the form, not the selection (which App's Esc would clear).
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  return (
    <section className="details-edit" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h4 id={headingId} className="edit-form-title">
        Edit this {what}
      </h4>
      {mode === 'none' && (
        <div className="edit-buttons">
          <button type="button" onClick={() => setMode('edit')}>
            Edit {what}
          </button>
          {kind === 'node' && (
            <button type="button" onClick={() => setMode('relation')}>
              Add relation
            </button>
          )}
          <button type="button" onClick={() => setMode('delete')}>
            Delete {what}
          </button>
        </div>
      )}
      {form}
      <EvidenceEditList
        kind={kind}
        element={element}
        onRemove={(at) => {
          const problem = removeEvidenceProblem(element);
          if (problem) setSaid(problem);
          else apply(removeEvidence(element, kind, at), 'Passage removed.');
        }}
      />
      <p className="edit-status" role="status">
        {said}
      </p>
    </section>
  );
}

function EvidenceEditList({
  kind,
  element,
  onRemove,
}: {
  kind: 'node' | 'edge';
  element: GraphNode | GraphEdge;
  onRemove: (at: number) => void;
}) {
  return (
    <details className="evidence-edit">
      <summary>Passages of this {kind === 'node' ? 'entity' : 'relation'}</summary>
      <ol className="evidence-edit-list">
        {element.evidence.map((evidence, at) => (
          <li key={`${evidence.document}:${evidence.start}:${evidence.end}:${at}`}>
            “{shortQuote(evidence.quote)}”{' '}
            <button
              type="button"
              aria-label={`Remove passage ${at + 1}: “${shortQuote(evidence.quote, 40)}”`}
              onClick={() => onRemove(at)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}

function FormButtons({
  submit,
  disabled,
  onCancel,
}: {
  submit: string;
  disabled?: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="edit-buttons">
      <button type="submit" disabled={disabled}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function EditNodeForm({
  node,
  onSave,
  onCancel,
}: {
  node: GraphNode;
  onSave: (node: GraphNode) => void;
  onCancel: () => void;
}) {
  const { index } = useOpenDataset();
  const [label, setLabel] = useState(node.label);
  const [type, setType] = useState(node.type);
  const [summary, setSummary] = useState(node.summary);
  const blank = label.trim() === '';
  return (
    <form
      className="edit-form"
      aria-label={`Edit entity “${node.label}”`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blank) onSave({ ...node, label: label.trim(), type, summary: summary.trim() });
      }}
    >
      <label>
        Label
        <input
          value={label}
          maxLength={MAX_LABEL}
          required
          autoFocus
          onChange={(e) => setLabel(e.target.value)}
        />
      </label>
      <label>
        Type
        <select value={type} onChange={(e) => setType(e.target.value as GraphNode['type'])}>
          {nodeTypeOptions(index).map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Summary
        <textarea value={summary} rows={3} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <FormButtons submit="Save" disabled={blank} onCancel={onCancel} />
    </form>
  );
}

function EditEdgeForm({
  edge,
  onSave,
  onCancel,
}: {
  edge: GraphEdge;
  onSave: (edge: GraphEdge) => void;
  onCancel: () => void;
}) {
  const [label, setLabel] = useState(edge.label);
  const [type, setType] = useState(edge.type);
  const blank = label.trim() === '';
  return (
    <form
      className="edit-form"
      aria-label={`Edit relation “${edge.label}”`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blank) onSave({ ...edge, label: label.trim(), type });
      }}
    >
      <label>
        Label
        <input
          value={label}
          maxLength={MAX_LABEL}
          required
          autoFocus
          onChange={(e) => setLabel(e.target.value)}
        />
      </label>
      <RelationTypeSelect value={type} onChange={setType} />
      <FormButtons submit="Save" disabled={blank} onCancel={onCancel} />
    </form>
  );
}

function RelationTypeSelect({
  value,
  onChange,
}: {
  value: GraphEdge['type'];
  onChange: (type: GraphEdge['type']) => void;
}) {
  const { index } = useOpenDataset();
  return (
    <label>
      Relation type
      <select value={value} onChange={(e) => onChange(e.target.value as GraphEdge['type'])}>
        {relationTypeOptions(index).map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function AddRelationForm({
  node,
  onAdd,
  onCancel,
}: {
  node: GraphNode;
  onAdd: (edit: Edit) => void;
  onCancel: () => void;
}) {
  const { key, dataset, index, texts } = useOpenDataset();
  const span = useReaderSpan(key);
  const [other, setOther] = useState<string | null>(null);
  const [outgoing, setOutgoing] = useState(true);
  const [type, setType] = useState<GraphEdge['type']>(relationTypeOptions(index)[0]?.id ?? 'works_with');
  const [label, setLabel] = useState('');
  const hintId = useId();
  const otherNode = other ? index.nodeById.get(other) : undefined;
  const text = span ? (texts.get(span.document) ?? '') : '';
  const ready = span !== null && otherNode !== undefined && label.trim() !== '';
  const source = outgoing ? node : otherNode;
  const target = outgoing ? otherNode : node;
  return (
    <form
      className="edit-form"
      aria-label={`Add a relation to “${node.label}”`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready || !span || !source || !target) return;
        onAdd(
          addRelation(dataset, {
            source: source.id,
            target: target.id,
            type,
            label,
            evidence: evidenceOf(span.document, text, span.start, span.end),
          }),
        );
      }}
    >
      <NodePicker label="Other entity" value={other} onChange={setOther} />
      <label>
        Direction
        <select value={outgoing ? 'out' : 'in'} onChange={(e) => setOutgoing(e.target.value === 'out')}>
          <option value="out">From “{node.label}” to the other</option>
          <option value="in">From the other to “{node.label}”</option>
        </select>
      </label>
      <RelationTypeSelect value={type} onChange={setType} />
      <label>
        Label (read “source label target”)
        <input
          value={label}
          maxLength={MAX_LABEL}
          placeholder="works with"
          onChange={(e) => setLabel(e.target.value)}
          aria-describedby={hintId}
        />
      </label>
      <p id={hintId} className={span ? 'edit-hint' : 'edit-problem'}>
        {span
          ? `Evidence: “${shortQuote(text.slice(span.start, span.end))}”`
          : 'Select the words in the document that show this relation: a relation needs one passage of evidence.'}
      </p>
      {source && target && label.trim() !== '' && (
        <p className="edit-hint">
          Reads: {source.label} {label.trim()} {target.label}
        </p>
      )}
      <FormButtons submit="Add relation" disabled={!ready} onCancel={onCancel} />
    </form>
  );
}
