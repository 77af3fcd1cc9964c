// The story view's layout: a flow drawn as a theme-line chart (one lane per actor, one column per step, each
// hand-off a numbered arrow between two lanes at its step), as plain data and positions computed from the flow
// alone: no Cytoscape, seeded, so the same flow and seed always give the same picture.
import type { GraphIndex } from '../model/graph-index';
import { isHandOff, sortedSteps } from '../model/flow';
import type { Flow } from '../model/schema';
import { seededRandom } from '../model/seeded-random';
import type { Point, Positions } from './layout-positions';

/** Node types that get a lane: the parties who act and pass things on. Everything else is an event on a lane. */
export const ACTOR_TYPES: ReadonlySet<string> = new Set(['agency', 'organisation', 'person']);

export type StoryNodeKind = 'lane' | 'appearance' | 'event' | 'column';
export type StoryEdgeKind = 'lane-line' | 'handoff' | 'relation';

interface StoryElementBase {
  /** `story:<flow>:…`, never a dataset id: these elements exist only in the story view. */
  id: string;
  /** The step (column index, 0-based, in story order) the element belongs to; null for lane labels. */
  step: number | null;
  /** The dataset node or edge it stands for (what a click selects), or null for lane lines and column heads. */
  ref: string | null;
  label: string;
  /** The node type or relation type of `ref`, for its colour and shape; '' when it has none. */
  type: string;
}

export interface StoryNode extends StoryElementBase {
  group: 'nodes';
  kind: StoryNodeKind;
}

export interface StoryEdge extends StoryElementBase {
  group: 'edges';
  kind: StoryEdgeKind;
  source: string;
  target: string;
  /** Hand-off numbers in story order ("3"), '' for other edges. */
  number: string;
  /**
   * How far the arrow bows to the right of its column, in px at zoom 1 (0: straight), so that two arrows of one
   * step, or an arrow and an actor between its ends, never lie on top of each other; the names are on the left.
   */
  bow: number;
}

export type StoryElement = StoryNode | StoryEdge;

export interface StoryLane {
  /** The lane label's element id. */
  id: string;
  /** The actor (dataset node) the lane follows. */
  nodeId: string;
  label: string;
  type: string;
  y: number;
  /** Steps (column indexes) the actor takes part in, in order. */
  steps: number[];
}

export interface StoryColumn {
  /** The column head's element id. */
  id: string;
  index: number;
  stepId: string;
  title: string;
  x: number;
}

export interface StoryLayout {
  flowId: string;
  lanes: StoryLane[];
  columns: StoryColumn[];
  elements: StoryElement[];
  positions: Positions;
}

export interface StoryLayoutOptions {
  /** Breaks ties in the lane order: the same seed gives the same order. */
  seed: number;
}

/** Geometry in px at zoom 1. Column room fits an actor's name and its events' names beside them. */
export const STORY_GEOMETRY = {
  /** Room for the lanes' names at the left, and for the first column's names left of their marks. */
  firstColumnX: 520,
  columnGap: 300,
  /** From one lane to the next when neither has events below it. */
  laneGap: 64,
  /** Each event after the first listed on a lane at some step adds a row. */
  eventRow: 22,
  /** Events sit right of the lane's mark, the first on the line itself, the others listed under it. */
  eventOffset: { x: 22, y: 0 },
  /** The column head sits this far above the step's topmost actor (its title grows upwards). */
  headAbove: 44,
  /** An actor's name, left of its mark on the lane: its font, the width it wraps at, and a line's height. */
  name: { font: 20, maxWidth: 260, line: 25 },
  /** Bows of successive arrows in one column. */
  firstBow: 46,
  bowStep: 30,
} as const;

const idOf = {
  lane: (flow: string, node: string) => `story:${flow}:lane:${node}`,
  appearance: (flow: string, node: string, step: number) => `story:${flow}:${node}:${step}`,
  event: (flow: string, node: string, step: number) => `story:${flow}:event:${node}:${step}`,
  column: (flow: string, step: number) => `story:${flow}:step:${step}`,
  line: (flow: string, node: string, step: number) => `story:${flow}:line:${node}:${step}`,
  edge: (flow: string, edge: string, step: number) => `story:${flow}:edge:${edge}:${step}`,
};
export const storyIds = idOf;

interface StepParts {
  actors: string[];
  /** Actor -> the step's events drawn on its lane, in the order the step names them. */
  events: Map<string, string[]>;
  /** Edges between two different actors: hand-offs first, then other relations, in the step's order. */
  links: { edgeId: string; source: string; target: string; handOff: boolean }[];
}

interface OrderGoal {
  /** Actor -> actor -> how strongly they are tied (hand-offs most). */
  weights: ReadonlyMap<string, Map<string, number>>;
  /** The lanes each step draws on: a step spread over few lanes is framed at a readable size. */
  groups: readonly (readonly string[])[];
}

/** Weight of a step's spread (in lanes) against the lanes its arrows cross. */
const STEP_SPREAD_WEIGHT = 2;

/**
 * How far arrows and ties reach across other lanes, plus how many lanes each step spreads over. Lower is better.
 */
function spanCost(order: readonly string[], goal: OrderGoal): number {
  const at = new Map(order.map((id, i) => [id, i]));
  let cost = 0;
  for (const [a, partners] of goal.weights)
    for (const [b, w] of partners) if (a < b) cost += w * Math.abs((at.get(a) ?? 0) - (at.get(b) ?? 0));
  for (const group of goal.groups) {
    if (group.length < 2) continue;
    const places = group.map((id) => at.get(id) ?? 0);
    cost += STEP_SPREAD_WEIGHT * (Math.max(...places) - Math.min(...places));
  }
  return cost;
}

/**
 * Lane order by barycentres (each actor moved towards the mean lane of those it hands off to, shares a relation
 * with or shares a step with), from the order of first appearance and from a few seeded shuffles, the cheapest
 * kept, then tidied by swapping neighbours while that lowers the cost. Ties break by a seeded draw per actor.
 */
function orderLanes(actors: readonly string[], goal: OrderGoal, seed: number): string[] {
  const { weights } = goal;
  const random = seededRandom(seed);
  const tie = new Map(actors.map((id) => [id, random()]));
  const barycentric = (start: readonly string[]): string[] => {
    let order = [...start];
    let best = order;
    let bestCost = spanCost(order, goal);
    for (let round = 0; round < 24; round++) {
      const at = new Map(order.map((id, i) => [id, i]));
      const centre = new Map(
        order.map((id, i) => {
          let sum = 0;
          let total = 0;
          for (const [other, w] of weights.get(id) ?? []) {
            sum += w * (at.get(other) ?? 0);
            total += w;
          }
          // Half its own place, half its partners': the order settles instead of swinging.
          return [id, total > 0 ? (i + sum / total) / 2 : i];
        }),
      );
      order = [...order].sort(
        (a, b) => (centre.get(a) ?? 0) - (centre.get(b) ?? 0) || (tie.get(a) ?? 0) - (tie.get(b) ?? 0),
      );
      const cost = spanCost(order, goal);
      if (cost < bestCost) {
        best = order;
        bestCost = cost;
      }
    }
    return best;
  };
  const starts: string[][] = [[...actors]];
  for (let s = 0; s < 4; s++) {
    const shuffled = [...actors];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
    }
    starts.push(shuffled);
  }
  let best = barycentric(starts[0] as string[]);
  let bestCost = spanCost(best, goal);
  for (const start of starts.slice(1)) {
    const order = barycentric(start);
    const cost = spanCost(order, goal);
    if (cost < bestCost) {
      best = order;
      bestCost = cost;
    }
  }
  // Move single lanes to wherever lowers the cost most, while one does: the barycentres can leave a lane stranded.
  for (let improved = true, rounds = 0; improved && rounds < 50; rounds++) {
    improved = false;
    for (let i = 0; i < best.length; i++) {
      const lane = best[i] as string;
      const without = best.filter((_, j) => j !== i);
      for (let j = 0; j <= without.length; j++) {
        if (j === i) continue;
        const moved = [...without.slice(0, j), lane, ...without.slice(j)];
        const cost = spanCost(moved, goal);
        if (cost < bestCost - 1e-9) {
          best = moved;
          bestCost = cost;
          improved = true;
          break;
        }
      }
    }
  }
  return best;
}

/**
 * The story view of a flow: lanes, columns, the elements to draw and where. Actors are the flow's agencies,
 * organisations and people, and every end of a hand-off (with a dataset's own node types: every end of a relation
 * in the flow); each other node of a step (information, an action, a
 * threat, a place) is an event listed under the lane of the actor the step ties it to.
 */
export function storyLayout(flow: Flow, index: GraphIndex, { seed }: StoryLayoutOptions): StoryLayout {
  const steps = sortedSteps(flow);
  const g = STORY_GEOMETRY;
  const typeOf = (id: string) => index.nodeById.get(id)?.type ?? '';
  const labelOf = (id: string) => index.nodeById.get(id)?.label ?? id;

  const handOffEnds = new Set<string>();
  const relationEnds = new Set<string>();
  for (const step of steps)
    for (const edgeId of step.edges) {
      const edge = index.edgeById.get(edgeId);
      if (!edge) continue;
      relationEnds.add(edge.source).add(edge.target);
      if (isHandOff(edge, index)) handOffEnds.add(edge.source).add(edge.target);
    }
  // A dataset with node types of its own says nothing of which of them act: there, whoever a step's relations
  // join gets a lane, and what a step names without a relation is an event on it.
  const ownTypes = index.dataset.vocabulary?.nodeTypes !== undefined;
  const isActor = (id: string) =>
    ACTOR_TYPES.has(typeOf(id)) || handOffEnds.has(id) || (ownTypes && relationEnds.has(id));

  // What each step shows: its actors, its events on their lanes, its links between actors.
  const actorsInOrder: string[] = [];
  const seen = new Set<string>();
  const parts: StepParts[] = steps.map((step) => {
    const nodes: string[] = [];
    const add = (id: string) => {
      if (index.nodeById.has(id) && !nodes.includes(id)) nodes.push(id);
    };
    step.nodes.forEach(add);
    const edges = [...new Set(step.edges)].map((id) => index.edgeById.get(id)).filter((e) => e !== undefined);
    for (const edge of edges) {
      add(edge.source);
      add(edge.target);
    }
    const actors = nodes.filter(isActor);
    for (const id of actors)
      if (!seen.has(id)) {
        seen.add(id);
        actorsInOrder.push(id);
      }
    const links = [...edges.filter((e) => isHandOff(e, index)), ...edges.filter((e) => !isHandOff(e, index))]
      .filter((e) => e.source !== e.target && isActor(e.source) && isActor(e.target))
      .map((e) => ({
        edgeId: e.id,
        source: e.source,
        target: e.target,
        handOff: isHandOff(e, index),
      }));
    // An event goes to the first actor the step's edges lead to from it (through other events if need be).
    const events = new Map<string, string[]>();
    for (const id of nodes) {
      if (isActor(id)) continue;
      let owner: string | undefined;
      const queue = [id];
      const visited = new Set(queue);
      for (let head = 0; head < queue.length && owner === undefined; head++) {
        const at = queue[head] as string;
        for (const edge of edges) {
          const other = edge.source === at ? edge.target : edge.target === at ? edge.source : undefined;
          if (other === undefined || visited.has(other)) continue;
          if (isActor(other)) {
            owner = other;
            break;
          }
          visited.add(other);
          queue.push(other);
        }
      }
      owner ??= actors[0] ?? '';
      events.set(owner, [...(events.get(owner) ?? []), id]);
    }
    return { actors, events, links };
  });
  // A step with events but no actor hangs them on a lane of their own, so nothing of the story is dropped.
  if (parts.some((p) => p.events.has(''))) actorsInOrder.push('');

  // Who is tied to whom: hand-offs count most, then other relations, then sharing a step; and each step's spread.
  const weights = new Map<string, Map<string, number>>(actorsInOrder.map((id) => [id, new Map()]));
  const tie = (a: string, b: string, w: number) => {
    if (a === b) return;
    weights.get(a)?.set(b, (weights.get(a)?.get(b) ?? 0) + w);
    weights.get(b)?.set(a, (weights.get(b)?.get(a) ?? 0) + w);
  };
  for (const part of parts)
    for (const link of part.links) tie(link.source, link.target, link.handOff ? 4 : 1.5);
  const groups = parts.map((part) => [...new Set([...part.actors, ...part.events.keys()])]);
  // Sharing a step pulls lanes together a little too, so the barycentres see it.
  for (const group of groups)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) tie(group[i] as string, group[j] as string, 0.5);
  const laneOrder = orderLanes(actorsInOrder, { weights, groups }, seed);

  // Lanes, each far enough below the one before for its name (above its marks) to clear that lane's events.
  const lanes: StoryLane[] = [];
  let y = 0;
  let before: { label: string; rows: number } | null = null;
  for (const nodeId of laneOrder) {
    const rows = Math.max(0, ...parts.map((p) => p.events.get(nodeId)?.length ?? 0));
    const label = nodeId ? labelOf(nodeId) : 'Events';
    if (before) y += laneDrop(before, label);
    before = { label, rows };
    const taking = parts.flatMap((p, i) => (p.actors.includes(nodeId) || p.events.has(nodeId) ? [i] : []));
    lanes.push({
      id: idOf.lane(flow.id, nodeId || '~events'),
      nodeId,
      label: nodeId ? labelOf(nodeId) : 'Events',
      type: nodeId ? typeOf(nodeId) : '',
      y,
      steps: taking,
    });
  }
  const laneIndex = new Map(lanes.map((lane, i) => [lane.nodeId, i]));

  const elements: StoryElement[] = [];
  const positions: Positions = new Map();
  const place = (id: string, p: Point) => positions.set(id, p);
  for (const lane of lanes) {
    elements.push({
      group: 'nodes',
      kind: 'lane',
      id: lane.id,
      step: null,
      ref: lane.nodeId || null,
      label: lane.label,
      type: lane.type,
    });
    place(lane.id, { x: 0, y: lane.y });
  }

  // Hand-offs are numbered in story order, as the legend and the overview number them.
  let handOffNumber = 1;
  const columns: StoryColumn[] = steps.map((step, i) => {
    const part = parts[i] as StepParts;
    const x = g.firstColumnX + i * g.columnGap;
    const present = lanes.filter((lane) => lane.steps.includes(i));
    for (const lane of present) {
      const id = idOf.appearance(flow.id, lane.nodeId || '~events', i);
      elements.push({
        group: 'nodes',
        kind: 'appearance',
        id,
        step: i,
        ref: lane.nodeId || null,
        label: lane.label,
        type: lane.type,
      });
      place(id, { x, y: lane.y });
      (part.events.get(lane.nodeId) ?? []).forEach((eventId, row) => {
        const ev = idOf.event(flow.id, eventId, i);
        elements.push({
          group: 'nodes',
          kind: 'event',
          id: ev,
          step: i,
          ref: eventId,
          label: labelOf(eventId),
          type: typeOf(eventId),
        });
        place(ev, { x: x + g.eventOffset.x, y: lane.y + g.eventOffset.y + row * g.eventRow });
      });
    }
    const top = present.length > 0 ? Math.min(...present.map((lane) => lane.y)) : (lanes[0]?.y ?? 0);
    const head = idOf.column(flow.id, i);
    elements.push({
      group: 'nodes',
      kind: 'column',
      id: head,
      step: i,
      ref: null,
      label: `${i + 1}. ${step.title}`,
      type: '',
    });
    place(head, { x, y: top - g.headAbove });

    // Arrows: straight when nothing lies between their ends and no straight arrow already covers the span,
    // otherwise bowed right, each further than the last, so none hides another or an actor on the way.
    const straight: [number, number][] = [];
    let bowed = 0;
    for (const link of part.links) {
      const a = laneIndex.get(link.source) ?? 0;
      const b = laneIndex.get(link.target) ?? 0;
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const between = present.some((lane) => {
        const at = laneIndex.get(lane.nodeId) ?? 0;
        return at > lo && at < hi;
      });
      const covered = straight.some(([s, e]) => s < hi && lo < e);
      let bow = 0;
      if (between || covered) bow = g.firstBow + g.bowStep * bowed++;
      else straight.push([lo, hi]);
      const edge = index.edgeById.get(link.edgeId);
      elements.push({
        group: 'edges',
        kind: link.handOff ? 'handoff' : 'relation',
        id: idOf.edge(flow.id, link.edgeId, i),
        step: i,
        ref: link.edgeId,
        label: edge?.label ?? '',
        type: edge?.type ?? '',
        source: idOf.appearance(flow.id, link.source, i),
        target: idOf.appearance(flow.id, link.target, i),
        number: link.handOff ? String(handOffNumber++) : '',
        bow,
      });
    }
    return { id: head, index: i, stepId: step.id, title: step.title, x };
  });

  // Each lane's line: from its label to its first appearance, then from one appearance to the next.
  for (const lane of lanes) {
    const key = lane.nodeId || '~events';
    let from = lane.id;
    for (const i of lane.steps) {
      const to = idOf.appearance(flow.id, key, i);
      elements.push({
        group: 'edges',
        kind: 'lane-line',
        id: idOf.line(flow.id, key, i),
        step: i,
        ref: null,
        label: '',
        type: '',
        source: from,
        target: to,
        number: '',
        bow: 0,
      });
      from = to;
    }
  }

  return { flowId: flow.id, lanes, columns, elements, positions };
}

/** Lines an actor's name wraps to (system-ui averages about 0.56 em per character). */
export function nameLines(label: string): number {
  const { font, maxWidth } = STORY_GEOMETRY.name;
  return Math.max(1, Math.ceil((label.length * font * 0.56) / maxWidth));
}

/**
 * From one lane to the next: the lane before's name (centred on its line) or its events' rows below the line,
 * then this lane's name, with room between.
 */
function laneDrop(before: { label: string; rows: number }, label: string): number {
  const g = STORY_GEOMETRY;
  const names = ((nameLines(before.label) + nameLines(label)) * g.name.line) / 2 + 20;
  const events = Math.max(0, before.rows - 1) * g.eventRow + (nameLines(label) * g.name.line) / 2 + 20;
  return Math.max(g.laneGap, names, events);
}

/** The sum over hand-offs of how many lanes each one crosses (0 for neighbouring lanes): what lane order lowers. */
export function handOffCrossings(layout: StoryLayout): number {
  const laneAt = new Map(layout.lanes.map((lane, i) => [lane.nodeId, i]));
  const nodeOf = new Map(layout.elements.filter((e) => e.group === 'nodes').map((e) => [e.id, e.ref ?? '']));
  let total = 0;
  for (const e of layout.elements) {
    if (e.group !== 'edges' || e.kind !== 'handoff') continue;
    const a = laneAt.get(nodeOf.get(e.source) ?? '') ?? 0;
    const b = laneAt.get(nodeOf.get(e.target) ?? '') ?? 0;
    total += Math.max(0, Math.abs(a - b) - 1);
  }
  return total;
}
