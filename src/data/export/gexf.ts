// GEXF 1.3 for Gephi, written by graphology-gexf: attributes per node and edge, positions and colours in viz:.
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import { vocabularyOf } from '../../model/resolve-vocabulary';
import { edgeAttributes, nodeAttributes, xmlSafe, xmlSafeAttributes } from './element-attributes';
import type { ExportInput } from './export-input';

type Attributes = Record<string, unknown>;

export function writeGexf(input: ExportInput): string {
  const { dataset, positions } = input;
  const vocabulary = vocabularyOf(dataset);
  // multi: a dataset may state two relations between the same pair of nodes.
  const graph = new Graph<Attributes, Attributes>({ type: 'directed', multi: true, allowSelfLoops: true });
  graph.setAttribute('creator', 'Dossier');
  graph.setAttribute('description', xmlSafe(dataset.title));
  for (const node of dataset.nodes) {
    const at = positions[node.id];
    graph.addNode(node.id, {
      ...freeTextListsAsJson(xmlSafeAttributes(nodeAttributes(node, vocabulary))),
      // Gephi's y axis points up, Cytoscape's down: flipped (0 - y, never -0), the picture is the same way up in both.
      ...(at ? { x: at.x, y: 0 - at.y } : {}),
      color: vocabulary.nodeType(node.type).style.colour,
    });
  }
  for (const edge of dataset.edges) {
    graph.addDirectedEdgeWithKey(
      edge.id,
      edge.source,
      edge.target,
      freeTextListsAsJson(xmlSafeAttributes(edgeAttributes(edge, vocabulary))),
    );
  }
  return write(graph, { version: '1.3', pretty: true });
}

/**
 * Threat areas are slugs and travel as a GEXF 1.3 `liststring`, which Gephi can filter on. Aliases and quotes are
 * free text: graphology-gexf writes a list item with a comma but no quote mark unquoted, so "individuals,
 * organisations" would come back as two items (the round-trip test caught it). They travel as a JSON array in a
 * string attribute instead, as in GraphML.
 */
function freeTextListsAsJson(attributes: Record<string, unknown>): Record<string, unknown> {
  const out = { ...attributes };
  for (const key of ['aliases', 'evidence']) {
    if (Array.isArray(out[key])) out[key] = JSON.stringify(out[key]);
  }
  return out;
}
