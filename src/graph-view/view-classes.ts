// The app's view state -> classes on Cytoscape elements: a pure function per element, and applying only what
// changed between two views, in one batch; elements are never rebuilt for it.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { IdSets } from '../model/query';
import type { ViewClass } from './stylesheet';

export type { IdSets };

export interface CanvasView {
  /** What filters and focus leave visible. */
  visible: IdSets;
  selectedId: string | null;
  /** The selection and its direct connections; everything else fades while something is selected. */
  neighbourhood: IdSets | null;
  /**
   * Whether a selection fades everything outside its neighbourhood (the default). A large graph does not: fading
   * restyles every element, seconds at 5,000 entities, for a click (see level-of-detail.ts).
   */
  fadeUnrelated?: boolean;
  trace: { current: IdSets; earlier: IdSets; later: IdSets } | null;
  path: IdSets | null;
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
    } else if (!onPath && !inCurrentStep && view.fadeUnrelated !== false) classes.push('faded');
  } else if (view.path && !onPath && !inCurrentStep) {
    classes.push('faded');
  }
  return classes;
}

/** Adds to `into` the ids in one set and not the other. */
function addDifference(into: Set<string>, a: ReadonlySet<string>, b: ReadonlySet<string>): void {
  if (a === b) return;
  let missing = 0;
  for (const id of a) {
    if (b.has(id)) continue;
    into.add(id);
    missing++;
  }
  // Equal sizes and nothing of `a` missing from `b`: the sets are equal (the store derives equal sets anew after
  // most changes), so the second pass can be skipped.
  if (missing === 0 && a.size === b.size) return;
  for (const id of b) if (!a.has(id)) into.add(id);
}

function addIdSetsDifference(into: { nodeIds: Set<string>; edgeIds: Set<string> }, a: IdSets, b: IdSets) {
  addDifference(into.nodeIds, a.nodeIds, b.nodeIds);
  addDifference(into.edgeIds, a.edgeIds, b.edgeIds);
}

/**
 * The elements whose classes can differ between two views: 'all' when a selection (if it fades the rest), a path
 * or a trace starts or ends (each fades or dims everything else), otherwise the ids whose membership of some set
 * changed. An element
 * in none of those keeps its classes, because classesFor reads nothing else. Pure.
 */
export function elementsToRecheck(prev: CanvasView, next: CanvasView): 'all' | IdSets {
  const fades = prev.fadeUnrelated !== false;
  if (
    fades !== (next.fadeUnrelated !== false) ||
    // Without fading, a path still fades the rest while nothing is selected: a selection starting or ending over
    // a path changes everything.
    ((fades || prev.path !== null || next.path !== null) &&
      (prev.neighbourhood === null) !== (next.neighbourhood === null)) ||
    (prev.path === null) !== (next.path === null) ||
    (prev.trace === null) !== (next.trace === null)
  )
    return 'all';
  const changed = { nodeIds: new Set<string>(), edgeIds: new Set<string>() };
  addIdSetsDifference(changed, prev.visible, next.visible);
  if (prev.selectedId !== next.selectedId) {
    // An id could name a node or an edge: look at both.
    for (const id of [prev.selectedId, next.selectedId]) {
      if (id === null) continue;
      changed.nodeIds.add(id);
      changed.edgeIds.add(id);
    }
  }
  if (prev.neighbourhood && next.neighbourhood)
    addIdSetsDifference(changed, prev.neighbourhood, next.neighbourhood);
  else {
    // Without fading, a selection starting or ending changes its neighbourhood's classes only.
    for (const hood of [prev.neighbourhood, next.neighbourhood]) {
      if (!hood) continue;
      for (const id of hood.nodeIds) changed.nodeIds.add(id);
      for (const id of hood.edgeIds) changed.edgeIds.add(id);
    }
  }
  if (prev.path && next.path) addIdSetsDifference(changed, prev.path, next.path);
  if (prev.trace && next.trace) {
    addIdSetsDifference(changed, prev.trace.current, next.trace.current);
    addIdSetsDifference(changed, prev.trace.earlier, next.trace.earlier);
    addIdSetsDifference(changed, prev.trace.later, next.trace.later);
  }
  return changed;
}

function sameClasses(a: readonly ViewClass[], b: readonly ViewClass[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** Ids of nodes and of edges, mutable: the elements whose fading waits for the next frame. */
export interface PendingFade {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

/** Whether two class lists differ only by 'faded'. */
function onlyFadeDiffers(a: readonly ViewClass[], b: readonly ViewClass[]): boolean {
  const without = (list: readonly ViewClass[]) => list.filter((c) => c !== 'faded');
  return sameClasses(without(a), without(b));
}

/**
 * Puts the classes of `next` on the canvas. Given the view last applied (`prev`), only elements whose classes
 * change are touched, so a state change that leaves the canvas alone costs next to nothing on a large graph;
 * without one (a new instance or new elements) every element is set. Returns how many elements changed.
 *
 * With `laterFade`, an element whose classes change only by fading is not touched but added to it, for
 * `applyFade` after the frame that shows the selection: a click restyles a handful of elements before its answer
 * is drawn instead of every element of the graph (restyling is most of a click's cost in Cytoscape).
 */
export function applyView(
  cy: Core,
  prev: CanvasView | null,
  next: CanvasView,
  laterFade?: PendingFade,
): number {
  let changed = 0;
  const update = (element: NodeSingular | EdgeSingular, isNode: boolean) => {
    const id = element.id();
    const classes = classesFor(id, isNode, next);
    if (prev) {
      const before = classesFor(id, isNode, prev);
      if (sameClasses(before, classes)) return;
      if (laterFade && onlyFadeDiffers(before, classes)) {
        (isNode ? laterFade.nodeIds : laterFade.edgeIds).add(id);
        return;
      }
    }
    element.classes(classes);
    changed++;
  };
  const recheck = prev ? elementsToRecheck(prev, next) : 'all';
  cy.batch(() => {
    if (recheck === 'all') {
      cy.nodes().forEach((node) => update(node, true));
      cy.edges().forEach((edge) => update(edge, false));
      return;
    }
    for (const id of recheck.nodeIds) {
      const node = cy.getElementById(id);
      if (node.nonempty() && node.isNode()) update(node, true);
    }
    for (const id of recheck.edgeIds) {
      const edge = cy.getElementById(id);
      if (edge.nonempty() && edge.isEdge()) update(edge, false);
    }
  });
  return changed;
}

/** Puts the classes of `view` on the elements `applyView` left for later, in one batch. */
export function applyFade(cy: Core, pending: PendingFade, view: CanvasView): void {
  cy.batch(() => {
    for (const id of pending.nodeIds) {
      const node = cy.getElementById(id);
      if (node.nonempty() && node.isNode()) node.classes(classesFor(id, true, view));
    }
    for (const id of pending.edgeIds) {
      const edge = cy.getElementById(id);
      if (edge.nonempty() && edge.isEdge()) edge.classes(classesFor(id, false, view));
    }
  });
}
