// Kept views: a dataset's view and dragged nodes come back as they were left, a default view is not kept, only
// the most recent datasets are, and storage that is full, broken or absent never breaks the app.
import { describe, it, expect } from 'vitest';
import { createKeptViews, KEPT_VIEWS_KEY, KEPT_VIEWS_LIMIT } from '../../src/data/kept-views';
import { INITIAL_VIEW, type ViewState } from '../../src/state/view-state';

/** localStorage's interface over a Map; `full` makes every write throw, as a full quota does. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const LEFT_AT: ViewState = {
  ...INITIAL_VIEW,
  selection: { kind: 'node', id: 'gchq' },
  filters: { threatAreas: ['cyber-security'], nodeTypes: ['agency'], relationTypes: [] },
  trace: { flowId: 'case-study', step: 3 },
  layout: 'concentric',
};

describe('kept views', () => {
  it('gives back the view and the dragged nodes a dataset was left at', () => {
    const kept = createKeptViews(new MemoryStorage());
    kept.write('mi6', 'v1', LEFT_AT, { gchq: { x: 12.5, y: -40 } });
    expect(kept.read('mi6')).toEqual({ view: LEFT_AT, moved: { gchq: { x: 12.5, y: -40 } }, version: 'v1' });
    expect(kept.read('another')).toBeNull();
  });

  it('keeps each dataset apart, across instances reading the same storage (a reload)', () => {
    const storage = new MemoryStorage();
    createKeptViews(storage).write('mi6', 'v1', LEFT_AT, {});
    createKeptViews(storage).write('case', 'v9', { ...INITIAL_VIEW, view: 'list' }, {});
    const reloaded = createKeptViews(storage);
    expect(reloaded.read('mi6')?.view.selection).toEqual({ kind: 'node', id: 'gchq' });
    expect(reloaded.read('case')?.view.view).toBe('list');
  });

  it('forgets a dataset whose view is back at its defaults, and on request', () => {
    const storage = new MemoryStorage();
    const kept = createKeptViews(storage);
    kept.write('mi6', 'v1', LEFT_AT, {});
    kept.write('mi6', 'v1', INITIAL_VIEW, {});
    expect(kept.read('mi6')).toBeNull();
    expect(storage.getItem(KEPT_VIEWS_KEY)).toBeNull();
    kept.write('mi6', 'v1', INITIAL_VIEW, { gchq: { x: 1, y: 2 } });
    expect(kept.read('mi6')?.moved).toEqual({ gchq: { x: 1, y: 2 } });
    kept.forget('mi6');
    expect(kept.read('mi6')).toBeNull();
  });

  it(`keeps the ${KEPT_VIEWS_LIMIT} most recently used datasets`, () => {
    let clock = 0;
    const kept = createKeptViews(new MemoryStorage(), () => ++clock);
    for (let i = 0; i <= KEPT_VIEWS_LIMIT; i++) kept.write(`d${i}`, 'v', LEFT_AT, {});
    expect(kept.read('d0')).toBeNull();
    expect(kept.read('d1')).not.toBeNull();
    expect(kept.read(`d${KEPT_VIEWS_LIMIT}`)).not.toBeNull();
  });

  it('reads nothing from storage that holds garbage, and drops what is not a position', () => {
    const storage = new MemoryStorage();
    const kept = createKeptViews(storage);
    storage.setItem(KEPT_VIEWS_KEY, '{not json');
    expect(kept.read('mi6')).toBeNull();
    storage.setItem(KEPT_VIEWS_KEY, JSON.stringify({ mi6: 42, constructor: { query: 7 } }));
    expect(kept.read('mi6')).toBeNull();
    expect(kept.read('constructor')).toBeNull();
    expect(kept.read('toString')).toBeNull();
    storage.setItem(
      KEPT_VIEWS_KEY,
      JSON.stringify({
        mi6: {
          query: '?dataset=mi6&sel=node:gchq&layout=sideways',
          moved: { gchq: { x: 1, y: 2 }, mi5: { x: 'left', y: 2 }, ['__proto__']: { x: 3, y: 4 } },
        },
      }),
    );
    const read = kept.read('mi6');
    // A value of the wrong shape is dropped as the URL codec drops it: the layout falls back to the default.
    expect(read?.view).toEqual({ ...INITIAL_VIEW, selection: { kind: 'node', id: 'gchq' } });
    expect(Object.keys(read?.moved ?? {})).toEqual(['gchq', '__proto__']);
    expect(Object.getPrototypeOf(read?.moved)).toBeNull();
  });

  it('never throws when storage is full or absent', () => {
    const full = new MemoryStorage();
    full.full = true;
    expect(() => createKeptViews(full).write('mi6', 'v1', LEFT_AT, {})).not.toThrow();
    const none = createKeptViews(null);
    expect(() => none.write('mi6', 'v1', LEFT_AT, {})).not.toThrow();
    expect(none.read('mi6')).toBeNull();
  });
});
