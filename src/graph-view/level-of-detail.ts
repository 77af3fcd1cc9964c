// How much the canvas redraws, by the size of the graph: a small graph is redrawn crisp on every frame and a
// selection fades the rest; a large one pans and zooms a picture of itself, and a selection restyles only its
// neighbourhood.

/** Elements (nodes and edges) from which the canvas draws less: below it a full redraw keeps 60 fps. */
export const SNAPSHOT_FROM_ELEMENTS = 1500;

export interface LevelOfDetail {
  /**
   * Whether a pan or zoom by the user moves a picture of the canvas as last drawn (motion-snapshot.ts), the graph
   * drawn again in full once the view rests, instead of Cytoscape redrawing every element on every frame.
   */
  snapshotOnMotion: boolean;
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
 * of a pan drops to a few frames per second, which is where raw Cytoscape.js is weakest.
 *
 * Measured at 5,000 / 10,000 in headless Chromium without a GPU (bench/pan-zoom.ts, the same drag and wheel on
 * this app's options toggled on a raw page, 2 shared cores): Cytoscape's own level of detail barely helps there.
 * `textureOnViewport` redraws the whole graph into a texture at twice the pixels when each motion starts (0.25 to
 * 2 s) and throws it away 150 ms after the last wheel event, so a wheel slower than that redraws twice per notch;
 * `hideEdgesOnViewport` still redraws 5,000 nodes per frame; `motionBlur` made no difference beyond the noise;
 * `pixelRatio: 1` is already the case at a device pixel ratio of 1; `hideLabelsOnViewport` is not an option of
 * Cytoscape 3.34. Each gave 1x–2x raw's frames per second. The snapshot copies the canvases as drawn (a few ms),
 * draws nothing per frame and holds Cytoscape's redraws until the view rests: 2.8x raw's median in the bench
 * (README, Performance), short of the 4x budget on this loaded machine. The WebGL renderer is not offered: without
 * a GPU it drew 3x slower than the canvas one (issue 12), and it throws where WebGL2 is missing.
 */
export function levelOfDetail(nodeCount: number, edgeCount: number): LevelOfDetail {
  const large = nodeCount + edgeCount >= SNAPSHOT_FROM_ELEMENTS;
  return { snapshotOnMotion: large, fadeOnSelect: !large, placeLabels: !large };
}
