// Dataset operations: each edit does what it says, keeps the dataset valid, and its inverse puts everything back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyOperation,
  tryOperation,
  type EvidenceOwnerRef,
  type Operation,
} from '../../src/model/operations';
import { validateDataset } from '../../src/model/validate';
import type { Dataset, Evidence, FlowStep, GraphEdge, GraphNode } from '../../src/model/schema';
import { operationChoices, randomOperation } from './helpers/random-operations';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/valid-minimal/${name}`, import.meta.url), 'utf8');
const sourceText = fixture('source.txt');
const minimal = validateDataset(JSON.parse(fixture('graph.json')), sourceText).dataset as Dataset;
if (!minimal) throw new Error('the valid-minimal fixture does not validate');
const withPositions: Dataset = {
  ...minimal,
  positions: { mi6: { x: 0, y: 0 }, gchq: { x: 100, y: 0 }, 'anna-clarke': { x: 0, y: 100 } },
};

const errorsOf = (dataset: Dataset) =>
  validateDataset(dataset, sourceText).problems.filter((p) => p.severity === 'error');
const stepOf = (dataset: Dataset, id: string) => dataset.flows[0]?.steps.find((s) => s.id === id);

/** Applies an operation, then its inverse, and checks the round trip (and the result's validity). */
function roundTrip(dataset: Dataset, operation: Operation): Dataset {
  const { dataset: next, inverse } = applyOperation(dataset, operation);
  expect(errorsOf(next)).toEqual([]);
  expect(applyOperation(next, inverse).dataset).toEqual(dataset);
  return next;
}

describe('dataset operations', () => {
  it('removing a node removes its edges, takes it and them out of the steps that show them, and drops its position', () => {
    const next = roundTrip(withPositions, { type: 'removeNode', id: 'gchq' });
    expect(next.nodes.map((n) => n.id)).toEqual(['mi6', 'anna-clarke', 'memory-stick']);
    expect(next.edges.map((e) => e.id)).toEqual(['anna-clarke-part-of-mi6']);
    // The step stays (the rest of the story still happened), without GCHQ and its edge.
    expect(stepOf(next, 'examined')).toMatchObject({ nodes: ['memory-stick'], edges: [] });
    expect(next.positions).toEqual({ mi6: { x: 0, y: 0 }, 'anna-clarke': { x: 0, y: 100 } });
    // Nothing else changed: the untouched step is the same object.
    expect(stepOf(next, 'handed-over')).toBe(stepOf(withPositions, 'handed-over'));
  });

  it('undoing a node’s removal puts it, its edges and its steps back in their places', () => {
    const { dataset: next, inverse } = applyOperation(minimal, { type: 'removeNode', id: 'mi6' });
    const restored = applyOperation(next, inverse).dataset;
    expect(restored.nodes.map((n) => n.id)).toEqual(minimal.nodes.map((n) => n.id));
    expect(restored.edges.map((e) => e.id)).toEqual(minimal.edges.map((e) => e.id));
    expect(restored).toEqual(minimal);
  });

  it('adds an edge where it is asked to, or at the end', () => {
    const edge: GraphEdge = {
      ...(minimal.edges[0] as GraphEdge),
      id: 'anna-works-with-gchq',
      source: 'anna-clarke',
    };
    expect(roundTrip(minimal, { type: 'addEdge', edge }).edges.at(-1)).toBe(edge);
    expect(roundTrip(minimal, { type: 'addEdge', edge, at: 0 }).edges[0]).toBe(edge);
  });

  it('edits a node, an edge and a step in place', () => {
    const node = { ...(minimal.nodes[1] as GraphNode), label: 'Government Communications HQ' };
    expect(roundTrip(minimal, { type: 'updateNode', node }).nodes[1]?.label).toBe(
      'Government Communications HQ',
    );
    const edge = { ...(minimal.edges[0] as GraphEdge), label: 'works hand in hand with' };
    expect(roundTrip(minimal, { type: 'updateEdge', edge }).edges[0]?.label).toBe('works hand in hand with');
    const step = { ...(stepOf(minimal, 'examined') as FlowStep), title: 'GCHQ finds the malware' };
    const next = roundTrip(minimal, { type: 'updateFlowStep', flowId: 'memory-stick-to-gchq', step });
    expect(stepOf(next, 'examined')?.title).toBe('GCHQ finds the malware');
  });

  it('adds and removes evidence on a node, an edge and a step', () => {
    const span = (minimal.nodes[2] as GraphNode).evidence[0] as Evidence;
    const owners: EvidenceOwnerRef[] = [
      { kind: 'node', id: 'mi6' },
      { kind: 'edge', id: 'gchq-examines-memory-stick' },
      { kind: 'step', flowId: 'memory-stick-to-gchq', id: 'examined' },
    ];
    for (const owner of owners) {
      const added = roundTrip(minimal, { type: 'addEvidence', owner, evidence: span, at: 0 });
      roundTrip(added, { type: 'removeEvidence', owner, at: 1 });
    }
    const twoSpans = roundTrip(minimal, {
      type: 'removeEvidence',
      owner: { kind: 'node', id: 'memory-stick' },
      at: 0,
    });
    expect(twoSpans.nodes[3]?.evidence).toHaveLength(1);
  });

  it('adds and removes a flow step', () => {
    const step: FlowStep = {
      id: 'reported',
      order: 3,
      title: 'GCHQ tells MI6',
      summary: '',
      nodes: ['gchq', 'mi6'],
      edges: ['mi6-works-with-gchq'],
      evidence: [(minimal.edges[0] as GraphEdge).evidence[0] as Evidence],
    };
    const added = roundTrip(minimal, { type: 'addFlowStep', flowId: 'memory-stick-to-gchq', step, at: 1 });
    expect(added.flows[0]?.steps.map((s) => s.id)).toEqual(['handed-over', 'reported', 'examined']);
    roundTrip(minimal, { type: 'removeFlowStep', flowId: 'memory-stick-to-gchq', stepId: 'handed-over' });
  });

  it('refuses, with a reason, an edit that would break the dataset, and changes nothing', () => {
    const node = minimal.nodes[0] as GraphNode;
    const edge = minimal.edges[0] as GraphEdge;
    const step = stepOf(minimal, 'examined') as FlowStep;
    const refusals: [Operation, RegExp][] = [
      [{ type: 'addNode', node }, /already exists/],
      [{ type: 'addNode', node: { ...node, id: edge.id } }, /an edge already has the id/],
      [
        { type: 'addEdge', edge: { ...edge, id: 'new', target: 'q-branch' } },
        /"q-branch", which is not a node/,
      ],
      [{ type: 'addEdge', edge: { ...edge, id: 'new' }, at: 9 }, /no place 9 among 3 edges/],
      [{ type: 'updateNode', node: { ...node, id: 'nobody' } }, /no node "nobody"/],
      [{ type: 'removeEdge', id: 'nothing' }, /no edge "nothing"/],
      // The examined step shows this edge: moving its end away from the step's nodes would dim an end.
      [
        { type: 'updateEdge', edge: { ...(minimal.edges[2] as GraphEdge), target: 'mi6' } },
        /not its end "mi6"/,
      ],
      [{ type: 'removeEvidence', owner: { kind: 'node', id: 'mi6' }, at: 0 }, /without evidence/],
      [
        { type: 'addFlowStep', flowId: 'memory-stick-to-gchq', step: { ...step, id: 'again' } },
        /already has order 2/,
      ],
      [
        {
          type: 'updateFlowStep',
          flowId: 'memory-stick-to-gchq',
          step: { ...step, nodes: ['memory-stick'] },
        },
        /not its end "gchq"/,
      ],
      [{ type: 'addFlowStep', flowId: 'nope', step }, /no flow "nope"/],
    ];
    for (const [operation, reason] of refusals) {
      const result = tryOperation(minimal, operation);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem).toMatch(reason);
      expect(() => applyOperation(minimal, operation)).toThrow(reason);
    }
    const single = {
      ...minimal,
      flows: [{ ...(minimal.flows[0] as Dataset['flows'][number]), steps: [step] }],
    };
    expect(
      tryOperation(single, { type: 'removeFlowStep', flowId: 'memory-stick-to-gchq', stepId: 'examined' }),
    ).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/without steps/),
    });
  });
});

describe('dataset operations, at random', () => {
  it('any sequence of edits leaves a valid dataset, and undoing them in reverse gives back the original', () => {
    fc.assert(
      fc.property(fc.constantFrom(minimal, withPositions), operationChoices, (start, picks) => {
        let dataset = start;
        const undo: Operation[] = [];
        picks.forEach((pick, i) => {
          const operation = randomOperation(dataset, pick, `new-${i}`);
          const result = operation && tryOperation(dataset, operation);
          if (!result?.ok) return;
          expect(errorsOf(result.dataset)).toEqual([]);
          undo.push(result.inverse);
          dataset = result.dataset;
        });
        for (const inverse of undo.reverse()) dataset = applyOperation(dataset, inverse).dataset;
        expect(dataset).toEqual(start);
      }),
      { numRuns: 150 },
    );
  });
});
