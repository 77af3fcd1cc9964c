// The story view's layout as a pure function of a flow: one lane per actor, one column per step in story order,
// every hand-off between two lanes at its step's column, lanes ordered to keep hand-offs short, the same picture
// for the same seed; and the classes and framing built on it.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { buildGraphIndex } from '../../src/model/graph-index';
import { handOffNumbers, sortedSteps } from '../../src/model/flow';
import type { Dataset } from '../../src/model/schema';
import {
  handOffCrossings,
  storyLayout,
  type StoryEdge,
  type StoryLayout,
  type StoryNode,
} from '../../src/graph-view/story-layout';
import {
  STORY_FONT,
  STORY_MIN_ZOOM,
  storyClassesFor,
  storyElementDefinitions,
  storyFacts,
  storyFrame,
  storyStepBox,
} from '../../src/graph-view/story-elements';
import { makeDataset, makeSpyStory } from './helpers/make-dataset';

const mi6 = JSON.parse(
  readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8'),
) as Dataset;
const mi6Index = buildGraphIndex(mi6);
const caseStudy = mi6.flows.find((f) => f.id === 'case-study');
if (!caseStudy) throw new Error('the MI6 dataset has no case study');

const spy = makeSpyStory();
const spyIndex = buildGraphIndex(spy);
const spyFlow = spy.flows[0];
if (!spyFlow) throw new Error('the spy story has no flow');

const nodes = (layout: StoryLayout) => layout.elements.filter((e): e is StoryNode => e.group === 'nodes');
const edges = (layout: StoryLayout) => layout.elements.filter((e): e is StoryEdge => e.group === 'edges');
const at = (layout: StoryLayout, id: string) => {
  const p = layout.positions.get(id);
  if (!p) throw new Error(`no position for ${id}`);
  return p;
};
const laneNames = (layout: StoryLayout) => layout.lanes.map((lane) => lane.label);

describe('the story of the MI6 case study', () => {
  const layout = storyLayout(caseStudy, mi6Index, { seed: 1 });

  it('gives each actor who takes part a lane: the agencies, the officer, Sami, the DAESH contacts, the stranger', () => {
    const lanes = new Set(layout.lanes.map((lane) => lane.nodeId));
    for (const id of [
      'mi5',
      'mi6',
      'gchq',
      'mi6-officer',
      'sami',
      'daesh-contacts',
      'stranger',
      'mi5-operative',
    ])
      expect(lanes).toContain(id);
    // Information, actions, threats and places are events on the lanes, not lanes of their own.
    for (const id of ['sami-email', 'envelope', 'risk-assessment', 'london', 'potential-terrorist-attack'])
      expect(lanes).not.toContain(id);
    expect(new Set(layout.lanes.map((lane) => lane.y)).size).toBe(layout.lanes.length);
  });

  it('puts one column per step, left to right in story order, titled by the step', () => {
    const steps = sortedSteps(caseStudy);
    expect(layout.columns.map((c) => c.stepId)).toEqual(steps.map((s) => s.id));
    const xs = layout.columns.map((c) => c.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
    const heads = nodes(layout).filter((n) => n.kind === 'column');
    expect(heads.map((h) => h.label)).toEqual(steps.map((s, i) => `${i + 1}. ${s.title}`));
  });

  it('draws every hand-off as an arrow between two different lanes at its step’s column, numbered as the overview numbers it', () => {
    const handOffs = edges(layout).filter((e) => e.kind === 'handoff');
    const numbers = handOffNumbers(caseStudy, mi6Index);
    expect(handOffs.length).toBe([...numbers.values()].flat().length);
    for (const arrow of handOffs) {
      const column = layout.columns[arrow.step ?? -1];
      const from = at(layout, arrow.source);
      const to = at(layout, arrow.target);
      expect(from.x).toBe(column?.x);
      expect(to.x).toBe(column?.x);
      expect(from.y).not.toBe(to.y);
      expect(numbers.get(arrow.ref ?? '')).toContain(Number(arrow.number));
    }
    expect(handOffs.map((e) => Number(e.number))).toEqual(handOffs.map((_, i) => i + 1));
  });

  it('puts a step’s information and actions on the lane of the actor they belong to, right of its column', () => {
    const email = at(layout, 'story:case-study:event:sami-email:0');
    const sami = layout.lanes.find((lane) => lane.nodeId === 'sami');
    const next = layout.lanes[layout.lanes.indexOf(sami!) + 1];
    expect(email.x).toBeGreaterThan(layout.columns[0]!.x);
    expect(email.y).toBeGreaterThanOrEqual(sami!.y);
    if (next) expect(email.y).toBeLessThan(next.y);
  });

  it('orders the lanes so hand-offs cross fewer lanes than in the order actors first appear', () => {
    const firstSeen = storyLayout(caseStudy, mi6Index, { seed: 1 });
    // The order of first appearance, rebuilt: lanes sorted by their first step.
    const naive = [...firstSeen.lanes].sort((a, b) => (a.steps[0] ?? 0) - (b.steps[0] ?? 0));
    const naiveLayout = { ...firstSeen, lanes: naive };
    expect(handOffCrossings(layout)).toBeLessThan(handOffCrossings(naiveLayout));
    // MI6 hands on to MI5 and GCHQ, GCHQ back to both: the three agencies sit side by side.
    const lane = (id: string) => layout.lanes.findIndex((l) => l.nodeId === id);
    const agencies = ['mi5', 'mi6', 'gchq'].map(lane).sort((a, b) => a - b);
    expect(agencies[2]! - agencies[0]!).toBe(2);
  });

  it('is the same for the same seed, and never draws on Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const again = storyLayout(caseStudy, mi6Index, { seed: 1 });
    expect(laneNames(again)).toEqual(laneNames(layout));
    expect([...again.positions]).toEqual([...layout.positions]);
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });

  it('bows an arrow that would pass over another actor or lie on another arrow, and leaves the rest straight', () => {
    // Step 10: GCHQ passes the details to MI6 and to MI5.
    const step10 = edges(layout).filter((e) => e.kind === 'handoff' && e.step === 9);
    expect(step10).toHaveLength(2);
    const bows = step10.map((e) => e.bow);
    expect(bows.filter((b) => b === 0).length).toBeLessThanOrEqual(1);
    expect(new Set(bows).size).toBe(2);
  });
});

describe('the story of any flow', () => {
  it('draws the spy story: the agencies’ warnings and the envelope’s journey, each hand-off between lanes', () => {
    const layout = storyLayout(spyFlow, spyIndex, { seed: 3 });
    expect(layout.lanes.map((l) => l.nodeId).sort()).toEqual(
      ['daesh-contact', 'gchq', 'mi5', 'mi6', 'sami', 'stranger'].sort(),
    );
    for (const arrow of edges(layout).filter((e) => e.kind === 'handoff'))
      expect(at(layout, arrow.source).y).not.toBe(at(layout, arrow.target).y);
  });

  it('a step of only information still shows, on a lane of its own', () => {
    const dataset = makeDataset({
      nodes: [
        { id: 'memo', type: 'information' },
        { id: 'plan', type: 'action' },
      ],
      edges: [{ id: 'memo-plan', source: 'memo', target: 'plan' }],
      flows: [
        {
          id: 'f',
          steps: [
            { id: 's1', nodes: ['memo'] },
            { id: 's2', edges: ['memo-plan'] },
          ],
        },
      ],
    });
    const layout = storyLayout(dataset.flows[0]!, buildGraphIndex(dataset), { seed: 1 });
    expect(layout.lanes).toHaveLength(1);
    expect(
      nodes(layout)
        .filter((n) => n.kind === 'event')
        .map((n) => n.ref),
    ).toEqual(['memo', 'memo', 'plan']);
  });

  it('different seeds may order tied lanes differently, but each seed repeats', () => {
    for (const seed of [1, 2, 3, 4]) {
      const a = storyLayout(spyFlow, spyIndex, { seed });
      const b = storyLayout(spyFlow, spyIndex, { seed });
      expect(laneNames(a)).toEqual(laneNames(b));
    }
  });
});

/** An actor's name's width at zoom 1, as the layout estimates it. */
const e2w = (label: string) => label.length * STORY_FONT.actor * 0.56;

describe('the story of a dataset with types of its own', () => {
  // The spy story retold in a vocabulary of its own: nobody is an agency, organisation or person, and the
  // hand-offs are a relation type of the "intelligence" family rather than the built-in hand-off types.
  const HAND_OFFS = new Set(['passes_intelligence_to', 'reports_to', 'hands_over']);
  const own: Dataset = {
    ...spy,
    vocabulary: {
      nodeTypes: [
        { id: 'party', label: 'Party' },
        { id: 'thing', label: 'Thing' },
      ],
      relationTypes: [
        { id: 'tips_off', label: 'tips off', family: 'intelligence' },
        { id: 'deals_with', label: 'deals with' },
      ],
    },
    nodes: spy.nodes.map((n) => ({
      ...n,
      type: ['agency', 'person', 'organisation'].includes(n.type) ? 'party' : 'thing',
    })),
    edges: spy.edges.map((e) => ({ ...e, type: HAND_OFFS.has(e.type) ? 'tips_off' : 'deals_with' })),
  };
  const ownIndex = buildGraphIndex(own);
  const ownFlow = own.flows[0] as NonNullable<typeof spyFlow>;

  it('numbers the hand-offs of its own "intelligence" family as the built-in ones are numbered', () => {
    expect([...handOffNumbers(ownFlow, ownIndex).values()]).toEqual([
      ...handOffNumbers(spyFlow, spyIndex).values(),
    ]);
  });

  it("gives a lane to each party the flow's relations join, rather than one lane of events", () => {
    const layout = storyLayout(ownFlow, ownIndex, { seed: 1 });
    const ends = new Set(
      ownFlow.steps.flatMap((step) =>
        step.edges.flatMap((id) => {
          const edge = ownIndex.edgeById.get(id);
          return edge ? [edge.source, edge.target] : [];
        }),
      ),
    );
    expect(new Set(layout.lanes.map((lane) => lane.nodeId))).toEqual(ends);
    expect(laneNames(layout)).not.toContain('Events');
  });
});

describe('the story on the canvas', () => {
  const layout = storyLayout(caseStudy, mi6Index, { seed: 1 });
  const facts = storyFacts(layout);

  it('marks the current step, quiets earlier ones and holds back later ones', () => {
    const view = { step: 3, selectedId: null, showRest: false };
    const classes = (id: string) => storyClassesFor(facts.get(id)!, view);
    expect(classes('story:case-study:sami:3')).toEqual(['story-current']);
    expect(classes('story:case-study:sami:0')).toEqual(['story-earlier']);
    expect(classes('story:case-study:sami:5')).toEqual(['story-later']);
    expect(classes('story:case-study:lane:mi6-officer')).toEqual(['story-current']);
    expect(classes('story:case-study:lane:gchq')).toEqual(['story-earlier']);
    expect(classes('story:case-study:lane:stranger')).toEqual(['story-later']);
  });

  it('a selected node is marked wherever the story draws it; the rest of the graph shows only when asked', () => {
    const view = { step: 3, selectedId: 'sami', showRest: false };
    expect(storyClassesFor(facts.get('story:case-study:sami:3')!, view)).toContain('story-selected');
    expect(storyClassesFor({ kind: 'rest', step: -1, ref: 'x' }, view)).toEqual(['story-off']);
    expect(storyClassesFor({ kind: 'rest', step: -1, ref: 'x' }, { ...view, showRest: true })).toEqual([
      'story-rest',
    ]);
  });

  it('gives the rest of the graph a place under the story, and only once', () => {
    const defs = storyElementDefinitions(layout, mi6);
    const ids = defs.map((d) => d.data.id);
    expect(new Set(ids).size).toBe(ids.length);
    const lowest = Math.max(...[...layout.positions.values()].map((p) => p.y));
    const rest = defs.filter((d) => d.data.kind === 'rest' && d.group === 'nodes');
    expect(rest.length).toBeGreaterThan(40);
    for (const node of rest) expect(node.position?.y).toBeGreaterThan(lowest);
  });

  it('frames every step with its actors’ names at least 15 px on a 1280 x 800 and an 800 x 900 screen', () => {
    for (const room of [
      { width: 1280 - 320 - 420, height: 800 - 90, left: 0, right: 0 },
      { width: 800, height: 900 - 90, left: 0, right: 0 },
    ]) {
      layout.columns.forEach((column) => {
        const { zoom, pan } = storyFrame(layout, column.index, room);
        expect(zoom * STORY_FONT.actor).toBeGreaterThanOrEqual(15);
        expect(zoom).toBeGreaterThanOrEqual(STORY_MIN_ZOOM);
        // Each actor of the step is inside the canvas.
        for (const n of nodes(layout)) {
          if (n.step !== column.index || n.kind !== 'appearance') continue;
          const p = at(layout, n.id);
          const x = p.x * zoom + pan.x;
          const y = p.y * zoom + pan.y;
          expect(x).toBeGreaterThan(0);
          expect(x).toBeLessThan(room.width);
          expect(y - STORY_FONT.actor * zoom).toBeGreaterThan(0);
          expect(y + STORY_FONT.actor * zoom).toBeLessThan(room.height);
          // The name, left of the mark, starts inside the canvas too.
          expect(x - 16 * zoom - Math.min(e2w(n.label), 260) * zoom).toBeGreaterThan(-1);
        }
      });
    }
  });

  it('a step’s box holds its column head, its actors and its events', () => {
    const box = storyStepBox(layout, 0);
    for (const n of nodes(layout).filter((e) => e.step === 0)) {
      const p = at(layout, n.id);
      expect(p.x).toBeGreaterThanOrEqual(box.x1);
      expect(p.x).toBeLessThanOrEqual(box.x1 + box.w);
      expect(p.y).toBeGreaterThanOrEqual(box.y1);
      expect(p.y).toBeLessThanOrEqual(box.y1 + box.h);
    }
  });
});
