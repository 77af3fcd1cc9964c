// Cytoscape.js JSON (.cyjs): elements with their data and positions, the shape Cytoscape desktop imports.
import { vocabularyOf } from '../../model/resolve-vocabulary';
import { edgeAttributes, nodeAttributes } from './element-attributes';
import type { ExportInput } from './export-input';

export function writeCyjs(input: ExportInput): string {
  const { dataset, positions } = input;
  const vocabulary = vocabularyOf(dataset);
  const nodes = dataset.nodes.map((node) => {
    const at = positions[node.id];
    return {
      // `name` is the column Cytoscape desktop labels nodes with by default; `label` is what Dossier calls it.
      data: { id: node.id, name: node.label, ...nodeAttributes(node, vocabulary) },
      ...(at ? { position: { x: at.x, y: at.y } } : {}),
    };
  });
  const edges = dataset.edges.map((edge) => ({
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      name: edge.label,
      // Cytoscape desktop reads `interaction` as the edge's relation type.
      interaction: edge.type,
      ...edgeAttributes(edge, vocabulary),
    },
  }));
  const document = {
    format_version: '1.0',
    generated_by: 'Dossier',
    target_cytoscapejs_version: '~3.34',
    data: {
      name: dataset.title,
      shared_name: dataset.id,
      ...(dataset.description ? { description: dataset.description } : {}),
    },
    elements: { nodes, edges },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
