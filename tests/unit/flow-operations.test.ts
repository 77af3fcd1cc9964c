// Flow operations: a whole flow added, removed or renamed keeps the dataset valid, and each inverse puts it back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraphIndex } from '../../src/model/graph-index';
import { indexAfterOperation } from '../../src/model/graph-index-update';
import { applyOperation, tryOperation, type Operation } from '../../src/model/operations';
import { validateDataset } from '../../src/model/validate';
import type { Dataset, Evidence, Flow, FlowStep, GraphEdge } from '../../src/model/schema';
import { operationChoices, randomOperation } from './helpers/random-operations';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/valid-minimal/${name}`, import.meta.url), 'utf8');
const sourceText = fixture('source.txt');
const minimal = validateDataset(JSON.parse(fixture('graph.json')), sourceText).dataset as Dataset;
if (!minimal) throw new Error('the valid-minimal fixture does not validate');
const noFlows: Dataset = { ...minimal, flows: [] };

const errorsOf = (dataset: Dataset) =>
  validateDataset(dataset, sourceText).problems.filter((p) => p.severity === 'error');

function roundTrip(dataset: Dataset, operation: Operation): Dataset {
  const { dataset: next, inverse } = applyOperation(dataset, operation);
  expect(errorsOf(next)).toEqual([]);
  expect(applyOperation(next, inverse).dataset).toEqual(dataset);
  return next;
}

const edge = minimal.edges[0] as GraphEdge;
const stepOn = (e: GraphEdge, id: string, order: number): FlowStep => ({
  id,
  order,
  title: `Step ${id}`,
  summary: '',
  nodes: [e.source, e.target],
  edges: [e.id],
  evidence: [e.evidence[0] as Evidence],
});
const newFlow: Flow = { id: 'the-lead', title: 'The lead', steps: [stepOn(edge, 'step-1', 1)] };

describe('flow operations', () => {
  it('adds a flow with its steps to a dataset that had none, and undoing leaves none again', () => {
    const next = roundTrip(noFlows, { type: 'addFlow', flow: newFlow });
    expect(next.flows).toEqual([newFlow]);
    expect(buildGraphIndex(next).flowById.get('the-lead')).toBe(newFlow);
  });

  it('adds a flow where it is asked to, and removing one puts it back at its place', () => {
    const first = roundTrip(minimal, { type: 'addFlow', flow: newFlow, at: 0 });
    expect(first.flows.map((f) => f.id)).toEqual(['the-lead', 'memory-stick-to-gchq']);
    const removed = roundTrip(first, { type: 'removeFlow', id: 'the-lead' });
    expect(removed.flows.map((f) => f.id)).toEqual(['memory-stick-to-gchq']);
    const { inverse } = applyOperation(first, { type: 'removeFlow', id: 'the-lead' });
    expect(inverse).toEqual({ type: 'addFlow', flow: newFlow, at: 0 });
  });

  it('renames a flow and gives it a description, keeping its steps; undo takes the description away again', () => {
    const flow = minimal.flows[0] as Flow;
    const { steps, ...fields } = flow;
    const withoutDescription: Dataset = {
      ...minimal,
      flows: [{ id: flow.id, title: flow.title, steps }],
    };
    const next = roundTrip(withoutDescription, {
      type: 'updateFlow',
      flow: { ...fields, title: 'From Vienna to Cheltenham', description: 'How the stick travelled.' },
    });
    expect(next.flows[0]).toMatchObject({
      title: 'From Vienna to Cheltenham',
      description: 'How the stick travelled.',
    });
    expect(next.flows[0]?.steps).toBe(steps);
    const undone = applyOperation(
      next,
      applyOperation(withoutDescription, {
        type: 'updateFlow',
        flow: { ...fields, title: 'x', description: 'y' },
      }).inverse,
    ).dataset;
    expect(undone.flows[0]).not.toHaveProperty('description');
  });

  it('refuses, with a reason, a flow that would break the dataset', () => {
    const other = minimal.edges[1] as GraphEdge;
    const refusals: [Dataset, Operation, RegExp][] = [
      [minimal, { type: 'addFlow', flow: { ...newFlow, id: 'memory-stick-to-gchq' } }, /already exists/],
      [noFlows, { type: 'addFlow', flow: { ...newFlow, steps: [] } }, /has no steps/],
      [
        noFlows,
        { type: 'addFlow', flow: { ...newFlow, steps: [stepOn(edge, 'a', 1), stepOn(other, 'b', 1)] } },
        /already has order 1/,
      ],
      [
        noFlows,
        { type: 'addFlow', flow: { ...newFlow, steps: [stepOn(edge, 'a', 1), stepOn(other, 'a', 2)] } },
        /two steps "a"/,
      ],
      [
        noFlows,
        { type: 'addFlow', flow: { ...newFlow, steps: [{ ...stepOn(edge, 'a', 1), nodes: [edge.source] }] } },
        /not its end/,
      ],
      [
        noFlows,
        { type: 'addFlow', flow: { ...newFlow, steps: [{ ...stepOn(edge, 'a', 1), edges: ['nothing'] }] } },
        /"nothing", which is not an edge/,
      ],
      [noFlows, { type: 'addFlow', flow: { ...newFlow, threatAreas: ['weather'] } }, /"weather"/],
      [noFlows, { type: 'addFlow', flow: newFlow, at: 2 }, /no place 2 among 0 flows/],
      [noFlows, { type: 'removeFlow', id: 'the-lead' }, /no flow "the-lead"/],
      [noFlows, { type: 'updateFlow', flow: { id: 'the-lead', title: 'X' } }, /no flow "the-lead"/],
    ];
    for (const [dataset, operation, reason] of refusals) {
      const result = tryOperation(dataset, operation);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem).toMatch(reason);
    }
  });

  it('reordering steps by swapping their orders in one batch is undone in one go', () => {
    const flow = minimal.flows[0] as Flow;
    const [a, b] = flow.steps as [FlowStep, FlowStep];
    const spare = Math.max(...flow.steps.map((s) => s.order)) + 1;
    const swap: Operation = {
      type: 'batch',
      operations: [
        { type: 'updateFlowStep', flowId: flow.id, step: { ...a, order: spare } },
        { type: 'updateFlowStep', flowId: flow.id, step: { ...b, order: a.order } },
        { type: 'updateFlowStep', flowId: flow.id, step: { ...a, order: b.order } },
      ],
    };
    const next = roundTrip(minimal, swap);
    expect(next.flows[0]?.steps.map((s) => [s.id, s.order])).toEqual([
      [a.id, b.order],
      [b.id, a.order],
    ]);
  });
});

/** A random flow edit: a new flow on one edge, one removed, or one renamed. */
function randomFlowOperation(dataset: Dataset, pick: number, fresh: string): Operation | null {
  const flow = dataset.flows[pick % Math.max(dataset.flows.length, 1)];
  const e = dataset.edges[pick % Math.max(dataset.edges.length, 1)];
  switch (pick % 3) {
    case 0:
      return e
        ? {
            type: 'addFlow',
            flow: { id: fresh, title: `Flow ${fresh}`, steps: [stepOn(e, 'step-1', 1)] },
            at: pick % (dataset.flows.length + 1),
          }
        : null;
    case 1:
      return flow ? { type: 'removeFlow', id: flow.id } : null;
    default:
      return flow
        ? { type: 'updateFlow', flow: { id: flow.id, title: `${flow.title}!`, description: fresh } }
        : null;
  }
}

describe('flow operations, at random among the other edits', () => {
  it('any sequence leaves a valid dataset whose index answers for its flows, and undoing all gives back the start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(minimal, noFlows),
        operationChoices,
        fc.array(fc.nat(1000), { maxLength: 12 }),
        (start, picks, flowPicks) => {
          let dataset = start;
          let index = buildGraphIndex(start);
          const undo: Operation[] = [];
          picks.forEach((pick, i) => {
            const flowPick = flowPicks[i];
            const operation =
              flowPick !== undefined && flowPick % 2 === 0
                ? randomFlowOperation(dataset, flowPick >> 1, `flow-${i}`)
                : randomOperation(dataset, pick, `new-${i}`);
            const result = operation && tryOperation(dataset, operation);
            if (!operation || !result?.ok) return;
            expect(errorsOf(result.dataset)).toEqual([]);
            index = indexAfterOperation(index, operation, result.dataset);
            expect([...index.flowById.keys()]).toEqual(result.dataset.flows.map((f) => f.id));
            undo.push(result.inverse);
            dataset = result.dataset;
          });
          for (const inverse of undo.reverse()) dataset = applyOperation(dataset, inverse).dataset;
          expect(dataset).toEqual(start);
        },
      ),
      { numRuns: 150 },
    );
  });
});
