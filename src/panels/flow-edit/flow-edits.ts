// The edits the flow builder makes, as named operations: a step from the selected relation or entity, a step
// edited, moved or removed, a flow renamed or deleted. Pure, so what a button does is tested without a page.
import { sortedSteps } from '../../model/flow';
import type { FlowFields, Operation } from '../../model/operations';
import type { Dataset, Evidence, Flow, FlowStep, GraphEdge, GraphNode } from '../../model/schema';
import type { Edit } from '../edit/edits';
import { slugOf } from '../edit/new-ids';

/** What a new step shows and rests on, before the user names it. */
export interface StepDraft {
  title: string;
  nodes: string[];
  edges: string[];
  evidence: Evidence;
  /** Where the passage comes from: the words selected in the reader, or the element's own first passage. */
  passage: 'reader' | 'element';
}

/** The title a step on an edge reads as: "MI6 passes the email to MI5" (source, relation, target). */
export function edgeStepTitle(edge: GraphEdge, name: (nodeId: string) => string): string {
  return `${name(edge.source)} ${edge.label} ${name(edge.target)}`;
}

/**
 * A step on the selected edge (its two ends, the edge) or node (the node alone), resting on the words selected in
 * the reader when there are any, or else on the element's first passage found in the text (its first at all when
 * none was found: the step still says what it rests on).
 */
export function stepDraftOf(
  dataset: Pick<Dataset, 'nodes'>,
  element: { kind: 'edge'; edge: GraphEdge } | { kind: 'node'; node: GraphNode },
  selected: Evidence | null,
): StepDraft {
  const own = element.kind === 'edge' ? element.edge.evidence : element.node.evidence;
  const ownPassage = own.find((e) => !e.orphan) ?? (own[0] as Evidence);
  const evidence = selected ?? ownPassage;
  const passage = selected ? 'reader' : 'element';
  if (element.kind === 'node') {
    return { title: element.node.label, nodes: [element.node.id], edges: [], evidence, passage };
  }
  const { edge } = element;
  const name = (id: string) => dataset.nodes.find((n) => n.id === id)?.label ?? id;
  // A relation from a node to itself shows that node once.
  const nodes = edge.source === edge.target ? [edge.source] : [edge.source, edge.target];
  return { title: edgeStepTitle(edge, name), nodes, edges: [edge.id], evidence, passage };
}

/** A step id its flow does not have yet: "step-1", "step-2"... */
function freshStepId(flow: Flow | undefined): string {
  const taken = new Set(flow?.steps.map((s) => s.id));
  for (let n = (flow?.steps.length ?? 0) + 1; ; n++) if (!taken.has(`step-${n}`)) return `step-${n}`;
}

/** A flow id no flow has yet, from its title ("the-lead", "the-lead-2"...). */
export function freshFlowId(dataset: Pick<Dataset, 'flows'>, title: string): string {
  const taken = new Set(dataset.flows.map((f) => f.id));
  // "constructor" is never an id (the canvas library finds ids in plain objects).
  taken.add('constructor');
  const base = slugOf(title, 'flow');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function stepFrom(
  draft: StepDraft,
  fields: { title: string; summary: string },
  id: string,
  order: number,
): FlowStep {
  return {
    id,
    order,
    title: fields.title.trim(),
    summary: fields.summary.trim(),
    nodes: draft.nodes,
    edges: draft.edges,
    evidence: [draft.evidence],
  };
}

/**
 * A step appended to `flow` (after its last step), or, for a flow not made yet (`flow` is a title), the flow
 * with this step as its first: a flow needs one step at least, so a new one is made with its first step.
 */
export function addStep(
  dataset: Pick<Dataset, 'flows'>,
  flow: Flow | { title: string },
  draft: StepDraft,
  fields: { title: string; summary: string },
): Edit & { flowId: string } {
  if ('id' in flow) {
    const order = Math.max(0, ...flow.steps.map((s) => s.order)) + 1;
    const step = stepFrom(draft, fields, freshStepId(flow), order);
    return {
      flowId: flow.id,
      operation: { type: 'addFlowStep', flowId: flow.id, step },
      label: `add step ${flow.steps.length + 1} to “${flow.title}”`,
    };
  }
  const title = flow.title.trim();
  const id = freshFlowId(dataset, title);
  const made: Flow = { id, title, steps: [stepFrom(draft, fields, freshStepId(undefined), 1)] };
  return { flowId: id, operation: { type: 'addFlow', flow: made }, label: `add flow “${title}” with step 1` };
}

/** The step at `n` (1-based, in story order). */
function stepAt(flow: Flow, n: number): FlowStep | undefined {
  return sortedSteps(flow)[n - 1];
}

export function editStep(flow: Flow, n: number, fields: { title: string; summary: string }): Edit | null {
  const step = stepAt(flow, n);
  if (!step) return null;
  return {
    operation: {
      type: 'updateFlowStep',
      flowId: flow.id,
      step: { ...step, title: fields.title.trim(), summary: fields.summary.trim() },
    },
    label: `edit step ${n} of “${flow.title}”`,
  };
}

/** Step n taken out; the flow's only step takes the flow with it (a flow needs one step at least). */
export function removeStep(flow: Flow, n: number): Edit | null {
  const step = stepAt(flow, n);
  if (!step) return null;
  if (flow.steps.length === 1) return deleteFlow(flow);
  return {
    operation: { type: 'removeFlowStep', flowId: flow.id, stepId: step.id },
    label: `remove step ${n} from “${flow.title}”`,
  };
}

/**
 * Step n moved one place earlier (-1) or later (+1): it and its neighbour swap orders. Orders are distinct within
 * a flow at every moment, so the swap goes through an order no step has, all in one batch: one Undo.
 */
export function moveStep(flow: Flow, n: number, by: -1 | 1): Edit | null {
  const steps = sortedSteps(flow);
  const step = steps[n - 1];
  const other = steps[n - 1 + by];
  if (!step || !other) return null;
  const spare = Math.max(...steps.map((s) => s.order)) + 1;
  const operations: Operation[] = [
    { type: 'updateFlowStep', flowId: flow.id, step: { ...step, order: spare } },
    { type: 'updateFlowStep', flowId: flow.id, step: { ...other, order: step.order } },
    { type: 'updateFlowStep', flowId: flow.id, step: { ...step, order: other.order } },
  ];
  return {
    operation: { type: 'batch', operations },
    label: `move step ${n} ${by < 0 ? 'earlier' : 'later'} in “${flow.title}”`,
  };
}

export function renameFlow(flow: Flow, fields: { title: string; description: string }): Edit {
  const { steps: _steps, description: _description, ...rest } = flow;
  const description = fields.description.trim();
  const next: FlowFields = { ...rest, title: fields.title.trim(), ...(description ? { description } : {}) };
  return { operation: { type: 'updateFlow', flow: next }, label: `rename flow “${flow.title}”` };
}

export function deleteFlow(flow: Flow): Edit {
  return { operation: { type: 'removeFlow', id: flow.id }, label: `delete flow “${flow.title}”` };
}
