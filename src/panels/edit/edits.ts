// The edits the editing controls make, as named operations: pure, so what a button does is tested without a page.
import { makeEvidence } from '../../model/evidence';
import type { EvidenceOwnerRef, Operation } from '../../model/operations';
import type { Dataset, Evidence, GraphEdge, GraphNode, Position } from '../../model/schema';
import { uniqueId } from './new-ids';

/** One user action's edit: the operation and the name Undo and Redo give it. */
export interface Edit {
  operation: Operation;
  label: string;
}

/** The longest label the format takes (schema.ts). */
export const MAX_LABEL = 120;

/** Evidence for a span of a document: its quote and the words either side, as the format keeps them. */
export function evidenceOf(document: string, text: string, start: number, end: number): Evidence {
  return { document, ...makeEvidence(text, start, end) };
}

/** A new entity resting on one span, with an id from its label; drawn at `position` when given. */
export function addEntity(
  dataset: Dataset,
  fields: { label: string; type: GraphNode['type']; evidence: Evidence; position?: Position },
): Edit & { id: string } {
  const label = fields.label.trim().slice(0, MAX_LABEL);
  const id = uniqueId(dataset, label, 'entity');
  const node: GraphNode = {
    id,
    type: fields.type,
    label,
    aliases: [],
    summary: '',
    threatAreas: [],
    evidence: [fields.evidence],
  };
  return {
    id,
    operation: { type: 'addNode', node, ...(fields.position ? { position: fields.position } : {}) },
    label: `add entity “${label}”`,
  };
}

/** A new relation "source <label> target" resting on one span, with an id from its ends and label. */
export function addRelation(
  dataset: Dataset,
  fields: { source: string; target: string; type: GraphEdge['type']; label: string; evidence: Evidence },
): Edit & { id: string } {
  const label = fields.label.trim().slice(0, MAX_LABEL);
  const id = uniqueId(dataset, `${fields.source} ${label} ${fields.target}`, 'relation');
  const edge: GraphEdge = {
    id,
    source: fields.source,
    target: fields.target,
    type: fields.type,
    label,
    threatAreas: [],
    evidence: [fields.evidence],
  };
  const name = (nodeId: string) => dataset.nodes.find((n) => n.id === nodeId)?.label ?? nodeId;
  return {
    id,
    operation: { type: 'addEdge', edge },
    label: `add relation “${name(fields.source)} ${label} ${name(fields.target)}”`,
  };
}

/** Why a span cannot be added to an element's evidence (it is there already), or null. */
export function evidenceProblem(owner: GraphNode | GraphEdge, evidence: Evidence): string | null {
  const same = owner.evidence.some(
    (e) => e.document === evidence.document && e.start === evidence.start && e.end === evidence.end,
  );
  return same ? `These words are already evidence for “${owner.label}”.` : null;
}

export function addEvidence(owner: GraphNode | GraphEdge, kind: 'node' | 'edge', evidence: Evidence): Edit {
  const ref: EvidenceOwnerRef = { kind, id: owner.id };
  return {
    operation: { type: 'addEvidence', owner: ref, evidence },
    label: `add evidence to “${owner.label}”`,
  };
}

/** Why one span cannot be removed: the format needs every element to rest on at least one. */
export function removeEvidenceProblem(owner: GraphNode | GraphEdge): string | null {
  return owner.evidence.length <= 1
    ? `“${owner.label}” has only this passage: everything in the graph rests on the text, so its last passage ` +
        'cannot be removed. Add another first, or delete it.'
    : null;
}

export function removeEvidence(owner: GraphNode | GraphEdge, kind: 'node' | 'edge', at: number): Edit {
  return {
    operation: { type: 'removeEvidence', owner: { kind, id: owner.id }, at },
    label: `remove a passage from “${owner.label}”`,
  };
}

export function editNode(before: GraphNode, after: GraphNode): Edit {
  return { operation: { type: 'updateNode', node: after }, label: `edit entity “${before.label}”` };
}

export function editEdge(before: GraphEdge, after: GraphEdge): Edit {
  return { operation: { type: 'updateEdge', edge: after }, label: `edit relation “${before.label}”` };
}

/** How many relations go with a node when it is deleted. */
export function relationsOf(dataset: Dataset, nodeId: string): number {
  return dataset.edges.filter((e) => e.source === nodeId || e.target === nodeId).length;
}

export function deleteNode(dataset: Dataset, node: GraphNode): Edit {
  const relations = relationsOf(dataset, node.id);
  return {
    operation: { type: 'removeNode', id: node.id },
    label:
      relations === 0
        ? `delete entity “${node.label}”`
        : `delete entity “${node.label}” and its ${relations === 1 ? 'relation' : `${relations} relations`}`,
  };
}

export function deleteEdge(edge: GraphEdge): Edit {
  return { operation: { type: 'removeEdge', id: edge.id }, label: `delete relation “${edge.label}”` };
}
