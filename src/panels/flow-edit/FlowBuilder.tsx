// Building a flow in the tracer's panel: New flow, then Add step from the selected relation or entity, step after
// step; each step edited, moved or removed, the flow renamed or deleted. Every change is one step Undo takes back.
import { lazy, Suspense, useRef, useState, type KeyboardEvent } from 'react';
import type { Flow } from '../../model/schema';
import { useDispatch, useOpenDataset } from '../../state/store';
import type { Edit } from '../edit/edits';
import { useMoveKeyboardAfterRender } from '../use-move-keyboard-after-render';
import type { FlowEditingPart } from './FlowEditing';
import '../edit/edit.css';
import './flow-edit.css';

/** The forms and the step list, loaded when first asked for: most visits build no flow. */
const LazyFlowEditing = lazy(() =>
  import('./FlowEditing').catch(() => ({
    // A chunk that does not load (the server went away, a new build replaced it) is a message, not a blank page.
    default: function NotLoaded() {
      return (
        <p className="edit-problem">The flow builder could not be loaded: reload the page to try again.</p>
      );
    },
  })),
);

function FlowEditing(props: FlowEditingPart) {
  return (
    <Suspense fallback={<p className="edit-hint">Loading…</p>}>
      <LazyFlowEditing {...props} />
    </Suspense>
  );
}

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
        <FlowEditing
          part="new"
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
            No steps yet: select a relation on the graph (or Passages beside a connection in Details), or an
            entity, then Add step.
          </p>
          <FlowEditing
            part="addStep"
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
        <FlowEditing part="editor" flow={flow} apply={apply} onDeleted={() => setEditorOpen(false)} />
      )}
      <p className="edit-status" role="status">
        {said}
      </p>
    </div>
  );
}
