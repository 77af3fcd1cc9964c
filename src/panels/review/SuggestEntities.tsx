// "Suggest entities" in the reader's header: reads the document shown in a worker, with progress and Cancel, then
// opens the review of what it found.
import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import type { Span } from '../../model/evidence';
import { useOpenDataset } from '../../state/store';
import { nodeTypeOptions } from '../edit/type-options';
import { NO_PREVIEW } from './preview';
import { reviewReducer, startReview, type ReviewAction, type ReviewState } from './review-state';
import './review.css';

// The review list loads with the first suggestions, not with the app (the first load has a budget).
const SuggestionsPanel = lazy(() =>
  import('./SuggestionsPanel').then((m) => ({ default: m.SuggestionsPanel })),
);

export interface SuggestEntitiesProps {
  /** The id of the document the reader shows, and its text. */
  document: string;
  text: string;
  /** The reader's body, scrolled to the spans previewed. */
  body: RefObject<HTMLElement | null>;
  /** Marks spans of the text in the reader (the candidate the review is on). */
  onPreview: (spans: readonly Span[]) => void;
}

type Run =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; controller: AbortController }
  | { phase: 'said'; message: string; problem: boolean };

export function SuggestEntities({ document, text, body, onPreview }: SuggestEntitiesProps) {
  const { index } = useOpenDataset();
  const [run, setRun] = useState<Run>({ phase: 'idle' });
  const [review, setReview] = useState<ReviewState | null>(null);
  const askButton = useRef<HTMLButtonElement>(null);

  // A pass still running when the reader goes (another dataset, another document) is stopped with it.
  const running = run.phase === 'running' ? run.controller : null;
  useEffect(() => () => running?.abort(), [running]);
  useEffect(() => () => onPreview(NO_PREVIEW), [onPreview]);

  const start = () => {
    running?.abort();
    const controller = new AbortController();
    // The vocabulary as it is when asked: a candidate's type is mapped onto it once.
    const typeIds = nodeTypeOptions(index).map((t) => t.id);
    setRun({ phase: 'running', done: 0, total: text.length, controller });
    // The client (and comlink with it) loads with the first ask, not with the app.
    import('../../data/suggest-client')
      .then(({ suggest }) =>
        suggest(text, {
          signal: controller.signal,
          onProgress: ({ done, total }) =>
            setRun((now) =>
              now.phase === 'running' && now.controller === controller ? { ...now, done, total } : now,
            ),
        }),
      )
      .then(
        (result) => {
          if (controller.signal.aborted) return;
          setReview(startReview(document, result, typeIds));
          onPreview(NO_PREVIEW);
          setRun(
            result.candidates.length === 0
              ? { phase: 'said', message: 'No entities were found in this text.', problem: false }
              : { phase: 'idle' },
          );
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const why = error instanceof Error ? error.message : String(error);
          setRun({ phase: 'said', message: `Suggestions failed: ${why}`, problem: true });
        },
      );
  };

  const cancel = () => {
    if (run.phase !== 'running') return;
    run.controller.abort();
    setRun({ phase: 'said', message: 'Suggestions cancelled.', problem: false });
  };

  const act = (action: ReviewAction) => setReview((now) => now && reviewReducer(now, action));

  return (
    <>
      <div className="suggest-bar">
        <button
          ref={askButton}
          type="button"
          className="reader-toggle"
          onClick={start}
          disabled={run.phase === 'running' || text.trim() === ''}
        >
          Suggest entities
        </button>
        {run.phase === 'running' && (
          <>
            <progress aria-label="Reading the text" value={run.done} max={Math.max(run.total, 1)} />
            <button type="button" className="reader-toggle" onClick={cancel}>
              Cancel suggestions
            </button>
          </>
        )}
        {run.phase === 'said' && (
          <p
            className={run.problem ? 'suggest-problem' : 'suggest-note'}
            role={run.problem ? 'alert' : 'status'}
          >
            {run.message}
          </p>
        )}
      </div>
      {review && review.candidates.length > 0 && (
        <Suspense fallback={<p className="suggest-note">Opening the suggestions…</p>}>
          <SuggestionsPanel
            review={review}
            act={act}
            text={text}
            body={body}
            onPreview={onPreview}
            onClose={() => {
              setReview(null);
              onPreview(NO_PREVIEW);
              // The list goes with the keyboard's place in it (its close button, a row): back to what opened it.
              askButton.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
