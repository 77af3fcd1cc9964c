// Ids for what the user adds by hand: a slug of its label (the format's lower-case slug), made unique in the dataset.
import type { Dataset } from '../../model/schema';

const MAX_ID = 64;

/** A lower-case slug of a label: letters without accents, digits and single hyphens; `fallback` when none are left. */
export function slugOf(label: string, fallback: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
  return slug || fallback;
}

/**
 * An id for a new node or edge from its label, not yet used by any node or edge (they share one id space):
 * "sami", then "sami-2", "sami-3"... "constructor" is never one (the canvas library finds ids in plain objects).
 */
export function uniqueId(dataset: Pick<Dataset, 'nodes' | 'edges'>, label: string, fallback: string): string {
  const taken = new Set<string>(['constructor']);
  for (const node of dataset.nodes) taken.add(node.id);
  for (const edge of dataset.edges) taken.add(edge.id);
  const base = slugOf(label, fallback);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}
