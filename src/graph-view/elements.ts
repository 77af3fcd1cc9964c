// Dataset -> Cytoscape element definitions, built once per dataset (react-cytoscapejs diffs the whole array).
import type { ElementDefinition } from 'cytoscape';
import type { Dataset, Position } from '../model/schema';

/** Long labels are shortened on the canvas (the full label is in the details panel and the list). */
export function shortLabel(label: string, max = 28): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

export function buildElements(
  dataset: Dataset,
  positions: Record<string, Position> | undefined,
  handOffNumbers: ReadonlyMap<string, number[]>,
): ElementDefinition[] {
  const nodes: ElementDefinition[] = dataset.nodes.map((node) => {
    const position = positions?.[node.id];
    return {
      group: 'nodes',
      data: { id: node.id, label: shortLabel(node.label), type: node.type },
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
    };
  });
  const edges: ElementDefinition[] = dataset.edges.map((edge) => {
    const numbers = handOffNumbers.get(edge.id);
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: shortLabel(edge.label, 32),
        // Shown only while a trace is on (class "handoff"): the order in which information changed hands.
        handoff: numbers ? numbers.join(', ') : '',
      },
    };
  });
  return [...nodes, ...edges];
}
