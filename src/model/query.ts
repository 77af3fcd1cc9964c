// Questions the UI asks of a loaded graph: what the filters show, a node's neighbourhood, paths, list order.
import { compareIds, compareText, type GraphIndex } from './graph-index';
import type { GraphEdge, GraphNode } from './schema';
import type { NodeType, RelationType } from './vocabulary';

/** What the user chose to see. An empty list puts no restriction on that axis. */
export interface Filters {
  readonly threatAreas: readonly string[];
  readonly nodeTypes: readonly NodeType[];
  readonly relationTypes: readonly RelationType[];
}

export const NO_FILTERS: Filters = { threatAreas: [], nodeTypes: [], relationTypes: [] };

/** A set of node and edge ids: what is shown, what is in focus, or what a path may use. */
export interface IdSets {
  readonly nodeIds: ReadonlySet<string>;
  readonly edgeIds: ReadonlySet<string>;
}

/** Whether two id sets hold the same ids (order does not matter). */
export function sameIds(a: IdSets, b: IdSets): boolean {
  if (a === b) return true;
  if (a.nodeIds.size !== b.nodeIds.size || a.edgeIds.size !== b.edgeIds.size) return false;
  for (const id of a.nodeIds) if (!b.nodeIds.has(id)) return false;
  for (const id of a.edgeIds) if (!b.edgeIds.has(id)) return false;
  return true;
}

/**
 * What the filters show. A threat area shows the nodes tagged with it and the parties to the relations tagged with
 * it: a hub such as MI6 is tagged only where the text ties it to an area, yet it shows under every area whose
 * relations it takes part in. Entity types then narrow the nodes; an edge needs its relation type, its area and
 * both its ends shown.
 */
export function visibleElements(
  index: GraphIndex,
  filters: Filters,
): { nodeIds: Set<string>; edgeIds: Set<string> } {
  const types = new Set(filters.nodeTypes);
  const relations = new Set(filters.relationTypes);
  const areas = new Set(filters.threatAreas);
  const inArea = (tags: readonly string[]): boolean => areas.size === 0 || tags.some((t) => areas.has(t));

  const partiesInArea = new Set<string>();
  for (const area of areas) {
    for (const edge of index.edgesByThreatArea.get(area) ?? [])
      partiesInArea.add(edge.source).add(edge.target);
  }
  const nodeIds = new Set<string>();
  for (const node of index.nodeById.values()) {
    if (
      (types.size === 0 || types.has(node.type)) &&
      (inArea(node.threatAreas) || partiesInArea.has(node.id))
    )
      nodeIds.add(node.id);
  }

  // An edge is drawn between two nodes: with either end hidden it would point at nothing on the canvas,
  // and in the list it would name a node the user filtered away. So it needs both endpoints shown.
  const edgeIds = new Set<string>();
  for (const edge of index.edgeById.values()) {
    if (
      (relations.size === 0 || relations.has(edge.type)) &&
      inArea(edge.threatAreas) &&
      nodeIds.has(edge.source) &&
      nodeIds.has(edge.target)
    ) {
      edgeIds.add(edge.id);
    }
  }
  // Ticking a relation type asks "who does this to whom": show the parties to those relations, not every entity
  // left standing alone.
  if (relations.size > 0) {
    const ends = new Set<string>();
    for (const id of edgeIds) {
      const edge = index.edgeById.get(id);
      if (edge) ends.add(edge.source).add(edge.target);
    }
    for (const id of nodeIds) if (!ends.has(id)) nodeIds.delete(id);
  }
  return { nodeIds, edgeIds };
}

/**
 * The node and everything within `depth` hops of it, following edges either way. The edges are the ones
 * those hops walk: each has an end nearer than `depth`, so the edge between two outermost nodes is left out.
 * With `allowed`, hops stay inside it (for focusing within the current filters).
 */
export function neighbourhood(
  index: GraphIndex,
  nodeId: string,
  depth: number,
  allowed?: IdSets,
): { nodeIds: Set<string>; edgeIds: Set<string> } {
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  if (!index.nodeById.has(nodeId) || (allowed && !allowed.nodeIds.has(nodeId))) return { nodeIds, edgeIds };
  const maxDepth = Math.max(1, Math.floor(depth));

  nodeIds.add(nodeId);
  let frontier = [nodeId];
  for (let hop = 0; hop < maxDepth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { edge, other } of index.connections(id)) {
        if (allowed && (!allowed.edgeIds.has(edge.id) || !allowed.nodeIds.has(other.id))) continue;
        edgeIds.add(edge.id);
        if (!nodeIds.has(other.id)) {
          nodeIds.add(other.id);
          next.push(other.id);
        }
      }
    }
    frontier = next;
  }
  return { nodeIds, edgeIds };
}

export interface Path {
  /** From first to last; one more than edgeIds. */
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

export interface PathOptions {
  /** Only walk edges from source to target. By default edges are walked either way. */
  readonly directed?: boolean;
  /** Only use these nodes and edges (e.g. what the filters show). */
  readonly allowed?: IdSets;
}

/**
 * A path with the fewest hops from one node to another, or null when there is none. Breadth-first; at each
 * node the edges are tried in id order, so the same graph always gives the same path.
 */
export function shortestPath(
  index: GraphIndex,
  fromId: string,
  toId: string,
  options: PathOptions = {},
): Path | null {
  const { directed = false, allowed } = options;
  const usable = (id: string): boolean => index.nodeById.has(id) && (!allowed || allowed.nodeIds.has(id));
  if (!usable(fromId) || !usable(toId)) return null;
  if (fromId === toId) return { nodeIds: [fromId], edgeIds: [] };

  // How each reached node was reached: the node before it and the edge walked.
  const cameFrom = new Map<string, { node: string; edge: string }>();
  const reached = new Set<string>([fromId]);
  let frontier = [fromId];
  while (frontier.length > 0 && !reached.has(toId)) {
    const next: string[] = [];
    for (const id of frontier) {
      const edges: GraphEdge[] = [...(index.outgoing.get(id) ?? [])];
      if (!directed) edges.push(...(index.incoming.get(id) ?? []));
      edges.sort((a, b) => compareIds(a.id, b.id));
      for (const edge of edges) {
        if (allowed && !allowed.edgeIds.has(edge.id)) continue;
        const other = edge.source === id ? edge.target : edge.source;
        if (reached.has(other) || !usable(other)) continue;
        reached.add(other);
        cameFrom.set(other, { node: id, edge: edge.id });
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!reached.has(toId)) return null;

  const nodeIds = [toId];
  const edgeIds: string[] = [];
  for (let at = cameFrom.get(toId); at; at = cameFrom.get(at.node)) {
    nodeIds.push(at.node);
    edgeIds.push(at.edge);
  }
  return { nodeIds: nodeIds.reverse(), edgeIds: edgeIds.reverse() };
}

/** One hop of a path, in the order walked, with the sentence that is true of the edge. */
export interface PathHop {
  readonly from: GraphNode;
  readonly to: GraphNode;
  readonly edge: GraphEdge;
  /** True when the hop walks against the edge's direction (from is the edge's target). */
  readonly reversed: boolean;
  /** "source label, edge label, target label", in the edge's true direction whichever way the hop goes. */
  readonly text: string;
}

/**
 * A path in words. Hops walked against an edge still read in the edge's direction, so every sentence is
 * one the source text supports ("One of the DAESH contacts hands the envelope to the stranger"), and the
 * UI shows the direction with `reversed`. Hops naming an unknown node or edge are left out.
 */
export function describePath(index: GraphIndex, path: Path): PathHop[] {
  const hops: PathHop[] = [];
  path.edgeIds.forEach((edgeId, i) => {
    const edge = index.edgeById.get(edgeId);
    const from = index.nodeById.get(path.nodeIds[i] ?? '');
    const to = index.nodeById.get(path.nodeIds[i + 1] ?? '');
    if (!edge || !from || !to) return;
    const source = index.nodeById.get(edge.source);
    const target = index.nodeById.get(edge.target);
    if (!source || !target) return;
    const reversed = edge.source !== from.id;
    hops.push({ from, to, edge, reversed, text: `${source.label} ${edge.label} ${target.label}` });
  });
  return hops;
}

export type NodeSortKey = 'name' | 'type' | 'connections';
export type SortDirection = 'asc' | 'desc';

/**
 * The Entities list order. `type` sorts by the type's label, as the list shows it; `connections` by degree.
 * The direction flips only the chosen key: ties are always by name A to Z (then id), as a reader expects.
 */
export function sortNodes(
  nodes: readonly GraphNode[],
  key: NodeSortKey,
  direction: SortDirection,
  index: GraphIndex,
): GraphNode[] {
  const sign = direction === 'asc' ? 1 : -1;
  // Look each degree up once, not once per comparison.
  const degrees = key === 'connections' ? new Map(nodes.map((n) => [n.id, index.degree(n.id)])) : undefined;
  const primary = (a: GraphNode, b: GraphNode): number => {
    switch (key) {
      case 'name':
        return compareText(a.label, b.label);
      case 'type':
        return compareText(index.vocabulary.nodeType(a.type).label, index.vocabulary.nodeType(b.type).label);
      case 'connections':
        return (degrees?.get(a.id) ?? 0) - (degrees?.get(b.id) ?? 0);
    }
  };
  return [...nodes].sort(
    (a, b) => sign * primary(a, b) || compareText(a.label, b.label) || compareIds(a.id, b.id),
  );
}
