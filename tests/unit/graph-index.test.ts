// The graph index: lookups, connection lists, counts, search and evidence spans, as the panels will use them.
import { describe, it, expect } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { buildGraphIndex, buildGraphIndexInSlices, normaliseForSearch } from '../../src/model/graph-index';
import { makeDataset, makeSpyStory, SPY_TEXT } from './helpers/make-dataset';

const index = buildGraphIndex(makeSpyStory());
const searchIds = (query: string, limit?: number): string[] =>
  index.search(query, limit).map((h) => h.node.id);

describe('looking things up', () => {
  it('finds nodes, edges and threat areas by id', () => {
    expect(index.nodeById.get('mi6')?.label).toBe('MI6');
    expect(index.edgeById.get('mi6-warns-mi5')?.label).toBe('warns');
    expect(index.threatAreaById.get('cyber')?.label).toBe('Cyber security');
    expect(index.nodeById.get('nobody')).toBeUndefined();
  });

  it('lists edges leaving and arriving at a node', () => {
    expect(index.outgoing.get('gchq')?.map((e) => e.id)).toEqual(['gchq-passes-mi6', 'gchq-tracks-hackers']);
    expect(index.incoming.get('gchq')?.map((e) => e.id)).toEqual(['mi5-works-gchq']);
  });

  it('groups nodes by type in vocabulary order, with unused types empty', () => {
    expect(index.nodesByType.get('agency')?.map((n) => n.id)).toEqual(['gchq', 'mi6', 'mi5']);
    expect(index.nodeCountByType.get('person')).toBe(3);
    expect(index.nodeCountByType.get('concept')).toBe(0);
    expect([...index.nodesByType.keys()][0]).toBe('agency');
  });

  it('counts nodes and edges per threat area for the filter panel', () => {
    expect(index.nodeCountByThreatArea.get('cyber')).toBe(4);
    expect(index.nodeCountByThreatArea.get('terrorism')).toBe(7);
    expect(index.edgeCountByThreatArea.get('cyber')).toBe(2);
    expect(index.edgeCountByType.get('hands_over')).toBe(2);
  });
});

describe('a node’s connections', () => {
  it('lists Sami’s connections by relation, then by the other node, with the direction of each', () => {
    const lines = index.connections('sami').map((c) => `${c.direction} ${c.edge.label} ${c.other.label}`);
    expect(lines).toEqual([
      'out meets the stranger',
      'out meets the stranger at Café Zürich',
      'in passes the envelope to the stranger',
      'in watches MI5',
    ]);
  });

  it('counts the stranger’s connections, one per relation even where two join the same node', () => {
    expect(index.degree('stranger')).toBe(3);
    expect(index.connections('stranger').map((c) => c.other.id)).toEqual(['daesh-contact', 'sami', 'sami']);
  });

  it('a node nobody links to has no connections', () => {
    expect(index.degree('envelope')).toBe(0);
    expect(index.connections('envelope')).toEqual([]);
    expect(index.connections('nobody')).toEqual([]);
  });

  it('a self-loop is one connection', () => {
    const loop = buildGraphIndex(
      makeDataset({
        nodes: [{ id: 'a' }, { id: 'b' }],
        edges: [
          { id: 'aa', source: 'a', target: 'a' },
          { id: 'ab', source: 'a', target: 'b' },
        ],
      }),
    );
    expect(loop.degree('a')).toBe(2);
    expect(loop.connections('a')).toHaveLength(2);
    expect(loop.connections('a').map((c) => `${c.direction} ${c.other.id}`)).toEqual(['out a', 'out b']);
  });

  it('an edge to a missing node does not break the connection list', () => {
    // The schema alone does not check that ends exist (validate does), so this builds.
    const dataset = makeDataset({ nodes: [{ id: 'a' }], edges: [{ id: 'ab', source: 'a', target: 'b' }] });
    const broken = buildGraphIndex(dataset);
    expect(broken.connections('a')).toEqual([]);
    expect(broken.edgeById.has('ab')).toBe(true);
  });
});

describe('search', () => {
  it('searching MI6 finds MI6 by its label', () => {
    expect(index.search('MI6')[0]).toMatchObject({
      node: { id: 'mi6' },
      matchedText: 'MI6',
      matchedAlias: false,
    });
  });

  it('searching sis finds MI6 by its alias', () => {
    expect(index.search('sis')[0]).toMatchObject({
      node: { id: 'mi6' },
      matchedText: 'SIS',
      matchedAlias: true,
    });
  });

  it('searching "secret intel" finds MI6 through the alias Secret Intelligence Service', () => {
    expect(index.search('secret intel')[0]).toMatchObject({
      node: { id: 'mi6' },
      matchedText: 'Secret Intelligence Service',
      matchedAlias: true,
    });
  });

  it('ignores accents and case: "cafe ZURICH" finds Café Zürich', () => {
    expect(searchIds('cafe ZURICH')).toEqual(['cafe']);
    expect(searchIds('zür')).toEqual(['cafe']);
  });

  it('ranks names that start with the query above names that only contain it', () => {
    // "mi" starts MI5 and MI6 but sits inside "Sami".
    expect(searchIds('mi')).toEqual(['mi5', 'mi6', 'sami']);
  });

  it('ranks a word that starts with the query above one that contains it', () => {
    const words = buildGraphIndex(
      makeDataset({
        nodes: [
          { id: 'inside', label: 'Landmark' },
          { id: 'word-start', label: 'Old Marketplace' },
        ],
      }),
    );
    expect(words.search('mark').map((h) => h.node.id)).toEqual(['word-start', 'inside']);
  });

  it('an exact alias beats a label that merely starts with the query', () => {
    expect(index.search('sam')[0]).toMatchObject({
      node: { id: 'sami' },
      matchedText: 'Sam',
      matchedAlias: true,
    });
    const exact = buildGraphIndex(
      makeDataset({
        nodes: [
          { id: 'samantha', label: 'Samantha' },
          { id: 'sami', label: 'Sami', aliases: ['Sam'] },
        ],
      }),
    );
    expect(exact.search('sam').map((h) => h.node.id)).toEqual(['sami', 'samantha']);
  });

  it('finds a name from its words in another order', () => {
    expect(searchIds('service secret')).toEqual(['mi6']);
  });

  it('finds each node once, by its best match, and keeps to the limit', () => {
    expect(searchIds('service')).toEqual(['mi5', 'mi6']);
    expect(searchIds('s', 2)).toHaveLength(2);
    expect(searchIds('')).toEqual([]);
    expect(searchIds('   ')).toEqual([]);
    expect(searchIds('zzz')).toEqual([]);
  });

  it('folds letters that have no separate accent, so Øresund and Straße match plain spellings', () => {
    expect(normaliseForSearch('  Øresund  STRAẞE ')).toBe('oresund strasse');
  });
});

describe('evidence spans for the reader', () => {
  it('lists every span with its owner, in text order', () => {
    const starts = index.evidenceOwners.map((o) => o.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(index.evidenceOwners).toContainEqual({
      kind: 'step',
      id: 'intercept',
      flowId: 'envelope',
      evidenceIndex: 0,
      document: 'source',
      start: SPY_TEXT.indexOf('GCHQ passes'),
      end:
        SPY_TEXT.indexOf('GCHQ passes') +
        'GCHQ passes the details to MI6, the Secret Intelligence Service (SIS).'.length,
    });
    expect(index.evidenceOwners).toHaveLength(9 + 9 + 4);
  });
});

describe('building the index in slices', () => {
  it('pauses between slices of a large dataset and answers exactly as the index built in one go', async () => {
    const { dataset } = syntheticDataset(1500, 3000);
    let pauses = 0;
    const sliced = await buildGraphIndexInSlices(dataset, async () => {
      pauses++;
    });
    const whole = buildGraphIndex(dataset);
    // 4,500 entities and relations, 2,000 between pauses, and one before the evidence is sorted.
    expect(pauses).toBe(3);
    const hub = dataset.nodes[0]?.id ?? '';
    expect(sliced.connections(hub)).toEqual(whole.connections(hub));
    const name = (dataset.nodes[42]?.label ?? '').split(' ')[0] ?? '';
    expect(sliced.search(name, 50).length).toBeGreaterThan(0);
    expect(sliced.search(name, 50)).toEqual(whole.search(name, 50));
    expect(sliced.evidenceOwners).toEqual(whole.evidenceOwners);
    expect([...sliced.nodeCountByThreatArea]).toEqual([...whole.nodeCountByThreatArea]);
    expect([...sliced.outgoing.keys()]).toEqual([...whole.outgoing.keys()]);
  });
});
