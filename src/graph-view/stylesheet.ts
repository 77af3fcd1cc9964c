// The one Cytoscape stylesheet: types drawn from the style their elements carry (the dataset's vocabulary), view
// state shown by classes only.
import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES, RELATION_FAMILY, RELATION_TYPES } from '../model/vocabulary';
import { BASE_LABEL_SIZE } from './label-size';
import {
  EMPHASIS,
  NODE_TYPE_STYLE,
  RELATION_FAMILY_STYLE,
  UI_COLOURS as UI,
  type LineStyle,
  type NodeShape,
} from '../theme/theme';

export const VIEW_CLASSES = [
  'hidden',
  'faded',
  'selected-element',
  'neighbour',
  'flow-current',
  'flow-earlier',
  'flow-later',
  'handoff',
  'on-path',
  'search-hit',
  'label-hidden',
] as const;
export type ViewClass = (typeof VIEW_CLASSES)[number];

/**
 * Node label sizes for a label scale (label-size.ts): every label grows with it, so zoomed out the names stay
 * readable; hubs keep their larger names but grow less, since they start larger. Kept apart from the other rules
 * so the canvas can swap the scale without touching them.
 */
function labelSizeRules(scale: number, focusScale: number): StylesheetJson {
  const sized = (selector: string, factor: number): StylesheetJson => {
    const leaf = BASE_LABEL_SIZE * factor;
    return [
      { selector, style: { 'font-size': leaf, 'text-max-width': `${Math.round(120 * factor)}px` } },
      {
        selector: selector
          .split(', ')
          .map((s) => `${s}[degree >= 3]`)
          .join(', '),
        style: {
          'font-size': `mapData(degree, 3, 12, ${leaf}, ${Math.max(30, leaf * 1.4)})`,
          'text-max-width': `${Math.round(160 * factor)}px`,
        },
      },
    ];
  };
  return [
    ...(scale === 1 ? [] : sized('node', scale)),
    ...(focusScale === scale ? [] : sized('node.neighbour, node.selected-element', focusScale)),
  ];
}

/**
 * `labelScale` enlarges node labels for a zoomed-out view (label-size.ts's labelScaleFor); `focusScale` the
 * selection's and its neighbours', which may grow further.
 */
export function buildStylesheet(labelScale = 1, focusScale = labelScale): StylesheetJson {
  const base: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': BASE_LABEL_SIZE,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        color: UI.labelText,
        'text-background-color': UI.labelBg,
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        width: 30,
        height: 30,
        'border-width': 1.5,
        'border-color': UI.nodeOutline,
        // Below this on-screen font size labels are hidden rather than drawn as an unreadable smear.
        'min-zoomed-font-size': 9,
      },
    },
    {
      // Size and label grow with the number of connections (a data-mapped style, cheap to draw): zoomed out to the
      // whole graph, the hubs' names stay above the label threshold and read as landmarks; the leaves' hide.
      selector: 'node[degree >= 3]',
      style: {
        width: 'mapData(degree, 3, 12, 30, 52)',
        height: 'mapData(degree, 3, 12, 30, 52)',
        'font-size': 'mapData(degree, 3, 12, 12, 30)',
        'text-max-width': '160px',
      },
    },
    { selector: 'node[degree >= 8]', style: { 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        width: 1.5,
        'font-size': 9,
        'font-family': 'system-ui, sans-serif',
        color: UI.edgeLabelText,
        'text-rotation': 'autorotate',
        'text-background-color': UI.labelBg,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
  ];

  const byNodeType: StylesheetJson = NODE_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': NODE_TYPE_STYLE[type].colour, shape: NODE_TYPE_STYLE[type].shape },
  }));

  const byRelation: StylesheetJson = RELATION_TYPES.map((type) => {
    const family = RELATION_FAMILY_STYLE[RELATION_FAMILY[type]];
    return {
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': family.colour,
        'target-arrow-color': family.colour,
        'line-style': family.line,
        width: family.width,
      },
    };
  });

  // The dataset's vocabulary, resolved per element (elements.ts): a dataset's own types, and the built-in ones in
  // the same colours as the rules above. Those rules stay for elements built without style data.
  const byVocabulary: StylesheetJson = [
    // The typings allow only literal shapes and line styles; Cytoscape maps any property from data.
    {
      selector: 'node[colour]',
      style: { 'background-color': 'data(colour)', shape: 'data(shape)' as NodeShape },
    },
    {
      selector: 'edge[colour]',
      style: {
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'line-style': 'data(line)' as LineStyle,
        width: 'data(width)',
      },
    },
  ];

  const legibility: StylesheetJson = [
    ...labelSizeRules(labelScale, focusScale),
    // A label that would overlap a more important one (label-placement.ts): hidden, its box kept for measuring.
    { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
  ];

  const view: StylesheetJson = [
    // Edge labels would overlap in the overview: show them for the selection, its neighbourhood and the trace.
    {
      selector: 'edge.neighbour, edge.selected-element, edge.flow-current, edge.on-path',
      style: { label: 'data(label)' },
    },
    // 'hidden' has no rule: applyView hides with a `display: none` bypass (view-classes.ts's hiddenOwnFor), which
    // Cytoscape applies without restyling the element.
    { selector: '.faded', style: { opacity: EMPHASIS.faded, 'text-opacity': 0 } },
    { selector: '.flow-later', style: { opacity: EMPHASIS.flowLater, 'text-opacity': 0 } },
    { selector: 'edge.flow-later', style: { opacity: EMPHASIS.flowLaterEdge } },
    { selector: '.flow-earlier', style: { opacity: EMPHASIS.flowEarlier } },
    {
      selector: 'node.selected-element',
      style: { 'border-width': 5, 'border-color': UI.selection, 'font-weight': 'bold', 'z-index': 10 },
    },
    { selector: 'edge.selected-element', style: { width: 5, 'z-index': 10, 'font-weight': 'bold' } },
    {
      selector: 'node.flow-current',
      // Larger words for the step's actors: the step is framed whole, which can mean zoomed well out.
      style: {
        'border-width': 5,
        'border-color': UI.traceStep,
        'font-weight': 'bold',
        'font-size': 22,
        'text-max-width': '170px',
      },
    },
    {
      // What the user is looking at now keeps its name at any zoom: the label threshold is for the crowd.
      selector: 'node.flow-current, node.selected-element, node.on-path',
      style: { 'min-zoomed-font-size': 0, 'z-index': 10 },
    },
    { selector: 'edge.flow-current', style: { width: 5, 'z-index': 9, 'font-weight': 'bold' } },
    {
      selector: 'edge.handoff[handoff != ""]',
      style: {
        label: 'data(handoff)',
        // The numbers tell the order of the story: large, and drawn at any zoom.
        'font-size': 20,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        color: UI.handoffText,
        'text-background-color': UI.handoff,
        'text-background-opacity': 1,
        'text-background-shape': 'roundrectangle',
        'text-background-padding': '3px',
        'text-rotation': 'none',
      },
    },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': UI.path } },
    {
      selector: 'edge.on-path',
      style: { width: 5, 'line-color': UI.path, 'target-arrow-color': UI.path },
    },
    {
      selector: 'node.search-hit',
      style: { 'underlay-color': UI.searchHit, 'underlay-opacity': 0.6, 'underlay-padding': 6 },
    },
  ];

  return [...base, ...byNodeType, ...byRelation, ...byVocabulary, UNANCHORED, ...legibility, ...view];
}

/**
 * An element none of whose passages was found in its text (elements.ts sets `unanchored`): still drawn, with a
 * dashed outline or line, so that what no longer rests on the text shows. Sparser dashes than a family's own.
 */
const UNANCHORED: StylesheetJson[number] = {
  selector: '[?unanchored]',
  style: { 'border-style': 'dashed', 'border-width': 3, 'line-style': 'dashed', 'line-dash-pattern': [2, 7] },
};
