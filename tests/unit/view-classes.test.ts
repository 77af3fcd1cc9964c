// The Cytoscape adapter's view classes, on a headless instance: what a selection, a path and a trace look like.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import cytoscape, { type Core } from 'cytoscape';
import { buildElements } from '../../src/graph-view/elements';
import {
  applyFade,
  applyView,
  classesFor,
  elementsToRecheck,
  hiddenOwnFor,
  type CanvasView,
  type IdSets,
  type PendingFade,
} from '../../src/graph-view/view-classes';
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
};

describe('view classes', () => {
  it('with nothing chosen, nothing is faded or hidden', () => {
    expect(classesFor('sami', true, plain)).toEqual([]);
  });

  it('a filter hides what it leaves out, so the element keeps its place', () => {
    expect(classesFor('cafe', true, { ...plain, visible: ids(['sami']) })).toEqual(['hidden']);
  });

  it('a hidden node hides itself; a hidden relation only when both its ends are shown', () => {
    // Sami and MI5 shown, the relation between them left out by a relation-type filter; the café hidden.
    const view: CanvasView = { ...plain, visible: ids(['sami', 'mi5'], []) };
    const watches = { source: 'mi5', target: 'sami' };
    expect(hiddenOwnFor('cafe', null, view)).toBe(true);
    expect(hiddenOwnFor('sami', null, view)).toBe(false);
    expect(hiddenOwnFor('mi5-watches-sami', watches, view)).toBe(true);
    // MI6 hidden: the relation to it goes with it, with nothing of its own.
    expect(hiddenOwnFor('mi6-warns-mi5', { source: 'mi6', target: 'mi5' }, view)).toBe(false);
    expect(hiddenOwnFor('mi5-watches-sami', watches, { ...plain })).toBe(false);
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

  it('on a large graph (no fading) selecting Sami marks Sami and its neighbours and leaves the rest as it was', () => {
    const view: CanvasView = {
      ...plain,
      selectedId: 'sami',
      neighbourhood: ids(['sami', 'mi5'], ['mi5-watches-sami']),
      fadeUnrelated: false,
    };
    expect(classesFor('sami', true, view)).toEqual(['selected-element']);
    expect(classesFor('mi5', true, view)).toEqual(['neighbour']);
    expect(classesFor('gchq', true, view)).toEqual([]);
    // Only the neighbourhood needs a look when the selection starts: nothing else changes.
    expect(elementsToRecheck({ ...plain, fadeUnrelated: false }, view)).toEqual(
      ids(['sami', 'mi5'], ['sami', 'mi5-watches-sami']),
    );
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
    const selected = { ...plain, selectedId: 'sami', neighbourhood: ids(['sami']) };
    applyView(cy, null, selected);
    expect(cy.getElementById('sami').classes()).toEqual(['selected-element']);
    expect(cy.getElementById('gchq').hasClass('faded')).toBe(true);

    applyView(cy, selected, plain);
    expect(cy.getElementById('sami').classes()).toEqual([]);
    expect(cy.getElementById('gchq').classes()).toEqual([]);
    cy.destroy();
  });
});

describe('a click answered before the rest of the graph fades', () => {
  it('selecting marks the selection and its neighbours at once; the others fade in the pass after', () => {
    const cy = cytoscape({ headless: true, elements: buildElements(dataset, new Map()) });
    applyView(cy, null, plain);
    const selected = { ...plain, selectedId: 'sami', neighbourhood: ids(['sami', 'mi5']) };
    const later: PendingFade = { nodeIds: new Set(), edgeIds: new Set() };
    applyView(cy, plain, selected, later);
    expect(cy.getElementById('sami').classes()).toEqual(['selected-element']);
    expect(cy.getElementById('mi5').classes()).toEqual(['neighbour']);
    expect(cy.getElementById('gchq').hasClass('faded')).toBe(false);
    expect(later.nodeIds.has('gchq')).toBe(true);

    applyFade(cy, later, selected);
    const full = cytoscape({ headless: true, elements: buildElements(dataset, new Map()) });
    applyView(full, null, selected);
    for (const element of full.elements())
      expect(cy.getElementById(element.id()).classes()).toEqual(element.classes());
    cy.destroy();
    full.destroy();
  });
});

describe('applying the difference between two views', () => {
  const allNodes = dataset.nodes.map((n) => n.id);
  const allEdges = dataset.edges.map((e) => e.id);
  // With style, as the drawn canvas has it, so what is drawn can be read (visible()).
  const canvas = () =>
    cytoscape({ headless: true, styleEnabled: true, elements: buildElements(dataset, new Map()) });
  const classesOn = (cy: Core) =>
    Object.fromEntries(
      cy
        .elements()
        .map((e) => [e.id(), [...e.classes()].sort().join(' ') + (e.visible() ? '' : ' (not drawn)')]),
    );

  it('a filter hides what it leaves out and the relations to it, and unticking it shows them again', () => {
    const cy = canvas();
    applyView(cy, null, plain);
    const filtered: CanvasView = { ...plain, visible: ids(['mi5', 'sami', 'mi6'], ['mi5-watches-sami']) };
    applyView(cy, plain, filtered);
    const drawn = () => ({
      nodes: cy
        .nodes(':visible')
        .map((n) => n.id())
        .sort(),
      edges: cy
        .edges(':visible')
        .map((e) => e.id())
        .sort(),
    });
    expect(drawn()).toEqual({ nodes: ['mi5', 'mi6', 'sami'], edges: ['mi5-watches-sami'] });
    // Drawn alike, but no class: hiding is a display of the element's own.
    expect(cy.getElementById('cafe').classes()).toEqual([]);
    applyView(cy, filtered, plain);
    expect(drawn()).toEqual({ nodes: allNodes.slice().sort(), edges: allEdges.slice().sort() });
    cy.destroy();
  });

  it('a filter touches the nodes it hides and the relations between shown nodes, not the relations that go with a hidden node', () => {
    const cy = canvas();
    applyView(cy, null, plain);
    // Only Sami hidden: its one relation goes with it.
    const withoutSami: CanvasView = {
      ...plain,
      visible: ids(
        allNodes.filter((id) => id !== 'sami'),
        allEdges.filter((id) => id !== 'mi5-watches-sami'),
      ),
    };
    expect(applyView(cy, plain, withoutSami)).toBe(1);
    expect(cy.getElementById('mi5-watches-sami').visible()).toBe(false);
    cy.destroy();
  });

  it('a view equal to the last one touches no element', () => {
    const cy = canvas();
    const view: CanvasView = { ...plain, selectedId: 'sami', neighbourhood: ids(['sami', 'mi5']) };
    applyView(cy, null, view);
    const again: CanvasView = {
      ...view,
      visible: ids(allNodes, allEdges),
      neighbourhood: ids(['mi5', 'sami']),
    };
    expect(applyView(cy, view, again)).toBe(0);
    expect(elementsToRecheck(view, again)).toEqual(ids([]));
    cy.destroy();
  });

  it('moving the selection from Sami to MI5 rechecks only the two neighbourhoods', () => {
    const before: CanvasView = {
      ...plain,
      selectedId: 'sami',
      neighbourhood: ids(['sami', 'mi5'], ['mi5-watches-sami']),
    };
    const after: CanvasView = {
      ...plain,
      selectedId: 'mi5',
      neighbourhood: ids(['mi5', 'sami', 'mi6'], ['mi5-watches-sami', 'mi6-warns-mi5']),
    };
    const recheck = elementsToRecheck(before, after);
    expect(recheck).not.toBe('all');
    if (recheck === 'all') return;
    expect([...recheck.nodeIds].sort()).toEqual(['mi5', 'mi6', 'sami']);
    expect([...recheck.edgeIds].sort()).toEqual(['mi5', 'mi6-warns-mi5', 'sami']);
  });

  it('starting a selection, a path or a trace rechecks every element (the rest fades)', () => {
    expect(elementsToRecheck(plain, { ...plain, selectedId: 'sami', neighbourhood: ids(['sami']) })).toBe(
      'all',
    );
    expect(elementsToRecheck(plain, { ...plain, path: ids(['sami']) })).toBe('all');
    const trace = { current: ids(['sami']), earlier: ids([]), later: ids([]) };
    expect(elementsToRecheck({ ...plain, trace }, plain)).toBe('all');
  });

  // Any two views, applied one after the other as a difference, leave every element with the classes a full
  // apply of the second gives.
  const idSets = (nodes: string[], edges: string[]) =>
    fc
      .record({ nodeIds: fc.subarray(nodes), edgeIds: fc.subarray(edges) })
      .map(({ nodeIds, edgeIds }) => ids(nodeIds, edgeIds));
  const anyIds = idSets(allNodes, allEdges);
  const anyView: fc.Arbitrary<CanvasView> = fc.record({
    visible: anyIds,
    selectedId: fc.option(fc.constantFrom(...allNodes, ...allEdges), { nil: null }),
    neighbourhood: fc.option(anyIds, { nil: null }),
    trace: fc.option(fc.record({ current: anyIds, earlier: anyIds, later: anyIds }), { nil: null }),
    path: fc.option(anyIds, { nil: null }),
    fadeUnrelated: fc.constantFrom(undefined, true, false),
  });

  it('after any sequence of views the canvas carries the classes a full apply of the last would give', () => {
    // Two canvases for all runs: each run starts with a full apply, which resets every element.
    const diffed = canvas();
    const full = canvas();
    fc.assert(
      fc.property(fc.array(anyView, { minLength: 2, maxLength: 5 }), (views) => {
        let prev: CanvasView | null = null;
        for (const view of views) {
          applyView(diffed, prev, view);
          prev = view;
        }
        applyView(full, null, views[views.length - 1] as CanvasView);
        expect(classesOn(diffed)).toEqual(classesOn(full));
      }),
      { numRuns: 150 },
    );
    diffed.destroy();
    full.destroy();
    // A restyled headless canvas per step: seconds on a loaded machine, for a check that is worth its 150 runs.
  }, 30_000);

  it('after any sequence of filters the canvas draws what a full apply of the last would draw', () => {
    // Filters alone (no selection, path or trace, which recheck everything): only the difference is applied.
    const diffed = canvas();
    const full = canvas();
    fc.assert(
      fc.property(fc.array(anyIds, { minLength: 2, maxLength: 6 }), (sets) => {
        let prev: CanvasView | null = null;
        for (const visible of sets) {
          const view = { ...plain, visible };
          applyView(diffed, prev, view);
          prev = view;
        }
        applyView(full, null, prev as CanvasView);
        expect(classesOn(diffed)).toEqual(classesOn(full));
      }),
      { numRuns: 150 },
    );
    diffed.destroy();
    full.destroy();
  });
});
