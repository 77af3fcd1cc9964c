// Building a flow in the tracer's panel: New flow, then Add step from the selected relation or entity, step after
// step; each step edited, moved or removed, the flow renamed or deleted. Every change is one step Undo takes back.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { sortedSteps } from '../../model/flow';
import type { Flow } from '../../model/schema';
import { useAppState, useDispatch, useOpenDataset } from '../../state/store';
import { evidenceOf, type Edit } from '../edit/edits';
import { shortQuote } from '../edit/ReaderSelectionActions';
import { setReaderSpan, useReaderSpan } from '../edit/reader-selection';
import { useMoveKeyboardAfterRender } from '../use-move-keyboard-after-render';
import {
  addStep,
  deleteFlow,
  editStep,
  moveStep,
  removeStep,
  renameFlow,
  stepDraftOf,
  type StepDraft,
} from './flow-edits';
import '../edit/edit.css';
import './flow-edit.css';

export interface FlowBuilderProps {
  /** The flow the tracer shows, or undefined when the dataset has none. */
  flow: Flow | undefined;
  /** Makes the tracer show this flow (a new one, once it has its first step). */
  onChoose: (flowId: string) => void;
}

export function FlowBuilder({ flow, onChoose }: FlowBuilderProps) {
  const { key } = useOpenDataset();
  const dispatch = useDispatch();
  // A flow being made: only a title until its first step (a flow needs one), and only in this opening.
  const [draft, setDraft] = useState<{ key: string; title: string } | null>(null);
  const [naming, setNaming] = useState(false);
  const [editorOpen, setEditorOpen] = useState(false);
  const [said, setSaid] = useState('');
  const pending = draft?.key === key ? draft : null;
  const rootRef = useRef<HTMLDivElement>(null);
  const moveKeyboardAfterRender = useMoveKeyboardAfterRender();
  // The control an action removes or moves takes the keyboard with it: it goes to the one named here instead.
  const keyboardTo = (selector: string) =>
    moveKeyboardAfterRender(() => rootRef.current?.querySelector<HTMLElement>(selector));

  const apply = (edit: Edit, done: string, then = '.flow-edit-add button') => {
    dispatch({ type: 'applyOperation', operation: edit.operation, label: edit.label });
    setSaid(done);
    keyboardTo(then);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && naming) {
      // Esc closes the form, not the selection (which App's Esc would clear).
      event.preventDefault();
      event.stopPropagation();
      setNaming(false);
    }
  };

  return (
    <div className="flow-builder" ref={rootRef} onKeyDown={onKeyDown}>
      {!naming && !pending && (
        <div className="edit-buttons">
          <button
            type="button"
            className="flow-edit-new"
            onClick={() => {
              setNaming(true);
              setSaid('');
            }}
          >
            New flow
          </button>
          {flow && (
            <button type="button" aria-expanded={editorOpen} onClick={() => setEditorOpen(!editorOpen)}>
              Edit flow
            </button>
          )}
        </div>
      )}
      {naming && (
        <NewFlowForm
          onCancel={() => setNaming(false)}
          onCreate={(title) => {
            setNaming(false);
            setDraft({ key, title });
            setSaid('');
          }}
        />
      )}
      {pending && (
        <section className="flow-edit-draft" aria-label={`New flow “${pending.title}”`}>
          <p className="flow-edit-draft-title">New flow: “{pending.title}”</p>
          <p className="edit-hint">
            No steps yet: select a relation (or an entity) on the graph or in the Entities list, then Add
            step.
          </p>
          <AddStep
            target={{ title: pending.title }}
            onAdded={(edit) => {
              apply(edit, `Made the flow “${pending.title}” with its first step.`);
              setDraft(null);
              setEditorOpen(true);
              onChoose(edit.flowId);
            }}
          />
          <div className="edit-buttons">
            <button type="button" onClick={() => setDraft(null)}>
              Cancel new flow
            </button>
          </div>
        </section>
      )}
      {!pending && flow && editorOpen && (
        <FlowEditor key={flow.id} flow={flow} apply={apply} onDeleted={() => setEditorOpen(false)} />
      )}
      <p className="edit-status" role="status">
        {said}
      </p>
    </div>
  );
}

function NewFlowForm({ onCreate, onCancel }: { onCreate: (title: string) => void; onCancel: () => void }) {
  const [title, setTitle] = useState('');
  const blank = title.trim() === '';
  return (
    <form
      className="edit-form"
      aria-label="New flow"
      onSubmit={(event) => {
        event.preventDefault();
        if (!blank) onCreate(title.trim());
      }}
    >
      <label>
        Flow title
        <input value={title} required autoFocus onChange={(e) => setTitle(e.target.value)} />
      </label>
      <FormButtons submit="Start flow" disabled={blank} onCancel={onCancel} />
    </form>
  );
}

type Mode =
  | { kind: 'none' }
  | { kind: 'editStep'; n: number }
  | { kind: 'removeStep'; n: number }
  | { kind: 'rename' }
  | { kind: 'delete' };

function FlowEditor({
  flow,
  apply,
  onDeleted,
}: {
  flow: Flow;
  apply: (edit: Edit, done: string, then?: string) => void;
  onDeleted: () => void;
}) {
  const [mode, setMode] = useState<Mode>({ kind: 'none' });
  const close = () => setMode({ kind: 'none' });
  const steps = sortedSteps(flow);
  const listId = useId();

  const act = (edit: Edit | null, done: string, then?: string) => {
    if (edit) apply(edit, done, then);
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && mode.kind !== 'none') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const deleteQuestion = (question: ReactNode, label: string) => (
    <div className="edit-form" role="group" aria-label={label}>
      <p>{question} Undo brings it back.</p>
      <div className="edit-buttons">
        <button
          type="button"
          onClick={() => {
            act(deleteFlow(flow), `Deleted the flow “${flow.title}”.`, '.flow-edit-new');
            onDeleted();
          }}
        >
          Delete flow
        </button>
        <button type="button" onClick={close} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );

  return (
    <section className="flow-editor" aria-label={`Edit flow “${flow.title}”`} onKeyDown={onKeyDown}>
      <p id={listId} className="details-label">
        Steps of this flow
      </p>
      <ol className="flow-edit-steps" aria-labelledby={listId}>
        {steps.map((step, i) => {
          const n = i + 1;
          const passage = step.evidence[0];
          return (
            <li key={step.id}>
              <p className="flow-edit-step-title">
                <span aria-hidden="true">{n}. </span>
                {step.title}
              </p>
              {passage && <p className="flow-edit-step-passage">“{shortQuote(passage.quote, 80)}”</p>}
              <div className="edit-buttons flow-edit-step-buttons">
                <button
                  type="button"
                  onClick={() => setMode({ kind: 'editStep', n })}
                  aria-label={`Edit step ${n}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  aria-label={`Move step ${n} earlier`}
                  disabled={n === 1}
                  onClick={() =>
                    act(
                      moveStep(flow, n, -1),
                      `Step ${n} is now step ${n - 1}.`,
                      `[aria-label="Edit step ${n - 1}"]`,
                    )
                  }
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  aria-label={`Move step ${n} later`}
                  disabled={n === steps.length}
                  onClick={() =>
                    act(
                      moveStep(flow, n, 1),
                      `Step ${n} is now step ${n + 1}.`,
                      `[aria-label="Edit step ${n + 1}"]`,
                    )
                  }
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  aria-label={`Remove step ${n}`}
                  onClick={() => {
                    // The last step takes the flow with it: that asks first.
                    if (steps.length === 1) setMode({ kind: 'removeStep', n });
                    else act(removeStep(flow, n), `Removed step ${n}.`);
                  }}
                >
                  Remove
                </button>
              </div>
              {mode.kind === 'editStep' && mode.n === n && (
                <EditStepForm
                  n={n}
                  title={step.title}
                  summary={step.summary}
                  onCancel={close}
                  onSave={(fields) =>
                    act(editStep(flow, n, fields), `Saved step ${n}.`, `[aria-label="Edit step ${n}"]`)
                  }
                />
              )}
              {mode.kind === 'removeStep' &&
                mode.n === n &&
                deleteQuestion(
                  <>
                    Step {n} is the only step of “{flow.title}”: removing it deletes the flow.
                  </>,
                  `Remove step ${n}`,
                )}
            </li>
          );
        })}
      </ol>
      <AddStep target={flow} onAdded={(edit) => apply(edit, `Added step ${steps.length + 1}.`)} />
      {mode.kind === 'none' && (
        <div className="edit-buttons flow-edit-flow-buttons">
          <button type="button" onClick={() => setMode({ kind: 'rename' })}>
            Rename flow
          </button>
          <button type="button" onClick={() => setMode({ kind: 'delete' })}>
            Delete flow
          </button>
        </div>
      )}
      {mode.kind === 'rename' && (
        <RenameFlowForm
          flow={flow}
          onCancel={close}
          onSave={(fields) =>
            act(renameFlow(flow, fields), 'Renamed the flow.', '.flow-edit-flow-buttons button')
          }
        />
      )}
      {mode.kind === 'delete' &&
        deleteQuestion(
          <>
            Delete the flow “{flow.title}” and its {steps.length === 1 ? 'step' : `${steps.length} steps`}?
          </>,
          `Delete flow “${flow.title}”`,
        )}
    </section>
  );
}

/** "Add step": what the selection would add, then a form to name it. */
function AddStep({
  target,
  onAdded,
}: {
  target: Flow | { title: string };
  onAdded: (edit: Edit & { flowId: string }) => void;
}) {
  const { key, dataset, index, texts } = useOpenDataset();
  const selection = useAppState((s) => s.selection);
  const span = useReaderSpan(key);
  const [open, setOpen] = useState(false);
  const hintId = useId();

  const edge = selection?.kind === 'edge' ? index.edgeById.get(selection.id) : undefined;
  const node = selection?.kind === 'node' ? index.nodeById.get(selection.id) : undefined;
  const selected = span
    ? evidenceOf(span.document, texts.get(span.document) ?? '', span.start, span.end)
    : null;
  const draft = edge
    ? stepDraftOf(dataset, { kind: 'edge', edge }, selected)
    : node
      ? stepDraftOf(dataset, { kind: 'node', node }, selected)
      : null;
  const what = edge ? 'relation' : 'entity';
  const n = 'id' in target ? target.steps.length + 1 : 1;
  // Said, not refused: a story may come back to the same relation (a second payment, a second meeting).
  const already =
    'id' in target && edge ? sortedSteps(target).findIndex((step) => step.edges.includes(edge.id)) + 1 : 0;

  if (!open || !draft) {
    return (
      <div className="flow-edit-add">
        <button type="button" disabled={!draft} aria-describedby={hintId} onClick={() => setOpen(true)}>
          Add step
        </button>
        <p id={hintId} className="edit-hint">
          {draft
            ? `Step ${n} from the selected ${what}: ${shortQuote(draft.title, 80)}` +
              (already > 0 ? ` (already step ${already})` : '')
            : 'Select a relation (or an entity) on the graph or in the Entities list to add it as the next step.'}
        </p>
      </div>
    );
  }

  return (
    <AddStepForm
      // A new selection is a new step: its title is prefilled afresh.
      key={`${selection?.kind}:${selection?.id}`}
      n={n}
      flowTitle={target.title}
      draft={draft}
      passageSays={
        draft.passage === 'reader'
          ? 'Passage: the words selected in the text'
          : `Passage: the ${what}’s own passage`
      }
      onCancel={() => setOpen(false)}
      onAdd={(fields) => {
        onAdded(addStep(dataset, target, draft, fields));
        setOpen(false);
        // The words are used: the next step should not rest on them unasked.
        if (draft.passage === 'reader') setReaderSpan(null);
      }}
    />
  );
}

function AddStepForm({
  n,
  flowTitle,
  draft,
  passageSays,
  onAdd,
  onCancel,
}: {
  n: number;
  flowTitle: string;
  draft: StepDraft;
  passageSays: string;
  onAdd: (fields: { title: string; summary: string }) => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(draft.title);
  const [summary, setSummary] = useState('');
  const blank = title.trim() === '';
  return (
    <form
      className="edit-form"
      aria-label={`Add step ${n} to “${flowTitle}”`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blank) onAdd({ title, summary });
      }}
    >
      <label>
        Step title
        <input value={title} required autoFocus onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Summary (optional)
        <textarea value={summary} rows={2} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <p className="edit-hint">
        {passageSays}: “{shortQuote(draft.evidence.quote, 100)}”
      </p>
      <FormButtons submit="Add step" disabled={blank} onCancel={onCancel} />
    </form>
  );
}

function EditStepForm({
  n,
  title: before,
  summary: summaryBefore,
  onSave,
  onCancel,
}: {
  n: number;
  title: string;
  summary: string;
  onSave: (fields: { title: string; summary: string }) => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(before);
  const [summary, setSummary] = useState(summaryBefore);
  const blank = title.trim() === '';
  return (
    <form
      className="edit-form"
      aria-label={`Edit step ${n}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blank) onSave({ title, summary });
      }}
    >
      <label>
        Step title
        <input value={title} required autoFocus onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Summary
        <textarea value={summary} rows={2} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <FormButtons submit="Save" disabled={blank} onCancel={onCancel} />
    </form>
  );
}

function RenameFlowForm({
  flow,
  onSave,
  onCancel,
}: {
  flow: Flow;
  onSave: (fields: { title: string; description: string }) => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(flow.title);
  const [description, setDescription] = useState(flow.description ?? '');
  const blank = title.trim() === '';
  return (
    <form
      className="edit-form"
      aria-label={`Rename flow “${flow.title}”`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blank) onSave({ title, description });
      }}
    >
      <label>
        Flow title
        <input value={title} required autoFocus onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Description
        <textarea value={description} rows={2} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <FormButtons submit="Save" disabled={blank} onCancel={onCancel} />
    </form>
  );
}

function FormButtons({
  submit,
  disabled,
  onCancel,
}: {
  submit: string;
  disabled: boolean;
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
