// The flow builder's edits: a step's title and passage from the selection, the next order, a fresh id, a move.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sortedSteps } from '../../src/model/flow';
import { applyOperation } from '../../src/model/operations';
import { validateDataset } from '../../src/model/validate';
import type { Dataset, Evidence, Flow, GraphEdge } from '../../src/model/schema';
import {
  addStep,
  freshFlowId,
  moveStep,
  removeStep,
  renameFlow,
  stepDraftOf,
} from '../../src/panels/flow-edit/flow-edits';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/valid-minimal/${name}`, import.meta.url), 'utf8');
const minimal = validateDataset(JSON.parse(fixture('graph.json')), fixture('source.txt')).dataset as Dataset;
const flow = minimal.flows[0] as Flow;
const edge = minimal.edges[0] as GraphEdge;
const label = (id: string) => minimal.nodes.find((n) => n.id === id)?.label;

describe('the flow builder’s edits', () => {
  it('a step on a relation reads source, relation and target, shows both ends, and rests on its own passage', () => {
    const draft = stepDraftOf(minimal, { kind: 'edge', edge }, null);
    expect(draft).toEqual({
      title: `${label(edge.source)} ${edge.label} ${label(edge.target)}`,
      nodes: [edge.source, edge.target],
      edges: [edge.id],
      evidence: edge.evidence[0],
      passage: 'element',
    });
    const words: Evidence = { ...(edge.evidence[0] as Evidence), start: 0, end: 3, quote: 'MI6' };
    expect(stepDraftOf(minimal, { kind: 'edge', edge }, words)).toMatchObject({
      evidence: words,
      passage: 'reader',
    });
    const loop = { ...edge, target: edge.source };
    expect(stepDraftOf(minimal, { kind: 'edge', edge: loop }, null).nodes).toEqual([edge.source]);
  });

  it('appends a step after the last one, with an id the flow does not have, named for Undo', () => {
    const draft = stepDraftOf(minimal, { kind: 'edge', edge }, null);
    const edit = addStep(minimal, flow, draft, { title: ' Next ', summary: '' });
    expect(edit.label).toBe(`add step 3 to “${flow.title}”`);
    const next = applyOperation(minimal, edit.operation).dataset;
    const last = sortedSteps(next.flows[0] as Flow).at(-1);
    expect(last).toMatchObject({ id: 'step-3', order: 3, title: 'Next' });
  });

  it('a flow not made yet is made with its first step, under an id of its own', () => {
    const draft = stepDraftOf(minimal, { kind: 'edge', edge }, null);
    const edit = addStep(minimal, { title: flow.title }, draft, { title: 'First', summary: 'why' });
    expect(edit.flowId).not.toBe(flow.id);
    expect(edit.flowId).toBe(freshFlowId(minimal, flow.title));
    const next = applyOperation(minimal, edit.operation).dataset;
    expect(next.flows.at(-1)).toMatchObject({
      id: edit.flowId,
      steps: [{ id: 'step-1', order: 1, title: 'First', summary: 'why' }],
    });
  });

  it('moves a step one place by swapping orders, and refuses to move past either end', () => {
    const before = sortedSteps(flow).map((s) => s.id);
    const edit = moveStep(flow, 2, -1);
    if (!edit) throw new Error('step 2 can move earlier');
    expect(edit.label).toBe(`move step 2 earlier in “${flow.title}”`);
    const moved = applyOperation(minimal, edit.operation).dataset;
    expect(sortedSteps(moved.flows[0] as Flow).map((s) => s.id)).toEqual([...before].reverse());
    expect(moveStep(flow, 1, -1)).toBeNull();
    expect(moveStep(flow, 2, 1)).toBeNull();
  });

  it('the only step removed takes the flow with it; a description left blank is none', () => {
    const single: Flow = { ...flow, steps: flow.steps.slice(0, 1) };
    expect(removeStep(single, 1)?.operation).toEqual({ type: 'removeFlow', id: flow.id });
    expect(renameFlow(flow, { title: 'New', description: ' ' }).operation).toEqual({
      type: 'updateFlow',
      flow: { id: flow.id, title: 'New', ...(flow.threatAreas ? { threatAreas: flow.threatAreas } : {}) },
    });
  });
});
