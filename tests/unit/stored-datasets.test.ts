// Datasets kept in the browser (IndexedDB, here fake-indexeddb's): kept as the files they came from, listed with
// title, counts and when last opened, opened again through the same checks, removed, and failing with words.
import { readFileSync } from 'node:fs';
// idb recognises requests by the global IDB classes, as a browser has them: the fake's, set globally.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDatasetRegistry } from '../../src/data/dataset-registry';
import { openDatasetFiles, keptAsPicked } from '../../src/data/open-files';
import { createDatasetStore, type StoredDataset } from '../../src/data/stored-datasets';

const read = (path: string) =>
  readFileSync(new URL(`../fixtures/valid-minimal/${path}`, import.meta.url), 'utf8');
const files = [
  { name: 'graph.json', text: read('graph.json') },
  { name: 'source.txt', text: read('source.txt') },
];

async function openedMinimal() {
  const result = await openDatasetFiles(keptAsPicked(files));
  if (!result.ok) throw new Error('the fixture does not open');
  return result.open;
}

const record = (id: string, lastOpened: number): StoredDataset => ({
  id,
  title: `Case ${id}`,
  nodes: 1,
  edges: 0,
  origin: 'graph.json',
  lastOpened,
  files,
});

describe('the datasets kept in this browser', () => {
  it('lists what was kept, the most recently opened first, without reading their files', async () => {
    const store = createDatasetStore(new IDBFactory());
    await store.put(record('a', 1000));
    await store.put(record('b', 3000));
    await store.put(record('c', 2000));
    const listed = await store.list();
    expect(listed.ok && listed.value.map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(listed.ok && listed.value[0]).not.toHaveProperty('files');
  });

  it('survives the page: a second store on the same browser storage finds what the first kept', async () => {
    const browser = new IDBFactory();
    const registry = createDatasetRegistry([], 12, createDatasetStore(browser));
    const opened = await openedMinimal();
    expect(await registry.keep(opened, files)).toEqual({ ok: true, value: undefined });

    // A reload: nothing in memory, the same IndexedDB.
    const afterReload = createDatasetRegistry([], 12, createDatasetStore(browser));
    expect(afterReload.find('valid-minimal')).toBeUndefined();
    const found = await afterReload.findKept('valid-minimal');
    if (found.status !== 'found') throw new Error(`not found: ${JSON.stringify(found)}`);
    expect(found.open.dataset.title).toBe('A memory stick from Vienna');
    expect(found.open.key).toBe(opened.key);
    expect(found.open.origin).toBe('graph.json');
    // Now at hand for the session (Back, links), without the store.
    expect(afterReload.find('valid-minimal')).toBe(found.open);

    const listed = await afterReload.store.list();
    expect(listed.ok && listed.value[0]).toMatchObject({
      id: 'valid-minimal',
      title: 'A memory stick from Vienna',
      nodes: 4,
      edges: 3,
      origin: 'graph.json',
    });
  });

  it('opening new content under the same id replaces what was kept', async () => {
    const registry = createDatasetRegistry([], 12, createDatasetStore(new IDBFactory()));
    const opened = await openedMinimal();
    await registry.keep(opened, files);
    await registry.keep({ ...opened, dataset: { ...opened.dataset, title: 'Retold' } }, files);
    const listed = await registry.store.list();
    expect(listed.ok && listed.value.map((s) => s.title)).toEqual(['Retold']);
  });

  it('removing one forgets it in the browser and in the session', async () => {
    const registry = createDatasetRegistry([], 12, createDatasetStore(new IDBFactory()));
    const opened = await openedMinimal();
    registry.remember(opened);
    await registry.keep(opened, files);
    expect((await registry.forget('valid-minimal')).ok).toBe(true);
    expect(registry.find('valid-minimal')).toBeUndefined();
    expect(await registry.findKept('valid-minimal')).toEqual({ status: 'missing' });
  });

  it('kept files that no longer pass the checks are not opened, and the reason names the first problem', async () => {
    const store = createDatasetStore(new IDBFactory());
    const broken = [{ name: 'graph.json', text: '{"nodes": [' }, files[1]!];
    await store.put({ ...record('broken', 1), files: broken });
    const found = await createDatasetRegistry([], 12, store).findKept('broken');
    expect(found.status).toBe('failed');
    expect(found.status === 'failed' && found.message).toMatch(/no longer pass the checks.*graph\.json/);
  });

  it('without IndexedDB every call answers with a message, and nothing throws', async () => {
    const store = createDatasetStore(null);
    expect(await store.list()).toEqual({ ok: false, message: expect.stringMatching(/no IndexedDB/) });
    expect((await store.put(record('a', 1))).ok).toBe(false);
    const found = await createDatasetRegistry([], 12, store).findKept('a');
    expect(found.status === 'failed' && found.message).toMatch(/could not be read from this browser/);
  });

  it('a full disk is said in words: remove a kept dataset and try again', async () => {
    const full = new IDBFactory();
    const store = createDatasetStore(full);
    // The quota is the browser's; here the fake's put is made to fail the way a browser's does when it is reached.
    const { IDBObjectStore } = await import('fake-indexeddb');
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const kept = await store.put(record('a', 1));
      expect(kept).toEqual({
        ok: false,
        message: expect.stringMatching(/no room left.*remove a kept dataset/),
      });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });
});
