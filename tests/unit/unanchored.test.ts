// An element none of whose passages was found again in an edited text is still drawn, marked by a dashed outline
// or line; an element with one passage still found is drawn as usual.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildElements } from '../../src/graph-view/elements';
import { buildStylesheet } from '../../src/graph-view/stylesheet';
import type { Dataset, Evidence } from '../../src/model/schema';
import { makeDataset } from './helpers/make-dataset';

const TEXT = 'MI6 works with GCHQ. GCHQ listens.';

/** The dataset with every passage of the given elements marked as not found. */
function orphaning(dataset: Dataset, ids: readonly string[]): Dataset {
  const orphan = (ev: Evidence): Evidence => ({ ...ev, orphan: true });
  return {
    ...dataset,
    nodes: dataset.nodes.map((n) => (ids.includes(n.id) ? { ...n, evidence: n.evidence.map(orphan) } : n)),
    edges: dataset.edges.map((e) => (ids.includes(e.id) ? { ...e, evidence: e.evidence.map(orphan) } : e)),
  };
}

const base = makeDataset({
  text: TEXT,
  nodes: [
    { id: 'mi6', type: 'agency', evidence: ['MI6'] },
    { id: 'gchq', type: 'agency', evidence: ['GCHQ', 'GCHQ listens'] },
  ],
  edges: [
    { id: 'works', source: 'mi6', target: 'gchq', type: 'works_with', evidence: ['MI6 works with GCHQ'] },
  ],
});

function drawn(dataset: Dataset) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(),
    elements: buildElements(dataset, new Map()),
  });
}

describe('elements whose passages were not found', () => {
  it('draws an entity with no passage found with a dashed outline, and the others solid', () => {
    const cy = drawn(orphaning(base, ['mi6']));
    expect(cy.getElementById('mi6').style('border-style')).toBe('dashed');
    expect(cy.getElementById('gchq').style('border-style')).toBe('solid');
  });

  it('an entity with one passage of two still found is not marked', () => {
    const partly: Dataset = {
      ...base,
      nodes: base.nodes.map((n) =>
        n.id === 'gchq'
          ? { ...n, evidence: n.evidence.map((ev, i) => (i === 0 ? { ...ev, orphan: true } : ev)) }
          : n,
      ),
    };
    expect(drawn(partly).getElementById('gchq').style('border-style')).toBe('solid');
  });

  it('draws a relation with no passage found dashed, sparser than a family line', () => {
    const before = drawn(base).getElementById('works');
    const after = drawn(orphaning(base, ['works'])).getElementById('works');
    // Working with is a cooperative relation, drawn dotted: not found, its line becomes sparse dashes.
    expect(before.style('line-style')).toBe('dotted');
    expect(after.style('line-style')).toBe('dashed');
    expect(after.style('line-dash-pattern')).toBe('2 7');
  });
});
