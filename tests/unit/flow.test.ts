// Stepping through a flow: step order, what is current, earlier and later, numbered hand-offs and the flow layout rank.
import { describe, it, expect } from 'vitest';
import { buildGraphIndex } from '../../src/model/graph-index';
import { clampStep, handOffNumbers, sortedSteps, stepState } from '../../src/model/flow';
import { makeDataset, makeSpyStory } from './helpers/make-dataset';

const dataset = makeSpyStory();
const index = buildGraphIndex(dataset);
const flow = dataset.flows[0]!;
const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

describe('step order', () => {
  it('plays the steps in story order, whatever order the file lists them in', () => {
    expect(sortedSteps(flow).map((s) => s.id)).toEqual(['intercept', 'warning', 'handover', 'meeting']);
    expect(flow.steps[0]?.id).toBe('handover');
  });

  it('keeps the step number inside the flow', () => {
    expect(clampStep(flow, -3)).toBe(0);
    expect(clampStep(flow, 2)).toBe(2);
    expect(clampStep(flow, 99)).toBe(3);
    expect(clampStep(flow, 1.7)).toBe(1);
    expect(clampStep(flow, Number.NaN)).toBe(0);
  });
});

describe('what the canvas shows at a step', () => {
  it('the first step has nothing earlier, and everything else is still to come', () => {
    const state = stepState(flow, 0)!;
    expect(state.current.title).toBe('GCHQ tips off MI6');
    expect(sorted(state.currentNodeIds)).toEqual(['gchq', 'mi6']);
    expect(state.earlierNodeIds.size).toBe(0);
    expect(sorted(state.laterNodeIds)).toEqual([
      'cafe',
      'daesh-contact',
      'envelope',
      'mi5',
      'sami',
      'stranger',
    ]);
  });

  it('earlier steps stay visible but are not current', () => {
    const state = stepState(flow, 1)!;
    expect(state.current.id).toBe('warning');
    // MI6 takes part in both steps: it is current, not earlier.
    expect(sorted(state.currentNodeIds)).toEqual(['mi5', 'mi6']);
    expect(sorted(state.earlierNodeIds)).toEqual(['gchq']);
    expect(sorted(state.earlierEdgeIds)).toEqual(['gchq-passes-mi6']);
    expect(sorted(state.currentEdgeIds)).toEqual(['mi6-warns-mi5']);
  });

  it('something seen earlier and again later is earlier, not later', () => {
    const state = stepState(flow, 2)!;
    expect(sorted(state.currentNodeIds)).toEqual(['daesh-contact', 'envelope', 'stranger']);
    expect(sorted(state.earlierNodeIds)).toEqual(['gchq', 'mi5', 'mi6']);
    expect(sorted(state.laterNodeIds)).toEqual(['cafe', 'sami']);
    expect(sorted(state.laterEdgeIds)).toEqual([
      'sami-at-cafe',
      'sami-meets-stranger',
      'stranger-hands-sami',
    ]);

    const story = makeDataset({
      nodes: [{ id: 'a' }, { id: 'b' }],
      flows: [
        {
          id: 'f',
          steps: [
            { id: 's1', nodes: ['a'] },
            { id: 's2', nodes: ['b'] },
            { id: 's3', nodes: ['a'] },
          ],
        },
      ],
    }).flows[0]!;
    const middle = stepState(story, 1)!;
    expect(sorted(middle.earlierNodeIds)).toEqual(['a']);
    expect(middle.laterNodeIds.size).toBe(0);
  });

  it('the last step has nothing to come, and a step past the end shows the last one', () => {
    const state = stepState(flow, 10)!;
    expect(state.index).toBe(3);
    expect(state.current.id).toBe('meeting');
    expect(state.laterNodeIds.size).toBe(0);
    expect(sorted(state.earlierNodeIds)).toEqual(['daesh-contact', 'gchq', 'mi5', 'mi6']);
  });

  it('a flow without steps has no state rather than crashing', () => {
    expect(stepState({ ...flow, steps: [] }, 0)).toBeUndefined();
  });
});

describe('numbered hand-offs', () => {
  it('numbers each passing of intelligence or handing over in the order it happens', () => {
    expect(handOffNumbers(flow, index)).toEqual(
      new Map([
        ['gchq-passes-mi6', [1]],
        ['mi6-warns-mi5', [2]],
        ['daesh-hands-stranger', [3]],
        ['stranger-hands-sami', [4]],
      ]),
    );
  });

  it('a meeting is not a hand-off and gets no number', () => {
    expect(handOffNumbers(flow, index).has('sami-meets-stranger')).toBe(false);
  });

  it('a source reporting back to the officer is a hand-off like intelligence passed on, numbered in story order', () => {
    const dataset = makeDataset({
      nodes: [{ id: 'sami' }, { id: 'officer' }, { id: 'report' }, { id: 'mi6' }, { id: 'gchq' }],
      edges: [
        { id: 'sami-asked', source: 'sami', target: 'officer', type: 'contacts' },
        { id: 'sami-reports', source: 'sami', target: 'officer', type: 'reports_to' },
        { id: 'sami-gives-report', source: 'sami', target: 'report', type: 'provides' },
        { id: 'mi6-shares', source: 'mi6', target: 'gchq', type: 'passes_intelligence_to' },
      ],
      flows: [
        {
          id: 'f',
          steps: [
            { id: 'meeting', edges: ['sami-asked', 'sami-reports', 'sami-gives-report'] },
            { id: 'sharing', edges: ['mi6-shares'] },
          ],
        },
      ],
    });
    // Getting in touch is no hand-off, and what Sami provides is the report itself, not someone who receives it.
    expect(handOffNumbers(dataset.flows[0]!, buildGraphIndex(dataset))).toEqual(
      new Map([
        ['sami-reports', [1]],
        ['mi6-shares', [2]],
      ]),
    );
  });

  it('an edge that hands off in two steps carries both numbers', () => {
    const dataset = makeDataset({
      nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      edges: [
        { id: 'ab', source: 'a', target: 'b', type: 'hands_over' },
        { id: 'bc', source: 'b', target: 'c', type: 'passes_intelligence_to' },
      ],
      flows: [
        {
          id: 'f',
          steps: [
            { id: 's1', edges: ['ab', 'ab'] },
            { id: 's2', edges: ['bc'] },
            { id: 's3', edges: ['ab'] },
          ],
        },
      ],
    });
    expect(handOffNumbers(dataset.flows[0]!, buildGraphIndex(dataset))).toEqual(
      new Map([
        ['ab', [1, 3]],
        ['bc', [2]],
      ]),
    );
  });
});
