// The legend's "Edit types" button, which opens the Types dialog (loaded on first use, so the first load stays small).
import { lazy, Suspense, useRef, useState } from 'react';
import './vocabulary.css';

const TypesDialog = lazy(() => import('./TypesDialog').then((m) => ({ default: m.TypesDialog })));

/** The "Edit types" button and the dialog it opens. */
export function EditTypes() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement | null>(null);
  return (
    <>
      <button ref={button} type="button" className="edit-types" onClick={() => setOpen(true)}>
        Edit types
      </button>
      {open && (
        <Suspense fallback={null}>
          <TypesDialog
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
