// Another document in an open case: added with its text as one undoable edit, removed only while no evidence is in
// it, and its text carried in the open dataset (which the kept bundle is written from).
import { describe, expect, it } from 'vitest';
import { openDataset, type OpenDataset } from '../../src/data/open-dataset';
import { newCaseDataset, newDocument } from '../../src/model/new-case';
import { tryOperation, type Operation } from '../../src/model/operations';
import { validateDataset } from '../../src/model/validate';
import { exportInput } from '../../src/data/export/export-input';
import { readBundle, writeBundle } from '../../src/data/export/bundle';
import { openedState, reducer, type AppState } from '../../src/state/app-state';

const FIRST = 'Anna Clarke met the officer in Vienna.';
const SECOND = 'The officer reported the meeting to London.';

function openCase(): OpenDataset {
  const made = newCaseDataset({ title: 'Vienna', documents: [{ title: '', text: FIRST }] });
  if (!made.ok) throw new Error('no case');
  const opened = openDataset(made.dataset, made.texts, 'new case');
  if (!opened.ok) throw new Error('does not open');
  return opened.open;
}

function added(state: AppState): AppState {
  const made = newDocument(state.open.dataset, { title: 'Report', path: 'report.txt', text: SECOND });
  if (!made.ok) throw new Error(made.problem);
  const operation: Operation = { type: 'addDocument', document: made.document, text: made.text };
  return reducer(state, { type: 'applyOperation', operation, label: 'add document “Report”' });
}

describe('documents added to a case', () => {
  it('a document added brings its text, stays valid, and goes with Undo and comes back with Redo', () => {
    const start = openedState(openCase());
    const next = added(start);
    expect(next.open.dataset.documents.map((d) => [d.id, d.path])).toEqual([
      ['vienna', 'vienna.txt'],
      ['report', 'report.txt'],
    ]);
    expect(next.open.texts.get('report')).toBe(SECOND);
    expect(validateDataset(next.open.dataset, next.open.texts).problems).toEqual([]);

    const undone = reducer(next, { type: 'undo' });
    expect(undone.open.dataset.documents.map((d) => d.id)).toEqual(['vienna']);
    expect(undone.open.texts.has('report')).toBe(false);
    const redone = reducer(undone, { type: 'redo' });
    expect(redone.open.texts.get('report')).toBe(SECOND);
  });

  it('the kept bundle carries the added text and opens again', () => {
    const next = added(openedState(openCase()));
    const bundle: unknown = JSON.parse(writeBundle(exportInput(next.open, {})));
    const read = readBundle(bundle);
    if (!read.ok) throw new Error('bundle does not read');
    const reopened = openDataset(read.dataset, read.texts, 'bundle');
    expect(reopened.ok && reopened.open.texts.get('report')).toBe(SECOND);
  });

  it('a document is removed only while no evidence is in it, and removing it is undone with its text', () => {
    let state = added(openedState(openCase()));
    const anna = {
      id: 'anna',
      type: 'person',
      label: 'Officer',
      aliases: [],
      summary: '',
      threatAreas: [],
      evidence: [{ document: 'report', start: 4, end: 11, quote: 'officer' }],
    };
    state = reducer(state, { type: 'applyOperation', operation: { type: 'addNode', node: anna } });
    const removal: Operation = { type: 'removeDocument', id: 'report' };
    expect(tryOperation(state.open.dataset, removal, state.open.texts)).toEqual({
      ok: false,
      problem: '1 passage of evidence is in document "report"',
    });
    expect(
      tryOperation(state.open.dataset, { type: 'removeDocument', id: 'vienna' }, state.open.texts).ok,
    ).toBe(true);

    state = reducer(state, { type: 'undo' });
    state = reducer(state, { type: 'applyOperation', operation: removal });
    expect(state.open.dataset.documents.map((d) => d.id)).toEqual(['vienna']);
    state = reducer(state, { type: 'undo' });
    expect(state.open.texts.get('report')).toBe(SECOND);
    // The last document never goes.
    const single = openedState(openCase());
    expect(
      tryOperation(single.open.dataset, { type: 'removeDocument', id: 'vienna' }, single.open.texts).ok,
    ).toBe(false);
  });

  it('refuses a blank text or a taken file name', () => {
    const { dataset } = openCase();
    expect(newDocument(dataset, { title: 'X', text: '  ' })).toMatchObject({ ok: false });
    const made = newDocument(dataset, { title: 'Vienna', path: 'vienna.txt', text: SECOND });
    expect(made.ok && [made.document.id, made.document.path]).toEqual(['vienna-2', '2-vienna.txt']);
  });
});
