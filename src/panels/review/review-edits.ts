// What accepting suggestions does to the dataset, as one undoable edit: new nodes resting on every mention, or a
// node the dataset already has given the mentions it lacks; a relation becomes an edge resting on its sentence.
import type { Operation } from '../../model/operations';
import type { Dataset, GraphEdge, GraphNode, Position } from '../../model/schema';
import { addRelation, evidenceOf, MAX_LABEL, type Edit } from '../edit/edits';
import { uniqueId } from '../edit/new-ids';
import {
  nodeFor,
  spanKey,
  type ReadyRelation,
  type ReviewCandidate,
  type ReviewState,
  type ReviewWorld,
} from './review-state';

export interface AcceptInput {
  dataset: Dataset;
  state: ReviewState;
  world: ReviewWorld;
  /** The text of the review's document. */
  text: string;
  /** Where the next new node goes (called once per new node, in order), or undefined to leave it to a layout. */
  place: () => Position | undefined;
}

/**
 * One edit accepting the candidates (a batch when there are several operations), named `label`, and which node
 * each candidate now is; null when there is nothing to do.
 */
export function acceptCandidates(
  input: AcceptInput,
  candidates: readonly ReviewCandidate[],
  label: string,
): { edit: Edit; nodes: Record<string, string> } | null {
  const { dataset, state, world, text } = input;
  const operations: Operation[] = [];
  const nodes: Record<string, string> = {};
  const added: GraphNode[] = [];
  for (const c of candidates) {
    const evidence = (s: { start: number; end: number }) => evidenceOf(state.document, text, s.start, s.end);
    const existing = nodeFor(state, c, world);
    if (existing !== undefined) {
      // Named in the graph already: its mentions become that node's evidence instead of a duplicate node.
      const has = world.evidenceOf(existing) ?? new Set<string>();
      for (const s of c.spans) {
        if (!has.has(spanKey(s)))
          operations.push({
            type: 'addEvidence',
            owner: { kind: 'node', id: existing },
            evidence: evidence(s),
          });
      }
      nodes[c.id] = existing;
      continue;
    }
    const name = c.label.slice(0, MAX_LABEL);
    const id = uniqueId({ nodes: [...dataset.nodes, ...added], edges: dataset.edges }, name, 'entity');
    const node: GraphNode = {
      id,
      type: c.type,
      label: name,
      aliases: [...new Set(c.aliases.map((a) => a.trim()))].filter((a) => a !== '' && a !== name),
      summary: '',
      threatAreas: [],
      evidence: c.spans.map(evidence),
    };
    added.push(node);
    const position = input.place();
    operations.push({ type: 'addNode', node, ...(position ? { position } : {}) });
    nodes[c.id] = id;
  }
  const [only] = operations;
  if (!only) return null;
  const operation: Operation = operations.length === 1 ? only : { type: 'batch', operations };
  return { edit: { operation, label }, nodes };
}

/** The edge a relation becomes: of `type`, labelled with the suggestion's words (else the type's), on its sentence. */
export function acceptRelation(
  dataset: Dataset,
  document: string,
  text: string,
  ready: ReadyRelation,
  type: { id: GraphEdge['type']; label: string },
  name: string,
): Edit & { id: string } {
  const words = ready.relation.label.replace(/\s+/g, ' ').trim();
  const { start, end } = ready.relation.evidence;
  const edit = addRelation(dataset, {
    source: ready.source,
    target: ready.target,
    type: type.id,
    label: words || type.label,
    evidence: evidenceOf(document, text, start, end),
  });
  return { ...edit, label: name };
}
