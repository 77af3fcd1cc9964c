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
import type { ViewState } from './view-state';

export interface DerivedView {
  /** What filters and focus leave on screen. */
  visible: IdSets;
  /** The selection and its direct connections among what is visible (null when nothing is selected). */
  highlighted: IdSets | null;
  /** The path between the chosen ends, or null when either end is unset; `found` false when none exists. */
  path: { found: boolean; ids: IdSets; hops: PathHop[] } | null;
  trace: { flow: Flow; state: FlowStepState } | null;
}

export function deriveView(state: ViewState, index: GraphIndex): DerivedView {
  const filtered = visibleElements(index, state.filters);
  let visible: IdSets = filtered;
  if (state.focus) {
    const around = neighbourhood(index, state.focus.nodeId, state.focus.depth, filtered);
    visible = around;
  }

  let highlighted: IdSets | null = null;
  const sel = state.selection;
  if (sel?.kind === 'node') {
    highlighted = neighbourhood(index, sel.id, 1, visible);
  } else if (sel?.kind === 'edge') {
    const edge = index.edgeById.get(sel.id);
    if (edge) highlighted = { nodeIds: new Set([edge.source, edge.target]), edgeIds: new Set([edge.id]) };
  }

  let path: DerivedView['path'] = null;
  if (state.path.from && state.path.to) {
    const found = shortestPath(index, state.path.from, state.path.to, { allowed: visible });
    path = found
      ? {
          found: true,
          ids: { nodeIds: new Set(found.nodeIds), edgeIds: new Set(found.edgeIds) },
          hops: describePath(index, found),
        }
      : { found: false, ids: { nodeIds: new Set(), edgeIds: new Set() }, hops: [] };
  }

  let trace: DerivedView['trace'] = null;
  if (state.trace) {
    const flow = index.flowById.get(state.trace.flowId);
    const stepAt = flow && stepState(flow, state.trace.step);
    if (flow && stepAt) trace = { flow, state: stepAt };
  }

  return { visible, highlighted, path, trace };
}
