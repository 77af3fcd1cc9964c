// The text of a new case or an added document: pasted, or read from a chosen file as strictly as a dataset's text,
// with what is wrong with it said under the fields. Shared by the New case and Add document dialogs.
import { useRef } from 'react';
import { TEXT_FILE_ACCEPT } from './case-files';
import { readTextFile } from './read-text-file';

export interface TextFieldsProps {
  text: string;
  onText: (text: string) => void;
  /** The file the text was read from, or null when it was typed or pasted. */
  fileName: string | null;
  /** A chosen file's text was read: its text and name. */
  onFile: (text: string, name: string) => void;
  problem: string | null;
  onProblem: (problem: string | null) => void;
  problemId: string;
  /** Names the hidden file input: "Text file for the new case". */
  fileLabel: string;
  placeholder?: string;
}

export function TextFields({
  text,
  onText,
  fileName,
  onFile,
  problem,
  onProblem,
  problemId,
  fileLabel,
  placeholder,
}: TextFieldsProps) {
  const fileInput = useRef<HTMLInputElement | null>(null);

  const chooseFile = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    const read = await readTextFile(file);
    if (!read.ok) {
      onProblem(read.message);
      return;
    }
    onProblem(null);
    onFile(read.text, file.name);
  };

  return (
    <>
      <label>
        Text
        <textarea
          value={text}
          rows={12}
          placeholder={placeholder}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => onText(e.target.value)}
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
          aria-label={fileLabel}
          onChange={(e) => void chooseFile(e.target.files?.[0])}
        />
        {fileName && <span> From {fileName}</span>}
      </p>
      {problem && (
        <p id={problemId} className="new-case-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
