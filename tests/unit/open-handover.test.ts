// A dataset opened in a worker crosses to the page in slices: what arrives is the dataset that was opened, whole,
// in its order, and no slice is larger than asked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkForOpening } from '../../src/data/open-dataset';
import { sliceRanges, withElements, withoutElements } from '../../src/data/open-handover';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/valid-minimal/${name}`, import.meta.url), 'utf8');

function opened() {
  const checked = checkForOpening(JSON.parse(fixture('graph.json')), fixture('source.txt'), 'graph.json');
  if (!checked.ok) throw new Error('the fixture should open');
  return checked;
}

describe('handing an opened dataset over in slices', () => {
  it('covers every item once, in order, in slices of at most the given size', () => {
    expect(sliceRanges(7, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
    expect(sliceRanges(0, 3)).toEqual([]);
  });

  it('sends everything but the nodes and edges first, then puts them back as they were', async () => {
    const checked = opened();
    const { nodes, edges } = checked.open.dataset;
    expect(nodes.length).toBeGreaterThan(2);
    const head = withoutElements(checked);
    if (!head.ok) throw new Error('the head of an opened dataset is ok');
    expect(head.open.dataset.nodes).toEqual([]);
    expect(head.counts).toEqual({ nodes: nodes.length, edges: edges.length });

    const asked: string[] = [];
    const again = await withElements(
      head,
      {
        nodes: async (from, to) => (
          asked.push(`nodes ${from}-${to}`),
          structuredClone(nodes.slice(from, to))
        ),
        edges: async (from, to) => (
          asked.push(`edges ${from}-${to}`),
          structuredClone(edges.slice(from, to))
        ),
      },
      2,
    );
    expect(again).toEqual(checked);
    // The same keys in the same order: an export of what was opened reads as the file did.
    if (!again.ok) throw new Error('still ok');
    expect(JSON.stringify(again.open.dataset)).toBe(JSON.stringify(checked.open.dataset));
    expect(asked).toHaveLength(Math.ceil(nodes.length / 2) + Math.ceil(edges.length / 2));
  });

  it('passes problems through untouched', async () => {
    const refused = {
      ok: false as const,
      problems: [{ path: '', message: 'no', severity: 'error' as const }],
    };
    const never = () => Promise.reject(new Error('a refused dataset has no elements to take'));
    expect(await withElements(refused, { nodes: never, edges: never })).toBe(refused);
  });
});
