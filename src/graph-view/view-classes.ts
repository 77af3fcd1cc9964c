// The app's view state -> classes on Cytoscape elements, applied in one batch; elements are never rebuilt for it.
import type { Core } from 'cytoscape';
import type { IdSets } from '../model/query';
import type { ViewClass } from './stylesheet';

export type { IdSets };

export interface CanvasView {
  /** What filters and focus leave visible. */
  visible: IdSets;
  selectedId: string | null;
  /** The selection and its direct connections; everything else fades while something is selected. */
  neighbourhood: IdSets | null;
  trace: { current: IdSets; earlier: IdSets; later: IdSets } | null;
  path: IdSets | null;
  searchHits: ReadonlySet<string>;
}

function has(sets: IdSets | null, id: string, isNode: boolean): boolean {
  if (!sets) return false;
  return isNode ? sets.nodeIds.has(id) : sets.edgeIds.has(id);
}

/** The classes one element should carry; pure, so it can be tested without a canvas. */
export function classesFor(id: string, isNode: boolean, view: CanvasView): ViewClass[] {
  const classes: ViewClass[] = [];
  if (!has(view.visible, id, isNode)) classes.push('hidden');
  if (view.selectedId === id) classes.push('selected-element');
  if (view.searchHits.has(id)) classes.push('search-hit');
  const onPath = has(view.path, id, isNode);
  if (onPath) classes.push('on-path');

  const inCurrentStep = view.trace !== null && has(view.trace.current, id, isNode);
  if (view.trace) {
    if (inCurrentStep) classes.push('flow-current');
    else if (has(view.trace.earlier, id, isNode)) classes.push('flow-earlier');
    else classes.push('flow-later');
    if (!isNode) classes.push('handoff');
  }
  // A selection or a path fades the rest, except the traced step: the story is what the user is following.
  if (view.neighbourhood) {
    if (has(view.neighbourhood, id, isNode)) {
      if (view.selectedId !== id) classes.push('neighbour');
    } else if (!onPath && !inCurrentStep) classes.push('faded');
  } else if (view.path && !onPath && !inCurrentStep) {
    classes.push('faded');
  }
  return classes;
}

export function applyView(cy: Core, view: CanvasView): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.classes(classesFor(node.id(), true, view));
    });
    cy.edges().forEach((edge) => {
      edge.classes(classesFor(edge.id(), false, view));
    });
  });
}
