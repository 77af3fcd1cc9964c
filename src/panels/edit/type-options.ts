// The node and relation types the editing forms offer: one place, so the dataset's own vocabulary can replace
// the built-in one here alone.
import type { GraphIndex } from '../../model/graph-index';
import type { GraphEdge, GraphNode } from '../../model/schema';
import { NODE_TYPES, NODE_TYPE_INFO, RELATION_TYPES, RELATION_TYPE_INFO } from '../../model/vocabulary';

export interface TypeOption<T extends string> {
  id: T;
  label: string;
}

/** The node types an entity can be given, in the vocabulary's order. */
export function nodeTypeOptions(_index: GraphIndex): TypeOption<GraphNode['type']>[] {
  return NODE_TYPES.map((id) => ({ id, label: NODE_TYPE_INFO[id].label }));
}

/** The relation types a relation can be given, in the vocabulary's order. */
export function relationTypeOptions(_index: GraphIndex): TypeOption<GraphEdge['type']>[] {
  return RELATION_TYPES.map((id) => ({ id, label: RELATION_TYPE_INFO[id].label }));
}
