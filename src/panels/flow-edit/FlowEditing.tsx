// The flow builder's forms and step list, loaded on first use (the first load stays within its budget): the new
// flow's title, Add step from the selection, and the editor of a flow's steps, title and description.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { sortedSteps } from '../../model/flow';
import type { Flow } from '../../model/schema';
import { useAppState, useOpenDataset } from '../../state/store';
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

/** Which part of the builder to draw: one lazily loaded component for all, so once loaded each draws at once. */
export type FlowEditingPart =
  | { part: 'new'; onCreate: (title: string) => void; onCancel: () => void }
  | { part: 'addStep'; target: Flow | { title: string }; onAdded: (edit: Edit & { flowId: string }) => void }
  | {
      part: 'editor';
      flow: Flow;
      apply: (edit: Edit, done: string, then?: string) => void;
      onDeleted: () => void;
    };

export default function FlowEditing(props: FlowEditingPart) {
  switch (props.part) {
    case 'new':
      return <NewFlowForm onCreate={props.onCreate} onCancel={props.onCancel} />;
    case 'addStep':
      return <AddStep target={props.target} onAdded={props.onAdded} />;
    case 'editor':
      return (
        <FlowEditor key={props.flow.id} flow={props.flow} apply={props.apply} onDeleted={props.onDeleted} />
      );
  }
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
  const openerRef = useRef<HTMLButtonElement>(null);
  const moveKeyboardAfterRender = useMoveKeyboardAfterRender();

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
        <button
          type="button"
          ref={openerRef}
          disabled={!draft}
          aria-describedby={hintId}
          onClick={() => setOpen(true)}
        >
          Add step
        </button>
        <p id={hintId} className="edit-hint">
          {draft
            ? `Step ${n} from the selected ${what}: ${shortQuote(draft.title, 80)}` +
              (already > 0 ? ` (already step ${already})` : '')
            : 'Select a relation on the graph (or Passages beside a connection in Details), or an entity, to add it as the next step.'}
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
      onCancel={() => {
        setOpen(false);
        moveKeyboardAfterRender(() => openerRef.current);
      }}
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
      onKeyDown={(event) => {
        // Esc closes the form, not the selection (which App's Esc would clear).
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
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
