// The store's reducer: opening a dataset is one reset of everything that belongs to the one before; edits keep the
// view tidy; Back restores a view.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDataset, type OpenDataset } from '../../src/data/open-dataset';
import { INITIAL_VIEW, openedState, reducer, type AppState } from '../../src/state/app-state';
import type { GraphEdge } from '../../src/model/schema';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
function open(graphPath: string, sourcePath: string, origin: string): OpenDataset {
  const result = openDataset(JSON.parse(read(graphPath)), read(sourcePath), origin);
  if (!result.ok) throw new Error(`${graphPath} does not open`);
  return result.open;
}
const mi6 = open('../../graph-data/mi6/graph.json', '../../graph-data/mi6/source.txt', 'bundled');
const twoDocuments = (() => {
  const dir = '../fixtures/valid-two-documents/';
  const texts = new Map([
    ['report', read(`${dir}report.txt`)],
    ['memo', read(`${dir}memo.txt`)],
  ]);
  const result = openDataset(JSON.parse(read(`${dir}graph.json`)), texts, 'graph.json');
  if (!result.ok) throw new Error('valid-two-documents does not open');
  return result.open;
})();
const minimal = open(
  '../fixtures/valid-minimal/graph.json',
  '../fixtures/valid-minimal/source.txt',
  'graph.json',
);

/** MI6 with something in every part of its view, and the layout re-run twice. */
const busy: AppState = {
  ...openedState(mi6, {
    ...INITIAL_VIEW,
    selection: { kind: 'node', id: 'mi6' },
    filters: { threatAreas: ['cyber-security'], nodeTypes: ['agency'], relationTypes: [] },
    layout: 'concentric',
    focus: { nodeId: 'mi6', depth: 2 },
    path: { from: 'mi6', to: 'sami' },
    trace: { flowId: 'case-study', step: 3 },
    view: 'list',
    readerTarget: { document: 'article', start: 0, end: 3, seq: 4 },
  }),
  layoutSeq: 2,
};

describe('the store', () => {
  it('an open dataset knows its id and a version that changes with its content', () => {
    expect(mi6.id).toBe('mi6');
    expect(mi6.key).toBe(`mi6@${mi6.version}`);
    const reworded = openDataset(
      { ...JSON.parse(read('../fixtures/valid-minimal/graph.json')), title: 'Another title' },
      read('../fixtures/valid-minimal/source.txt'),
      'graph.json',
    );
    if (!reworded.ok) throw new Error('the reworded fixture does not open');
    expect(reworded.open.id).toBe(minimal.id);
    expect(reworded.open.version).not.toBe(minimal.version);
    expect(
      open('../fixtures/valid-minimal/graph.json', '../fixtures/valid-minimal/source.txt', 'x').version,
    ).toBe(minimal.version);
  });

  it('opening a dataset resets everything that belonged to the one before, in one action', () => {
    const next = reducer(busy, { type: 'openDataset', open: minimal });
    expect(next).toEqual({
      ...INITIAL_VIEW,
      open: minimal,
      layoutSeq: 0,
      opening: busy.opening + 1,
      moved: {},
      history: { past: [], future: [] },
    });
  });

  it('opening the same dataset again is a new opening too', () => {
    const again = reducer(busy, { type: 'openDataset', open: mi6 });
    expect(again.opening).toBe(busy.opening + 1);
    expect(again.selection).toBeNull();
  });

  it('a dataset opened at a view keeps what it has of that view and drops the rest', () => {
    const view = {
      ...INITIAL_VIEW,
      selection: { kind: 'node' as const, id: 'sami' },
      layout: 'concentric' as const,
    };
    expect(reducer(busy, { type: 'openDataset', open: minimal, view })).toMatchObject({
      selection: null,
      layout: 'concentric',
    });
  });

  it('"Re-run layout" counts up, and Back to another view leaves the count and clears the reader target', () => {
    const rerun = reducer(busy, { type: 'rerunLayout' });
    expect(rerun.layoutSeq).toBe(3);
    const restored = reducer(rerun, {
      type: 'restoreView',
      view: { ...INITIAL_VIEW, selection: { kind: 'node', id: 'ghost' } },
    });
    expect(restored).toEqual({
      ...INITIAL_VIEW,
      open: mi6,
      layoutSeq: 3,
      opening: busy.opening,
      moved: {},
      history: { past: [], future: [] },
    });
  });

  it('dragged nodes are kept until "Re-run layout" or "Reset view", which also resets the view and its panels', () => {
    const dragged = reducer(reducer(busy, { type: 'moveNodes', positions: { mi6: { x: 1, y: 2 } } }), {
      type: 'moveNodes',
      positions: { gchq: { x: 3, y: 4 } },
    });
    expect(dragged.moved).toEqual({ mi6: { x: 1, y: 2 }, gchq: { x: 3, y: 4 } });
    // Back to another view of the same dataset leaves the nodes where they were dragged.
    expect(reducer(dragged, { type: 'restoreView', view: INITIAL_VIEW }).moved).toBe(dragged.moved);
    expect(reducer(dragged, { type: 'rerunLayout' }).moved).toEqual({});

    const reset = reducer(dragged, { type: 'resetView' });
    expect(reset).toEqual({
      ...INITIAL_VIEW,
      open: mi6,
      layoutSeq: 0,
      opening: busy.opening + 1,
      moved: {},
      history: busy.history,
    });
  });

  it('a dataset opens at the positions kept for it, without those of nodes it no longer has', () => {
    const opened = reducer(busy, {
      type: 'openDataset',
      open: mi6,
      moved: { gchq: { x: 5, y: 6 }, 'long-gone': { x: 0, y: 0 } },
    });
    expect(opened.moved).toEqual({ gchq: { x: 5, y: 6 } });
  });

  it('an edit changes the open dataset and its index, keeps its id and version, and tidies the view', () => {
    const removed = reducer(busy, { type: 'applyOperation', operation: { type: 'removeNode', id: 'mi6' } });
    expect(removed.open.dataset.nodes.some((n) => n.id === 'mi6')).toBe(false);
    expect(removed.open.index.nodeById.has('mi6')).toBe(false);
    expect(removed.open.key).toBe(mi6.key);
    expect(removed).toMatchObject({
      selection: null,
      focus: null,
      path: { from: null, to: 'sami' },
      layoutSeq: 2,
    });

    const edge: GraphEdge = {
      ...(mi6.dataset.edges[0] as GraphEdge),
      id: 'a-new-edge',
      source: 'sami',
      target: 'mi5',
    };
    const added = reducer(busy, { type: 'applyOperation', operation: { type: 'addEdge', edge } });
    expect(added.open.index.edgeById.get('a-new-edge')).toBe(edge);
    // Updated in place of a rebuild: the node map is the one it had.
    expect(added.open.index.nodeById).toBe(mi6.index.nodeById);
  });

  it('an edit that does not fit the dataset changes nothing', () => {
    expect(reducer(busy, { type: 'applyOperation', operation: { type: 'removeNode', id: 'q-branch' } })).toBe(
      busy,
    );
  });
});

describe('the document shown', () => {
  const opened = openedState(twoDocuments);
  const memoSpan = (id: string) => {
    const ev = twoDocuments.dataset.nodes
      .find((n) => n.id === id)
      ?.evidence.find((e) => e.document === 'memo');
    if (!ev) throw new Error(`${id} has no evidence in the memo`);
    return ev;
  };

  it('a dataset opens on its first document, and the picker shows another', () => {
    expect(opened.document).toBeNull();
    expect(reducer(opened, { type: 'showDocument', document: 'memo' }).document).toBe('memo');
    // The first document is the default, named as null so that a link does not name it.
    expect(reducer(opened, { type: 'showDocument', document: 'report' }).document).toBeNull();
    expect(reducer(opened, { type: 'showDocument', document: 'diary' })).toBe(opened);
  });

  it('"Show in document" on a passage of another document switches the reader to it and asks it to scroll there', () => {
    const { start, end } = memoSpan('gchq');
    const shown = reducer(opened, { type: 'showInDocument', document: 'memo', start, end });
    expect(shown.document).toBe('memo');
    expect(shown.readerTarget).toEqual({ document: 'memo', start, end, seq: 1 });
  });

  it('selecting an element with no passage in the document shown switches to the document of its first', () => {
    // GCHQ is only in the memo.
    expect(reducer(opened, { type: 'select', selection: { kind: 'node', id: 'gchq' } }).document).toBe(
      'memo',
    );
    // Anna Clarke is in both: the reader stays where it is, on either document.
    const onMemo = reducer(opened, { type: 'showDocument', document: 'memo' });
    const anna = { type: 'select', selection: { kind: 'node', id: 'anna-clarke' } } as const;
    expect(reducer(onMemo, anna).document).toBe('memo');
    expect(reducer(opened, anna).document).toBeNull();
    // Kestrel is only in the report, the first document.
    expect(
      reducer(onMemo, { type: 'select', selection: { kind: 'node', id: 'kestrel' } }).document,
    ).toBeNull();
    // Clearing the selection leaves the document as it is.
    expect(reducer(onMemo, { type: 'select', selection: null }).document).toBe('memo');
  });

  it('a trace step whose passage is in the other document switches the reader to it', () => {
    const trace = (step: number) => ({ type: 'setTrace', trace: { flowId: 'stick-to-gchq', step } }) as const;
    const atStep2 = reducer(opened, trace(1));
    expect(atStep2.document).toBe('memo');
    expect(reducer(atStep2, trace(0)).document).toBeNull();
    // Stopping the trace leaves the reader where it is.
    expect(reducer(atStep2, { type: 'setTrace', trace: null }).document).toBe('memo');
  });
});
