// Keeping the graph index current after an edit: updated in place of a rebuild where that is simple (an added edge).
import {
  buildGraphIndex,
  compareIds,
  compareText,
  type Connection,
  type EvidenceOwner,
  type GraphIndex,
} from './graph-index';
import type { Operation } from './operations';
import type { Dataset, GraphEdge } from './schema';

/**
 * The index of `dataset`, which is `operation` applied to `index.dataset`. An edge added at the end is indexed
 * on its own (new maps that share everything else: the old index stays as it was); any other edit rebuilds.
 */
export function indexAfterOperation(index: GraphIndex, operation: Operation, dataset: Dataset): GraphIndex {
  const before = index.dataset;
  const appendedEdge =
    operation.type === 'addEdge' &&
    dataset.edges.length === before.edges.length + 1 &&
    dataset.edges[dataset.edges.length - 1] === operation.edge &&
    dataset.nodes === before.nodes &&
    dataset.flows === before.flows &&
    dataset.threatAreas === before.threatAreas &&
    !index.edgeById.has(operation.edge.id);
  return appendedEdge ? withAppendedEdge(index, dataset, operation.edge) : buildGraphIndex(dataset);
}

/** A copy of a map of lists with `edge` appended to `key`'s list (a new list; the others are shared). */
function appended<K>(
  map: ReadonlyMap<K, readonly GraphEdge[]>,
  key: K,
  edge: GraphEdge,
): Map<K, readonly GraphEdge[]> {
  const next = new Map(map);
  next.set(key, [...(map.get(key) ?? []), edge]);
  return next;
}

/** List lengths by key (a map per relation type or threat area: a few dozen entries at most). */
function counted<K>(map: ReadonlyMap<K, readonly unknown[]>): Map<K, number> {
  return new Map([...map].map(([key, list]) => [key, list.length]));
}

/** The order `buildGraphIndex` gives a node's connections: relation label, other node's label, out first, id. */
function byConnectionOrder(a: Connection, b: Connection): number {
  return (
    compareText(a.edge.label, b.edge.label) ||
    compareText(a.other.label, b.other.label) ||
    (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
    compareIds(a.edge.id, b.edge.id)
  );
}

/**
 * Evidence owners with the new edge's spans in the place a rebuild gives them: by start, then end, and among
 * equal spans nodes, then edges in dataset order (this edge is the last), then steps.
 */
function withEdgeEvidence(owners: readonly EvidenceOwner[], edge: GraphEdge): EvidenceOwner[] {
  const next = [...owners];
  edge.evidence.forEach(({ document, start, end, orphan }, evidenceIndex) => {
    if (orphan) return;
    const owner: EvidenceOwner = { kind: 'edge', id: edge.id, evidenceIndex, document, start, end };
    const comesAfter = (o: EvidenceOwner) =>
      o.start > start || (o.start === start && (o.end > end || (o.end === end && o.kind === 'step')));
    // Binary search for the first owner that sorts after the new one.
    let lo = 0;
    let hi = next.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (comesAfter(next[mid] as EvidenceOwner)) hi = mid;
      else lo = mid + 1;
    }
    next.splice(lo, 0, owner);
  });
  return next;
}

function withAppendedEdge(index: GraphIndex, dataset: Dataset, edge: GraphEdge): GraphIndex {
  const source = index.nodeById.get(edge.source);
  const target = index.nodeById.get(edge.target);
  // As in buildGraphIndex: an edge to a missing node is kept out of adjacency.
  const joined = source !== undefined && target !== undefined;
  const areas = new Set(edge.threatAreas);

  let edgesByThreatArea: ReadonlyMap<string, readonly GraphEdge[]> = index.edgesByThreatArea;
  for (const area of areas) edgesByThreatArea = appended(edgesByThreatArea, area, edge);
  const edgesByType = appended(index.edgesByType, edge.type, edge);

  const added = new Map<string, Connection>();
  if (joined) {
    added.set(edge.source, { edge, other: target, direction: 'out' });
    // A self-loop is listed once, as outgoing, as buildGraphIndex does.
    if (edge.target !== edge.source) added.set(edge.target, { edge, other: source, direction: 'in' });
  }
  const connectionCache = new Map<string, readonly Connection[]>();
  const connections = (nodeId: string): readonly Connection[] => {
    const extra = added.get(nodeId);
    if (!extra) return index.connections(nodeId);
    let list = connectionCache.get(nodeId);
    if (!list) {
      list = [...index.connections(nodeId), extra].sort(byConnectionOrder);
      connectionCache.set(nodeId, list);
    }
    return list;
  };

  return {
    ...index,
    dataset,
    edgeById: new Map(index.edgeById).set(edge.id, edge),
    outgoing: joined ? appended(index.outgoing, edge.source, edge) : index.outgoing,
    incoming: joined ? appended(index.incoming, edge.target, edge) : index.incoming,
    edgesByType,
    edgesByThreatArea,
    edgeCountByType: counted(edgesByType),
    edgeCountByThreatArea: counted(edgesByThreatArea),
    evidenceOwners: withEdgeEvidence(index.evidenceOwners, edge),
    connections,
    // One more connection for each end; a self-loop counts once.
    degree: (nodeId) => index.degree(nodeId) + (added.has(nodeId) ? 1 : 0),
  };
}
