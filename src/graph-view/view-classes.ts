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

/** An edge's two ends, which decide whether hiding it needs anything of its own. */
export interface EdgeEnds {
  source: string;
  target: string;
}

/**
 * Whether the element is hidden by a `display: none` of its own (a style bypass, not a class). A node hidden by
 * the view is; an edge only when both its ends are shown (a relation-type filter): Cytoscape draws no edge whose
 * end is not displayed, so the thousands of edges a facet filter hides with their nodes are left untouched.
 * Restyling an element costs Cytoscape a fresh match of the whole stylesheet and its data-mapped properties: hiding
 * 4,000 nodes and their 8,000 edges by class took over a second at 5,000 entities. Pure.
 */
export function hiddenOwnFor(id: string, ends: EdgeEnds | null, view: CanvasView): boolean {
  if (!ends) return !view.visible.nodeIds.has(id);
  return (
    !view.visible.edgeIds.has(id) &&
    view.visible.nodeIds.has(ends.source) &&
    view.visible.nodeIds.has(ends.target)
  );
}

/** The classes put on the element: classesFor's, but 'hidden', which is drawn through hiddenOwnFor instead. */
function drawnClasses(classes: readonly ViewClass[]): ViewClass[] {
  return classes.filter((c) => c !== 'hidden');
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
 * The elements of each Cytoscape instance that carry the `display: none` bypass applyView put on them, by id. Read
 * instead of the element's style, which would make Cytoscape restyle it first; kept per instance (a new canvas
 * starts with none), and forgotten with it.
 */
const hiddenOwn = new WeakMap<Core, { nodeIds: Set<string>; edgeIds: Set<string> }>();

function hiddenOwnOn(cy: Core): { nodeIds: Set<string>; edgeIds: Set<string> } {
  let ledger = hiddenOwn.get(cy);
  if (!ledger) {
    ledger = { nodeIds: new Set(), edgeIds: new Set() };
    hiddenOwn.set(cy, ledger);
  }
  return ledger;
}

const endsOf = (edge: EdgeSingular): EdgeEnds => ({
  source: edge.data('source') as string,
  target: edge.data('target') as string,
});

/**
 * Puts the classes of `next` on the canvas, and hides what it hides (hiddenOwnFor). Given the view last applied
 * (`prev`), only elements whose classes or display change are touched, so a state change that leaves the canvas
 * alone costs next to nothing on a large graph; without one (a new instance or new elements) every element is set.
 * Returns how many elements changed.
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
  const ledger = hiddenOwnOn(cy);
  // Collections grown in place (merge), so each side is hidden or shown in one call.
  const hide = cy.collection();
  const show = cy.collection();
  const update = (element: NodeSingular | EdgeSingular, isNode: boolean) => {
    const id = element.id();
    const hidden = hiddenOwnFor(id, isNode ? null : endsOf(element as EdgeSingular), next);
    const had = (isNode ? ledger.nodeIds : ledger.edgeIds).has(id);
    // Without a last view, an element the ledger does not know may be new: hiding it again costs little.
    const display = hidden !== had || (hidden && !prev);
    if (display) (hidden ? hide : show).merge(element);
    const classes = drawnClasses(classesFor(id, isNode, next));
    if (prev) {
      const before = drawnClasses(classesFor(id, isNode, prev));
      if (sameClasses(before, classes)) {
        if (display) changed++;
        return;
      }
      if (laterFade && onlyFadeDiffers(before, classes)) {
        (isNode ? laterFade.nodeIds : laterFade.edgeIds).add(id);
        if (display) changed++;
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
    } else {
      // An edge whose end appears or disappears may need its own display, or lose it, though it stays hidden.
      const edgeIds = new Set(recheck.edgeIds);
      for (const id of recheck.nodeIds) {
        const node = cy.getElementById(id);
        if (!node.nonempty() || !node.isNode()) continue;
        update(node, true);
        if (prev && prev.visible.nodeIds.has(id) !== next.visible.nodeIds.has(id))
          node.connectedEdges().forEach((edge) => void edgeIds.add(edge.id()));
      }
      for (const id of edgeIds) {
        const edge = cy.getElementById(id);
        if (edge.nonempty() && edge.isEdge()) update(edge, false);
      }
    }
    // One call per direction: Cytoscape updates the renderer once for the whole collection.
    if (hide.nonempty()) hide.style('display', 'none');
    if (show.nonempty()) show.removeStyle('display');
  });
  hide.forEach((element) => void (element.isNode() ? ledger.nodeIds : ledger.edgeIds).add(element.id()));
  show.forEach((element) => void (element.isNode() ? ledger.nodeIds : ledger.edgeIds).delete(element.id()));
  return changed;
}

/** Puts the classes of `view` on the elements `applyView` left for later, in one batch. */
export function applyFade(cy: Core, pending: PendingFade, view: CanvasView): void {
  cy.batch(() => {
    for (const id of pending.nodeIds) {
      const node = cy.getElementById(id);
      if (node.nonempty() && node.isNode()) node.classes(drawnClasses(classesFor(id, true, view)));
    }
    for (const id of pending.edgeIds) {
      const edge = cy.getElementById(id);
      if (edge.nonempty() && edge.isEdge()) edge.classes(drawnClasses(classesFor(id, false, view)));
    }
  });
}
