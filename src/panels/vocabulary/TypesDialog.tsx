// The Types dialog: the open dataset's entity and relation types, added, renamed, recoloured, reshaped or removed
// (only when unused), each change one undoable edit (the setVocabulary operation). Loaded when first opened.
import { useModalDialog } from '../use-modal-dialog';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { tryOperation, type Operation } from '../../model/operations';
import { NODE_SHAPES, type NodeShape } from '../../model/vocabulary';
import { useDispatch, useOpenDataset } from '../../state/store';
import { RelationSwatch, TypeSwatch } from '../TypeSwatch';
import {
  addNodeType,
  addRelationType,
  changeNodeType,
  changeRelationType,
  editableVocabulary,
  removeNodeType,
  removeRelationType,
  usedBy,
  type EditableVocabulary,
} from './vocabulary-edits';

export function TypesDialog({ onClose }: { onClose: () => void }) {
  const { dataset, index } = useOpenDataset();
  const dispatch = useDispatch();
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const resolved = index.vocabulary;
  const vocabulary = useMemo(() => editableVocabulary(dataset, resolved), [dataset, resolved]);

  useModalDialog(dialogRef);

  /** One change, one step of Undo; a change the dataset refuses is said, and nothing changes. */
  const apply = (next: EditableVocabulary, label: string) => {
    const operation: Operation = { type: 'setVocabulary', vocabulary: next };
    const result = tryOperation(dataset, operation);
    if (!result.ok) {
      setProblem(`Could not ${label}: ${result.problem}.`);
      return;
    }
    setProblem(null);
    dispatch({ type: 'applyOperation', operation, label });
  };

  return (
    <dialog
      ref={dialogRef}
      className="types-dialog"
      aria-label="Types"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2>Types of {dataset.title}</h2>
      <p className="types-hint">
        Each change is one step of Undo. A type can be removed once nothing in the graph is of that type.
      </p>
      {problem && (
        <p className="types-problem" role="alert">
          {problem}
        </p>
      )}
      <h3>Entity types</h3>
      <ul className="types-list">
        {vocabulary.nodeTypes.map((declared) => {
          const t = resolved.nodeType(declared.id);
          const count = index.nodeCountByType.get(t.id) ?? 0;
          return (
            <li key={t.id}>
              <fieldset>
                <legend>
                  <TypeSwatch type={t.id} size={14} /> {t.label}
                </legend>
                <CommitText
                  label="Name"
                  value={t.label}
                  onCommit={(label) =>
                    apply(changeNodeType(vocabulary, t.id, { label }), `rename type “${t.label}”`)
                  }
                />
                <CommitText
                  label="Plural"
                  value={t.plural}
                  onCommit={(plural) =>
                    apply(changeNodeType(vocabulary, t.id, { plural }), `rename type “${t.label}”`)
                  }
                />
                <CommitColour
                  label="Colour"
                  value={t.style.colour}
                  onCommit={(colour) =>
                    apply(changeNodeType(vocabulary, t.id, { colour }), `recolour type “${t.label}”`)
                  }
                />
                <label>
                  Shape{' '}
                  <select
                    value={t.style.shape}
                    onChange={(e) =>
                      apply(
                        changeNodeType(vocabulary, t.id, { shape: e.target.value as NodeShape }),
                        `reshape type “${t.label}”`,
                      )
                    }
                  >
                    {NODE_SHAPES.map((shape) => (
                      <option key={shape} value={shape}>
                        {shape.replace('-', ' ')}
                      </option>
                    ))}
                  </select>
                </label>
                <RemoveType
                  name={t.label}
                  why={
                    count > 0
                      ? usedBy(count, 'entity', 'entities')
                      : vocabulary.nodeTypes.length === 1
                        ? 'the only entity type'
                        : null
                  }
                  onRemove={() => apply(removeNodeType(vocabulary, t.id), `remove type “${t.label}”`)}
                />
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddType
        label="New entity type"
        button="Add entity type"
        onAdd={(label) => apply(addNodeType(vocabulary, label), `add type “${label}”`)}
      />
      <h3>Relation types</h3>
      <ul className="types-list">
        {vocabulary.relationTypes.map((declared) => {
          const t = resolved.relationType(declared.id);
          const count = index.edgeCountByType.get(t.id) ?? 0;
          return (
            <li key={t.id}>
              <fieldset>
                <legend>
                  <RelationSwatch type={t.id} width={24} /> {t.label}
                </legend>
                <CommitText
                  label="Name"
                  value={t.label}
                  onCommit={(label) =>
                    apply(changeRelationType(vocabulary, t.id, { label }), `rename type “${t.label}”`)
                  }
                />
                <CommitColour
                  label="Colour"
                  value={t.style.colour}
                  onCommit={(colour) =>
                    apply(changeRelationType(vocabulary, t.id, { colour }), `recolour type “${t.label}”`)
                  }
                />
                <label>
                  Family{' '}
                  <select
                    value={t.family}
                    onChange={(e) =>
                      apply(
                        changeRelationType(vocabulary, t.id, { family: e.target.value }),
                        `move type “${t.label}” to another family`,
                      )
                    }
                  >
                    {vocabulary.families.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.label}
                      </option>
                    ))}
                  </select>
                </label>
                <RemoveType
                  name={t.label}
                  why={
                    count > 0
                      ? usedBy(count, 'relation', 'relations')
                      : vocabulary.relationTypes.length === 1
                        ? 'the only relation type'
                        : null
                  }
                  onRemove={() => apply(removeRelationType(vocabulary, t.id), `remove type “${t.label}”`)}
                />
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddType
        label="New relation type"
        button="Add relation type"
        onAdd={(label) => apply(addRelationType(vocabulary, label), `add type “${label}”`)}
      />
      <div className="types-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** A text field whose value is committed when it is left or Enter is pressed: one edit per rename, not per key. */
function CommitText({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
}) {
  const commit = (input: HTMLInputElement) => {
    const next = input.value.trim();
    if (next === value) return;
    // A blank name is no name: the field shows the type's name again.
    if (next === '' || next.length > 60) input.value = value;
    else onCommit(next);
  };
  return (
    <label>
      {label}{' '}
      <input
        // Drawn anew when the name changes from elsewhere (Undo), so the field shows it.
        key={value}
        defaultValue={value}
        maxLength={60}
        onBlur={(e) => commit(e.currentTarget)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(e.currentTarget);
          }
        }}
      />
    </label>
  );
}

/**
 * A colour picker committed on the native `change` (the picker closed), not on React's onChange, which fires for
 * every colour passed over while dragging: one recolour is one step of Undo.
 */
function CommitColour({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (colour: string) => void;
}) {
  const ref = useRef<HTMLInputElement | null>(null);
  const latest = useRef({ value, onCommit });
  useEffect(() => {
    latest.current = { value, onCommit };
  });
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const onChange = () => {
      const colour = input.value.toLowerCase();
      if (/^#[0-9a-f]{6}$/.test(colour) && colour !== latest.current.value.toLowerCase())
        latest.current.onCommit(colour);
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);
  return (
    <label>
      {label} <input ref={ref} type="color" key={value} defaultValue={value.toLowerCase()} />
    </label>
  );
}

/** Remove, disabled with the reason (how many use the type) beside it. */
function RemoveType({ name, why, onRemove }: { name: string; why: string | null; onRemove: () => void }) {
  const whyId = useId();
  return (
    <span className="types-remove">
      <button
        type="button"
        disabled={why !== null}
        aria-label={`Remove ${name}`}
        aria-describedby={why ? whyId : undefined}
        onClick={onRemove}
      >
        Remove
      </button>
      {why && (
        <span id={whyId} className="types-used">
          {why}
        </span>
      )}
    </span>
  );
}

function AddType({
  label,
  button,
  onAdd,
}: {
  label: string;
  button: string;
  onAdd: (label: string) => void;
}) {
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    onAdd(name.trim());
    setName('');
  };
  return (
    <form className="types-add" onSubmit={submit}>
      <label>
        {label} <input value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" disabled={name.trim() === ''}>
        {button}
      </button>
    </form>
  );
}
