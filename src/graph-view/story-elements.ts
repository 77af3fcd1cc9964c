// The story view on Cytoscape: the story layout as element definitions, the rest of the graph placed under it,
// the classes each element carries at a step (pure), and the box a step is framed by.
import type { ElementDefinition } from 'cytoscape';
import { vocabularyOf } from '../model/resolve-vocabulary';
import type { Dataset } from '../model/schema';
import type { Box } from './camera';
import { nodeTypeData, relationTypeData, shortLabel } from './elements';
import type { Point } from './layout-positions';
import { nameLines, STORY_GEOMETRY, type StoryElement, type StoryLayout } from './story-layout';

export const STORY_CLASSES = [
  'story-current',
  'story-earlier',
  'story-later',
  'story-whole',
  'story-rest',
  'story-off',
  'story-selected',
] as const;
export type StoryClass = (typeof STORY_CLASSES)[number];

/** Font sizes (px at zoom 1) the story stylesheet draws with; framing keeps the current actors' at 15 px or more. */
export const STORY_FONT = {
  actor: STORY_GEOMETRY.name.font,
  lane: 20,
  event: 14,
  column: 17,
  number: 20,
} as const;

/** The most the story zooms in, and the least it zooms out to when framing a step (actors' names stay >= 15 px). */
export const STORY_MAX_ZOOM = 1;
export const STORY_MIN_ZOOM = 15 / STORY_FONT.actor;

/** Cytoscape bows a bezier to the right of the line from source to target for a positive distance. */
function controlDistance(element: StoryElement, layout: StoryLayout): number {
  if (element.group !== 'edges' || element.bow === 0) return 0;
  const from = layout.positions.get(element.source);
  const to = layout.positions.get(element.target);
  if (!from || !to) return 0;
  // Going down the page, the right of the page is the arrow's left.
  return to.y > from.y ? -element.bow : element.bow;
}

/** Element definitions for the story, and for the rest of the dataset (drawn only when asked for, faded). */
export function storyElementDefinitions(layout: StoryLayout, dataset: Dataset): ElementDefinition[] {
  // The colours and shapes of the dataset's own types travel with the elements, as on the overview (elements.ts).
  const vocabulary = vocabularyOf(dataset);
  const typeData = (group: string, type: string) =>
    type === ''
      ? {}
      : group === 'edges'
        ? relationTypeData(vocabulary, type)
        : nodeTypeData(vocabulary, type);
  const story: ElementDefinition[] = layout.elements.map((e) => {
    const data: Record<string, unknown> = {
      id: e.id,
      kind: e.kind,
      ref: e.ref ?? '',
      type: e.type,
      ...typeData(e.group, e.type),
      label: e.kind === 'event' ? shortLabel(e.label, 32) : e.label,
      step: e.step ?? -1,
      story: true,
    };
    if (e.group === 'edges') {
      data.source = e.source;
      data.target = e.target;
      data.number = e.number;
      data.bow = controlDistance(e, layout);
      return { group: 'edges', data };
    }
    return { group: 'nodes', data, position: { ...(layout.positions.get(e.id) ?? { x: 0, y: 0 }) } };
  });

  // The rest: every node the story does not draw, in rows under the lanes; their relations among themselves and
  // to the actors' lane labels.
  const inStory = new Set(layout.elements.flatMap((e) => (e.group === 'nodes' && e.ref ? [e.ref] : [])));
  const laneOf = new Map(layout.lanes.map((lane) => [lane.nodeId, lane.id]));
  const rest = dataset.nodes.filter((n) => !inStory.has(n.id));
  const positions = restPositions(
    rest.map((n) => n.id),
    layout,
  );
  const restNodes: ElementDefinition[] = rest.map((n) => ({
    group: 'nodes',
    data: {
      id: n.id,
      ref: n.id,
      label: shortLabel(n.label),
      type: n.type,
      ...nodeTypeData(vocabulary, n.type),
      kind: 'rest',
      step: -1,
    },
    position: positions.get(n.id) ?? { x: 0, y: 0 },
  }));
  const restIds = new Set(rest.map((n) => n.id));
  const end = (id: string) => (restIds.has(id) ? id : laneOf.get(id));
  const restEdges: ElementDefinition[] = dataset.edges.flatMap((edge) => {
    const source = end(edge.source);
    const target = end(edge.target);
    if (!source || !target || (!restIds.has(edge.source) && !restIds.has(edge.target))) return [];
    return [
      {
        group: 'edges',
        data: {
          id: `story:rest:${edge.id}`,
          ref: edge.id,
          source,
          target,
          type: edge.type,
          ...relationTypeData(vocabulary, edge.type),
          kind: 'rest',
          step: -1,
        },
      },
    ];
  });
  return [...story, ...restNodes, ...restEdges];
}

/** Rows under the story, as wide as its columns: out of its way, in the dataset's order. */
export function restPositions(ids: readonly string[], layout: StoryLayout): Map<string, Point> {
  const bottom = Math.max(0, ...[...layout.positions.values()].map((p) => p.y));
  const width = STORY_GEOMETRY.firstColumnX + layout.columns.length * STORY_GEOMETRY.columnGap;
  const perRow = Math.max(6, Math.floor(width / 140));
  return new Map(
    ids.map((id, i) => [id, { x: (i % perRow) * 140, y: bottom + 200 + Math.floor(i / perRow) * 100 }]),
  );
}

export interface StoryView {
  /** The current step (column index), or null for the whole story with none singled out. */
  step: number | null;
  selectedId: string | null;
  showRest: boolean;
}

interface ElementFacts {
  kind: string;
  step: number;
  ref: string;
  /** For a lane: the steps its actor takes part in. */
  laneSteps?: readonly number[];
}

/** The classes one story element carries in a view; pure, so it is tested without a canvas. */
export function storyClassesFor(element: ElementFacts, view: StoryView): StoryClass[] {
  const classes: StoryClass[] = [];
  if (element.kind === 'rest') {
    classes.push(view.showRest ? 'story-rest' : 'story-off');
  } else if (view.step === null) {
    classes.push('story-whole');
  } else if (element.kind === 'lane') {
    const steps = element.laneSteps ?? [];
    if (steps.includes(view.step)) classes.push('story-current');
    else if (steps.some((s) => s < view.step!)) classes.push('story-earlier');
    else classes.push('story-later');
  } else if (element.step === view.step) classes.push('story-current');
  else if (element.step < view.step) classes.push('story-earlier');
  else classes.push('story-later');
  if (view.selectedId !== null && element.ref === view.selectedId) classes.push('story-selected');
  return classes;
}

/** Facts per element id, read once from the layout, for storyClassesFor. */
export function storyFacts(layout: StoryLayout): Map<string, ElementFacts> {
  const laneSteps = new Map(layout.lanes.map((lane) => [lane.id, lane.steps]));
  return new Map(
    layout.elements.map((e) => [
      e.id,
      { kind: e.kind, step: e.step ?? -1, ref: e.ref ?? '', laneSteps: laneSteps.get(e.id) },
    ]),
  );
}

/** Rough width of a label in px at zoom 1 (system-ui averages about 0.56 em per character), wrapped at `max`. */
function labelWidth(text: string, font: number, max: number): { w: number; lines: number } {
  const w = text.length * font * 0.56;
  return { w: Math.min(w, max), lines: Math.max(1, Math.ceil(w / max)) };
}

/**
 * The box (model coordinates) a step is framed by: its column head, its actors with their names above them, its
 * events with their names to the right, the arrows bowing left. Worked out from positions and the stylesheet's
 * font sizes, not Cytoscape's boundingBox() (see framingBox in camera.ts). `actorsOnly`: the actors and arrows.
 */
export function storyStepBox(layout: StoryLayout, step: number, { actorsOnly = false } = {}): Box {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const grow = (a: number, b: number, c: number, d: number) => {
    x1 = Math.min(x1, a);
    y1 = Math.min(y1, b);
    x2 = Math.max(x2, c);
    y2 = Math.max(y2, d);
  };
  let widestBow = 0;
  for (const e of layout.elements) {
    if (e.step !== step) continue;
    if (e.group === 'edges') {
      widestBow = Math.max(widestBow, e.bow);
      continue;
    }
    const p = layout.positions.get(e.id);
    if (!p) continue;
    if (e.kind === 'appearance') {
      const { w } = labelWidth(e.label, STORY_FONT.actor, STORY_GEOMETRY.name.maxWidth);
      const half = Math.max(12, (nameLines(e.label) * STORY_GEOMETRY.name.line) / 2);
      grow(p.x - 16 - w, p.y - half, p.x + 12, p.y + half);
    } else if (actorsOnly) {
      continue;
    } else if (e.kind === 'event') {
      const { w } = labelWidth(shortLabel(e.label, 32), STORY_FONT.event, 240);
      grow(p.x - 8, p.y - 12, p.x + 14 + w, p.y + 12);
    } else if (e.kind === 'column') {
      const { w, lines } = labelWidth(e.label, STORY_FONT.column, 260);
      grow(p.x - w / 2, p.y - lines * STORY_FONT.column * 1.3 - 8, p.x + w / 2, p.y);
    }
  }
  if (!Number.isFinite(x1)) return { x1: 0, y1: 0, w: 0, h: 0 };
  // An arrow's bow reaches about half its distance at the middle.
  x2 = Math.max(x2, (layout.columns[step]?.x ?? x2) + widestBow * 0.6 + 20);

  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/** The canvas a framing fits into: its size in px, and how much drawers cover at each side. */
export interface FrameRoom {
  width: number;
  height: number;
  left: number;
  right: number;
}

const FRAME_PADDING = 24;

/** The whole story: every lane with its name, every column. */
function wholeStoryBox(layout: StoryLayout): Box {
  const points = [...layout.positions.values()];
  if (points.length === 0) return { x1: 0, y1: 0, w: 0, h: 0 };
  const x1 = Math.min(...points.map((p) => p.x)) - 220;
  const y1 = Math.min(...points.map((p) => p.y)) - 60;
  const x2 = Math.max(...points.map((p) => p.x)) + 200;
  const y2 = Math.max(...points.map((p) => p.y)) + 20;
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/**
 * The viewport that frames a step (or the whole story for null): its box fitted into the uncovered canvas, zoomed
 * in at most STORY_MAX_ZOOM and, for a step, out no further than STORY_MIN_ZOOM, so its actors' names stay as
 * large as the panel text; when the step's box does not fit at that zoom, its actors are centred instead.
 */
export function storyFrame(
  layout: StoryLayout,
  step: number | null,
  room: FrameRoom,
): { zoom: number; pan: { x: number; y: number } } {
  const width = Math.max(room.width - room.left - room.right - 2 * FRAME_PADDING, 1);
  const height = Math.max(room.height - 2 * FRAME_PADDING, 1);
  const fit = (box: Box) => Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  let box = step === null ? wholeStoryBox(layout) : storyStepBox(layout, step);
  let zoom = Math.min(STORY_MAX_ZOOM, fit(box));
  if (step !== null && zoom < STORY_MIN_ZOOM) {
    // Too much to show at a readable size: the actors' names and the arrows between them come first, centred;
    // the events' names beside them may run off the edge (the user can pan to them).
    zoom = STORY_MIN_ZOOM;
    box = storyStepBox(layout, step, { actorsOnly: true });
  }
  return {
    zoom,
    pan: {
      x: room.left + (room.width - room.left - room.right) / 2 - zoom * (box.x1 + box.w / 2),
      y: room.height / 2 - zoom * (box.y1 + box.h / 2),
    },
  };
}
