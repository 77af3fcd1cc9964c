// What the state means, derived again after each action: the same answer as deriving from scratch, with what did not
// change kept as it was, so the canvas and the panels see at once that they have nothing to redo.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveView, deriveViewFrom, type Derivation } from '../../src/state/derived-view';
import { INITIAL_VIEW, reducer, openedState, type Action, type AppState } from '../../src/state/app-state';
import { openFolder } from './helpers/open-fixture';

const mi6 = openFolder('mi6');
const nodeIds = mi6.dataset.nodes.map((n) => n.id);
const edgeIds = mi6.dataset.edges.map((e) => e.id);
// A few hubs for focus and path ends, so that sequences often change only one part (the depth, one end).
const hubs = ['mi6', 'mi5', 'gchq', 'sami'];
const flow = mi6.dataset.flows[0];
if (!flow) throw new Error('the MI6 dataset has no flow');

const anyAction: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    type: fc.constant('select' as const),
    selection: fc.option(
      fc.oneof(
        fc.record({ kind: fc.constant('node' as const), id: fc.constantFrom(...nodeIds) }),
        fc.record({ kind: fc.constant('edge' as const), id: fc.constantFrom(...edgeIds) }),
      ),
      { nil: null },
    ),
  }),
  fc.record({
    type: fc.constant('toggleFilter' as const),
    axis: fc.constant('threatAreas' as const),
    value: fc.constantFrom(...mi6.dataset.threatAreas.map((a) => a.id)),
  }),
  fc.record({
    type: fc.constant('setFocus' as const),
    focus: fc.option(fc.record({ nodeId: fc.constantFrom(...hubs), depth: fc.integer({ min: 1, max: 3 }) }), {
      nil: null,
    }),
  }),
  fc.record({
    type: fc.constant('setPathEnd' as const),
    end: fc.constantFrom('from' as const, 'to' as const),
    nodeId: fc.option(fc.constantFrom(...hubs), { nil: null }),
  }),
  fc.record({
    type: fc.constant('setTrace' as const),
    trace: fc.option(
      fc.record({ flowId: fc.constant(flow.id), step: fc.integer({ min: 0, max: flow.steps.length - 1 }) }),
      { nil: null },
    ),
  }),
  fc.record({
    type: fc.constant('setLayout' as const),
    layout: fc.constantFrom('overview' as const, 'concentric' as const),
  }),
);

const sorted = (ids: ReadonlySet<string>) => [...ids].sort();
const plain = (derived: ReturnType<typeof deriveView>) => ({
  visible: { nodes: sorted(derived.visible.nodeIds), edges: sorted(derived.visible.edgeIds) },
  highlighted: derived.highlighted && {
    nodes: sorted(derived.highlighted.nodeIds),
    edges: sorted(derived.highlighted.edgeIds),
  },
  path: derived.path && {
    ...derived.path,
    ids: { nodes: sorted(derived.path.ids.nodeIds), edges: sorted(derived.path.ids.edgeIds) },
  },
  trace: derived.trace,
});

describe('deriveViewFrom', () => {
  it('answers as deriving from scratch does, after any sequence of actions', () => {
    fc.assert(
      fc.property(fc.array(anyAction, { minLength: 1, maxLength: 12 }), (actions) => {
        let state: AppState = openedState(mi6);
        let last: Derivation = { state, index: mi6.index, derived: deriveView(state, mi6.index) };
        for (const action of actions) {
          state = reducer(state, action);
          const derived = deriveViewFrom(last, state, mi6.index);
          expect(plain(derived)).toEqual(plain(deriveView(state, mi6.index)));
          last = { state, index: mi6.index, derived };
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a click keeps what is visible, the path and the trace as they were, and changes only the highlight', () => {
    const before = openedState(mi6, {
      ...INITIAL_VIEW,
      filters: { threatAreas: ['counter-terrorism'], nodeTypes: [], relationTypes: [] },
      path: { from: 'mi6', to: 'sami' },
      trace: { flowId: flow.id, step: 2 },
    });
    const derived = deriveView(before, mi6.index);
    const after = reducer(before, { type: 'select', selection: { kind: 'node', id: 'gchq' } });
    const next = deriveViewFrom({ state: before, index: mi6.index, derived }, after, mi6.index);
    expect(next.visible).toBe(derived.visible);
    expect(next.path).toBe(derived.path);
    expect(next.trace).toBe(derived.trace);
    expect(next.highlighted?.nodeIds.has('gchq')).toBe(true);
  });

  it('an action that changes nothing it reads (a layout) gives back the very same derived view', () => {
    const before = openedState(mi6, { ...INITIAL_VIEW, selection: { kind: 'node', id: 'mi6' } });
    const derived = deriveView(before, mi6.index);
    const after = reducer(before, { type: 'setLayout', layout: 'concentric' });
    expect(deriveViewFrom({ state: before, index: mi6.index, derived }, after, mi6.index)).toBe(derived);
  });
});
