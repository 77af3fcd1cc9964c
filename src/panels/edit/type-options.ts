// The node and relation types the editing forms offer: the open dataset's own vocabulary (its declared types, or
// the built-in ones when it declares none), in its order.
import type { GraphIndex } from '../../model/graph-index';
import type { GraphEdge, GraphNode } from '../../model/schema';

export interface TypeOption<T extends string> {
  id: T;
  label: string;
}

/** The node types an entity can be given, in the vocabulary's order. */
export function nodeTypeOptions(index: GraphIndex): TypeOption<GraphNode['type']>[] {
  return index.vocabulary.nodeTypes.map(({ id, label }) => ({ id, label }));
}

/** The relation types a relation can be given, in the vocabulary's order. */
export function relationTypeOptions(index: GraphIndex): TypeOption<GraphEdge['type']>[] {
  return index.vocabulary.relationTypes.map(({ id, label }) => ({ id, label }));
}
