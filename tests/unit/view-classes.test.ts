// The Cytoscape adapter's view classes, on a headless instance: what a selection, a path and a trace look like.
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { buildElements } from '../../src/graph-view/elements';
import { applyView, classesFor, type CanvasView, type IdSets } from '../../src/graph-view/view-classes';
import { makeSpyStory } from './helpers/make-dataset';

const dataset = makeSpyStory();
const ids = (nodeIds: string[], edgeIds: string[] = []): IdSets => ({
  nodeIds: new Set(nodeIds),
  edgeIds: new Set(edgeIds),
});
const everything = ids(
  dataset.nodes.map((n) => n.id),
  dataset.edges.map((e) => e.id),
);
const plain: CanvasView = {
  visible: everything,
  selectedId: null,
  neighbourhood: null,
  trace: null,
  path: null,
  searchHits: new Set(),
};

describe('view classes', () => {
  it('with nothing chosen, nothing is faded or hidden', () => {
    expect(classesFor('sami', true, plain)).toEqual([]);
  });

  it('a filter hides what it leaves out, as a class, so the element keeps its place', () => {
    expect(classesFor('cafe', true, { ...plain, visible: ids(['sami']) })).toEqual(['hidden']);
  });

  it('selecting Sami keeps Sami and its neighbours bright and fades the rest', () => {
    const view = {
      ...plain,
      selectedId: 'sami',
      neighbourhood: ids(['sami', 'mi5'], ['mi5-watches-sami']),
    };
    expect(classesFor('sami', true, view)).toEqual(['selected-element']);
    expect(classesFor('mi5', true, view)).toEqual(['neighbour']);
    expect(classesFor('mi5-watches-sami', false, view)).toEqual(['neighbour']);
    expect(classesFor('gchq', true, view)).toEqual(['faded']);
  });

  it('while tracing, the current step stays bright even where a selection would fade it', () => {
    const view: CanvasView = {
      ...plain,
      selectedId: 'sami',
      neighbourhood: ids(['sami', 'mi5'], ['mi5-watches-sami']),
      trace: {
        current: ids(['gchq', 'mi6'], ['gchq-passes-mi6']),
        earlier: ids([]),
        later: ids(['stranger']),
      },
    };
    expect(classesFor('gchq', true, view)).toEqual(['flow-current']);
    expect(classesFor('gchq-passes-mi6', false, view)).toEqual(['flow-current', 'handoff']);
    expect(classesFor('stranger', true, view)).toEqual(['flow-later', 'faded']);
  });

  it('a path fades what is off it, but not the traced step', () => {
    const view: CanvasView = {
      ...plain,
      path: ids(['gchq', 'mi6'], ['gchq-passes-mi6']),
      trace: { current: ids(['sami']), earlier: ids([]), later: ids([]) },
    };
    expect(classesFor('mi6', true, view)).toEqual(['on-path', 'flow-later']);
    expect(classesFor('sami', true, view)).toEqual(['flow-current']);
    expect(classesFor('cafe', true, view)).toEqual(['flow-later', 'faded']);
  });

  it('applyView puts the classes on a headless Cytoscape and takes old ones off', () => {
    const cy = cytoscape({ headless: true, elements: buildElements(dataset, new Map()) });
    applyView(cy, { ...plain, selectedId: 'sami', neighbourhood: ids(['sami']) });
    expect(cy.getElementById('sami').classes()).toEqual(['selected-element']);
    expect(cy.getElementById('gchq').hasClass('faded')).toBe(true);

    applyView(cy, plain);
    expect(cy.getElementById('sami').classes()).toEqual([]);
    expect(cy.getElementById('gchq').classes()).toEqual([]);
    cy.destroy();
  });
});
