// Flow steps: their order, what is current, earlier and later at step k, and numbered hand-offs.
import type { GraphIndex } from './graph-index';
import type { Flow, FlowStep } from './schema';
import type { RelationType } from './vocabulary';

/** The flow's steps in story order (by `order`; equal orders keep their place in the file). */
export function sortedSteps(flow: Flow): FlowStep[] {
  return [...flow.steps].sort((a, b) => a.order - b.order);
}

/** A step index the flow has: whole, at least 0, at most the last step. */
export function clampStep(flow: Flow, k: number): number {
  const last = flow.steps.length - 1;
  if (last < 0 || Number.isNaN(k)) return 0;
  return Math.min(last, Math.max(0, Math.trunc(k)));
}

export interface FlowStepState {
  /** The step index actually shown, after clamping. */
  readonly index: number;
  readonly current: FlowStep;
  readonly currentNodeIds: ReadonlySet<string>;
  readonly currentEdgeIds: ReadonlySet<string>;
  /** In some step before the current one, and not in the current one. */
  readonly earlierNodeIds: ReadonlySet<string>;
  readonly earlierEdgeIds: ReadonlySet<string>;
  /** Only in steps after the current one: not yet part of the story. */
  readonly laterNodeIds: ReadonlySet<string>;
  readonly laterEdgeIds: ReadonlySet<string>;
}

/**
 * What the canvas shows at step k (0-based, clamped): the current step's elements, the ones earlier steps
 * brought in (which stay visible, dimmed), and the ones still to come. Each id is in exactly one of the three.
 * Undefined only for a flow without steps, which validation rejects.
 */
export function stepState(flow: Flow, k: number): FlowStepState | undefined {
  const steps = sortedSteps(flow);
  const index = clampStep(flow, k);
  const current = steps[index];
  if (!current) return undefined;

  const currentNodeIds = new Set(current.nodes);
  const currentEdgeIds = new Set(current.edges);
  const earlierNodeIds = new Set<string>();
  const earlierEdgeIds = new Set<string>();
  const laterNodeIds = new Set<string>();
  const laterEdgeIds = new Set<string>();
  steps.forEach((step, i) => {
    if (i === index) return;
    const [nodes, edges] = i < index ? [earlierNodeIds, earlierEdgeIds] : [laterNodeIds, laterEdgeIds];
    for (const id of step.nodes) if (!currentNodeIds.has(id)) nodes.add(id);
    for (const id of step.edges) if (!currentEdgeIds.has(id)) edges.add(id);
  });
  for (const id of earlierNodeIds) laterNodeIds.delete(id);
  for (const id of earlierEdgeIds) laterEdgeIds.delete(id);
  return {
    index,
    current,
    currentNodeIds,
    currentEdgeIds,
    earlierNodeIds,
    earlierEdgeIds,
    laterNodeIds,
    laterEdgeIds,
  };
}

/**
 * A hand-off is information passing from one party to another: intelligence passed on, a report back (a source
 * telling their officer what they learnt), an item carrying information handed over. These are the relation types
 * drawn as "Information passed on". `provides` is not one: its target is what is passed, not who receives it.
 */
export const HAND_OFF_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'passes_intelligence_to',
  'reports_to',
  'hands_over',
]);

/**
 * Whether a relation is a hand-off: one of the built-in hand-off types, or, where a dataset declares relation types
 * of its own, one of the "intelligence" family (what the legend calls "Information passed on"). The built-in
 * family also holds `provides`, which is not a hand-off, hence the built-in list for the built-in types.
 */
export function isHandOff(edge: { type: string }, index: GraphIndex): boolean {
  if (HAND_OFF_TYPES.has(edge.type)) return true;
  const ownTypes = index.dataset.vocabulary?.relationTypes !== undefined;
  return ownTypes && index.vocabulary.relationType(edge.type).family === 'intelligence';
}

/**
 * Numbers 1, 2, 3 … for the flow's hand-offs in story order: by step and, within a step, in the order the step
 * lists its edges. An edge that hands off in several steps gets several numbers ("2, 5").
 */
export function handOffNumbers(flow: Flow, index: GraphIndex): Map<string, number[]> {
  const numbers = new Map<string, number[]>();
  let next = 1;
  for (const step of sortedSteps(flow)) {
    // An edge listed twice in one step is still one hand-off.
    for (const edgeId of new Set(step.edges)) {
      const edge = index.edgeById.get(edgeId);
      if (!edge || !isHandOff(edge, index)) continue;
      const list = numbers.get(edgeId);
      if (list) list.push(next);
      else numbers.set(edgeId, [next]);
      next++;
    }
  }
  return numbers;
}
