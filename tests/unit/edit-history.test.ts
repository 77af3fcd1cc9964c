// Undo and redo over the store's reducer: every edit is one step back, redo brings it again, and opening another
// dataset starts a fresh history.
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, openedState, reducer, type Action, type AppState } from '../../src/state/app-state';
import type { GraphNode } from '../../src/model/schema';
import { openFolder } from './helpers/open-fixture';

const minimal = openFolder('minimal');
const start = openedState(minimal);

const sami: GraphNode = {
  id: 'sami',
  type: 'person',
  label: 'Sami',
  aliases: [],
  summary: '',
  threatAreas: [],
  evidence: [{ document: minimal.dataset.documents[0]?.id ?? '', start: 0, end: 3, quote: 'MI6' }],
};
const addSami: Action = {
  type: 'applyOperation',
  operation: { type: 'addNode', node: sami },
  label: 'add “Sami”',
};

const run = (state: AppState, ...actions: Action[]) => actions.reduce(reducer, state);

describe('undo and redo', () => {
  it('an edit is one step: undo takes it back and redo brings it again, under its name', () => {
    const added = run(start, addSami);
    expect(added.history.past.map((e) => e.label)).toEqual(['add “Sami”']);
    expect(added.open.index.nodeById.has('sami')).toBe(true);

    const undone = reducer(added, { type: 'undo' });
    expect(undone.open.dataset).toEqual(minimal.dataset);
    expect(undone.open.index.nodeById.has('sami')).toBe(false);
    expect(undone.history.past).toEqual([]);
    expect(undone.history.future.map((e) => e.label)).toEqual(['add “Sami”']);

    const redone = reducer(undone, { type: 'redo' });
    expect(redone.open.dataset).toEqual(added.open.dataset);
    expect(redone.history.past.map((e) => e.label)).toEqual(['add “Sami”']);
    expect(redone.history.future).toEqual([]);
  });

  it('undoing the addition of the selected node clears the selection', () => {
    const added = run(start, addSami, { type: 'select', selection: { kind: 'node', id: 'sami' } });
    expect(reducer(added, { type: 'undo' }).selection).toBeNull();
  });

  it('undoing a deleted node brings it back with its relations in one step', () => {
    const removed = run(start, {
      type: 'applyOperation',
      operation: { type: 'removeNode', id: 'mi6' },
      label: 'delete “MI6”',
    });
    expect(removed.open.dataset.edges.length).toBeLessThan(minimal.dataset.edges.length);
    expect(reducer(removed, { type: 'undo' }).open.dataset).toEqual(minimal.dataset);
  });

  it('a batch of edits is undone as one', () => {
    const both = reducer(start, {
      type: 'applyOperation',
      label: 'add Sami with a relation',
      operation: {
        type: 'batch',
        operations: [
          { type: 'addNode', node: sami },
          {
            type: 'addEdge',
            edge: {
              id: 'sami-meets-mi6',
              source: 'sami',
              target: 'mi6',
              type: 'works_with',
              label: 'meets',
              threatAreas: [],
              evidence: sami.evidence,
            },
          },
        ],
      },
    });
    expect(both.history.past).toHaveLength(1);
    expect(reducer(both, { type: 'undo' }).open.dataset).toEqual(minimal.dataset);
  });

  it('a new edit after an undo cannot redo what was undone', () => {
    const state = run(
      start,
      addSami,
      { type: 'undo' },
      {
        type: 'applyOperation',
        operation: { type: 'removeEdge', id: minimal.dataset.edges[0]?.id ?? '' },
      },
    );
    expect(state.history.future).toEqual([]);
    expect(reducer(state, { type: 'redo' })).toBe(state);
  });

  it('with nothing to undo or redo, the state stays as it is', () => {
    expect(reducer(start, { type: 'undo' })).toBe(start);
    expect(reducer(start, { type: 'redo' })).toBe(start);
  });

  it('an edit that does not fit leaves the history as it is', () => {
    const added = run(start, addSami);
    expect(reducer(added, addSami)).toBe(added);
  });

  it('opening a dataset clears the history', () => {
    const added = run(start, addSami);
    const reopened = reducer(added, { type: 'openDataset', open: minimal });
    expect(reopened.history).toEqual({ past: [], future: [] });
  });

  it('the history keeps the last edits only, up to its limit', () => {
    let state = start;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      state = reducer(state, {
        type: 'applyOperation',
        label: `summary ${i}`,
        operation: {
          type: 'updateNode',
          node: { ...(minimal.dataset.nodes[0] as GraphNode), summary: `${i}` },
        },
      });
    }
    expect(state.history.past).toHaveLength(HISTORY_LIMIT);
    expect(state.history.past[0]?.label).toBe('summary 5');
  });
});
