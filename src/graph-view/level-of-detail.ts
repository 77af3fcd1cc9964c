// How much the renderer draws while the camera moves, by the size of the graph: a small graph is redrawn crisp on
// every frame; a large one pans and zooms a snapshot of itself and is redrawn once the camera stops.

/** Elements (nodes and edges) from which a moving camera shows a snapshot: below it a full redraw keeps 60 fps. */
export const SNAPSHOT_FROM_ELEMENTS = 1500;

export interface LevelOfDetail {
  /** Cytoscape's textureOnViewport: pan and zoom move a cached picture of the graph instead of redrawing it. */
  textureOnViewport: boolean;
}

/**
 * The renderer's options for a graph of this size. Redrawing thousands of labelled nodes and edges on every frame
 * of a pan drops to a few frames per second, which is where raw Cytoscape.js is weakest; a snapshot moves at the
 * screen's rate, slightly soft until the camera rests.
 */
export function levelOfDetail(nodeCount: number, edgeCount: number): LevelOfDetail {
  return { textureOnViewport: nodeCount + edgeCount >= SNAPSHOT_FROM_ELEMENTS };
}
