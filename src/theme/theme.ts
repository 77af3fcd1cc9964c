// The one theme: every colour, shape and line style the app draws, for the Cytoscape stylesheet and, as CSS custom
// properties, for the page. Pure data: no React, no Cytoscape, no DOM.
import {
  NODE_TYPES,
  RELATION_FAMILIES,
  type BuiltinNodeType,
  type BuiltinRelationFamily,
  type LineStyle,
  type NodeShape,
} from '../model/vocabulary';

export type { LineStyle, NodeShape };

/**
 * A colour AND a shape per node type. The colours are the Okabe–Ito palette, chosen to stay distinguishable with
 * the common colour-vision deficiencies; the shape carries the type for those who cannot tell colours apart at all.
 */
export const NODE_TYPE_STYLE: Record<BuiltinNodeType, { colour: string; shape: NodeShape }> = {
  agency: { colour: '#0072B2', shape: 'round-rectangle' },
  organisation: { colour: '#E69F00', shape: 'hexagon' },
  person: { colour: '#009E73', shape: 'ellipse' },
  threat: { colour: '#D55E00', shape: 'triangle' },
  action: { colour: '#CC79A7', shape: 'diamond' },
  place: { colour: '#56B4E9', shape: 'pentagon' },
  information: { colour: '#F0E442', shape: 'rectangle' },
  concept: { colour: '#9A9A9A', shape: 'octagon' },
};

/** A colour AND a line style per relation family (the families are in the vocabulary): width says weight. */
export const RELATION_FAMILY_STYLE: Record<
  BuiltinRelationFamily,
  { colour: string; line: LineStyle; width: number }
> = {
  intelligence: { colour: '#0b3d91', line: 'solid', width: 3 },
  hostile: { colour: '#b3261e', line: 'dashed', width: 2 },
  counter: { colour: '#1b7a3d', line: 'solid', width: 2 },
  cooperation: { colour: '#6a3d9a', line: 'dotted', width: 2 },
  other: { colour: '#666666', line: 'solid', width: 1.5 },
};

/**
 * Colours for the node types a dataset declares without one, in the order they are handed out: the Okabe–Ito
 * palette first (as the built-in types use it: distinguishable with the common colour-vision deficiencies, its
 * black swapped for a grey that the near-black outline and the labels stay visible on), then Paul Tol's "light"
 * scheme, also made for colour-blind readers and light enough under dark outlines and labels. 17 colours; a
 * dataset with more types than that reuses them, with the shapes telling the types apart.
 */
export const NODE_TYPE_PALETTE: readonly string[] = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#9A9A9A',
  '#77AADD',
  '#EE8866',
  '#EEDD88',
  '#FFAABB',
  '#99DDFF',
  '#44BB99',
  '#BBCC33',
  '#AAAA00',
  '#DDDDDD',
];

/**
 * Colours for relation families a dataset declares without one: lines on white want darker colours than nodes,
 * so the Okabe–Ito colours that keep 3:1 against white as thin lines (not its yellow or orange), then Paul Tol's
 * "muted" scheme's darker ones. Line styles are handed out with them (solid, dashed, dotted in turn).
 */
export const RELATION_FAMILY_PALETTE: readonly string[] = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#000000',
  '#332288',
  '#882255',
  '#117733',
  '#999933',
  '#AA4499',
];

/** The width of a declared family's lines, which the format does not let a dataset choose. */
export const DECLARED_FAMILY_WIDTH = 2;

/**
 * The page's and the canvas's own colours. Each becomes a CSS custom property named after its key in kebab case
 * (`panelBg` -> `--panel-bg`); the stylesheet reads the same values.
 */
export const UI_COLOURS = {
  // The page
  text: '#1d1d1f',
  muted: '#5b5e66',
  bg: '#ffffff',
  panelBg: '#f7f7f9',
  border: '#d5d6db',
  accent: '#0b57d0',
  accentSoft: '#e8f0fe',
  /** A pressed button under the pointer: darker, so its white words stay readable. */
  accentStrong: '#0842a0',
  onAccent: '#ffffff',
  focus: '#0b57d0',
  danger: '#b3261e',
  dangerSoft: '#fff4f2',
  // The dark header
  headerBg: '#111827',
  headerText: '#f9fafb',
  headerMuted: '#d1d5db',
  headerControl: '#1f2937',
  headerControlBorder: '#374151',
  headerControlHoverBorder: '#9ca3af',
  headerFocus: '#93c5fd',
  logo: '#fbbf24',
  // Evidence: a quoted passage in Details, the tint under evidence in the reader
  evidence: '#b08900',
  quoteBg: '#fff1a8',
  /** Trace steps are not typed entities: their passages in the reader take a neutral colour. */
  stepNeutral: '#6b7280',
  // The canvas
  nodeOutline: '#222222',
  labelText: '#1d1d1f',
  edgeLabelText: '#333333',
  labelBg: '#ffffff',
  /** The selection's thick outline. */
  selection: '#111111',
  /** The outline of the current trace step's actors. */
  traceStep: '#000000',
  /** The numbered hand-offs of a traced flow: the colour of information passed on. */
  handoff: RELATION_FAMILY_STYLE.intelligence.colour,
  handoffText: '#ffffff',
  /**
   * The path between two chosen nodes: a violet no relation family uses, its own colour, not the hostile red
   * (a path of allies read as a chain of threats); apart from every family's colour with each common colour-vision
   * deficiency, and 3.6:1 on the white canvas.
   */
  path: '#bb55ff',
  searchHit: '#ffcc00',
  /** What faded elements are drawn in, in the legend's sample. */
  faded: '#9a9a9a',
} as const;

/** How strongly what is not in view's focus is drawn (opacity). */
export const EMPHASIS = {
  /** Not connected to the selection, the focus or the path. */
  faded: 0.15,
  /** Steps of a trace already told. */
  flowEarlier: 0.45,
  /** Nodes of a trace not yet in the story. */
  flowLater: 0.12,
  /** Edges not yet in the story, the bulk of the canvas while tracing: a whisper. */
  flowLaterEdge: 0.06,
} as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The theme as CSS custom properties, for `document.documentElement.style.setProperty` at start-up (the CSSOM,
 * which the strict CSP allows): `--type-agency`, `--family-hostile`, `--path`, `--faded-opacity` and the rest.
 */
export function themeCustomProperties(): [name: string, value: string][] {
  return [
    ...NODE_TYPES.map((t): [string, string] => [`--type-${t}`, NODE_TYPE_STYLE[t].colour]),
    ...RELATION_FAMILIES.map((f): [string, string] => [`--family-${f}`, RELATION_FAMILY_STYLE[f].colour]),
    ...Object.entries(UI_COLOURS).map(([key, value]): [string, string] => [`--${kebab(key)}`, value]),
    ...Object.entries(EMPHASIS).map(([key, value]): [string, string] => [
      `--${kebab(key)}-opacity`,
      String(value),
    ]),
  ];
}
