// The part of a too-large dataset Dossier offers to open: its best-connected entities, the relations among them
// and the flows that survive whole, still a dataset the validator accepts.
import { describe, expect, it } from 'vitest';
import { bestConnectedPart, hasPartShape } from '../../src/model/best-connected';
import { validateDataset } from '../../src/model/validate';
import { makeDataset, makeSpyStory, SPY_TEXT } from './helpers/make-dataset';

const TEXT = 'hub one two three four five six seven';

/** A hub joined to four spokes, a pair joined to each other, and a loner; a flow over the hub and a spoke. */
const star = makeDataset({
  text: TEXT,
  nodes: [
    { id: 'loner', evidence: ['seven'] },
    { id: 'hub', evidence: ['hub'] },
    { id: 'a', evidence: ['one'] },
    { id: 'b', evidence: ['two'] },
    { id: 'c', evidence: ['three'] },
    { id: 'd', evidence: ['four'] },
    { id: 'p', evidence: ['five'] },
    { id: 'q', evidence: ['six'] },
  ],
  edges: [
    { id: 'hub-a', source: 'hub', target: 'a', evidence: ['one'] },
    { id: 'hub-b', source: 'hub', target: 'b', evidence: ['two'] },
    { id: 'hub-c', source: 'hub', target: 'c', evidence: ['three'] },
    { id: 'd-hub', source: 'd', target: 'hub', evidence: ['four'] },
    { id: 'p-q', source: 'p', target: 'q', evidence: ['five'] },
    { id: 'hub-self', source: 'hub', target: 'hub', evidence: ['hub'] },
  ],
  flows: [
    { id: 'kept', steps: [{ id: 's1', nodes: ['hub', 'a'], edges: ['hub-a'], evidence: ['hub'] }] },
    {
      id: 'cut',
      steps: [
        { id: 's1', nodes: ['hub'], evidence: ['hub'] },
        { id: 's2', nodes: ['p', 'q'], edges: ['p-q'], evidence: ['five'] },
      ],
    },
  ],
});

describe('the best-connected part of a dataset', () => {
  it('keeps the entities with the most relations, in dataset order, and the relations among them', () => {
    const part = bestConnectedPart(star, 3);
    // The hub (5, its loop once), then a and b (1 each) before the later ties c, d, p and q.
    expect(part.nodes.map((n) => n.id)).toEqual(['hub', 'a', 'b']);
    expect(part.edges.map((e) => e.id)).toEqual(['hub-a', 'hub-b', 'hub-self']);
  });

  it('keeps a flow only when every step of it keeps all its entities and relations', () => {
    expect(bestConnectedPart(star, 3).flows.map((f) => f.id)).toEqual(['kept']);
  });

  it('is a dataset the validator accepts, its title saying it is a part', () => {
    const part = bestConnectedPart(star, 5);
    const { dataset, problems } = validateDataset(part, TEXT);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset?.nodes).toHaveLength(5);
    expect(part.title).toBe('Test dataset (its 5 best-connected entities)');
  });

  it('leaves a dataset within the limit as it is', () => {
    const spy = makeSpyStory();
    expect(bestConnectedPart(spy, spy.nodes.length)).toBe(spy);
    expect(validateDataset(bestConnectedPart(spy, 2), SPY_TEXT).dataset).not.toBeNull();
  });

  it('reads raw data only when it has the shape it needs', () => {
    expect(hasPartShape(JSON.parse(JSON.stringify(star)))).toBe(true);
    expect(hasPartShape({ nodes: [{ id: 1 }], edges: [] })).toBe(false);
    expect(hasPartShape({ nodes: [], edges: [{ id: 'e', source: 'a' }] })).toBe(false);
    expect(hasPartShape({ nodes: [], edges: [], flows: [{ steps: [{ nodes: 'a', edges: [] }] }] })).toBe(
      false,
    );
    expect(hasPartShape(null)).toBe(false);
  });
});
