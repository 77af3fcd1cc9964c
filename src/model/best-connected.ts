// A part of a dataset too large to draw: its best-connected entities, the relations among them and the flows
// that survive whole, so a 100,000-entity file can still be explored where it matters most.

/** The parts of a dataset the cut reads; everything else (documents, evidence, threat areas) is kept as it is. */
export interface PartShape {
  title?: unknown;
  nodes: readonly { id: string }[];
  edges: readonly { id: string; source: string; target: string }[];
  flows?: readonly { steps: readonly { nodes: readonly string[]; edges: readonly string[] }[] }[];
  positions?: Readonly<Record<string, unknown>>;
}

/**
 * How many entities "Open the best-connected entities" keeps. The benchmark (README) drew 1,000 entities in about
 * 13 s and 5,000 in about 50 s on a loaded 2-core machine: a part is offered to be quick, so the smaller.
 */
export const BEST_CONNECTED_NODES = 1_000;

/**
 * The dataset cut to its `limit` entities with the most relations (ties kept in dataset order), the relations
 * whose both ends are kept, and the flows every step of which still has all its entities and relations (a flow
 * with a step cut short would tell another story). Entities keep their evidence, so the result validates as the
 * whole did. The title says it is a part. Linear in the dataset's size, apart from sorting the entities.
 */
export function bestConnectedPart<D extends PartShape>(dataset: D, limit: number = BEST_CONNECTED_NODES): D {
  if (dataset.nodes.length <= limit) return dataset;
  const degree = new Map<string, number>();
  for (const node of dataset.nodes) degree.set(node.id, 0);
  for (const edge of dataset.edges) {
    const { source, target } = edge;
    if (!degree.has(source) || !degree.has(target)) continue;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    // A relation of an entity with itself counts once, as the Details panel lists it once.
    if (target !== source) degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const ranked = dataset.nodes
    .map((node, order) => ({ order, degree: degree.get(node.id) ?? 0 }))
    .sort((a, b) => b.degree - a.degree || a.order - b.order)
    .slice(0, Math.max(0, limit));
  const keptOrder = ranked.map((r) => r.order).sort((a, b) => a - b);
  const nodes = keptOrder.map((i) => dataset.nodes[i]).filter((n) => n !== undefined);
  const nodeIds = new Set(nodes.map((n) => n.id));
  const edges = dataset.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  const edgeIds = new Set(edges.map((e) => e.id));
  const flows = dataset.flows?.filter((flow) =>
    flow.steps.every(
      (step) => step.nodes.every((id) => nodeIds.has(id)) && step.edges.every((id) => edgeIds.has(id)),
    ),
  );
  const positions =
    dataset.positions &&
    Object.fromEntries(Object.entries(dataset.positions).filter(([id]) => nodeIds.has(id)));
  const title =
    typeof dataset.title === 'string'
      ? `${dataset.title} (its ${nodes.length.toLocaleString('en')} best-connected entities)`
      : dataset.title;
  return {
    ...dataset,
    title,
    nodes,
    edges,
    ...(flows && { flows }),
    ...(positions && { positions }),
  };
}

/**
 * Whether raw data, not yet validated, has the shape the cut reads: lists of entities and relations with string
 * ids and ends, and flows whose steps list ids. Anything else is left whole, for the validator to name what is wrong.
 */
export function hasPartShape(raw: unknown): raw is PartShape {
  if (typeof raw !== 'object' || raw === null) return false;
  const { nodes, edges, flows } = raw as { nodes?: unknown; edges?: unknown; flows?: unknown };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  return (
    Array.isArray(nodes) &&
    nodes.every((n) => isObject(n) && typeof n.id === 'string') &&
    Array.isArray(edges) &&
    edges.every(
      (e) =>
        isObject(e) &&
        typeof e.id === 'string' &&
        typeof e.source === 'string' &&
        typeof e.target === 'string',
    ) &&
    (flows === undefined ||
      (Array.isArray(flows) &&
        flows.every(
          (f) =>
            isObject(f) &&
            Array.isArray(f.steps) &&
            f.steps.every((s) => isObject(s) && strings(s.nodes) && strings(s.edges)),
        )))
  );
}
