// How a dataset opened in a worker crosses to the page: everything but its nodes and edges in one message, then the
// nodes and edges in slices. Copying a message into the page is one task: for 20,000 entities and 40,000 relations
// a single message took seconds, a slice of a few thousand elements takes tens of milliseconds.
import type { GraphEdge, GraphNode } from '../model/schema';
import type { CheckedOpen } from './open-dataset';

/** Elements per slice: small enough that copying one into the page is a short task, large enough to be few. */
export const ELEMENTS_PER_SLICE = 2500;

/** The opened dataset without its nodes and edges (empty lists where they go), and how many of each follow. */
export type OpenHandover =
  | Extract<CheckedOpen, { ok: false }>
  | (Extract<CheckedOpen, { ok: true }> & { counts: { nodes: number; edges: number } });

export function withoutElements(checked: Extract<CheckedOpen, { ok: true }>): OpenHandover {
  const { dataset } = checked.open;
  return {
    ...checked,
    // Empty lists in place keep the dataset's keys in their order when the elements are put back.
    open: { ...checked.open, dataset: { ...dataset, nodes: [], edges: [] } },
    counts: { nodes: dataset.nodes.length, edges: dataset.edges.length },
  };
}

/** [from, to) ranges covering `count` items, ELEMENTS_PER_SLICE at a time. */
export function sliceRanges(count: number, size = ELEMENTS_PER_SLICE): [number, number][] {
  const ranges: [number, number][] = [];
  for (let from = 0; from < count; from += size) ranges.push([from, Math.min(count, from + size)]);
  return ranges;
}

/** Where the slices come from: the worker, or (in tests) the opened dataset itself. */
export interface SliceSource {
  nodes(from: number, to: number): Promise<GraphNode[]>;
  edges(from: number, to: number): Promise<GraphEdge[]>;
}

/** The opened dataset again, its nodes and edges taken slice by slice, each slice a message of its own. */
export async function withElements(
  head: OpenHandover,
  source: SliceSource,
  size = ELEMENTS_PER_SLICE,
): Promise<CheckedOpen> {
  if (!head.ok) return head;
  const { counts, ...checked } = head;
  const nodes: GraphNode[] = [];
  for (const [from, to] of sliceRanges(counts.nodes, size)) nodes.push(...(await source.nodes(from, to)));
  const edges: GraphEdge[] = [];
  for (const [from, to] of sliceRanges(counts.edges, size)) edges.push(...(await source.edges(from, to)));
  return { ...checked, open: { ...checked.open, dataset: { ...checked.open.dataset, nodes, edges } } };
}
