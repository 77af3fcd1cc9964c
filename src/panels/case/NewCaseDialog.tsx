// The New case dialog: a title and a text (pasted, or chosen as a file), made into a dataset, opened and kept.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { bundleFiles, NEW_CASE_ORIGIN } from '../../data/autosave';
import type { DatasetRegistry } from '../../data/dataset-registry';
import type { OpenDataset } from '../../data/open-dataset';
import type { StoredFile } from '../../data/stored-datasets';
import { newCaseDataset, UNTITLED_CASE } from '../../model/new-case';
import { formatProblem } from '../../model/problem';
import type { PickedFile } from '../../data/open-files';
import { titleFromFileName } from './case-files';
import { readTextFile } from './read-text-file';
import { TextFields } from './TextFields';
import { useModalDialog } from '../use-modal-dialog';

/** What the dialog opens with: a title ('' for the default) and a text file to read, or none. */
export interface NewCaseStart {
  title: string;
  file: PickedFile | null;
}

export interface NewCaseDialogProps {
  start: NewCaseStart;
  registry: DatasetRegistry;
  /** Opens the new case as any dataset is opened, with the files it is kept in this browser as. */
  onOpen: (next: OpenDataset, files?: readonly StoredFile[]) => void;
  onClose: () => void;
}

export function NewCaseDialog({ start, registry, onOpen, onClose }: NewCaseDialogProps) {
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const [title, setTitle] = useState(start.title || UNTITLED_CASE);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problemId = useId();

  useModalDialog(dialogRef);

  // A file opened or dropped alone, offered as a case, is read here.
  useEffect(() => {
    const file = start.file;
    if (!file) return;
    let live = true;
    void readTextFile(file).then((read) => {
      if (!live) return;
      if (!read.ok) setProblem(read.message);
      else {
        setText(read.text);
        setFileName(file.name);
      }
    });
    return () => {
      live = false;
    };
  }, [start.file]);

  // A title the user has not changed follows the file.
  const fromFile = (read: string, name: string) => {
    setText(read);
    setFileName(name);
    if (title === UNTITLED_CASE || title === '' || (fileName && title === titleFromFileName(fileName)))
      setTitle(titleFromFileName(name));
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const listed = await registry.store.list();
      const takenIds = [
        ...(listed.ok ? listed.value.map((d) => d.id) : []),
        ...registry.bundled.map((d) => d.id),
      ];
      const made = newCaseDataset({
        title,
        documents: [
          fileName ? { title: titleFromFileName(fileName), path: fileName, text } : { title: '', text },
        ],
        takenIds,
      });
      if (!made.ok) {
        setProblem(made.problems.join('. '));
        return;
      }
      // The validator is a chunk of its own (load-opener.ts): loaded when a case is made, not with the page.
      const { openDataset } = await import('../../data/open-dataset');
      const opened = openDataset(made.dataset, made.texts, NEW_CASE_ORIGIN);
      if (!opened.ok) {
        setProblem(opened.problems.map(formatProblem).join('; '));
        return;
      }
      // Kept at once, as a bundle (as every edit of it will be), so a reload opens it again.
      onOpen(opened.open, await bundleFiles(opened.open));
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="new-case-dialog"
      aria-label="New case"
      onCancel={(event) => {
        // Closed through React, so the opener takes the keyboard back.
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(event) => void create(event)}>
        <h2>New case</h2>
        <p className="new-case-hint">
          A case starts from a text: the reader shows it and the graph is empty until you add entities to it.
        </p>
        <label>
          Title
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <TextFields
          text={text}
          onText={setText}
          fileName={fileName}
          onFile={fromFile}
          problem={problem}
          onProblem={setProblem}
          problemId={problemId}
          fileLabel="Text file for the new case"
          placeholder="Paste the text of a report, an article or notes"
        />
        <div className="new-case-buttons">
          <button type="submit" disabled={busy}>
            {busy ? 'Creating…' : 'Create case'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
