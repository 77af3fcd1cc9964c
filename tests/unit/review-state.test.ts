// Reviewing suggestions: what accept, reject, rename, retype, merge, split and accept-all do, and when a suggested
// relation is offered; accepted is read from the dataset, so undoing an accept puts the candidate back.
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../src/model/operations';
import type { Dataset } from '../../src/model/schema';
import type { QuotedSpan, SuggestResult } from '../../src/model/suggest/types';
import { acceptCandidates, acceptRelation } from '../../src/panels/review/review-edits';
import {
  isAccepted,
  pendingCandidates,
  readyRelations,
  reviewReducer,
  startReview,
  type ReviewState,
  type ReviewWorld,
} from '../../src/panels/review/review-state';
import { datasetTypeFor } from '../../src/panels/review/type-mapping';
import { buildGraphIndex } from '../../src/model/graph-index';
import { reviewWorld } from '../../src/panels/review/review-world';

const TEXT =
  'The Security Service (MI5) met Anna in London. MI5 then called GCHQ. Anna told GCHQ about London.';

function span(quote: string, from = 0): QuotedSpan {
  const start = TEXT.indexOf(quote, from);
  if (start < 0) throw new Error(`no "${quote}"`);
  return { start, end: start + quote.length, quote };
}

const mi5 = [span('MI5'), span('MI5', 30)];
const anna = [span('Anna'), span('Anna', 60)];
const london = [span('London'), span('London', 60)];
const gchq = [span('GCHQ'), span('GCHQ', 70)];

const RESULT: SuggestResult = {
  candidates: [
    { id: 'mi5', label: 'MI5', type: 'organisation', spans: mi5, aliases: ['Security Service'], score: 9 },
    { id: 'gchq', label: 'GCHQ', type: 'organisation', spans: gchq, aliases: [], score: 8 },
    { id: 'anna', label: 'Anna', type: 'person', spans: anna, aliases: [], score: 7 },
    { id: 'london', label: 'London', type: 'place', spans: london, aliases: [], score: 6 },
  ],
  relations: [
    {
      id: 'r1',
      source: 'mi5',
      target: 'anna',
      label: ' met ',
      evidence: span('The Security Service (MI5) met Anna in London.'),
      mentions: [mi5[0] as QuotedSpan, anna[0] as QuotedSpan],
      score: 5,
    },
    {
      id: 'r2',
      source: 'mi5',
      target: 'gchq',
      label: 'then called',
      evidence: span('MI5 then called GCHQ.'),
      mentions: [mi5[1] as QuotedSpan, gchq[0] as QuotedSpan],
      score: 4,
    },
  ],
};

const TYPES = ['person', 'organisation', 'place', 'event', 'item', 'theme'];

function emptyDataset(): Dataset {
  return {
    schemaVersion: 2,
    id: 'case',
    title: 'Case',
    documents: [{ id: 'doc', title: 'Notes', source: 'source.txt' }],
    vocabulary: {
      nodeTypes: TYPES.map((id) => ({ id, label: id })),
      relationTypes: [{ id: 'related_to', label: 'Related to' }],
    },
    threatAreas: [],
    nodes: [],
    edges: [],
    flows: [],
  } as unknown as Dataset; // a new case's shape; the test needs no more of it
}

/** The dataset as the review sees it. */
const worldOf = (dataset: Dataset): ReviewWorld => reviewWorld(buildGraphIndex(dataset), 'doc');

const start = () => startReview('doc', RESULT, TYPES);
const ids = (state: ReviewState, dataset: Dataset) =>
  pendingCandidates(state, worldOf(dataset)).map((c) => c.id);

function accept(state: ReviewState, dataset: Dataset, candidateIds: string[]) {
  const world = worldOf(dataset);
  const list = state.candidates.filter((c) => candidateIds.includes(c.id));
  let n = 0;
  const done = acceptCandidates(
    { dataset, state, world, text: TEXT, place: () => ({ x: 100 * ++n, y: 0 }) },
    list,
    'Accept',
  );
  if (!done) throw new Error('nothing accepted');
  const applied = applyOperation(dataset, done.edit.operation);
  return {
    state: reviewReducer(state, { type: 'accepted', nodes: done.nodes }),
    dataset: applied.dataset,
    inverse: applied.inverse,
    edit: done.edit,
  };
}

describe('the type a suggestion gets in the dataset', () => {
  it('keeps a suggested type the vocabulary has', () => {
    expect(datasetTypeFor('event', TYPES)).toBe('event');
  });
  it('maps MI6’s built-in types: organisation, person and place keep theirs, the rest take the first type', () => {
    const mi6 = ['agency', 'organisation', 'person', 'threat', 'action', 'place', 'information', 'concept'];
    expect(datasetTypeFor('organisation', mi6)).toBe('organisation');
    expect(datasetTypeFor('person', mi6)).toBe('person');
    expect(datasetTypeFor('place', mi6)).toBe('place');
    expect(datasetTypeFor('event', mi6)).toBe('agency');
    expect(datasetTypeFor('theme', mi6)).toBe('agency');
  });
  it('takes another spelling of the same kind before the first type', () => {
    expect(datasetTypeFor('organisation', ['suspect', 'organization'])).toBe('organization');
  });
});

describe('reviewing suggestions', () => {
  it('accepting a candidate makes a node resting on every mention, with its aliases, where it was placed', () => {
    const { state, dataset, edit } = accept(start(), emptyDataset(), ['mi5']);
    const node = dataset.nodes.find((n) => n.label === 'MI5');
    expect(node).toMatchObject({
      id: 'mi5',
      type: 'organisation',
      aliases: ['Security Service'],
      summary: '',
    });
    expect(node?.evidence.map((e) => [e.document, e.start, e.end, e.quote])).toEqual(
      mi5.map((s) => ['doc', s.start, s.end, 'MI5']),
    );
    expect(node?.evidence[0]?.suffix).toBe(') met Anna in London. MI5 then c');
    expect(edit.operation).toMatchObject({ type: 'addNode', position: { x: 100, y: 0 } });
    expect(ids(state, dataset)).toEqual(['gchq', 'anna', 'london']);
  });

  it('undoing the accept puts the candidate back in the list', () => {
    const accepted = accept(start(), emptyDataset(), ['mi5']);
    const undone = applyOperation(accepted.dataset, accepted.inverse).dataset;
    expect(ids(accepted.state, undone)).toEqual(['mi5', 'gchq', 'anna', 'london']);
  });

  it('a candidate the graph already names adds its mentions as evidence to that node instead of a duplicate', () => {
    const first = accept(start(), emptyDataset(), ['mi5']);
    const again = startReview('doc', RESULT, TYPES);
    const world = worldOf(first.dataset);
    // The mentions are all evidence of MI5 already: accepted from the start.
    expect(isAccepted(again, again.candidates[0]!, world)).toBe(true);
    const fewer = applyOperation(first.dataset, {
      type: 'removeEvidence',
      owner: { kind: 'node', id: 'mi5' },
      at: 1,
    });
    expect(ids(again, fewer.dataset)).toContain('mi5');
    const readded = accept(again, fewer.dataset, ['mi5']);
    expect(readded.edit.operation).toMatchObject({ type: 'addEvidence', owner: { kind: 'node', id: 'mi5' } });
    expect(readded.dataset.nodes).toHaveLength(1);
    expect(ids(readded.state, readded.dataset)).not.toContain('mi5');
  });

  it('rejecting takes a candidate off the list without touching the dataset', () => {
    const state = reviewReducer(start(), { type: 'reject', id: 'gchq' });
    expect(ids(state, emptyDataset())).toEqual(['mi5', 'anna', 'london']);
  });

  it('renaming keeps the old name as an alias; retyping changes the type the node gets', () => {
    let state = reviewReducer(start(), { type: 'rename', id: 'anna', label: '  Anna   Clarke ' });
    state = reviewReducer(state, { type: 'retype', id: 'anna', nodeType: 'item' });
    const { dataset } = accept(state, emptyDataset(), ['anna']);
    expect(dataset.nodes[0]).toMatchObject({ label: 'Anna Clarke', type: 'item', aliases: ['Anna'] });
    expect(reviewReducer(state, { type: 'rename', id: 'anna', label: '   ' })).toBe(state);
  });

  it('merging joins two candidates’ mentions under one, and their relations follow', () => {
    const state = reviewReducer(start(), { type: 'merge', id: 'gchq', into: 'mi5' });
    const merged = state.candidates.find((c) => c.id === 'mi5');
    expect(merged?.spans.map((s) => s.quote)).toEqual(['MI5', 'MI5', 'GCHQ', 'GCHQ']);
    expect(merged?.aliases).toEqual(['Security Service', 'GCHQ']);
    expect(state.candidates.map((c) => c.id)).toEqual(['mi5', 'anna', 'london']);
    expect(state.relations.find((r) => r.id === 'r2')).toMatchObject({ source: 'mi5', target: 'mi5' });
  });

  it('splitting takes one mention off into a candidate of its own, with the relation read from it', () => {
    const state = reviewReducer(start(), { type: 'split', id: 'mi5', at: 1 });
    expect(state.candidates.map((c) => [c.label, c.spans.length])).toEqual([
      ['MI5', 1],
      ['MI5', 1],
      ['GCHQ', 2],
      ['Anna', 2],
      ['London', 2],
    ]);
    const part = state.candidates[1];
    expect(part?.spans[0]?.start).toBe(mi5[1]?.start);
    expect(state.relations.find((r) => r.id === 'r2')?.source).toBe(part?.id);
    expect(state.relations.find((r) => r.id === 'r1')?.source).toBe('mi5');
    // A single mention has nothing to split off.
    expect(reviewReducer(state, { type: 'split', id: part?.id ?? '', at: 0 })).toBe(state);
  });

  it('accepting all of a type is one edit making every one of them a node, each on its own spot', () => {
    const state = start();
    const organisations = state.candidates.filter((c) => c.type === 'organisation').map((c) => c.id);
    const done = accept(state, emptyDataset(), organisations);
    expect(done.edit.operation.type).toBe('batch');
    expect(done.dataset.nodes.map((n) => n.label)).toEqual(['MI5', 'GCHQ']);
    expect(done.dataset.nodes.map((n) => n.id)).toEqual(['mi5', 'gchq']);
    expect(ids(done.state, done.dataset)).toEqual(['anna', 'london']);
  });

  it('a relation is offered only once both its ends are accepted, and accepting it adds an edge on its sentence', () => {
    let { state, dataset } = accept(start(), emptyDataset(), ['mi5']);
    expect(readyRelations(state, worldOf(dataset))).toEqual([]);
    ({ state, dataset } = accept(state, dataset, ['anna']));
    const ready = readyRelations(state, worldOf(dataset));
    expect(ready.map((r) => r.relation.id)).toEqual(['r1']);
    const edit = acceptRelation(
      dataset,
      'doc',
      TEXT,
      ready[0]!,
      { id: 'related_to', label: 'Related to' },
      'x',
    );
    const withEdge = applyOperation(dataset, edit.operation).dataset;
    expect(withEdge.edges[0]).toMatchObject({
      source: 'mi5',
      target: 'anna',
      type: 'related_to',
      label: 'met',
      evidence: [{ document: 'doc', quote: 'The Security Service (MI5) met Anna in London.' }],
    });
    state = reviewReducer(state, { type: 'relationAccepted', id: 'r1', edge: edit.id });
    expect(readyRelations(state, worldOf(withEdge))).toEqual([]);
    // Rejected relations are not offered either.
    state = reviewReducer(state, { type: 'rejectRelation', id: 'r1' });
    expect(readyRelations(state, worldOf(dataset))).toEqual([]);
  });
});
