// Running a layout on the canvas: positions from layout-positions.ts (or fcose, loaded on first use to keep the
// first load small) applied as a preset, then the view framed on what the caller says. The case study's story has
// a canvas of its own (StoryCanvas.tsx); under it the overview's layout stays.
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../state/app-state';
import type { IdSets } from '../model/query';
import { elementsOf, frameElements, frameReadable, type CanvasInsets } from './camera';
import {
  concentricPositions,
  overviewStartPositions,
  type LayoutGraph,
  type Positions,
} from './layout-positions';
import { makeRoomForLabels, type Footprint } from './label-room';
import { MAX_LABEL_SCALE, nodeFootprint } from './label-size';
import type { AtScaleProgress } from './overview-at-scale';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  overview: 'Overview (force-directed)',
  // The story view: still a flow read left to right, one column per step (the label keeps the toolbar's width).
  flow: 'Case study flow (left to right)',
  concentric: 'Concentric by connections',
};

/**
 * From this many entities the overview is computed in a worker (ForceAtlas2 from the same seeded start,
 * overview-at-scale.ts); below it fcose runs on the page, where it takes well under a second.
 */
export const OVERVIEW_AT_SCALE_NODES = 1500;

let fcoseRegistered: Promise<void> | null = null;

/** Registers cytoscape-fcose once per page, on first use. */
function ensureFcose(): Promise<void> {
  fcoseRegistered ??= import('cytoscape-fcose').then((mod) => cytoscape.use(mod.default));
  return fcoseRegistered;
}

export interface LayoutRequest {
  name: LayoutName;
  /** The graph's nodes and edges as data: what the layouts compute from. */
  graph: LayoutGraph;
  animate: boolean;
  /** Seeds the force-directed layout: the same seed gives the same start. */
  seed: number;
  /** Use these positions instead of computing an overview (a dataset may ship its own). */
  savedPositions?: Readonly<Record<string, { x: number; y: number }>>;
  /** Nodes the user dragged in the overview: placed where they were left, over what the layout computes. */
  moved?: Readonly<Record<string, { x: number; y: number }>>;
  /**
   * What to frame once the nodes are in place, asked when they are (a trace step or a path may have been chosen
   * while fcose loaded); null frames the layout itself: the whole graph.
   */
  frameTarget: () => IdSets | null;
  /** Parts of the canvas covered by drawers, left out when the result is framed. */
  insets?: CanvasInsets;
  /**
   * A big graph's overview is computed in a worker (overview-at-scale.ts): told how far it got and how to stop
   * it (keeping the layout reached so far) as it goes, and null when it is over.
   */
  onAtScale?: (run: AtScaleRun | null) => void;
  /** Aborted when this layout is no longer wanted (the canvas went away, another layout started). */
  signal?: AbortSignal;
}

/** A big graph's overview in progress, as the canvas shows it. */
export interface AtScaleRun {
  progress: AtScaleProgress;
  /** Ends the run after the current round; the layout reached so far is applied. */
  stop: () => void;
}

/** The overview of a big graph from its worker; rejects with an AbortError when the signal aborts. */
async function overviewInWorker(request: LayoutRequest): Promise<Positions> {
  // The worker's client (with comlink) loads with the first big graph: a small one's first paint does not need it.
  const { layOutOverviewInWorker } = await import('./overview-layout-client');
  if (request.signal?.aborted) throw new Error('The layout was dropped before it started');
  const report = request.onAtScale ?? (() => {});
  const job = layOutOverviewInWorker(request.graph, request.seed, (progress) =>
    report({ progress, stop: job.stop }),
  );
  const cancel = () => job.cancel();
  request.signal?.addEventListener('abort', cancel, { once: true });
  try {
    return await job.positions;
  } finally {
    request.signal?.removeEventListener('abort', cancel);
    report(null);
  }
}

/** Saved positions are used only when they place every node: a node added since would land on top of another. */
function savedCoverEveryNode(request: LayoutRequest): Positions | null {
  const saved = request.savedPositions;
  if (!saved || !request.graph.nodes.every(({ id }) => saved[id] !== undefined)) return null;
  return new Map(Object.entries(saved));
}

/**
 * fcose's overview, from a seeded start: the nodes are moved to the start, fcose runs synchronously
 * (animate: false) and its result is read back, and the nodes return to where they were before anything is
 * drawn, so the result can be applied (and animated) as any other layout's.
 */
function fcosePositions(cy: Core, graph: LayoutGraph, seed: number): Positions {
  const start = overviewStartPositions(graph, seed);
  // fcose lays out only what is displayed; nodes a filter hides keep their place.
  const shown = cy.nodes(':visible');
  const before = new Map(shown.map((node) => [node.id(), { ...node.position() }]));
  shown.positions((node) => start.get(node.id()) ?? node.position());
  // fcose's options are not in cytoscape's LayoutOptions union; the extension's types describe them.
  const options = {
    name: 'fcose',
    quality: 'proof',
    randomize: false,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 70,
    edgeElasticity: () => 0.3,
    gravity: 0.2,
    numIter: 4000,
    nodeSeparation: 80,
    animate: false,
    fit: false,
  } as LayoutOptions;
  cy.elements().layout(options).run();
  const result: Positions = new Map(shown.map((node) => [node.id(), { ...node.position() }]));
  shown.positions((node) => before.get(node.id()) ?? node.position());
  return result;
}

/**
 * The room each shown node and its name take at the overview's zoom: framed at MIN_READABLE_ZOOM at most, where
 * labels are drawn MAX_LABEL_SCALE times their size.
 */
function footprintsOf(cy: Core): Footprint[] {
  return cy.nodes(':visible').map((node) => {
    const degree = Number(node.data('degree') ?? 0);
    return {
      id: node.id(),
      ...nodeFootprint(String(node.data('label') ?? ''), degree, MAX_LABEL_SCALE),
      weight: 1 + degree,
    };
  });
}

/** Runs a layout on the whole graph (hidden elements keep their place, so a filter never loses the layout). */
export async function runLayout(cy: Core, request: LayoutRequest): Promise<void> {
  let positions: Positions;
  // The story is drawn on its own canvas over this one; underneath, the overview waits for it to close.
  const saved = request.name !== 'concentric' ? savedCoverEveryNode(request) : null;
  if (request.name === 'concentric') positions = concentricPositions(request.graph);
  else if (saved) positions = saved;
  else if (request.graph.nodes.length >= OVERVIEW_AT_SCALE_NODES && typeof Worker !== 'undefined') {
    positions = await overviewInWorker(request);
    if (cy.destroyed()) return;
  } else {
    await ensureFcose();
    // The canvas may have unmounted (view switched, dataset replaced) while fcose was loading.
    if (cy.destroyed()) return;
    positions = makeRoomForLabels(fcosePositions(cy, request.graph, request.seed), footprintsOf(cy));
  }
  if (request.name !== 'concentric' && request.moved) {
    for (const [id, position] of Object.entries(request.moved)) positions.set(id, position);
  }

  const layout = cy.elements().layout({
    name: 'preset',
    // A node the positions leave out stays where it is.
    positions: Object.fromEntries(positions),
    animate: request.animate,
    animationDuration: 400,
    fit: false,
  });
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  if (cy.destroyed()) return;

  const target = request.frameTarget();
  // A target (the layout chosen while something is selected, say) is framed; without one, what filters and focus
  // leave (a link or a reload with a filter frames the remainder, not the whole graph), at a readable zoom.
  if (target) frameElements(cy, elementsOf(cy, target), request.animate, request.insets);
  else frameReadable(cy, cy.elements(':visible'), { animate: request.animate, insets: request.insets });
}
