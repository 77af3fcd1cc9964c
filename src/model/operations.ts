// Named, pure edits of a dataset: each returns the new dataset and the operation that undoes it (so undo is free).
import type {
  Dataset,
  Evidence,
  Flow,
  FlowStep,
  GraphEdge,
  GraphNode,
  Position,
  SourceDocument,
  VocabularyFile,
} from './schema';
import { LINE_STYLES, NODE_SHAPES, NODE_TYPES, RELATION_FAMILIES, RELATION_TYPES } from './vocabulary';

/** The node, edge or flow step an evidence span belongs to. Step ids are unique only inside their flow. */
export type EvidenceOwnerRef =
  { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'step'; flowId: string; id: string };

/**
 * One edit. `at` is the index in its list (nodes, edges, a flow's steps, an owner's evidence) where an added item
 * goes, the end when left out; an inverse names it, so undoing puts things back where they were.
 */
export type Operation =
  | { type: 'addNode'; node: GraphNode; at?: number; position?: Position }
  | { type: 'updateNode'; node: GraphNode }
  | { type: 'removeNode'; id: string }
  | { type: 'addEdge'; edge: GraphEdge; at?: number }
  | { type: 'updateEdge'; edge: GraphEdge }
  | { type: 'removeEdge'; id: string }
  | { type: 'addEvidence'; owner: EvidenceOwnerRef; evidence: Evidence; at?: number }
  | { type: 'removeEvidence'; owner: EvidenceOwnerRef; at: number }
  | { type: 'addFlowStep'; flowId: string; step: FlowStep; at?: number }
  | { type: 'updateFlowStep'; flowId: string; step: FlowStep }
  | { type: 'removeFlowStep'; flowId: string; stepId: string }
  /** A whole flow with its steps (a flow needs one at least). */
  | { type: 'addFlow'; flow: Flow; at?: number }
  | { type: 'removeFlow'; id: string }
  /** The flow's own fields (title, description, threat areas) replaced by these; its steps stay as they are. */
  | { type: 'updateFlow'; flow: FlowFields }
  /** Several operations in order, as one: what undoes a removal that took other things with it. */
  | { type: 'batch'; operations: Operation[] }
  /** The dataset's own types, families and facet name, or none (the built-in ones) when left out. */
  | { type: 'setVocabulary'; vocabulary: VocabularyFile | undefined }
  /**
   * Another document of the dataset, with its text (texts live beside the dataset, in OpenDataset.texts: see
   * `textsAfterOperation`). Removed only while no evidence points into it.
   */
  | { type: 'addDocument'; document: SourceDocument; text: string; at?: number }
  | { type: 'removeDocument'; id: string };

/** A flow without its steps: what `updateFlow` changes. */
export type FlowFields = Omit<Flow, 'steps'>;

export interface AppliedOperation {
  dataset: Dataset;
  /** Applied to `dataset`, gives back a dataset deep-equal to the one the operation was applied to. */
  inverse: Operation;
}

export type OperationResult = ({ ok: true } & AppliedOperation) | { ok: false; problem: string };

/** An operation that does not fit the dataset (an unknown id, a duplicate, a dangling reference). */
export class OperationError extends Error {
  override name = 'OperationError';
}

/**
 * Applies an operation, or says why it cannot apply. Operations keep what `validateDataset` checks between the
 * parts of a dataset: ids unique (nodes and edges share one id space), every reference resolvable (an edge's
 * ends, a step's nodes and edges, with both ends of each edge it shows, threat areas), step orders distinct within a flow, and
 * no list the format needs non-empty left empty. Whether evidence matches the source text stays the validator's.
 */
export function tryOperation(
  dataset: Dataset,
  operation: Operation,
  texts?: ReadonlyMap<string, string>,
): OperationResult {
  const result = apply(dataset, operation, texts);
  return typeof result === 'string' ? { ok: false, problem: result } : { ok: true, ...result };
}

/** Applies an operation the caller knows fits (throws OperationError when it does not). */
export function applyOperation(
  dataset: Dataset,
  operation: Operation,
  texts?: ReadonlyMap<string, string>,
): AppliedOperation {
  const result = apply(dataset, operation, texts);
  if (typeof result === 'string') throw new OperationError(result);
  return result;
}

/** A problem, in words, or the applied operation. */
type Outcome = AppliedOperation | string;

/** `texts`: the documents' texts, which a removed document's inverse gives back (the dataset does not hold them). */
function apply(dataset: Dataset, op: Operation, texts?: ReadonlyMap<string, string>): Outcome {
  switch (op.type) {
    case 'addNode':
      return addNode(dataset, op.node, op.at, op.position);
    case 'updateNode':
      return updateNode(dataset, op.node);
    case 'removeNode':
      return removeNode(dataset, op.id);
    case 'addEdge':
      return addEdge(dataset, op.edge, op.at);
    case 'updateEdge':
      return updateEdge(dataset, op.edge);
    case 'removeEdge':
      return removeEdge(dataset, op.id);
    case 'addEvidence':
      return addEvidence(dataset, op.owner, op.evidence, op.at);
    case 'removeEvidence':
      return removeEvidence(dataset, op.owner, op.at);
    case 'addFlowStep':
      return addFlowStep(dataset, op.flowId, op.step, op.at);
    case 'updateFlowStep':
      return updateFlowStep(dataset, op.flowId, op.step);
    case 'removeFlowStep':
      return removeFlowStep(dataset, op.flowId, op.stepId);
    case 'addFlow':
      return addFlow(dataset, op.flow, op.at);
    case 'removeFlow':
      return removeFlow(dataset, op.id);
    case 'updateFlow':
      return updateFlow(dataset, op.flow);
    case 'batch':
      return batch(dataset, op.operations, texts);
    case 'setVocabulary':
      return setVocabulary(dataset, op.vocabulary);
    case 'addDocument':
      return addDocument(dataset, op.document, op.text, op.at);
    case 'removeDocument':
      return removeDocument(dataset, op.id, texts);
  }
}

// ---- lists, copied rather than changed: the dataset before an operation stays as it was -------------------

function insertAt<T>(list: readonly T[], item: T, at: number): T[] {
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function replaceAt<T>(list: readonly T[], at: number, item: T): T[] {
  return list.map((old, i) => (i === at ? item : old));
}

function removeAt<T>(list: readonly T[], at: number): T[] {
  return [...list.slice(0, at), ...list.slice(at + 1)];
}

/** Where an added item goes: `at`, or the end; undefined when `at` is outside the list. */
function insertionIndex(length: number, at: number | undefined): number | undefined {
  const index = at ?? length;
  return Number.isInteger(index) && index >= 0 && index <= length ? index : undefined;
}

/** A threat area an element is tagged with that the dataset does not define, as a problem. */
function areasProblem(dataset: Dataset, what: string, areas: readonly string[]): string | null {
  const unknown = areas.find((area) => !dataset.threatAreas.some((a) => a.id === area));
  return unknown === undefined
    ? null
    : `${what} is tagged with the threat area "${unknown}", which is not defined`;
}

/** One operation, or a batch when an undo needs several. */
function inOrder(operations: Operation[]): Operation {
  return operations.length === 1 ? (operations[0] as Operation) : { type: 'batch', operations };
}

// ---- nodes --------------------------------------------------------------------------------------------------

function addNode(dataset: Dataset, node: GraphNode, at?: number, position?: Position): Outcome {
  if (dataset.nodes.some((n) => n.id === node.id)) return `a node "${node.id}" already exists`;
  // Cytoscape keeps nodes and edges in one id space.
  if (dataset.edges.some((e) => e.id === node.id)) return `an edge already has the id "${node.id}"`;
  const unknownArea = areasProblem(dataset, `node "${node.id}"`, node.threatAreas);
  if (unknownArea) return unknownArea;
  const index = insertionIndex(dataset.nodes.length, at);
  if (index === undefined) return `no place ${at} among ${dataset.nodes.length} nodes`;
  const next: Dataset = { ...dataset, nodes: insertAt(dataset.nodes, node, index) };
  if (position) next.positions = { ...dataset.positions, [node.id]: position };
  return { dataset: next, inverse: { type: 'removeNode', id: node.id } };
}

function updateNode(dataset: Dataset, node: GraphNode): Outcome {
  const index = dataset.nodes.findIndex((n) => n.id === node.id);
  const old = dataset.nodes[index];
  if (!old) return `no node "${node.id}" to update`;
  const unknownArea = areasProblem(dataset, `node "${node.id}"`, node.threatAreas);
  if (unknownArea) return unknownArea;
  return {
    dataset: { ...dataset, nodes: replaceAt(dataset.nodes, index, node) },
    inverse: { type: 'updateNode', node: old },
  };
}

/** Removes a node with its edges, takes it and them out of the flow steps that show them, and drops its position. */
function removeNode(dataset: Dataset, id: string): Outcome {
  const index = dataset.nodes.findIndex((n) => n.id === id);
  const node = dataset.nodes[index];
  if (!node) return `no node "${id}" to remove`;

  const removedEdges: { edge: GraphEdge; at: number }[] = [];
  dataset.edges.forEach((edge, at) => {
    if (edge.source === id || edge.target === id) removedEdges.push({ edge, at });
  });
  const edgeIds = new Set(removedEdges.map(({ edge }) => edge.id));
  const { flows, restoreSteps } = withoutInSteps(dataset.flows, new Set([id]), edgeIds);

  const next: Dataset = {
    ...dataset,
    nodes: removeAt(dataset.nodes, index),
    edges: dataset.edges.filter((edge) => !edgeIds.has(edge.id)),
    flows,
  };
  const position = dataset.positions?.[id];
  if (dataset.positions && position) {
    const rest = Object.entries(dataset.positions).filter(([nodeId]) => nodeId !== id);
    // No positions left is no positions at all, as before the first node with one was added.
    if (rest.length > 0) next.positions = Object.fromEntries(rest);
    else delete next.positions;
  }
  return {
    dataset: next,
    inverse: inOrder([
      { type: 'addNode', node, at: index, ...(position ? { position } : {}) },
      // In ascending order of where they were, so each lands back in its place.
      ...removedEdges.map(({ edge, at }): Operation => ({ type: 'addEdge', edge, at })),
      ...restoreSteps,
    ]),
  };
}

/**
 * Flows with the given nodes and edges taken out of every step that shows them (the steps stay: the rest of the
 * story still happened), and the operations that put each changed step back as it was.
 */
function withoutInSteps(
  flows: readonly Flow[],
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): { flows: Flow[]; restoreSteps: Operation[] } {
  const restoreSteps: Operation[] = [];
  const next = flows.map((flow) => {
    let changed = false;
    const steps = flow.steps.map((step) => {
      if (!step.nodes.some((n) => nodeIds.has(n)) && !step.edges.some((e) => edgeIds.has(e))) return step;
      changed = true;
      restoreSteps.push({ type: 'updateFlowStep', flowId: flow.id, step });
      return {
        ...step,
        nodes: step.nodes.filter((n) => !nodeIds.has(n)),
        edges: step.edges.filter((e) => !edgeIds.has(e)),
      };
    });
    return changed ? { ...flow, steps } : flow;
  });
  return { flows: next, restoreSteps };
}

// ---- edges --------------------------------------------------------------------------------------------------

/** An end that is not a node, or an undefined threat area, as a problem. */
function endsProblem(dataset: Dataset, edge: GraphEdge): string | null {
  const unknownArea = areasProblem(dataset, `edge "${edge.id}"`, edge.threatAreas);
  if (unknownArea) return unknownArea;
  for (const end of [edge.source, edge.target]) {
    if (!dataset.nodes.some((n) => n.id === end))
      return `edge "${edge.id}" joins "${end}", which is not a node`;
  }
  return null;
}

/** A step that shows an edge shows both its ends (the tracer dims every other node). */
function missingEnd(step: FlowStep, edge: GraphEdge): string | undefined {
  return [edge.source, edge.target].find((end) => !step.nodes.includes(end));
}

function addEdge(dataset: Dataset, edge: GraphEdge, at?: number): Outcome {
  if (dataset.edges.some((e) => e.id === edge.id)) return `an edge "${edge.id}" already exists`;
  if (dataset.nodes.some((n) => n.id === edge.id)) return `a node already has the id "${edge.id}"`;
  const dangling = endsProblem(dataset, edge);
  if (dangling) return dangling;
  const index = insertionIndex(dataset.edges.length, at);
  if (index === undefined) return `no place ${at} among ${dataset.edges.length} edges`;
  return {
    dataset: { ...dataset, edges: insertAt(dataset.edges, edge, index) },
    inverse: { type: 'removeEdge', id: edge.id },
  };
}

function updateEdge(dataset: Dataset, edge: GraphEdge): Outcome {
  const index = dataset.edges.findIndex((e) => e.id === edge.id);
  const old = dataset.edges[index];
  if (!old) return `no edge "${edge.id}" to update`;
  const dangling = endsProblem(dataset, edge);
  if (dangling) return dangling;
  for (const flow of dataset.flows) {
    for (const step of flow.steps) {
      const end = step.edges.includes(edge.id) ? missingEnd(step, edge) : undefined;
      if (end)
        return `step "${step.id}" of flow "${flow.id}" shows edge "${edge.id}" but not its end "${end}"`;
    }
  }
  return {
    dataset: { ...dataset, edges: replaceAt(dataset.edges, index, edge) },
    inverse: { type: 'updateEdge', edge: old },
  };
}

/** Removes an edge and takes it out of the flow steps that show it. */
function removeEdge(dataset: Dataset, id: string): Outcome {
  const index = dataset.edges.findIndex((e) => e.id === id);
  const edge = dataset.edges[index];
  if (!edge) return `no edge "${id}" to remove`;
  const { flows, restoreSteps } = withoutInSteps(dataset.flows, new Set(), new Set([id]));
  return {
    dataset: { ...dataset, edges: removeAt(dataset.edges, index), flows },
    inverse: inOrder([{ type: 'addEdge', edge, at: index }, ...restoreSteps]),
  };
}

// ---- evidence -----------------------------------------------------------------------------------------------

function ownerName(owner: EvidenceOwnerRef): string {
  return owner.kind === 'step'
    ? `step "${owner.id}" of flow "${owner.flowId}"`
    : `${owner.kind} "${owner.id}"`;
}

/** The owner's evidence list passed through `change`, or a problem when there is no such owner. */
function withEvidence(
  dataset: Dataset,
  owner: EvidenceOwnerRef,
  change: (evidence: readonly Evidence[]) => Evidence[] | string,
): Dataset | string {
  const missing = `no ${ownerName(owner)} to hold the evidence`;
  if (owner.kind === 'node' || owner.kind === 'edge') {
    const list: readonly (GraphNode | GraphEdge)[] = owner.kind === 'node' ? dataset.nodes : dataset.edges;
    const index = list.findIndex((item) => item.id === owner.id);
    const item = list[index];
    if (!item) return missing;
    const evidence = change(item.evidence);
    if (typeof evidence === 'string') return evidence;
    return owner.kind === 'node'
      ? { ...dataset, nodes: replaceAt(dataset.nodes, index, { ...(item as GraphNode), evidence }) }
      : { ...dataset, edges: replaceAt(dataset.edges, index, { ...(item as GraphEdge), evidence }) };
  }
  const flowIndex = dataset.flows.findIndex((f) => f.id === owner.flowId);
  const flow = dataset.flows[flowIndex];
  const stepIndex = flow ? flow.steps.findIndex((s) => s.id === owner.id) : -1;
  const step = flow?.steps[stepIndex];
  if (!flow || !step) return missing;
  const evidence = change(step.evidence);
  if (typeof evidence === 'string') return evidence;
  const steps = replaceAt(flow.steps, stepIndex, { ...step, evidence });
  return { ...dataset, flows: replaceAt(dataset.flows, flowIndex, { ...flow, steps }) };
}

function addEvidence(dataset: Dataset, owner: EvidenceOwnerRef, evidence: Evidence, at?: number): Outcome {
  let index = 0;
  const next = withEvidence(dataset, owner, (list) => {
    const place = insertionIndex(list.length, at);
    if (place === undefined) return `no place ${at} among the ${list.length} spans of ${ownerName(owner)}`;
    index = place;
    return insertAt(list, evidence, place);
  });
  if (typeof next === 'string') return next;
  return { dataset: next, inverse: { type: 'removeEvidence', owner, at: index } };
}

function removeEvidence(dataset: Dataset, owner: EvidenceOwnerRef, at: number): Outcome {
  let removed: Evidence | undefined;
  const next = withEvidence(dataset, owner, (list) => {
    removed = list[at];
    if (!removed) return `${ownerName(owner)} has no evidence span ${at}`;
    // The format needs at least one span: everything in the graph rests on the text.
    if (list.length === 1) return `${ownerName(owner)} would be left without evidence`;
    return removeAt(list, at);
  });
  if (typeof next === 'string') return next;
  return { dataset: next, inverse: { type: 'addEvidence', owner, evidence: removed as Evidence, at } };
}

// ---- flow steps ---------------------------------------------------------------------------------------------

/** Whether a step fits its flow: what it shows exists (an edge with both ends), and its order is its own. */
function stepProblem(dataset: Dataset, flow: Flow, step: FlowStep): string | null {
  const missingNode = step.nodes.find((id) => !dataset.nodes.some((n) => n.id === id));
  if (missingNode) return `step "${step.id}" shows "${missingNode}", which is not a node`;
  for (const id of step.edges) {
    const edge = dataset.edges.find((e) => e.id === id);
    if (!edge) return `step "${step.id}" shows "${id}", which is not an edge`;
    const end = missingEnd(step, edge);
    if (end) return `step "${step.id}" shows edge "${id}" but not its end "${end}"`;
  }
  const sameOrder = flow.steps.find((other) => other.id !== step.id && other.order === step.order);
  if (sameOrder) return `step "${sameOrder.id}" of flow "${flow.id}" already has order ${step.order}`;
  return null;
}

function findFlow(dataset: Dataset, flowId: string): { flow: Flow; index: number } | undefined {
  const index = dataset.flows.findIndex((f) => f.id === flowId);
  const flow = dataset.flows[index];
  return flow && { flow, index };
}

function addFlowStep(dataset: Dataset, flowId: string, step: FlowStep, at?: number): Outcome {
  const found = findFlow(dataset, flowId);
  if (!found) return `no flow "${flowId}" to add a step to`;
  const { flow, index } = found;
  if (flow.steps.some((s) => s.id === step.id)) return `flow "${flowId}" already has a step "${step.id}"`;
  const misfit = stepProblem(dataset, flow, step);
  if (misfit) return misfit;
  const place = insertionIndex(flow.steps.length, at);
  if (place === undefined) return `no place ${at} among the ${flow.steps.length} steps of flow "${flowId}"`;
  const steps = insertAt(flow.steps, step, place);
  return {
    dataset: { ...dataset, flows: replaceAt(dataset.flows, index, { ...flow, steps }) },
    inverse: { type: 'removeFlowStep', flowId, stepId: step.id },
  };
}

function updateFlowStep(dataset: Dataset, flowId: string, step: FlowStep): Outcome {
  const found = findFlow(dataset, flowId);
  const stepIndex = found ? found.flow.steps.findIndex((s) => s.id === step.id) : -1;
  const old = found?.flow.steps[stepIndex];
  if (!found || !old) return `no step "${step.id}" in flow "${flowId}" to update`;
  const misfit = stepProblem(dataset, found.flow, step);
  if (misfit) return misfit;
  const steps = replaceAt(found.flow.steps, stepIndex, step);
  return {
    dataset: { ...dataset, flows: replaceAt(dataset.flows, found.index, { ...found.flow, steps }) },
    inverse: { type: 'updateFlowStep', flowId, step: old },
  };
}

function removeFlowStep(dataset: Dataset, flowId: string, stepId: string): Outcome {
  const found = findFlow(dataset, flowId);
  const stepIndex = found ? found.flow.steps.findIndex((s) => s.id === stepId) : -1;
  const step = found?.flow.steps[stepIndex];
  if (!found || !step) return `no step "${stepId}" in flow "${flowId}" to remove`;
  // The format needs at least one step in a flow.
  if (found.flow.steps.length === 1) return `flow "${flowId}" would be left without steps`;
  const steps = removeAt(found.flow.steps, stepIndex);
  return {
    dataset: { ...dataset, flows: replaceAt(dataset.flows, found.index, { ...found.flow, steps }) },
    inverse: { type: 'addFlowStep', flowId, step, at: stepIndex },
  };
}

// ---- flows -------------------------------------------------------------------------------------------------

/** Whether a whole flow fits: at least one step, step ids its own, each step fitting, threat areas defined. */
function flowProblem(dataset: Dataset, flow: Flow): string | null {
  if (flow.steps.length === 0) return `flow "${flow.id}" has no steps`;
  const unknownArea = areasProblem(dataset, `flow "${flow.id}"`, flow.threatAreas ?? []);
  if (unknownArea) return unknownArea;
  const seen = new Set<string>();
  for (const step of flow.steps) {
    if (seen.has(step.id)) return `flow "${flow.id}" has two steps "${step.id}"`;
    seen.add(step.id);
    const misfit = stepProblem(dataset, flow, step);
    if (misfit) return misfit;
  }
  return null;
}

function addFlow(dataset: Dataset, flow: Flow, at?: number): Outcome {
  if (findFlow(dataset, flow.id)) return `a flow "${flow.id}" already exists`;
  const misfit = flowProblem(dataset, flow);
  if (misfit) return misfit;
  const index = insertionIndex(dataset.flows.length, at);
  if (index === undefined) return `no place ${at} among ${dataset.flows.length} flows`;
  return {
    dataset: { ...dataset, flows: insertAt(dataset.flows, flow, index) },
    inverse: { type: 'removeFlow', id: flow.id },
  };
}

function removeFlow(dataset: Dataset, id: string): Outcome {
  const found = findFlow(dataset, id);
  if (!found) return `no flow "${id}" to remove`;
  return {
    dataset: { ...dataset, flows: removeAt(dataset.flows, found.index) },
    inverse: { type: 'addFlow', flow: found.flow, at: found.index },
  };
}

function updateFlow(dataset: Dataset, fields: FlowFields): Outcome {
  const found = findFlow(dataset, fields.id);
  if (!found) return `no flow "${fields.id}" to update`;
  const unknownArea = areasProblem(dataset, `flow "${fields.id}"`, fields.threatAreas ?? []);
  if (unknownArea) return unknownArea;
  // The old fields exactly, without the steps: a field the flow did not have stays absent after undo.
  const { steps, ...old } = found.flow;
  return {
    dataset: { ...dataset, flows: replaceAt(dataset.flows, found.index, { ...fields, steps }) },
    inverse: { type: 'updateFlow', flow: old },
  };
}

// ---- several as one -----------------------------------------------------------------------------------------

function batch(
  dataset: Dataset,
  operations: readonly Operation[],
  texts?: ReadonlyMap<string, string>,
): Outcome {
  let current = dataset;
  let currentTexts = texts;
  const inverses: Operation[] = [];
  for (const operation of operations) {
    const result = apply(current, operation, currentTexts);
    if (typeof result === 'string') return result;
    current = result.dataset;
    if (currentTexts) currentTexts = textsAfterOperation(currentTexts, operation);
    inverses.push(result.inverse);
  }
  // Undone last first.
  return { dataset: current, inverse: { type: 'batch', operations: inverses.reverse() } };
}

// ---- vocabulary ---------------------------------------------------------------------------------------------

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Ids that repeat, or are not slugs the format takes (schema.ts IdSchema), as a problem. */
function idsProblem(what: string, ids: readonly string[]): string | null {
  const bad = ids.find((id) => !SLUG.test(id) || id.length > 64);
  if (bad !== undefined) return `the ${what} id "${bad}" is not a lower-case slug of at most 64 characters`;
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  return repeated === undefined ? null : `two ${what}s have the id "${repeated}"`;
}

/** A label the format refuses (schema.ts: 1 to 60 characters), as a problem. */
function labelProblem(what: string, id: string, labels: readonly (string | undefined)[]): string | null {
  const bad = labels.find((label) => label !== undefined && (label.trim() === '' || label.length > 60));
  return bad === undefined ? null : `the ${what} "${id}" needs a name of 1 to 60 characters`;
}

/**
 * What `validateDataset` would refuse in a vocabulary with this dataset (checkVocabulary and the schema): a list
 * given empty, ids repeated or not slugs, labels empty or too long, colours not #rrggbb, unknown shapes or lines,
 * a relation type's family undeclared, and, above all, a type still used by a node or an edge that it leaves out.
 */
function vocabularyProblem(dataset: Dataset, vocabulary: VocabularyFile): string | null {
  const { nodeTypes, relationTypes, families } = vocabulary;
  for (const [what, list] of [
    ['node type', nodeTypes],
    ['relation type', relationTypes],
    ['family', families],
  ] as const) {
    if (list && list.length === 0) return `declare at least one ${what}, or none`;
    const ids = idsProblem(
      what,
      (list ?? []).map((t) => t.id),
    );
    if (ids) return ids;
  }
  for (const t of nodeTypes ?? []) {
    const problem = labelProblem('node type', t.id, [t.label, t.plural]);
    if (problem) return problem;
    if (t.colour !== undefined && !COLOUR.test(t.colour))
      return `the node type "${t.id}" has no #rrggbb colour`;
    if (t.shape !== undefined && !NODE_SHAPES.includes(t.shape))
      return `the node type "${t.id}" has no known shape`;
  }
  const familyIds = new Set<string>(families?.map((f) => f.id) ?? RELATION_FAMILIES);
  for (const t of [...(relationTypes ?? []), ...(families ?? [])]) {
    const problem = labelProblem('relation type or family', t.id, [t.label]);
    if (problem) return problem;
    if (t.colour !== undefined && !COLOUR.test(t.colour)) return `"${t.id}" has no #rrggbb colour`;
    if (t.line !== undefined && !LINE_STYLES.includes(t.line)) return `"${t.id}" has no known line style`;
  }
  for (const t of relationTypes ?? []) {
    if (t.family !== undefined && !familyIds.has(t.family))
      return `the relation type "${t.id}" is in the family "${t.family}", which is not declared`;
  }
  if (vocabulary.facet && labelProblem('facet', 'facet', [vocabulary.facet.label, vocabulary.facet.plural]))
    return 'the facet needs a name of 1 to 60 characters';
  // A type in use stays: removing it would leave its nodes or edges with a type the dataset does not have.
  const nodeTypeIds = new Set<string>(nodeTypes?.map((t) => t.id) ?? NODE_TYPES);
  const orphanNode = dataset.nodes.find((n) => !nodeTypeIds.has(n.type));
  if (orphanNode) return `node "${orphanNode.id}" is of the type "${orphanNode.type}", which would be gone`;
  const relationTypeIds = new Set<string>(relationTypes?.map((t) => t.id) ?? RELATION_TYPES);
  const orphanEdge = dataset.edges.find((e) => !relationTypeIds.has(e.type));
  if (orphanEdge) return `edge "${orphanEdge.id}" is of the type "${orphanEdge.type}", which would be gone`;
  return null;
}

/** Replaces the dataset's vocabulary (or takes it out, back to the built-in one); undone by the one before. */
function setVocabulary(dataset: Dataset, vocabulary: VocabularyFile | undefined): Outcome {
  if (vocabulary) {
    const problem = vocabularyProblem(dataset, vocabulary);
    if (problem) return problem;
  }
  const next: Dataset = { ...dataset };
  if (vocabulary) next.vocabulary = vocabulary;
  else delete next.vocabulary;
  return { dataset: next, inverse: { type: 'setVocabulary', vocabulary: dataset.vocabulary } };
}

// ---- documents ----------------------------------------------------------------------------------------------

/**
 * The documents' texts after an operation that fits (`tryOperation` said so): a document added brings its text,
 * one removed takes its text away; every other operation leaves them as they are (the same map).
 */
export function textsAfterOperation(
  texts: ReadonlyMap<string, string>,
  operation: Operation,
): ReadonlyMap<string, string> {
  switch (operation.type) {
    case 'addDocument':
      return new Map(texts).set(operation.document.id, operation.text);
    case 'removeDocument': {
      const next = new Map(texts);
      next.delete(operation.id);
      return next;
    }
    case 'batch':
      return operation.operations.reduce(textsAfterOperation, texts);
    default:
      return texts;
  }
}

/** A path the validator takes (isSafeSourcePath): a relative name inside the dataset's folder. */
const SAFE_PATH = (path: string) =>
  path !== '' && !/^[/\\]|^[a-z][a-z0-9+.-]*:|\\|(^|\/)\.\.(\/|$)/i.test(path);

function addDocument(dataset: Dataset, document: SourceDocument, text: string, at?: number): Outcome {
  if (!SLUG.test(document.id) || document.id.length > 64)
    return `the document id "${document.id}" is not a lower-case slug of at most 64 characters`;
  if (dataset.documents.some((d) => d.id === document.id))
    return `a document "${document.id}" already exists`;
  if (document.title.trim() === '') return `document "${document.id}" needs a title`;
  if (!SAFE_PATH(document.path)) return `document "${document.id}" has no file name inside the dataset`;
  if (dataset.documents.some((d) => d.path === document.path))
    return `a document already has the file name "${document.path}"`;
  if (text.trim() === '') return `document "${document.id}" has no text`;
  const index = insertionIndex(dataset.documents.length, at);
  if (index === undefined) return `no place ${at} among ${dataset.documents.length} documents`;
  return {
    dataset: { ...dataset, documents: insertAt(dataset.documents, document, index) },
    inverse: { type: 'removeDocument', id: document.id },
  };
}

/** Whether any evidence (of a node, an edge or a flow step) is in the document. */
function quotedIn(dataset: Dataset, id: string): number {
  const inIt = (evidence: readonly Evidence[]) => evidence.filter((e) => e.document === id).length;
  return (
    dataset.nodes.reduce((n, node) => n + inIt(node.evidence), 0) +
    dataset.edges.reduce((n, edge) => n + inIt(edge.evidence), 0) +
    dataset.flows.reduce((n, flow) => n + flow.steps.reduce((m, step) => m + inIt(step.evidence), 0), 0)
  );
}

function removeDocument(dataset: Dataset, id: string, texts?: ReadonlyMap<string, string>): Outcome {
  const index = dataset.documents.findIndex((d) => d.id === id);
  const document = dataset.documents[index];
  if (!document) return `no document "${id}" to remove`;
  // The format needs at least one document: everything rests on a text.
  if (dataset.documents.length === 1) return `document "${id}" is the dataset's only document`;
  const quoted = quotedIn(dataset, id);
  if (quoted > 0)
    return `${quoted} passage${quoted === 1 ? ' of evidence is' : 's of evidence are'} in document "${id}"`;
  const text = texts?.get(id);
  // Without its text, the removal could not be undone.
  if (text === undefined) return `the text of document "${id}" is not at hand`;
  return {
    dataset: { ...dataset, documents: removeAt(dataset.documents, index) },
    inverse: { type: 'addDocument', document, text, at: index },
  };
}
