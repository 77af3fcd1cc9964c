// The layouts a user can switch between. Only fcose is a library, loaded on first use to keep the first load small.
import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/app-state';
import { NODE_TYPES } from '../model/vocabulary';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  overview: 'Overview (force-directed)',
  flow: 'Case study flow (left to right)',
  concentric: 'Concentric by connections',
};

let fcoseRegistered: Promise<void> | null = null;

/** Registers cytoscape-fcose once per page, on first use. */
function ensureFcose(): Promise<void> {
  fcoseRegistered ??= import('cytoscape-fcose').then((mod) => cytoscape.use(mod.default));
  return fcoseRegistered;
}

const typeRank = (node: NodeSingular) => NODE_TYPES.indexOf(node.data('type') as (typeof NODE_TYPES)[number]);

/**
 * Positions for the flow layout: one column per step in which a node first appears, so the case study reads
 * left to right in the order it happened; nodes outside the flow wait in rows underneath.
 */
export function flowPositions(
  nodeIds: readonly string[],
  rankOf: ReadonlyMap<string, number>,
  typeOf: (id: string) => number,
): Map<string, { x: number; y: number }> {
  const columns = new Map<number, string[]>();
  const rest: string[] = [];
  for (const id of nodeIds) {
    const rank = rankOf.get(id);
    if (rank === undefined) rest.push(id);
    else columns.set(rank, [...(columns.get(rank) ?? []), id]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  const colGap = 190;
  const rowGap = 80;
  let tallest = 0;
  for (const [rank, ids] of columns) {
    ids.sort((a, b) => typeOf(a) - typeOf(b) || a.localeCompare(b));
    tallest = Math.max(tallest, ids.length);
    ids.forEach((id, row) => positions.set(id, { x: rank * colGap, y: row * rowGap }));
  }
  const width = Math.max(columns.size, 1) * colGap;
  const perRow = Math.max(Math.floor(width / 120), 6);
  rest.sort((a, b) => typeOf(a) - typeOf(b) || a.localeCompare(b));
  rest.forEach((id, i) =>
    positions.set(id, { x: (i % perRow) * 120, y: (tallest + 1.5) * rowGap + Math.floor(i / perRow) * 70 }),
  );
  return positions;
}

export interface LayoutRequest {
  name: LayoutName;
  /** Rank of each node in the traced flow (first step it appears in), for the flow layout. */
  flowRanks: ReadonlyMap<string, number>;
  animate: boolean;
}

/** Runs a layout on the whole graph (hidden elements keep their place, so a filter never loses the layout). */
export async function runLayout(cy: Core, request: LayoutRequest): Promise<void> {
  const common = { animate: request.animate, animationDuration: 400, fit: true, padding: 30 };
  let options: LayoutOptions;
  if (request.name === 'flow') {
    const positions = flowPositions(
      cy.nodes().map((n) => n.id()),
      request.flowRanks,
      (id) => typeRank(cy.getElementById(id) as NodeSingular),
    );
    options = { name: 'preset', positions: Object.fromEntries(positions), ...common };
  } else if (request.name === 'concentric') {
    options = {
      name: 'concentric',
      concentric: (node: NodeSingular) => node.degree(false),
      levelWidth: () => 2,
      minNodeSpacing: 18,
      ...common,
    };
  } else {
    await ensureFcose();
    // The canvas may have unmounted (view switched, dataset replaced) while fcose was loading.
    if (cy.destroyed()) return;
    // fcose's options are not in cytoscape's LayoutOptions union; the extension's types describe them.
    options = {
      name: 'fcose',
      quality: 'default',
      randomize: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      nodeSeparation: 90,
      ...common,
    } as LayoutOptions;
  }
  const layout = cy.elements().layout(options);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
}
