// What the store's state means for one open dataset: what is shown, highlighted, on the path and in the trace.
import type { GraphIndex } from '../model/graph-index';
import {
  describePath,
  neighbourhood,
  shortestPath,
  visibleElements,
  type IdSets,
  type PathHop,
} from '../model/query';
import { stepState, type FlowStepState } from '../model/flow';
import type { Flow } from '../model/schema';
import type { Filters, ViewState } from './view-state';

export interface DerivedView {
  /** What filters and focus leave on screen. */
  visible: IdSets;
  /** The selection and its direct connections among what is visible (null when nothing is selected). */
  highlighted: IdSets | null;
  /** The path between the chosen ends, or null when either end is unset; `found` false when none exists. */
  path: { found: boolean; ids: IdSets; hops: PathHop[] } | null;
  trace: { flow: Flow; state: FlowStepState } | null;
}

function visibleOf(state: ViewState, index: GraphIndex): IdSets {
  const filtered = visibleElements(index, state.filters);
  return state.focus ? neighbourhood(index, state.focus.nodeId, state.focus.depth, filtered) : filtered;
}

function highlightedOf(state: ViewState, index: GraphIndex, visible: IdSets): IdSets | null {
  const sel = state.selection;
  if (sel?.kind === 'node') return neighbourhood(index, sel.id, 1, visible);
  if (sel?.kind === 'edge') {
    const edge = index.edgeById.get(sel.id);
    if (edge) return { nodeIds: new Set([edge.source, edge.target]), edgeIds: new Set([edge.id]) };
  }
  return null;
}

function pathOf(state: ViewState, index: GraphIndex, visible: IdSets): DerivedView['path'] {
  if (!state.path.from || !state.path.to) return null;
  const found = shortestPath(index, state.path.from, state.path.to, { allowed: visible });
  return found
    ? {
        found: true,
        ids: { nodeIds: new Set(found.nodeIds), edgeIds: new Set(found.edgeIds) },
        hops: describePath(index, found),
      }
    : { found: false, ids: { nodeIds: new Set(), edgeIds: new Set() }, hops: [] };
}

function traceOf(state: ViewState, index: GraphIndex): DerivedView['trace'] {
  if (!state.trace) return null;
  const flow = index.flowById.get(state.trace.flowId);
  const stepAt = flow && stepState(flow, state.trace.step);
  return flow && stepAt ? { flow, state: stepAt } : null;
}

export function deriveView(state: ViewState, index: GraphIndex): DerivedView {
  const visible = visibleOf(state, index);
  return {
    visible,
    highlighted: highlightedOf(state, index, visible),
    path: pathOf(state, index, visible),
    trace: traceOf(state, index),
  };
}

/** A view derived earlier, from which the next one is derived. */
export interface Derivation {
  state: ViewState;
  index: GraphIndex;
  derived: DerivedView;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
const sameFilters = (a: Filters, b: Filters) =>
  sameList(a.threatAreas, b.threatAreas) &&
  sameList(a.nodeTypes, b.nodeTypes) &&
  sameList(a.relationTypes, b.relationTypes);

/**
 * deriveView, reusing each part of the previous derivation whose inputs did not change, and the whole previous
 * object when nothing did. A click changes only the selection: what is visible (a walk over every element on a
 * large graph), the path and the trace stay as they were, and so does their identity, which is how the canvas
 * and the panels that read them know they have nothing to redo.
 */
export function deriveViewFrom(prev: Derivation | null, state: ViewState, index: GraphIndex): DerivedView {
  if (!prev || prev.index !== index) return deriveView(state, index);
  const before = prev.state;
  const old = prev.derived;
  const visible =
    sameFilters(before.filters, state.filters) &&
    before.focus?.nodeId === state.focus?.nodeId &&
    before.focus?.depth === state.focus?.depth
      ? old.visible
      : visibleOf(state, index);
  const sameVisible = visible === old.visible;
  const highlighted =
    sameVisible &&
    before.selection?.kind === state.selection?.kind &&
    before.selection?.id === state.selection?.id
      ? old.highlighted
      : highlightedOf(state, index, visible);
  const path =
    sameVisible && before.path.from === state.path.from && before.path.to === state.path.to
      ? old.path
      : pathOf(state, index, visible);
  const trace =
    before.trace?.flowId === state.trace?.flowId && before.trace?.step === state.trace?.step
      ? old.trace
      : traceOf(state, index);
  if (sameVisible && highlighted === old.highlighted && path === old.path && trace === old.trace) return old;
  return { visible, highlighted, path, trace };
}
