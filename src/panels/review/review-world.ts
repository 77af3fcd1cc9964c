// The open dataset as the review reads it (names, evidence, edges), built once per version of the dataset.
import type { GraphIndex } from '../../model/graph-index';
import { looseName, spanKey, type ReviewWorld } from './review-state';

export function reviewWorld(index: GraphIndex, document: string): ReviewWorld {
  const { nodes, edges } = index.dataset;
  const named = new Map<string, string>();
  const evidence = new Map<string, Set<string>>();
  for (const node of nodes) {
    for (const name of [node.label, ...node.aliases]) {
      const key = looseName(name);
      if (!named.has(key)) named.set(key, node.id);
    }
    evidence.set(node.id, new Set(node.evidence.filter((e) => e.document === document).map(spanKey)));
  }
  const pairs = new Set(edges.flatMap((e) => [`${e.source}\n${e.target}`, `${e.target}\n${e.source}`]));
  return {
    nodeNamed: (name) => named.get(looseName(name)),
    evidenceOf: (id) => evidence.get(id),
    hasEdge: (id) => index.edgeById.has(id),
    joined: (a, b) => pairs.has(`${a}\n${b}`),
  };
}
