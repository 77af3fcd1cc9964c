// How large node labels are drawn, in model units, at a zoom: they grow as the view zooms out, so on screen they
// stay readable while the nodes shrink.

/** The least size, in screen pixels, a node's name is drawn at (the bar is 10 px; a pixel to spare). */
export const READABLE_LABEL_PX = 11;
/** A leaf's label size at zoom 1, in model units (the stylesheet's base font size). */
export const BASE_LABEL_SIZE = 12;
/**
 * How many times its base size a label may grow. Beyond it the picture is mostly words and the names crowd each
 * other out, so the camera does not zoom out past the zoom this allows (MIN_READABLE_ZOOM).
 */
export const MAX_LABEL_SCALE = 2.4;
/** The least zoom at which every label is still drawn at READABLE_LABEL_PX or more. */
export const MIN_READABLE_ZOOM = READABLE_LABEL_PX / (BASE_LABEL_SIZE * MAX_LABEL_SCALE);

/**
 * How far the selection's and its neighbours' labels may grow: everything else fades and loses its name while
 * something is selected, so they have room, and a searched node's neighbourhood is framed whole however far out.
 */
export const MAX_FOCUS_LABEL_SCALE = 8;

/**
 * A graph (or what filters and focus leave of it) of at most this many nodes has room for larger names: its labels
 * may grow as far as the selection's, and it is always framed whole ("every name drawn for up to 30 nodes").
 */
export const SMALL_GRAPH = 30;

/** How far labels may grow when `shown` nodes are on the canvas. */
export const labelScaleCap = (shown: number): number =>
  shown <= SMALL_GRAPH ? MAX_FOCUS_LABEL_SCALE : MAX_LABEL_SCALE;

/** The least zoom at which labels still read with `shown` nodes on the canvas. */
export const minReadableZoom = (shown: number): number =>
  READABLE_LABEL_PX / (BASE_LABEL_SIZE * labelScaleCap(shown));

/** Scales are whole steps of 2^(1/STEPS_PER_DOUBLING): the stylesheet changes only when the zoom moves a step. */
const STEPS_PER_DOUBLING = 6;

/**
 * The factor labels are drawn at for a zoom: 1 when the base size already reads, else the next step up from what
 * keeps a leaf's label at READABLE_LABEL_PX, at most `max`.
 */
export function labelScaleFor(zoom: number, max = MAX_LABEL_SCALE): number {
  const needed = READABLE_LABEL_PX / (BASE_LABEL_SIZE * Math.max(zoom, 1e-6));
  if (needed <= 1) return 1;
  const step = Math.ceil(Math.log2(needed) * STEPS_PER_DOUBLING - 1e-9) / STEPS_PER_DOUBLING;
  return Math.min(2 ** step, max);
}

/** The stylesheet's mapData(degree, 3, 12, from, to), clamped as Cytoscape clamps it. */
const byDegree = (degree: number, from: number, to: number) =>
  from + (to - from) * Math.min(Math.max((degree - 3) / 9, 0), 1);

/** A node's label font size in model units at a label scale, as the stylesheet draws it. */
export function labelFontSize(degree: number, scale: number): number {
  const leaf = BASE_LABEL_SIZE * scale;
  if (degree < 3) return leaf;
  return byDegree(degree, leaf, scale === 1 ? 30 : Math.max(30, leaf * 1.4));
}

/**
 * The room a node and its label (drawn under it, wrapped at the stylesheet's width) take, in model units around
 * the node's centre: an estimate from the label's length (an average glyph is a little over half the font size
 * wide in a sans-serif), good enough to make room for names before anything is drawn.
 */
export function nodeFootprint(
  label: string,
  degree: number,
  scale: number,
): { left: number; right: number; top: number; bottom: number } {
  const size = degree < 3 ? 30 : byDegree(degree, 30, 52);
  const font = labelFontSize(degree, scale);
  const maxWidth = (degree < 3 ? 120 : 160) * scale;
  const textWidth = label.length * font * 0.56;
  const lines = Math.max(1, Math.ceil(textWidth / maxWidth));
  const width = Math.max(size, Math.min(textWidth, maxWidth));
  return {
    left: width / 2,
    right: width / 2,
    top: size / 2,
    // The label sits 4 units under the node (text-margin-y), its lines about 1.25 font sizes apart.
    bottom: size / 2 + 4 + lines * font * 1.25,
  };
}
