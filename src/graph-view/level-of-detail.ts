// How much the canvas redraws, by the size of the graph: a small graph is redrawn crisp on every frame and a
// selection fades the rest; a large one pans and zooms a snapshot of itself, and a selection restyles only its
// neighbourhood.

/** Elements (nodes and edges) from which the canvas draws less: below it a full redraw keeps 60 fps. */
export const SNAPSHOT_FROM_ELEMENTS = 1500;

export interface LevelOfDetail {
  /** Cytoscape's textureOnViewport: pan and zoom move a cached picture of the graph instead of redrawing it. */
  textureOnViewport: boolean;
  /**
   * Whether selecting fades everything outside the selection's neighbourhood. Fading restyles every element:
   * a few tens of ms for MI6, seconds at 5,000 entities; a large graph marks the neighbourhood and leaves the rest.
   */
  fadeOnSelect: boolean;
  /**
   * Whether names are resized for the zoom and placed apart each time the view rests (LabelController). Both
   * restyle or measure every label on screen: a few ms for MI6, seconds for thousands; a large graph keeps
   * Cytoscape's own rule instead, names drawn only where they are large enough on screen (min-zoomed-font-size).
   */
  placeLabels: boolean;
}

/**
 * The renderer's options for a graph of this size. Redrawing thousands of labelled nodes and edges on every frame
 * of a pan drops to a few frames per second, which is where raw Cytoscape.js is weakest; a snapshot moves at the
 * screen's rate, slightly soft until the camera rests.
 */
export function levelOfDetail(nodeCount: number, edgeCount: number): LevelOfDetail {
  const large = nodeCount + edgeCount >= SNAPSHOT_FROM_ELEMENTS;
  return { textureOnViewport: large, fadeOnSelect: !large, placeLabels: !large };
}
