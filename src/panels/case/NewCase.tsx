// The header's "New case" button and dialog, and the offer to start a case from a lone text file opened or dropped.
import { lazy, Suspense, useRef, useState } from 'react';
import type { DatasetRegistry } from '../../data/dataset-registry';
import type { OpenDataset } from '../../data/open-dataset';
import type { PickedFile } from '../../data/open-files';
import type { StoredFile } from '../../data/stored-datasets';
import { titleFromFileName } from './case-files';
import type { NewCaseStart } from './NewCaseDialog';
import './case.css';

// Loaded on first use, with the model of a new case, so the first load stays small.
const NewCaseDialog = lazy(() => import('./NewCaseDialog').then((m) => ({ default: m.NewCaseDialog })));

// Its title is the dialog's default ("Untitled case"), which comes with the dialog.
const BLANK_CASE: NewCaseStart = { title: '', file: null };

export interface NewCaseProps {
  registry: DatasetRegistry;
  onOpen: (next: OpenDataset, files?: readonly StoredFile[]) => void;
  /** A text file opened or dropped alone (no graph.json to open it with): offered as the start of a case. */
  offered: PickedFile | null;
  onOfferDone: () => void;
}

export function NewCase({ registry, onOpen, offered, onOfferDone }: NewCaseProps) {
  const [start, setStart] = useState<NewCaseStart | null>(null);
  const button = useRef<HTMLButtonElement | null>(null);

  // The dialog reads the file, and says there what is wrong with it.
  const startFromOffer = (file: PickedFile) => {
    onOfferDone();
    setStart({ title: titleFromFileName(file.name), file });
  };
  const dismissOffer = () => {
    onOfferDone();
    button.current?.focus();
  };

  return (
    <>
      <button ref={button} type="button" onClick={() => setStart(BLANK_CASE)}>
        New case
      </button>
      {start && (
        <Suspense fallback={null}>
          <NewCaseDialog
            start={start}
            registry={registry}
            onOpen={onOpen}
            onClose={() => {
              setStart(null);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
      {offered && (
        <div className="new-case-offer" role="status" aria-label="A text file">
          <p>
            <strong>{offered.name}</strong> is a text with no graph.json: it can be the start of a new case.
          </p>
          <button type="button" onClick={() => startFromOffer(offered)}>
            Start a new case from {offered.name}
          </button>{' '}
          <button type="button" onClick={dismissOffer}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
