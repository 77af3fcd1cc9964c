// Keeping edits in the browser: who an edited dataset is kept as, one write per burst of edits, the bundle it is
// kept as opening again edited, and the word between two tabs.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bundleFiles,
  changedElsewhere,
  createAutosave,
  editedCopyId,
  keptIdentity,
} from '../../src/data/autosave';
import { createDatasetRegistry } from '../../src/data/dataset-registry';
import type { OpenDataset } from '../../src/data/open-dataset';
import { createDatasetStore } from '../../src/data/stored-datasets';
import { openedState, reducer } from '../../src/state/app-state';
import type { GraphNode } from '../../src/model/schema';
import { openFolder } from './helpers/open-fixture';

const minimal = openFolder('minimal');
const asBundled: OpenDataset = { ...minimal, origin: 'bundled' };

afterEach(() => {
  vi.useRealTimers();
});

describe('who an edited dataset is kept as', () => {
  it('a bundled dataset becomes a copy with its own id and an "(edited)" title; the bundled one stays', () => {
    expect(keptIdentity(asBundled, new Set())).toEqual({
      id: 'valid-minimal-edited',
      title: 'A memory stick from Vienna (edited)',
      origin: 'edited, from bundled',
    });
    expect(editedCopyId('mi6', new Set(['mi6-edited', 'mi6-edited-2']))).toBe('mi6-edited-3');
    expect(editedCopyId('x'.repeat(64), new Set())).toHaveLength(64);
  });

  it('a dataset from a file or a link keeps its id, and no longer names the link it came from', () => {
    const fromLink = { ...minimal, origin: 'http://127.0.0.1:5173/cases/vienna/graph.json' };
    expect(keptIdentity(fromLink, new Set())).toEqual({
      id: 'valid-minimal',
      title: minimal.dataset.title,
      origin: 'edited, from http://127.0.0.1:5173/cases/vienna/graph.json',
    });
    const again = { ...minimal, origin: 'edited, from graph.json' };
    expect(keptIdentity(again, new Set()).origin).toBe('edited, from graph.json');
  });

  it('a new case stays the user’s own case when edited: same id, same title, no "edited" in the header', () => {
    const newCase = { ...minimal, origin: 'new case' };
    expect(keptIdentity(newCase, new Set())).toEqual({
      id: 'valid-minimal',
      title: minimal.dataset.title,
      origin: 'new case',
    });
  });

  it('renaming the open dataset keeps its content, history and opening key', () => {
    const edited = reducer(openedState(asBundled), {
      type: 'applyOperation',
      operation: { type: 'removeEdge', id: 'mi6-works-with-gchq' },
    });
    const kept = reducer(edited, { type: 'keptAs', ...keptIdentity(asBundled, new Set()) });
    expect(kept.open.id).toBe('valid-minimal-edited');
    expect(kept.open.dataset.id).toBe('valid-minimal-edited');
    expect(kept.open.dataset.title).toBe('A memory stick from Vienna (edited)');
    expect(kept.open.key).toBe(minimal.key);
    expect(kept.open.dataset.edges).toBe(edited.open.dataset.edges);
    expect(kept.history).toBe(edited.history);
  });
});

describe('saving', () => {
  it('saves once per burst of edits, the latest version, after the delay', async () => {
    vi.useFakeTimers();
    const saved: OpenDataset[] = [];
    const autosave = createAutosave(
      async (open) => {
        saved.push(open);
        return { ok: true, value: undefined };
      },
      () => {},
      250,
    );
    const second = { ...minimal, version: 'second' };
    autosave.schedule(minimal);
    await vi.advanceTimersByTimeAsync(100);
    autosave.schedule(second);
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toEqual([]);
    expect(autosave.pending()).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(saved).toEqual([second]);
    expect(autosave.pending()).toBe(false);
  });

  it('flushing saves what waits at once, and a failure is reported, not swallowed', async () => {
    const results: string[] = [];
    const autosave = createAutosave(
      async () => ({ ok: false, message: 'no room' }),
      (result) => results.push(`${result.ok ? 'ok' : result.message}, pending: ${autosave.pending()}`),
      10_000,
    );
    autosave.schedule(minimal);
    await autosave.flush();
    expect(results).toEqual(['no room, pending: false']);
  });

  it('the kept bundle opens again, edited, through the same checks as a file', async () => {
    const registry = createDatasetRegistry(undefined, undefined, createDatasetStore(new IDBFactory()));
    const node = minimal.dataset.nodes[0] as GraphNode;
    const edited = reducer(openedState(asBundled), {
      type: 'applyOperation',
      operation: { type: 'updateNode', node: { ...node, label: 'MI6, edited' } },
    });
    const kept = reducer(edited, { type: 'keptAs', ...keptIdentity(asBundled, new Set()) });
    const put = await registry.keep(kept.open, await bundleFiles(kept.open, { mi6: { x: 5, y: 6 } }));
    expect(put).toEqual({ ok: true, value: undefined });

    const listed = await registry.store.list();
    expect(listed.ok && listed.value.map((d) => [d.id, d.title])).toEqual([
      ['valid-minimal-edited', 'A memory stick from Vienna (edited)'],
    ]);
    const found = await registry.findKept('valid-minimal-edited');
    if (found.status !== 'found') throw new Error(`not found: ${JSON.stringify(found)}`);
    expect(found.open.dataset.nodes[0]?.label).toBe('MI6, edited');
    expect(found.open.dataset.positions?.mi6).toEqual({ x: 5, y: 6 });
    expect(found.open.origin).toBe('edited, from bundled');
  });
});

describe('two tabs', () => {
  it('a tab is told when another tab saved the case it has open, and only then', () => {
    const message = { type: 'saved', tab: 'other', datasetId: 'mi6-edited' };
    expect(changedElsewhere(message, 'me', 'mi6-edited')).toBe(true);
    expect(changedElsewhere({ ...message, tab: 'me' }, 'me', 'mi6-edited')).toBe(false);
    expect(changedElsewhere(message, 'me', 'mi6')).toBe(false);
    expect(changedElsewhere('saved', 'me', 'mi6-edited')).toBe(false);
    expect(changedElsewhere(null, 'me', 'mi6-edited')).toBe(false);
  });
});
