// Random edits of a dataset for property tests: each picks existing ids from the dataset as it is at that moment.
import fc from 'fast-check';
import type { EvidenceOwnerRef, Operation } from '../../../src/model/operations';
import type { Dataset, Evidence, FlowStep } from '../../../src/model/schema';

/** Four numbers that pick an edit and what it edits. */
export type OperationChoice = readonly [kind: number, a: number, b: number, c: number];

/** One random edit of `dataset`, chosen by four numbers; `fresh` is an id nothing has yet. */
export function randomOperation(
  dataset: Dataset,
  [kind, a, b, c]: OperationChoice,
  fresh: string,
): Operation | null {
  const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];
  const node = pick(dataset.nodes, a);
  const other = pick(dataset.nodes, b);
  const edge = pick(dataset.edges, a);
  const flow = pick(dataset.flows, a);
  const step = flow && pick(flow.steps, b);
  const spans = [...dataset.nodes, ...dataset.edges].flatMap((item) => item.evidence);
  const span = pick(spans, c) as Evidence;
  const owners: EvidenceOwnerRef[] = [
    ...dataset.nodes.map((n): EvidenceOwnerRef => ({ kind: 'node', id: n.id })),
    ...dataset.edges.map((e): EvidenceOwnerRef => ({ kind: 'edge', id: e.id })),
    ...dataset.flows.flatMap((f) =>
      f.steps.map((s): EvidenceOwnerRef => ({ kind: 'step', flowId: f.id, id: s.id })),
    ),
  ];
  const owner = pick(owners, b);
  switch (kind % 11) {
    case 0:
      return node
        ? {
            type: 'addNode',
            node: { ...node, id: fresh, label: `Copy of ${node.label}` },
            at: b % (dataset.nodes.length + 1),
            ...(c % 2 ? { position: { x: a, y: b } } : {}),
          }
        : null;
    case 1:
      return node ? { type: 'updateNode', node: { ...node, summary: `${node.summary} (edited)` } } : null;
    case 2:
      return node ? { type: 'removeNode', id: node.id } : null;
    case 3:
      // At the end half the time: the index updates in place then, and rebuilds otherwise.
      return node && other
        ? {
            type: 'addEdge',
            edge: {
              id: fresh,
              source: node.id,
              target: other.id,
              type: 'works_with',
              label: 'works with',
              threatAreas: c % 3 ? [] : ['cyber', 'espionage'].slice(0, (c % 2) + 1),
              evidence: [span, span].slice(0, (c % 2) + 1),
            },
            ...(c % 2 ? { at: a % (dataset.edges.length + 1) } : {}),
          }
        : null;
    case 4:
      return edge && other
        ? {
            type: 'updateEdge',
            edge: { ...edge, label: `${edge.label} again`, target: c % 2 ? other.id : edge.target },
          }
        : null;
    case 5:
      return edge ? { type: 'removeEdge', id: edge.id } : null;
    case 6:
      return owner ? { type: 'addEvidence', owner, evidence: span, at: c % 3 } : null;
    case 7:
      return owner ? { type: 'removeEvidence', owner, at: c % 3 } : null;
    case 8: {
      if (!flow || !node) return null;
      const order = Math.max(0, ...flow.steps.map((s) => s.order)) + 1;
      const newStep: FlowStep = {
        id: fresh,
        order,
        title: 'A new step',
        summary: '',
        nodes: [node.id],
        edges: [],
        evidence: [span],
      };
      return { type: 'addFlowStep', flowId: flow.id, step: newStep, at: c % (flow.steps.length + 1) };
    }
    case 9:
      return flow && step
        ? { type: 'updateFlowStep', flowId: flow.id, step: { ...step, title: `${step.title}!` } }
        : null;
    default:
      return flow && step ? { type: 'removeFlowStep', flowId: flow.id, stepId: step.id } : null;
  }
}

/** Up to twelve edits' worth of numbers for randomOperation. */
export const operationChoices = fc.array(fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(1000)), {
  maxLength: 12,
});
