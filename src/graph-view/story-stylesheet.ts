// The story view's Cytoscape stylesheet: the overview's (types, relation colours) with the story's own elements
// on top (lanes, appearances, events, column heads, numbered hand-offs) and their classes per step.
import type { StylesheetJson } from 'cytoscape';
import { EMPHASIS, UI_COLOURS as UI } from '../theme/theme';
import { buildStylesheet } from './stylesheet';
import { STORY_FONT } from './story-elements';
import { STORY_GEOMETRY } from './story-layout';

const FONT = 'system-ui, sans-serif';

export function buildStoryStylesheet(): StylesheetJson {
  const story: StylesheetJson = [
    {
      // Names are drawn at any zoom: framing keeps the current step's readable, the rest are the user's to zoom.
      selector: 'node[kind = "lane"], node[kind = "appearance"], node[kind = "event"], node[kind = "column"]',
      style: {
        'min-zoomed-font-size': 0,
        'font-family': FONT,
        'text-background-color': UI.labelBg,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        color: UI.labelText,
      },
    },
    {
      // The lane's name at its left end, large, as an analyst's chart labels its theme lines.
      selector: 'node[kind = "lane"]',
      style: {
        label: 'data(label)',
        width: 14,
        height: 14,
        'border-width': 1.5,
        'font-size': STORY_FONT.lane,
        'font-weight': 'bold',
        'text-halign': 'left',
        'text-valign': 'center',
        'text-margin-x': -8,
        'text-wrap': 'wrap',
        'text-max-width': '200px',
      },
    },
    {
      // An actor taking part in a step: a mark on its lane, named (on the lane, left of it) while its step is the
      // current one; the arrows and events keep to the right of the column.
      selector: 'node[kind = "appearance"]',
      style: {
        label: '',
        width: 20,
        height: 20,
        'border-width': 1.5,
        'font-size': STORY_FONT.actor,
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-x': -8,
        'text-wrap': 'wrap',
        'text-max-width': `${STORY_GEOMETRY.name.maxWidth}px`,
      },
    },
    {
      // Information, actions, threats and places of a step, listed under the lane of the actor they belong to.
      selector: 'node[kind = "event"]',
      style: {
        label: 'data(label)',
        width: 12,
        height: 12,
        'border-width': 1,
        'font-size': STORY_FONT.event,
        'text-halign': 'right',
        'text-valign': 'center',
        'text-margin-x': 6,
        'text-wrap': 'wrap',
        'text-max-width': '240px',
      },
    },
    {
      // The step's number and title above its column; the passage itself is in the tracer beside the canvas.
      selector: 'node[kind = "column"]',
      style: {
        label: 'data(label)',
        width: 2,
        height: 2,
        'background-opacity': 0,
        'border-width': 0,
        'font-size': STORY_FONT.column,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': '260px',
        color: UI.muted,
      },
    },
    {
      selector: 'edge[kind = "lane-line"]',
      style: {
        'curve-style': 'straight',
        width: 3,
        'line-color': UI.border,
        'target-arrow-shape': 'none',
        label: '',
        events: 'no',
      },
    },
    {
      selector: 'edge[kind = "handoff"], edge[kind = "relation"]',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 'data(bow)',
        'control-point-weights': 0.5,
        'target-arrow-shape': 'triangle',
        'font-family': FONT,
        'text-rotation': 'none',
        'min-zoomed-font-size': 0,
      },
    },
    {
      // Who passed what to whom, numbered in story order: the thread the story hangs on.
      selector: 'edge[kind = "handoff"]',
      style: {
        width: 4,
        'line-color': UI.handoff,
        'target-arrow-color': UI.handoff,
        'line-style': 'solid',
        'arrow-scale': 1.4,
        label: 'data(number)',
        'font-size': STORY_FONT.number,
        'font-weight': 'bold',
        color: UI.handoffText,
        'text-background-color': UI.handoff,
        'text-background-opacity': 1,
        'text-background-shape': 'roundrectangle',
        'text-background-padding': '4px',
      },
    },
    {
      // Other ties between the step's actors (recruits, works with, part of): thinner and unnamed, so the numbered
      // hand-offs stand out; pointing or clicking names them (Details), and the step's passage says them in words.
      selector: 'edge[kind = "relation"]',
      style: { label: '', 'arrow-scale': 1 },
    },

    // Steps: the current one framed and named, earlier ones quieter, later ones not yet drawn.
    { selector: '.story-later', style: { display: 'none' } },
    { selector: 'node[kind = "lane"].story-later', style: { display: 'element', opacity: 0.35 } },
    { selector: '.story-earlier', style: { opacity: EMPHASIS.flowEarlier } },
    { selector: 'node[kind = "event"].story-earlier', style: { 'text-opacity': 0 } },
    { selector: 'node[kind = "lane"].story-earlier', style: { opacity: 0.7 } },
    { selector: 'edge[kind = "lane-line"].story-earlier', style: { opacity: 1 } },
    {
      selector: 'node[kind = "appearance"].story-current',
      style: { label: 'data(label)', 'border-width': 4, 'border-color': UI.traceStep, width: 24, height: 24 },
    },
    {
      selector: 'node[kind = "column"].story-current',
      style: { color: UI.text, 'font-weight': 'bold' },
    },
    { selector: 'edge[kind = "handoff"].story-current', style: { width: 5, 'z-index': 9 } },
    { selector: 'edge[kind = "lane-line"].story-current', style: { 'line-color': UI.muted } },

    // The whole story at once (the "Case study flow" layout without a trace): lanes, columns and numbered
    // hand-offs; the events' names would crowd it, so they wait for their step.
    { selector: 'node[kind = "event"].story-whole', style: { 'text-opacity': 0 } },

    // The rest of the graph, when asked for: faded, nameless, out of the story's way.
    { selector: '.story-off', style: { display: 'none' } },
    { selector: '.story-rest', style: { opacity: EMPHASIS.faded * 2, 'text-opacity': 0 } },
    {
      selector: 'node.story-selected',
      style: {
        'border-width': 5,
        'border-color': UI.selection,
        'underlay-color': UI.searchHit,
        'underlay-opacity': 0.5,
        'underlay-padding': 6,
      },
    },
    { selector: 'edge.story-selected', style: { width: 7, 'z-index': 10 } },
  ];
  return [...buildStylesheet(), ...story];
}
