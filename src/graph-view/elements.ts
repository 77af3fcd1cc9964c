// Dataset -> Cytoscape element definitions, built once per dataset (react-cytoscapejs diffs the whole array).
import type { ElementDefinition } from 'cytoscape';
import { vocabularyOf, type Vocabulary } from '../model/resolve-vocabulary';
import type { Dataset } from '../model/schema';
import type { LayoutGraph } from './layout-positions';

/**
 * What a node carries for the stylesheet and the tooltip: its type's word and style in the dataset's vocabulary.
 * Drawn through data-mapped styles (`data(colour)`), which Cytoscape resolves cheaply, so one static stylesheet
 * draws any dataset's own types.
 */
export function nodeTypeData(vocabulary: Vocabulary, type: string) {
  const { label, style } = vocabulary.nodeType(type);
  return { typeLabel: label, colour: style.colour, shape: style.shape };
}

/** What an edge carries for the stylesheet and the tooltip: its relation type's word, colour, line and width. */
export function relationTypeData(vocabulary: Vocabulary, type: string) {
  const { label, style } = vocabulary.relationType(type);
  return { typeLabel: label, colour: style.colour, line: style.line, width: style.width };
}

/** Long labels are shortened on the canvas (the full label is in the details panel and the list). */
export function shortLabel(label: string, max = 28): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** `unanchored: true` for an element none of whose passages was found in its text (the stylesheet marks it). */
function unanchored(evidence: readonly { orphan?: boolean }[]): { unanchored?: true } {
  return evidence.length > 0 && evidence.every((ev) => ev.orphan) ? { unanchored: true } : {};
}

export function buildElements(
  dataset: Dataset,
  handOffNumbers: ReadonlyMap<string, number[]>,
): ElementDefinition[] {
  const degree = new Map<string, number>();
  for (const edge of dataset.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const vocabulary = vocabularyOf(dataset);
  // Until the first layout runs, nodes wait on a grid: at Cytoscape's default (0, 0) they would all overlap,
  // and the renderer warns about every edge it cannot draw between two nodes in the same place.
  const columns = Math.max(1, Math.ceil(Math.sqrt(dataset.nodes.length)));
  const nodes: ElementDefinition[] = dataset.nodes.map((node, i) => ({
    group: 'nodes',
    // A node added by hand comes with the position it was drawn at (see keepPlacedPositions). A copy: Cytoscape
    // keeps the object it is given and moves it in place when the node is dragged, which must never change the
    // dataset's own positions (Reset view goes back to them).
    position: {
      ...(dataset.positions?.[node.id] ?? { x: (i % columns) * 120, y: Math.floor(i / columns) * 120 }),
    },
    // degree lets the stylesheet give hubs larger labels, which stay readable when zoomed out.
    // name: the full label, for the tooltip (the canvas draws the short one).
    data: {
      id: node.id,
      label: shortLabel(node.label),
      name: node.label,
      type: node.type,
      ...nodeTypeData(vocabulary, node.type),
      degree: degree.get(node.id) ?? 0,
      ...unanchored(node.evidence),
    },
  }));
  const edges: ElementDefinition[] = dataset.edges.map((edge) => {
    const numbers = handOffNumbers.get(edge.id);
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        ...relationTypeData(vocabulary, edge.type),
        label: shortLabel(edge.label, 32),
        name: edge.label,
        // Shown only while a trace is on (class "handoff"): the order in which information changed hands.
        handoff: numbers ? numbers.join(', ') : '',
        ...unanchored(edge.evidence),
      },
    };
  });
  return [...nodes, ...edges];
}

/** The graph as the layouts read it (ids, types, ends), taken from the element definitions, not the canvas. */
export function layoutGraphOf(elements: readonly ElementDefinition[]): LayoutGraph {
  const nodes: { id: string; type: string }[] = [];
  const edges: { source: string; target: string }[] = [];
  for (const { group, data } of elements) {
    if (group === 'edges') edges.push({ source: String(data.source), target: String(data.target) });
    else nodes.push({ id: String(data.id), type: String(data.type) });
  }
  return { nodes, edges };
}

/**
 * The next elements with every node already drawn keeping the position object it was drawn from: react-cytoscapejs
 * moves a node whose definition's position changes, and an edit shifts the waiting grid (or a node's place in it),
 * which would pull laid-out nodes back onto the grid. New nodes keep their own.
 */
export function keepPlacedPositions(
  drawn: readonly ElementDefinition[],
  next: ElementDefinition[],
): ElementDefinition[] {
  const placed = new Map<string, ElementDefinition['position']>();
  for (const element of drawn)
    if (element.group === 'nodes') placed.set(String(element.data.id), element.position);
  return next.map((element) => {
    const position = element.group === 'nodes' ? placed.get(String(element.data.id)) : undefined;
    return position && position !== element.position ? { ...element, position } : element;
  });
}
