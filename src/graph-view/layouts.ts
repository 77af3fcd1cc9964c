// The layouts a user can switch between. Only fcose is a library, loaded on first use to keep the first load small.
import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/app-state';
import { NODE_TYPES } from '../model/vocabulary';
import { seededRandom } from '../model/seeded-random';

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

export interface FlowLayoutInput {
  nodeIds: readonly string[];
  /** First step (0-based) each node of the flow appears in. */
  rankOf: ReadonlyMap<string, number>;
  /** Neighbours of a node, to order each column by where its neighbours sit (fewer crossings). */
  neighboursOf: (id: string) => readonly string[];
  /** Sort key for a node's type, to keep kinds together where there is no better order. */
  typeOf: (id: string) => number;
}

// Room for a node and a label of up to three lines under it, so a column's labels never run into the next node.
const COLUMN_GAP = 135;
const ROW_GAP = 125;

/**
 * Positions for the flow layout: one column per step in which a node first appears, so the case study reads
 * left to right in the order it happened. Within a column nodes sit near the neighbours placed before them.
 * Nodes outside the flow wait in rows underneath, out of the story's way.
 */
export function flowPositions({ nodeIds, rankOf, neighboursOf, typeOf }: FlowLayoutInput) {
  const columns = new Map<number, string[]>();
  const rest: string[] = [];
  for (const id of nodeIds) {
    const rank = rankOf.get(id);
    if (rank === undefined) rest.push(id);
    else columns.set(rank, [...(columns.get(rank) ?? []), id]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  const ranks = [...columns.keys()].sort((a, b) => a - b);
  let tallest = 0;
  ranks.forEach((rank, column) => {
    const ids = columns.get(rank) ?? [];
    // Barycentre of the rows of neighbours already placed; nodes without one go last, grouped by type.
    const centre = (id: string): number => {
      const rows = neighboursOf(id)
        .map((n) => positions.get(n)?.y)
        .filter((y): y is number => y !== undefined);
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.POSITIVE_INFINITY;
    };
    const keyed = ids.map((id) => ({ id, centre: centre(id), type: typeOf(id) }));
    keyed.sort((a, b) => a.centre - b.centre || a.type - b.type || a.id.localeCompare(b.id));
    tallest = Math.max(tallest, keyed.length);
    // Odd columns sit half a row lower: an arrow between two columns' top nodes then never runs straight
    // through the node between them, and neighbouring columns' labels do not meet.
    const offset = (column % 2) * (ROW_GAP / 2);
    keyed.forEach(({ id }, row) => positions.set(id, { x: column * COLUMN_GAP, y: row * ROW_GAP + offset }));
  });
  const width = Math.max(ranks.length, 1) * COLUMN_GAP;
  const perRow = Math.max(Math.floor(width / 130), 6);
  rest.sort((a, b) => typeOf(a) - typeOf(b) || a.localeCompare(b));
  rest.forEach((id, i) =>
    positions.set(id, { x: (i % perRow) * 130, y: (tallest + 1.5) * ROW_GAP + Math.floor(i / perRow) * 80 }),
  );
  return positions;
}

export interface LayoutRequest {
  name: LayoutName;
  /** Rank of each node in the traced flow (first step it appears in), for the flow layout. */
  flowRanks: ReadonlyMap<string, number>;
  animate: boolean;
  /** Seeds the force-directed layout: the same seed gives the same picture. */
  seed: number;
  /** Use these positions instead of computing an overview (a dataset may ship its own). */
  savedPositions?: Readonly<Record<string, { x: number; y: number }>>;
  /** Parts of the canvas covered by drawers, left out when the result is framed. */
  insets?: CanvasInsets;
}

/** Saved positions are used only when they place every node: a node added since would land on top of another. */
function coversEveryNode(
  cy: Core,
  positions: LayoutRequest['savedPositions'],
): positions is NonNullable<LayoutRequest['savedPositions']> {
  return (
    positions !== undefined &&
    cy
      .nodes()
      .map((node) => node.id())
      .every((id) => positions[id] !== undefined)
  );
}

const typeRank = (node: NodeSingular) => NODE_TYPES.indexOf(node.data('type') as (typeof NODE_TYPES)[number]);

/** Runs a layout on the whole graph (hidden elements keep their place, so a filter never loses the layout). */
export async function runLayout(cy: Core, request: LayoutRequest): Promise<void> {
  const common = { animate: request.animate, animationDuration: 400, fit: false };
  let options: LayoutOptions;
  // What the view fits to afterwards: in the flow layout, the story rather than the nodes waiting underneath.
  let fitTo = cy.elements();
  if (request.name === 'flow') {
    const positions = flowPositions({
      nodeIds: cy.nodes().map((n) => n.id()),
      rankOf: request.flowRanks,
      neighboursOf: (id) => (cy.getElementById(id) as NodeSingular).neighborhood('node').map((n) => n.id()),
      typeOf: (id) => typeRank(cy.getElementById(id) as NodeSingular),
    });
    options = { name: 'preset', positions: Object.fromEntries(positions), ...common };
    const inFlow = cy.nodes().filter((n) => request.flowRanks.has(n.id()));
    if (inFlow.nonempty()) fitTo = inFlow;
  } else if (request.name === 'overview' && coversEveryNode(cy, request.savedPositions)) {
    options = { name: 'preset', positions: { ...request.savedPositions }, ...common };
  } else if (request.name === 'concentric') {
    options = {
      name: 'concentric',
      // Rings by order of magnitude of connections (1, 2–3, 4–7, 8–15 …): the hubs at the centre, each ring
      // a class of importance, rather than one ring per degree crowding the middle.
      concentric: (node: NodeSingular) => Math.floor(Math.log2(node.degree(false) + 1)),
      levelWidth: () => 1,
      minNodeSpacing: 45,
      ...common,
    };
  } else {
    await ensureFcose();
    // The canvas may have unmounted (view switched, dataset replaced) while fcose was loading.
    if (cy.destroyed()) return;
    // fcose's options are not in cytoscape's LayoutOptions union; the extension's types describe them.
    options = {
      name: 'fcose',
      quality: 'proof',
      randomize: true,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 70,
      edgeElasticity: () => 0.3,
      gravity: 0.2,
      numIter: 4000,
      nodeSeparation: 80,
      ...common,
    } as LayoutOptions;
  }
  const layout = cy.elements().layout(options);
  const done = layout.promiseOn('layoutstop');
  // fcose computes synchronously inside run() (it draws its start from Math.random): seed exactly that call.
  const random = Math.random;
  Math.random = seededRandom(request.seed);
  try {
    layout.run();
  } finally {
    Math.random = random;
  }
  await done;
  if (cy.destroyed()) return;
  // While a trace is shown, frame its current step rather than the whole graph; while a path is, the path.
  const current = cy.elements('.flow-current');
  const path = cy.elements('.on-path');
  frameElements(
    cy,
    current.nonempty() ? current.union(current.connectedNodes()) : path.nonempty() ? path : fitTo,
    request.animate,
    request.insets,
  );
}

/** The most a framing zooms in: a one-node step or selection would otherwise fill the screen. */
const MAX_FRAMING_ZOOM = 1;
const FRAMING_PADDING = 40;

/** Pixels of the canvas hidden under something drawn over it (a drawer on a narrow screen), per side. */
export interface CanvasInsets {
  left: number;
  right: number;
}

const NO_INSETS: CanvasInsets = { left: 0, right: 0 };

/** A box in model coordinates, as Cytoscape gives them. */
interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** Room kept around nodes for their labels, drawn under them and wider than them. */
const LABEL_ROOM = { side: 50, below: 45 };

/**
 * The box around some elements' nodes (an edge's by its ends), worked out from positions and sizes, with room
 * for labels. Not Cytoscape's boundingBox(): called in the same tick as a class change that resizes labels, it
 * caches the label at its old size, and the renderer then draws the new label squeezed into the old box.
 */
export function framingBox(elements: cytoscape.Collection): Box {
  const nodes = elements.nodes().union(elements.edges().connectedNodes());
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    const halfW = node.width() / 2;
    const halfH = node.height() / 2;
    x1 = Math.min(x1, x - halfW - LABEL_ROOM.side);
    x2 = Math.max(x2, x + halfW + LABEL_ROOM.side);
    y1 = Math.min(y1, y - halfH);
    y2 = Math.max(y2, y + halfH + LABEL_ROOM.below);
  });
  if (!Number.isFinite(x1)) return { x1: 0, y1: 0, w: 0, h: 0 };
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/** The pan that puts a box's centre, at `zoom`, in the middle of the part of the canvas `insets` leave uncovered. */
function panToCentre(cy: Core, box: Box, zoom: number, insets: CanvasInsets): { x: number; y: number } {
  const width = Math.max(cy.width() - insets.left - insets.right, 1);
  return {
    x: insets.left + width / 2 - zoom * (box.x1 + box.w / 2),
    y: cy.height() / 2 - zoom * (box.y1 + box.h / 2),
  };
}

/**
 * Centres the view on some elements, zoomed to fit them (at most MAX_FRAMING_ZOOM), within the part of the
 * canvas that `insets` leave uncovered.
 */
export function frameElements(
  cy: Core,
  elements: cytoscape.Collection,
  animate: boolean,
  insets: CanvasInsets = NO_INSETS,
): void {
  if (elements.empty()) return;
  // A pan still running (the canvas following a selection made before the layout ended) would carry the view
  // past this framing: stop it first.
  cy.stop(true, false);
  const box = framingBox(elements);
  const width = Math.max(cy.width() - insets.left - insets.right, 1);
  const zoom = Math.min(
    MAX_FRAMING_ZOOM,
    (width - 2 * FRAMING_PADDING) / Math.max(box.w, 1),
    (cy.height() - 2 * FRAMING_PADDING) / Math.max(box.h, 1),
  );
  const pan = panToCentre(cy, box, zoom, insets);
  if (animate) cy.animate({ zoom, pan }, { duration: 350, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom, pan });
}

/** A zoom at which a node's neighbours are drawn with their names (12 px labels stay above the label threshold). */
export const READABLE_ZOOM = 0.9;

/** Brings an element to the middle of the part of the canvas `insets` leave uncovered, at `zoom`. */
export function centreOn(
  cy: Core,
  element: cytoscape.SingularElementReturnValue,
  zoom: number,
  insets: CanvasInsets = NO_INSETS,
): void {
  cy.stop(true, false);
  const box = framingBox(cy.collection().union(element));
  const level = Math.min(zoom, cy.maxZoom());
  const pan = panToCentre(cy, box, level, insets);
  cy.animate({ zoom: level, pan }, { duration: 300, easing: 'ease-in-out-cubic' });
}
