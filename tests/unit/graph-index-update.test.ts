// The index after an edit answers as a full rebuild would: an added edge updates it in place, other edits rebuild.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraphIndex, type GraphIndex } from '../../src/model/graph-index';
import { indexAfterOperation } from '../../src/model/graph-index-update';
import { applyOperation, tryOperation, type Operation } from '../../src/model/operations';
import { validateDataset } from '../../src/model/validate';
import type { Dataset, GraphEdge } from '../../src/model/schema';
import { operationChoices, randomOperation } from './helpers/random-operations';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const minimal = validateDataset(
  JSON.parse(read('../fixtures/valid-minimal/graph.json')),
  read('../fixtures/valid-minimal/source.txt'),
).dataset as Dataset;
const mi6 = validateDataset(
  JSON.parse(read('../../graph-data/mi6/graph.json')),
  read('../../graph-data/mi6/source.txt'),
).dataset as Dataset;

const QUERIES = ['mi', 'gchq', 'memory', 'anna', 'secret intel', 'a'];

/**
 * Everything an index answers: every field that is data (maps as their entries, in order), and for every node
 * its connections and degree, and some searches.
 */
function answers(index: GraphIndex) {
  const data = Object.entries(index)
    .filter(([, value]) => typeof value !== 'function')
    .map(([key, value]) => [key, value instanceof Map ? [...value] : value]);
  const ids = [...index.nodeById.keys(), 'nobody'];
  return {
    data,
    connections: ids.map((id) => index.connections(id)),
    degree: ids.map((id) => index.degree(id)),
    search: QUERIES.map((q) => index.search(q)),
  };
}

describe('the index after an edit', () => {
  it('an edge added at the end is indexed without a rebuild, and answers as a rebuild does', () => {
    const index = buildGraphIndex(mi6);
    const edge: GraphEdge = {
      ...(mi6.edges[0] as GraphEdge),
      id: 'sami-works-with-mi5',
      source: 'sami',
      target: 'mi5',
      label: 'works with',
    };
    const operation: Operation = { type: 'addEdge', edge };
    const { dataset } = applyOperation(mi6, operation);

    const updated = indexAfterOperation(index, operation, dataset);

    // Built from the old index: what the edge does not touch is shared, not rebuilt.
    expect(updated.nodeById).toBe(index.nodeById);
    expect(updated.flowById).toBe(index.flowById);
    expect(answers(updated)).toEqual(answers(buildGraphIndex(dataset)));
    expect(updated.connections('sami').map((c) => c.other.id)).toContain('mi5');
    expect(updated.degree('mi5')).toBe(index.degree('mi5') + 1);
    // The index it came from still answers for the dataset before.
    expect(index.edgeById.has(edge.id)).toBe(false);
    expect(answers(index)).toEqual(answers(buildGraphIndex(mi6)));
  });

  it('a self-loop counts once, as in a rebuild', () => {
    const index = buildGraphIndex(minimal);
    const edge: GraphEdge = { ...(minimal.edges[0] as GraphEdge), id: 'mi6-loop', target: 'mi6' };
    const operation: Operation = { type: 'addEdge', edge };
    const { dataset } = applyOperation(minimal, operation);
    const updated = indexAfterOperation(index, operation, dataset);
    expect(updated.nodeById).toBe(index.nodeById);
    expect(answers(updated)).toEqual(answers(buildGraphIndex(dataset)));
  });

  it('any sequence of edits leaves an index that answers as a rebuild of the edited dataset', () => {
    fc.assert(
      fc.property(operationChoices, (picks) => {
        let dataset = minimal;
        let index = buildGraphIndex(minimal);
        picks.forEach((pick, i) => {
          const operation = randomOperation(dataset, pick, `new-${i}`);
          const result = operation && tryOperation(dataset, operation);
          if (!operation || !result?.ok) return;
          index = indexAfterOperation(index, operation, result.dataset);
          dataset = result.dataset;
          expect(answers(index)).toEqual(answers(buildGraphIndex(dataset)));
        });
      }),
      { numRuns: 100 },
    );
  });
});
