// The URL codec: every valid view of a named dataset survives a round trip, and a link to what a dataset lacks is tidied.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  INITIAL_VIEW,
  LAYOUT_NAMES,
  sanitizeView,
  type KnownIds,
  type ViewState,
} from '../../src/state/view-state';
import { decodeUrlState, encodeUrlState } from '../../src/state/url-state';
import { NODE_TYPES, RELATION_TYPES } from '../../src/model/vocabulary';

// Ids as the dataset schema allows them: lower-case slugs.
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,15}$/);

const validState: fc.Arbitrary<ViewState> = fc.record({
  selection: fc.option(fc.record({ kind: fc.constantFrom('node' as const, 'edge' as const), id: slug }), {
    nil: null,
  }),
  filters: fc.record({
    threatAreas: fc.array(slug, { maxLength: 4 }),
    nodeTypes: fc.subarray([...NODE_TYPES]),
    relationTypes: fc.subarray([...RELATION_TYPES]),
  }),
  layout: fc.constantFrom(...LAYOUT_NAMES),
  focus: fc.option(fc.record({ nodeId: slug, depth: fc.integer({ min: 1, max: 5 }) }), { nil: null }),
  path: fc.record({ from: fc.option(slug, { nil: null }), to: fc.option(slug, { nil: null }) }),
  trace: fc.option(fc.record({ flowId: slug, step: fc.integer({ min: 0, max: 500 }) }), { nil: null }),
  storyRest: fc.boolean(),
  view: fc.constantFrom('graph' as const, 'list' as const),
  document: fc.option(slug, { nil: null }),
  // Where the reader scrolls is not part of a link.
  readerTarget: fc.constant(null),
});

describe('URL round trip', () => {
  it('a dataset and a view read back from their own URL are the same dataset and view', () => {
    fc.assert(
      fc.property(slug, validState, (datasetId, view) => {
        expect(decodeUrlState(encodeUrlState(datasetId, view))).toEqual({ datasetId, view });
      }),
    );
  });

  it('a link always names its dataset, and the starting view adds nothing to it', () => {
    expect(encodeUrlState('mi6', INITIAL_VIEW)).toBe('?dataset=mi6');
    expect(decodeUrlState('?dataset=mi6')).toEqual({ datasetId: 'mi6', view: INITIAL_VIEW });
  });

  it('a link from before datasets were named names none (the app opens its default)', () => {
    expect(decodeUrlState('')).toEqual({ datasetId: null, view: INITIAL_VIEW });
    expect(decodeUrlState('?sel=node:mi6&dataset=')).toMatchObject({
      datasetId: null,
      view: { selection: { kind: 'node', id: 'mi6' } },
    });
  });

  it('shows the trace step 1-based, as the tracer does, and keeps ids readable', () => {
    const search = encodeUrlState('mi6', {
      ...INITIAL_VIEW,
      selection: { kind: 'node', id: 'mi6' },
      filters: { threatAreas: ['cyber-security', 'counter-terrorism'], nodeTypes: [], relationTypes: [] },
      trace: { flowId: 'case-study', step: 2 },
    });
    expect(search).toBe(
      '?dataset=mi6&sel=node:mi6&areas=cyber-security,counter-terrorism&trace=case-study:3',
    );
  });

  it('names the document shown when it is not the first, and reads it back', () => {
    const search = encodeUrlState('case', { ...INITIAL_VIEW, document: 'transcript' });
    expect(search).toBe('?dataset=case&doc=transcript');
    expect(decodeUrlState(search).view.document).toBe('transcript');
    expect(decodeUrlState('?dataset=case&doc=').view.document).toBeNull();
  });

  it('drops values of the wrong shape instead of failing', () => {
    const { view: state } = decodeUrlState(
      '?sel=person:mi6&layout=spiral&focus=mi6&trace=case-study:x&view=table',
    );
    expect(state.selection).toBeNull();
    expect(state.layout).toBe('overview');
    expect(state.focus).toBeNull();
    expect(state.trace).toBeNull();
    expect(state.view).toBe('graph');
  });

  it('keeps a focus depth and a trace step in range', () => {
    expect(decodeUrlState('?focus=mi6:0').view.focus).toEqual({ nodeId: 'mi6', depth: 1 });
    expect(decodeUrlState('?focus=mi6:99').view.focus).toEqual({ nodeId: 'mi6', depth: 5 });
    expect(decodeUrlState('?trace=case-study:0').view.trace).toEqual({ flowId: 'case-study', step: 0 });
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        expect(() => decodeUrlState(search)).not.toThrow();
      }),
    );
  });
});

describe('sanitizeView', () => {
  const known: KnownIds = {
    hasNode: (id) => ['mi6', 'gchq', 'stranger'].includes(id),
    hasEdge: (id) => id === 'gchq-passes-mi6',
    hasThreatArea: (id) => ['cyber-security', 'counter-terrorism'].includes(id),
    // A dataset with its own vocabulary: a type filter names its types, not MI6's.
    hasNodeType: (id) => ['agency', 'suspect'].includes(id),
    hasRelationType: (id) => ['hands_over', 'transfers_to'].includes(id),
    flowLength: (id) => (id === 'case-study' ? 8 : undefined),
    documentIds: ['article', 'transcript'],
  };
  const state = (patch: Partial<ViewState>): ViewState => ({ ...INITIAL_VIEW, ...patch });

  it('keeps everything the dataset has', () => {
    const full = state({
      selection: { kind: 'edge', id: 'gchq-passes-mi6' },
      filters: { threatAreas: ['cyber-security'], nodeTypes: ['agency'], relationTypes: ['hands_over'] },
      layout: 'concentric',
      focus: { nodeId: 'mi6', depth: 2 },
      path: { from: 'gchq', to: 'stranger' },
      trace: { flowId: 'case-study', step: 7 },
      view: 'list',
      document: 'transcript',
    });
    expect(sanitizeView(full, known)).toEqual(full);
  });

  it('shows the first document for a document the dataset lacks, and names the first as null', () => {
    expect(sanitizeView(state({ document: 'memo' }), known).document).toBeNull();
    expect(sanitizeView(state({ document: 'article' }), known).document).toBeNull();
  });

  it('drops a selection of an unknown node or edge', () => {
    expect(sanitizeView(state({ selection: { kind: 'node', id: 'q-branch' } }), known).selection).toBeNull();
    // A node id is not an edge id.
    expect(sanitizeView(state({ selection: { kind: 'edge', id: 'mi6' } }), known).selection).toBeNull();
  });

  it('drops unknown threat areas but keeps the known ones', () => {
    const filters = { threatAreas: ['space', 'cyber-security'], nodeTypes: [], relationTypes: [] };
    expect(sanitizeView(state({ filters }), known).filters.threatAreas).toEqual(['cyber-security']);
  });

  it("keeps type filters of the dataset's own vocabulary, from a link too, and drops types it lacks", () => {
    const { view } = decodeUrlState('?types=suspect,spaceship&relations=transfers_to,flies');
    expect(sanitizeView(view, known).filters).toEqual({
      threatAreas: [],
      nodeTypes: ['suspect'],
      relationTypes: ['transfers_to'],
    });
  });

  it('drops a focus or path end on an unknown node, keeping the other end', () => {
    const tidied = sanitizeView(
      state({ focus: { nodeId: 'nobody', depth: 2 }, path: { from: 'gchq', to: 'nobody' } }),
      known,
    );
    expect(tidied.focus).toBeNull();
    expect(tidied.path).toEqual({ from: 'gchq', to: null });
  });

  it('drops a trace of an unknown flow and clamps a step past the end to the last step', () => {
    expect(sanitizeView(state({ trace: { flowId: 'other', step: 0 } }), known).trace).toBeNull();
    expect(sanitizeView(state({ trace: { flowId: 'case-study', step: 40 } }), known).trace).toEqual({
      flowId: 'case-study',
      step: 7,
    });
  });

  it('tidying twice is the same as tidying once', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const once = sanitizeView(s, known);
        expect(sanitizeView(once, known)).toEqual(once);
      }),
    );
  });
});
