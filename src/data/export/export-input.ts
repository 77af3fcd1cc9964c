// What every exporter is given: the dataset cut to the chosen scope, its documents and the positions drawn now.
import type { IdSets } from '../../model/query';
import type { Dataset, Position } from '../../model/schema';
import type { OpenDataset } from '../open-dataset';
import { documentsOf, type ExportDocument } from './documents';

export interface ExportInput {
  /** The dataset, or the part of it the current view shows; always a valid dataset in its own right. */
  dataset: Dataset;
  documents: ExportDocument[];
  /** Node positions in Cytoscape's model coordinates (y grows downwards), by node id; may miss some nodes. */
  positions: Readonly<Record<string, Position>>;
  /** Whether this is only part of the dataset (the current view); file names say so. */
  partial: boolean;
  /** Each node's connections in the whole dataset, as the Entities list counts them. */
  connections: ReadonlyMap<string, number>;
}

export interface ExportOptions {
  /** What filters and focus leave visible; omitted for the whole dataset. */
  visible?: IdSets;
  /** The positions as drawn now; without them the dataset's saved positions, if any, are used. */
  positions?: Readonly<Record<string, Position>>;
}

export function exportInput(
  open: Pick<OpenDataset, 'dataset' | 'texts'>,
  options: ExportOptions = {},
): ExportInput {
  const full = open.dataset;
  const dataset = options.visible ? datasetWithin(full, options.visible) : full;
  const partial = dataset.nodes.length !== full.nodes.length || dataset.edges.length !== full.edges.length;
  const from = options.positions ?? full.positions ?? {};
  const positions: Record<string, Position> = {};
  for (const node of dataset.nodes) {
    const at = from[node.id];
    if (at) positions[node.id] = { x: at.x, y: at.y };
  }
  const connections = new Map<string, number>();
  for (const edge of full.edges) {
    connections.set(edge.source, (connections.get(edge.source) ?? 0) + 1);
    // A relation from a node to itself counts once, as the index's degree counts it.
    if (edge.target !== edge.source) connections.set(edge.target, (connections.get(edge.target) ?? 0) + 1);
  }
  return { dataset, documents: documentsOf(open), positions, partial, connections };
}

/**
 * The part of a dataset inside `ids`, still valid on its own: flow steps keep only the nodes and edges shown (a
 * step edge keeps both its ends, as the validator asks), and saved positions only for the nodes kept. Threat
 * areas stay whole: they are the vocabulary the kept elements are tagged with.
 */
export function datasetWithin(dataset: Dataset, ids: IdSets): Dataset {
  const nodes = dataset.nodes.filter((n) => ids.nodeIds.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = dataset.edges.filter(
    (e) => ids.edgeIds.has(e.id) && kept.has(e.source) && kept.has(e.target),
  );
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  const flows = dataset.flows.map((flow) => ({
    ...flow,
    steps: flow.steps.map((step) => {
      const stepNodes = step.nodes.filter((id) => kept.has(id));
      const inStep = new Set(stepNodes);
      const stepEdges = step.edges.filter((id) => {
        const edge = edgeById.get(id);
        return edge !== undefined && inStep.has(edge.source) && inStep.has(edge.target);
      });
      return { ...step, nodes: stepNodes, edges: stepEdges };
    }),
  }));
  const result: Dataset = { ...dataset, nodes, edges, flows };
  if (dataset.positions) {
    result.positions = Object.fromEntries(Object.entries(dataset.positions).filter(([id]) => kept.has(id)));
  }
  return result;
}
