// The Add document dialog: a pasted or chosen text made another document of the open dataset, as one undoable
// edit. Loaded when first opened.
import { useId, useRef, useState, type FormEvent } from 'react';
import { newDocument } from '../../model/new-case';
import { tryOperation, type Operation } from '../../model/operations';
import { useDispatch, useOpenDataset } from '../../state/store';
import { titleFromFileName } from './case-files';
import { TextFields } from './TextFields';
import { useModalDialog } from '../use-modal-dialog';

export function AddDocumentDialog({ onClose }: { onClose: () => void }) {
  const { dataset, texts } = useOpenDataset();
  const dispatch = useDispatch();
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();

  useModalDialog(dialogRef);

  // A title the user has not changed follows the file.
  const fromFile = (read: string, name: string) => {
    setText(read);
    setFileName(name);
    if (title.trim() === '' || (fileName && title === titleFromFileName(fileName)))
      setTitle(titleFromFileName(name));
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const made = newDocument(dataset, fileName ? { title, path: fileName, text } : { title, text });
    if (!made.ok) {
      setProblem(made.problem);
      return;
    }
    const operation: Operation = { type: 'addDocument', document: made.document, text: made.text };
    const result = tryOperation(dataset, operation, texts);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    dispatch({ type: 'applyOperation', operation, label: `add document “${made.document.title}”` });
    // The reader shows the document just added.
    dispatch({ type: 'showDocument', document: made.document.id });
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="new-case-dialog"
      aria-label="Add document"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={add}>
        <h2>Add a document to {dataset.title}</h2>
        <label>
          Document title
          <input
            value={title}
            placeholder={`Text ${dataset.documents.length + 1}`}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <TextFields
          text={text}
          onText={setText}
          fileName={fileName}
          onFile={fromFile}
          problem={problem}
          onProblem={setProblem}
          problemId={problemId}
          fileLabel="Text file for the document"
        />
        <div className="new-case-buttons">
          <button type="submit">Add document</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
