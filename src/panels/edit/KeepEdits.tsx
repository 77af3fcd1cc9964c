// Keeps every edit in this browser as it happens (src/data/autosave.ts), and says so when it cannot: storage refused,
// or another tab saved the same case (this tab then stops saving over it until the user chooses).
import { useEffect, useRef, useState } from 'react';
import {
  bundleFiles,
  changedElsewhere,
  CHANNEL_NAME,
  createAutosave,
  keptIdentity,
  type Autosave,
  type SavedMessage,
} from '../../data/autosave';
import type { DatasetRegistry } from '../../data/dataset-registry';
import type { OpenDataset } from '../../data/open-dataset';
import { useCanvasHandle } from '../../graph-view/canvas-handle';
import type { Position } from '../../model/schema';
import type { AppState } from '../../state/app-state';
import { useAppStore } from '../../state/store';
import './edit.css';

export function KeepEdits({ registry }: { registry: DatasetRegistry }) {
  const store = useAppStore();
  const handle = useCanvasHandle();
  const [problem, setProblem] = useState<string | null>(null);
  const [otherTab, setOtherTab] = useState(false);
  // Said to screen readers (and waited on by the browser test): whether every edit has landed in the browser.
  const [keeping, setKeeping] = useState<'idle' | 'saving' | 'kept'>('idle');
  // What the buttons of the other-tab message reach: the saver and whether saving is held.
  const controls = useRef<{ autosave: Autosave; resume: () => void } | null>(null);

  useEffect(() => {
    const tab = Math.random().toString(36).slice(2);
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    // Held after another tab saved this case: saving here would silently overwrite what it saved.
    let held = false;
    // The name the open dataset is kept under, settled at its first edit (one per opening).
    let named: Promise<void> | null = null;
    let live = true;

    const positionsNow = (): Record<string, Position> | undefined => {
      const cy = handle.current();
      if (!cy) return undefined;
      const positions: Record<string, Position> = {};
      cy.nodes().forEach((node) => {
        positions[node.id()] = { ...node.position() };
      });
      return positions;
    };
    const save = async (open: OpenDataset) => {
      const result = await registry.keep(open, await bundleFiles(open, positionsNow()));
      if (result.ok) channel?.postMessage({ type: 'saved', tab, datasetId: open.id } satisfies SavedMessage);
      return result;
    };
    const autosave = createAutosave(save, (result, open) => {
      if (!live) return;
      if (!autosave.pending()) setKeeping(result.ok ? 'kept' : 'idle');
      setProblem(
        result.ok
          ? null
          : `Your edits to “${open.dataset.title}” could not be kept in this browser: ${result.message}. ` +
              'They are still open in this tab: export a bundle (Export menu) to keep them.',
      );
    });
    const nameIt = async () => {
      const listed = await registry.store.list();
      const taken = new Set([
        ...(listed.ok ? listed.value.map((d) => d.id) : []),
        ...registry.bundled.map((d) => d.id),
      ]);
      const { open } = store.state.getState();
      const kept = keptIdentity(open, taken);
      if (kept.id !== open.id || kept.title !== open.dataset.title || kept.origin !== open.origin) {
        store.dispatch({ type: 'keptAs', ...kept });
      }
    };
    const onEdit = () => {
      if (held) return;
      setKeeping('saving');
      named ??= nameIt();
      void named.then(() => {
        if (live && !held) autosave.schedule(store.state.getState().open);
      });
    };
    const unsubscribe = store.state.subscribe((state: AppState, previous: AppState) => {
      if (state.opening !== previous.opening) {
        // Another dataset opened: what waits for the one before is saved now, and the new one starts afresh.
        void autosave.flush();
        named = null;
        held = false;
        setOtherTab(false);
        setProblem(null);
        setKeeping('idle');
      } else if (state.history !== previous.history) {
        onEdit();
      }
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') void autosave.flush();
    };
    const onPageHide = () => void autosave.flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    if (channel) {
      channel.onmessage = (event: MessageEvent) => {
        if (!changedElsewhere(event.data, tab, store.state.getState().open.id)) return;
        held = true;
        autosave.cancel();
        setKeeping('idle');
        setOtherTab(true);
      };
    }
    controls.current = {
      autosave,
      resume: () => {
        held = false;
        autosave.schedule(store.state.getState().open);
        void autosave.flush();
      },
    };
    return () => {
      live = false;
      void autosave.flush();
      unsubscribe();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      channel?.close();
      controls.current = null;
    };
  }, [store, registry, handle]);

  return (
    <>
      <p className="visually-hidden" role="status">
        {keeping === 'saving'
          ? 'Keeping edits…'
          : keeping === 'kept'
            ? 'All edits kept in this browser.'
            : ''}
      </p>
      {otherTab && (
        <div className="keep-edits-message" role="alert">
          <p>
            This case was changed in another tab — reload to see the changes. Edits made here are not saved
            meanwhile, so neither tab overwrites the other unasked.
          </p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setOtherTab(false);
              controls.current?.resume();
            }}
          >
            Keep this tab’s version
          </button>
        </div>
      )}
      {problem && (
        <div className="keep-edits-message" role="alert">
          <p>{problem}</p>
          <button type="button" onClick={() => setProblem(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
