// The reader's "Add document…" (a pasted or chosen text becomes another document of the open dataset) and "Remove
// document" for the one shown while no evidence is in it: each one undoable edit.
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { tryOperation, type Operation } from '../../model/operations';
import { useDispatch, useOpenDataset } from '../../state/store';
import './case.css';

// Loaded on first use, so the first load stays small.
const AddDocumentDialog = lazy(() =>
  import('./AddDocumentDialog').then((m) => ({ default: m.AddDocumentDialog })),
);

export function CaseDocuments({ shown }: { shown: string }) {
  const { dataset, texts } = useOpenDataset();
  const dispatch = useDispatch();
  const [adding, setAdding] = useState(false);
  const button = useRef<HTMLButtonElement | null>(null);
  const removal = useMemo((): Operation => ({ type: 'removeDocument', id: shown }), [shown]);
  // Whether it can go: a pass over every span, done again only when the dataset or the document shown changes.
  const removable = useMemo(
    () => (dataset.documents.length > 1 ? tryOperation(dataset, removal, texts) : null),
    [dataset, removal, texts],
  );
  const title = dataset.documents.find((d) => d.id === shown)?.title ?? shown;

  return (
    <span className="case-documents">
      <button ref={button} type="button" onClick={() => setAdding(true)}>
        Add document…
      </button>
      {/* Offered only when there is another document to show: a dataset needs at least one. */}
      {removable && (
        <button
          type="button"
          disabled={!removable.ok}
          title={removable.ok ? undefined : `Cannot remove it: ${removable.problem}`}
          onClick={() =>
            dispatch({ type: 'applyOperation', operation: removal, label: `remove document “${title}”` })
          }
        >
          Remove document
        </button>
      )}
      {adding && (
        <Suspense fallback={null}>
          <AddDocumentDialog
            onClose={() => {
              setAdding(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </span>
  );
}
