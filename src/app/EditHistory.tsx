// Undo and Redo for edits of the open dataset: two header buttons naming what they would do, and the usual keys.
import { useEffect, useState } from 'react';
import { isTextEntry } from '../panels/keyboard';
import { useAppState, useDispatch } from '../state/store';

/** Which history key a key press is, if any: Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo. */
export function historyKey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): 'undo' | 'redo' | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

export function EditHistory() {
  const past = useAppState((s) => s.history.past);
  const future = useAppState((s) => s.history.future);
  const dispatch = useDispatch();
  // Said once after a step, for screen readers: the buttons' names change, but nobody reads them again.
  const [said, setSaid] = useState('');
  const toUndo = past.at(-1);
  const toRedo = future.at(-1);

  const undo = () => {
    if (!toUndo) return;
    dispatch({ type: 'undo' });
    setSaid(`Undone: ${toUndo.label}`);
  };
  const redo = () => {
    if (!toRedo) return;
    dispatch({ type: 'redo' });
    setSaid(`Redone: ${toRedo.label}`);
  };

  // App-wide, but not while typing: a text field keeps its own undo.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      const which = historyKey(event);
      if (!which) return;
      event.preventDefault();
      if (which === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="edit-history" role="group" aria-label="Edit history">
      <button
        type="button"
        onClick={undo}
        disabled={!toUndo}
        aria-label={toUndo ? `Undo ${toUndo.label}` : 'Undo'}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={toUndo ? `Undo ${toUndo.label} (Ctrl+Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!toRedo}
        aria-label={toRedo ? `Redo ${toRedo.label}` : 'Redo'}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={toRedo ? `Redo ${toRedo.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
      <span className="visually-hidden" role="status">
        {said}
      </span>
    </div>
  );
}
