// The Add document dialog: a pasted or chosen text made another document of the open dataset, as one undoable
// edit. Loaded when first opened.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { newDocument } from '../../model/new-case';
import { tryOperation, type Operation } from '../../model/operations';
import { useDispatch, useOpenDataset } from '../../state/store';
import { TEXT_FILE_ACCEPT, titleFromFileName } from './case-files';
import { readTextFile } from './read-text-file';

export function AddDocumentDialog({ onClose }: { onClose: () => void }) {
  const { dataset, texts } = useOpenDataset();
  const dispatch = useDispatch();
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();

  // Modal, so the keyboard stays in it and Esc closes it; a browser without showModal (jsdom) shows it inline.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);

  const chooseFile = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    const read = await readTextFile(file);
    if (!read.ok) {
      setProblem(read.message);
      return;
    }
    setProblem(null);
    setText(read.text);
    setFileName(file.name);
    if (title.trim() === '' || (fileName && title === titleFromFileName(fileName)))
      setTitle(titleFromFileName(file.name));
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
        <label>
          Text
          <textarea
            value={text}
            rows={12}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <p className="new-case-file">
          <button type="button" onClick={() => fileInput.current?.click()}>
            Choose a text file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept={TEXT_FILE_ACCEPT}
            hidden
            aria-label="Text file for the document"
            onChange={(e) => void chooseFile(e.target.files?.[0])}
          />
          {fileName && <span> From {fileName}</span>}
        </p>
        {problem && (
          <p id={problemId} className="new-case-problem" role="alert">
            {problem}
          </p>
        )}
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
