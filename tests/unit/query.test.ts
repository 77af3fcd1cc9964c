// Filters, focus, paths in words and the Entities list order, over the spy story and over random graphs.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildGraphIndex } from '../../src/model/graph-index';
import {
  describePath,
  neighbourhood,
  NO_FILTERS,
  shortestPath,
  sortNodes,
  visibleElements,
  type Filters,
} from '../../src/model/query';
import { NODE_TYPES, RELATION_TYPES } from '../../src/model/vocabulary';
import { makeDataset, makeSpyStory } from './helpers/make-dataset';

const index = buildGraphIndex(makeSpyStory());
const sorted = (ids: Iterable<string>): string[] => [...ids].sort();
const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

describe('filters', () => {
  it('with no filters everything is shown', () => {
    const shown = visibleElements(index, NO_FILTERS);
    expect(shown.nodeIds.size).toBe(9);
    expect(shown.edgeIds.size).toBe(9);
  });

  it('filtering by Cyber security hides the Sami node', () => {
    const shown = visibleElements(index, filters({ threatAreas: ['cyber'] }));
    expect(sorted(shown.nodeIds)).toEqual(['gchq', 'hackers', 'mi5', 'mi6']);
    expect(sorted(shown.edgeIds)).toEqual(['gchq-tracks-hackers', 'mi5-works-gchq']);
  });

  it('an edge tagged with another threat area is hidden even when both its ends are shown', () => {
    const shown = visibleElements(index, filters({ threatAreas: ['cyber'] }));
    // GCHQ and MI6 are both cyber nodes, but the tip-off is a terrorism edge.
    expect(shown.edgeIds.has('gchq-passes-mi6')).toBe(false);
  });

  it('an untagged node that takes part in no relation of the area is hidden once the area is chosen', () => {
    // The café is untagged, and Sami meeting the stranger there is no terrorism relation either.
    expect(visibleElements(index, filters({ threatAreas: ['terrorism'] })).nodeIds.has('cafe')).toBe(false);
    expect(
      visibleElements(index, filters({ threatAreas: ['terrorism', 'cyber'] })).nodeIds.has('hackers'),
    ).toBe(true);
  });

  it('the weapons proliferation filter shows MI6 as a party to its relations though MI6 is not tagged with it', () => {
    const text = 'MI6 helps the UK combat weapons proliferation. MI6 works with GCHQ. GCHQ tracks hackers.';
    const index = buildGraphIndex(
      makeDataset({
        text,
        threatAreas: [
          ['weapons', 'Counter weapons proliferation'],
          ['cyber', 'Cyber security'],
        ],
        nodes: [
          // The hubs are tagged with nothing: the text ties them to no one area.
          { id: 'mi6', type: 'agency', label: 'MI6', evidence: ['MI6'] },
          { id: 'gchq', type: 'agency', label: 'GCHQ', evidence: ['GCHQ'] },
          { id: 'proliferation', type: 'threat', areas: ['weapons'], evidence: ['weapons proliferation'] },
          { id: 'hackers', type: 'threat', areas: ['cyber'], evidence: ['hackers'] },
        ],
        edges: [
          { id: 'mi6-combats', source: 'mi6', target: 'proliferation', type: 'counters', areas: ['weapons'] },
          { id: 'mi6-gchq', source: 'mi6', target: 'gchq', type: 'works_with' },
          { id: 'gchq-tracks', source: 'gchq', target: 'hackers', type: 'counters', areas: ['cyber'] },
        ],
      }),
    );
    const weapons = visibleElements(index, filters({ threatAreas: ['weapons'] }));
    expect(sorted(weapons.nodeIds)).toEqual(['mi6', 'proliferation']);
    expect(sorted(weapons.edgeIds)).toEqual(['mi6-combats']);
    // GCHQ takes part in no weapons relation, and the untagged MI6–GCHQ relation stays hidden.
    expect(weapons.nodeIds.has('gchq')).toBe(false);
    // An entity-type filter still applies to the parties: Agencies alone keeps MI6, without its relation.
    const agencies = visibleElements(index, filters({ threatAreas: ['weapons'], nodeTypes: ['agency'] }));
    expect(sorted(agencies.nodeIds)).toEqual(['mi6']);
    expect(agencies.edgeIds.size).toBe(0);
  });

  it('an edge whose endpoint is hidden is hidden too', () => {
    const shown = visibleElements(index, filters({ nodeTypes: ['person', 'information'] }));
    expect(shown.nodeIds.has('mi5')).toBe(false);
    expect(shown.edgeIds.has('mi5-watches-sami')).toBe(false);
    expect(sorted(shown.edgeIds)).toEqual([
      'daesh-hands-stranger',
      'sami-meets-stranger',
      'stranger-hands-sami',
    ]);
  });

  it('choosing relation types shows those relations and only the parties to them', () => {
    const shown = visibleElements(index, filters({ relationTypes: ['hands_over'] }));
    expect(sorted(shown.edgeIds)).toEqual(['daesh-hands-stranger', 'stranger-hands-sami']);
    expect(sorted(shown.nodeIds)).toEqual(['daesh-contact', 'sami', 'stranger']);
  });

  it('never shows an edge whose endpoint is hidden, and shows exactly what the filters allow', () => {
    const areaIds = ['terrorism', 'cyber', 'unknown'];
    fc.assert(
      fc.property(
        fc.subarray(areaIds),
        fc.subarray<string>([...NODE_TYPES]),
        fc.subarray([...RELATION_TYPES]),
        (threatAreas, nodeTypes, relationTypes) => {
          const f: Filters = { threatAreas, nodeTypes, relationTypes };
          const shown = visibleElements(index, f);
          for (const id of shown.edgeIds) {
            const edge = index.edgeById.get(id)!;
            expect(shown.nodeIds.has(edge.source) && shown.nodeIds.has(edge.target)).toBe(true);
          }
          for (const node of index.nodeById.values()) {
            // A node is in the chosen areas when it is tagged with one, or takes part in a relation tagged with one.
            const inAreas =
              threatAreas.length === 0 ||
              node.threatAreas.some((a) => threatAreas.includes(a)) ||
              index
                .connections(node.id)
                .some(({ edge }) => edge.threatAreas.some((a) => threatAreas.includes(a)));
            const allowed = (nodeTypes.length === 0 || nodeTypes.includes(node.type)) && inAreas;
            // With relation types ticked, an allowed node is shown when it is a party to a shown relation.
            const party = [...shown.edgeIds].some((id) => {
              const edge = index.edgeById.get(id)!;
              return edge.source === node.id || edge.target === node.id;
            });
            expect(shown.nodeIds.has(node.id)).toBe(allowed && (relationTypes.length === 0 || party));
          }
        },
      ),
    );
  });
});

describe('focus on a neighbourhood', () => {
  it('one hop from Sami shows the people and places Sami is linked to, either way', () => {
    const near = neighbourhood(index, 'sami', 1);
    expect(sorted(near.nodeIds)).toEqual(['cafe', 'mi5', 'sami', 'stranger']);
    expect(sorted(near.edgeIds)).toEqual([
      'mi5-watches-sami',
      'sami-at-cafe',
      'sami-meets-stranger',
      'stranger-hands-sami',
    ]);
  });

  it('two hops reach further but leave out edges between the outermost nodes', () => {
    const near = neighbourhood(index, 'mi6', 2);
    expect(sorted(near.nodeIds)).toEqual(['gchq', 'hackers', 'mi5', 'mi6', 'sami']);
    // MI5 and GCHQ are both one hop from MI6, so their edge is walked; GCHQ–hackers is walked from GCHQ.
    expect(near.edgeIds.has('mi5-works-gchq')).toBe(true);
    expect(near.edgeIds.has('gchq-tracks-hackers')).toBe(true);
    expect(near.edgeIds.has('sami-meets-stranger')).toBe(false);
  });

  it('focus stays inside what the filters show', () => {
    const near = neighbourhood(index, 'gchq', 3, visibleElements(index, filters({ threatAreas: ['cyber'] })));
    expect(sorted(near.nodeIds)).toEqual(['gchq', 'hackers', 'mi5']);
  });

  it('an unknown node has an empty neighbourhood, and depth below 1 counts as 1', () => {
    expect(neighbourhood(index, 'nobody', 2).nodeIds.size).toBe(0);
    expect(neighbourhood(index, 'envelope', 0).nodeIds).toEqual(new Set(['envelope']));
    expect(neighbourhood(index, 'hackers', 0).nodeIds).toEqual(new Set(['hackers', 'gchq']));
  });
});

describe('paths', () => {
  it('the path from GCHQ to the stranger is listed in words', () => {
    const path = shortestPath(index, 'gchq', 'stranger');
    expect(path).toEqual({
      nodeIds: ['gchq', 'mi5', 'sami', 'stranger'],
      edgeIds: ['mi5-works-gchq', 'mi5-watches-sami', 'sami-meets-stranger'],
    });
    const hops = describePath(index, path!);
    expect(hops.map((h) => h.text)).toEqual([
      'MI5 works with GCHQ',
      'MI5 watches Sami',
      'Sami meets the stranger',
    ]);
    expect(hops.map((h) => h.reversed)).toEqual([true, false, false]);
  });

  it('a hop walked against the edge still reads as what the text says', () => {
    const hops = describePath(index, shortestPath(index, 'stranger', 'daesh-contact')!);
    expect(hops).toHaveLength(1);
    expect(hops[0]).toMatchObject({
      from: { id: 'stranger' },
      to: { id: 'daesh-contact' },
      reversed: true,
      text: 'One of the DAESH contacts hands the envelope to the stranger',
    });
  });

  it('of two equally short routes it always picks the same one, by edge id', () => {
    // Sami meets the stranger and the stranger passes the envelope to Sami: two one-hop routes.
    expect(shortestPath(index, 'sami', 'stranger')?.edgeIds).toEqual(['sami-meets-stranger']);
  });

  it('a directed path follows arrows only', () => {
    // Nothing Sami does leads back to MI5, though MI5 watches Sami.
    expect(shortestPath(index, 'sami', 'mi5', { directed: true })).toBeNull();
    expect(shortestPath(index, 'sami', 'mi5')?.edgeIds).toEqual(['mi5-watches-sami']);
    expect(shortestPath(index, 'gchq', 'sami', { directed: true })?.nodeIds).toEqual([
      'gchq',
      'mi6',
      'mi5',
      'sami',
    ]);
  });

  it('a path stays inside what the filters show, or there is none', () => {
    const cyber = visibleElements(index, filters({ threatAreas: ['cyber'] }));
    expect(shortestPath(index, 'mi6', 'hackers', { allowed: cyber })).toBeNull();
    expect(shortestPath(index, 'mi5', 'hackers', { allowed: cyber })?.nodeIds).toEqual([
      'mi5',
      'gchq',
      'hackers',
    ]);
    expect(shortestPath(index, 'sami', 'gchq', { allowed: cyber })).toBeNull();
  });

  it('there is no path to a node nobody links to, and a node’s path to itself is just the node', () => {
    expect(shortestPath(index, 'gchq', 'envelope')).toBeNull();
    expect(shortestPath(index, 'gchq', 'nobody')).toBeNull();
    expect(shortestPath(index, 'mi5', 'mi5')).toEqual({ nodeIds: ['mi5'], edgeIds: [] });
  });

  it('on any graph, the path is a chain of real edges from start to end, as short as any', () => {
    const graph = fc.integer({ min: 1, max: 9 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 18 }),
        from: fc.nat(n - 1),
        to: fc.nat(n - 1),
        directed: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, pairs, from, to, directed }) => {
        const ids = Array.from({ length: n }, (_, i) => `n${i}`);
        const random = buildGraphIndex(
          makeDataset({
            nodes: ids.map((id) => ({ id })),
            edges: pairs.map(([s, t], i) => ({ id: `e${i}`, source: `n${s}`, target: `n${t}` })),
          }),
        );
        const path = shortestPath(random, `n${from}`, `n${to}`, { directed });
        const expected = bruteForceDistance(n, pairs, from, to, directed);
        if (expected === undefined) {
          expect(path).toBeNull();
          return;
        }
        expect(path).not.toBeNull();
        expect(path!.edgeIds).toHaveLength(expected);
        expect(path!.nodeIds[0]).toBe(`n${from}`);
        expect(path!.nodeIds.at(-1)).toBe(`n${to}`);
        path!.edgeIds.forEach((edgeId, i) => {
          const edge = random.edgeById.get(edgeId)!;
          const [a, b] = [path!.nodeIds[i], path!.nodeIds[i + 1]];
          const forward = edge.source === a && edge.target === b;
          const backward = edge.source === b && edge.target === a;
          expect(directed ? forward : forward || backward).toBe(true);
        });
      }),
    );
  });
});

/** Hop count by relaxing every edge n times (Bellman–Ford with unit weights): slow, obvious, independent. */
function bruteForceDistance(
  n: number,
  pairs: readonly (readonly [number, number])[],
  from: number,
  to: number,
  directed: boolean,
): number | undefined {
  const dist: number[] = Array.from({ length: n }, (_, i) => (i === from ? 0 : Infinity));
  for (let round = 0; round < n; round++) {
    for (const [s, t] of pairs) {
      dist[t] = Math.min(dist[t]!, dist[s]! + 1);
      if (!directed) dist[s] = Math.min(dist[s]!, dist[t]! + 1);
    }
  }
  return Number.isFinite(dist[to]) ? dist[to] : undefined;
}

describe('the Entities list order', () => {
  const all = [...index.nodeById.values()];
  const labels = (key: 'name' | 'type' | 'connections', dir: 'asc' | 'desc'): string[] =>
    sortNodes(all, key, dir, index).map((n) => n.label);

  it('sorts by name, ignoring case and accents', () => {
    expect(labels('name', 'asc')).toEqual([
      'Café Zürich',
      'GCHQ',
      'MI5',
      'MI6',
      'One of the DAESH contacts',
      'Sami',
      'state-sponsored hackers',
      'the envelope',
      'the stranger',
    ]);
    expect(labels('name', 'desc')[0]).toBe('the stranger');
  });

  it('sorts by connections, most connected first, ties by name', () => {
    expect(labels('connections', 'desc')).toEqual([
      'Sami',
      'GCHQ',
      'MI5',
      'the stranger',
      'MI6',
      'Café Zürich',
      'One of the DAESH contacts',
      'state-sponsored hackers',
      'the envelope',
    ]);
    expect(labels('connections', 'asc')[0]).toBe('the envelope');
  });

  it('sorts by type label, names A to Z within a type either way', () => {
    expect(labels('type', 'asc').slice(0, 3)).toEqual(['GCHQ', 'MI5', 'MI6']);
    expect(labels('type', 'desc').slice(0, 2)).toEqual(['state-sponsored hackers', 'Café Zürich']);
  });

  it('does not reorder the list it was given', () => {
    const before = all.map((n) => n.id);
    sortNodes(all, 'name', 'desc', index);
    expect(all.map((n) => n.id)).toEqual(before);
  });
});
