// What can be done with words selected in the reader: make them a new entity, or add them as evidence to the
// selected node or relation. Mounted in the reader; keeps the selected span for Add relation in Details.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { ReaderModel } from '../../model/reader-model';
import type { GraphNode } from '../../model/schema';
import { useAppState, useDispatch, useOpenDataset } from '../../state/store';
import { addEntity, addEvidence, evidenceOf, evidenceProblem, MAX_LABEL } from './edits';
import { readerSelection, setReaderSpan, spanOfSelection, useReaderSpan } from './reader-selection';
import { nodeTypeOptions } from './type-options';
import { useNewNodePosition } from './use-new-node-position';
import { useKeyboardSelection } from './use-keyboard-selection';
import './edit.css';

export interface ReaderSelectionActionsProps {
  /** The reader's body, where the text is drawn. */
  body: RefObject<HTMLElement | null>;
  model: ReaderModel;
  /** The id of the document the reader shows. */
  documentId: string;
}

/** A quote shortened for a button or a line of text. */
export function shortQuote(quote: string, max = 60): string {
  const flat = quote.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function ReaderSelectionActions({ body, model, documentId }: ReaderSelectionActionsProps) {
  const { key, dataset, index } = useOpenDataset();
  const selection = useAppState((s) => s.selection);
  const dispatch = useDispatch();
  const span = useReaderSpan(key);
  const [adding, setAdding] = useState(false);
  const [said, setSaid] = useState('');
  const newNodePosition = useNewNodePosition();
  useKeyboardSelection(body, model);

  // The page's selection, read as it changes: a span inside the reader is kept; a click in the reader (an empty
  // selection there) lets it go; a selection elsewhere leaves it, so a button in Details can still use it.
  useEffect(() => {
    const onChange = () => {
      const element = body.current;
      if (!element) return;
      const chosen = window.getSelection();
      const found = spanOfSelection(chosen, element, model);
      if (found) {
        const current = readerSelection.getState().span;
        if (
          current?.datasetKey !== key ||
          current.document !== documentId ||
          current.start !== found.start ||
          current.end !== found.end
        ) {
          setReaderSpan({ datasetKey: key, document: documentId, ...found });
        }
      } else if (chosen?.anchorNode && element.contains(chosen.anchorNode)) {
        setReaderSpan(null);
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [body, model, key, documentId]);

  if (!span || span.document !== documentId) return null;
  const quote = model.text.slice(span.start, span.end);
  const evidence = evidenceOf(documentId, model.text, span.start, span.end);
  const target =
    selection?.kind === 'node'
      ? index.nodeById.get(selection.id)
      : selection?.kind === 'edge'
        ? index.edgeById.get(selection.id)
        : undefined;

  const addAsEvidence = () => {
    if (!target || !selection) return;
    const problem = evidenceProblem(target, evidence);
    if (problem) {
      setSaid(problem);
      return;
    }
    const edit = addEvidence(target, selection.kind as 'node' | 'edge', evidence);
    dispatch({ type: 'applyOperation', operation: edit.operation, label: edit.label });
    setSaid(`Added as evidence to “${target.label}”.`);
  };

  return (
    <div className="edit-bar reader-selection-actions" role="group" aria-label="Selected words">
      <p className="edit-bar-quote">
        <span className="details-label">Selected:</span> “{shortQuote(quote)}”
      </p>
      {!adding && (
        <div className="edit-buttons">
          <button type="button" onClick={() => setAdding(true)}>
            Add entity
          </button>
          {target && (
            <button type="button" onClick={addAsEvidence}>
              Add as evidence to “{shortQuote(target.label, 40)}”
            </button>
          )}
        </div>
      )}
      {adding && (
        <AddEntityForm
          quote={quote}
          typeOptions={nodeTypeOptions(index)}
          onCancel={() => setAdding(false)}
          onAdd={(label, type) => {
            const edit = addEntity(dataset, {
              label,
              type,
              evidence,
              position: newNodePosition(selection?.kind === 'node' ? selection.id : null),
            });
            dispatch({ type: 'applyOperation', operation: edit.operation, label: edit.label });
            dispatch({ type: 'select', selection: { kind: 'node', id: edit.id } });
            setAdding(false);
            setSaid(`Added “${label.trim()}”.`);
          }}
        />
      )}
      <p className="edit-status" role="status">
        {said}
      </p>
    </div>
  );
}

interface AddEntityFormProps {
  quote: string;
  typeOptions: { id: GraphNode['type']; label: string }[];
  onAdd: (label: string, type: GraphNode['type']) => void;
  onCancel: () => void;
}

function AddEntityForm({ quote, typeOptions, onAdd, onCancel }: AddEntityFormProps) {
  const [label, setLabel] = useState(() => quote.replace(/\s+/g, ' ').slice(0, MAX_LABEL));
  const [type, setType] = useState<GraphNode['type']>(typeOptions[0]?.id ?? 'concept');
  const labelRef = useRef<HTMLInputElement>(null);
  const nameId = useId();
  useEffect(() => labelRef.current?.select(), []);
  const blank = label.trim() === '';
  return (
    <form
      className="edit-form"
      aria-labelledby={nameId}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blank) onAdd(label, type);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h4 id={nameId} className="edit-form-title">
        New entity
      </h4>
      <label>
        Label{' '}
        <input
          ref={labelRef}
          value={label}
          maxLength={MAX_LABEL}
          required
          onChange={(e) => setLabel(e.target.value)}
        />
      </label>
      <label>
        Type{' '}
        <select value={type} onChange={(e) => setType(e.target.value as GraphNode['type'])}>
          {typeOptions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <div className="edit-buttons">
        <button type="submit" disabled={blank}>
          Add
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
