// The words the panels and the screen-reader announcement use for a selection, a connection and an evidence span.
import type { Connection, EvidenceOwner, GraphIndex } from '../model/graph-index';
import type { GraphEdge, GraphNode } from '../model/schema';
import { sortedSteps } from '../model/flow';
import type { Selection } from '../state/app-state';

/** "1 connection", "14 connections". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The node's type in running text, in the dataset's words: "agency", "person". */
export function typeWord(index: GraphIndex, node: GraphNode): string {
  return index.vocabulary.nodeType(node.type).label.toLowerCase();
}

/** "MI6 passes intelligence to GCHQ": the edge as a sentence, read source, label, target. */
export function edgeSentence(index: GraphIndex, edge: GraphEdge): string {
  const source = index.nodeById.get(edge.source)?.label ?? edge.source;
  const target = index.nodeById.get(edge.target)?.label ?? edge.target;
  return `${source} ${edge.label} ${target}`;
}

/** The connection as a full sentence seen from `self`: "MI6 passes intelligence to GCHQ", whichever way it points. */
export function connectionSentence(self: GraphNode, connection: Connection): string {
  const { edge, other, direction } = connection;
  return direction === 'out'
    ? `${self.label} ${edge.label} ${other.label}`
    : `${other.label} ${edge.label} ${self.label}`;
}

/** What the aria-live region says about the selection: "Nothing selected" when none, empty when it is unknown. */
export function describeSelection(index: GraphIndex, selection: Selection): string {
  // Said when Esc or a click on empty canvas clears the selection (a live region's first text is not read).
  if (!selection) return 'Nothing selected';
  if (selection.kind === 'node') {
    const node = index.nodeById.get(selection.id);
    if (!node) return '';
    return `Selected ${node.label}, ${typeWord(index, node)}, ${countOf(index.degree(node.id), 'connection')}`;
  }
  const edge = index.edgeById.get(selection.id);
  return edge ? `Selected relation: ${edgeSentence(index, edge)}` : '';
}

/** What an evidence span supports, in words for a highlight's title: "MI6 (agency)", "Step 3 of …: …". */
export function ownerText(index: GraphIndex, owner: EvidenceOwner): string {
  if (owner.kind === 'node') {
    const node = index.nodeById.get(owner.id);
    return node ? `${node.label} (${typeWord(index, node)})` : owner.id;
  }
  if (owner.kind === 'edge') {
    const edge = index.edgeById.get(owner.id);
    return edge ? `${edgeSentence(index, edge)} (relation)` : owner.id;
  }
  const flow = owner.flowId === undefined ? undefined : index.flowById.get(owner.flowId);
  const steps = flow ? sortedSteps(flow) : [];
  const at = steps.findIndex((s) => s.id === owner.id);
  const step = steps[at];
  return flow && step ? `Step ${at + 1} of “${flow.title}”: ${step.title}` : owner.id;
}

/** The flow steps a node or edge takes part in (a node also through a listed edge it is an end of), in story order. */
export function stepsInvolving(
  index: GraphIndex,
  selection: NonNullable<Selection>,
): { flowId: string; flowTitle: string; stepIndex: number; stepTitle: string }[] {
  const found: { flowId: string; flowTitle: string; stepIndex: number; stepTitle: string }[] = [];
  for (const flow of index.dataset.flows) {
    sortedSteps(flow).forEach((step, stepIndex) => {
      const involved =
        selection.kind === 'edge'
          ? step.edges.includes(selection.id)
          : step.nodes.includes(selection.id) ||
            step.edges.some((edgeId) => {
              const edge = index.edgeById.get(edgeId);
              return edge !== undefined && (edge.source === selection.id || edge.target === selection.id);
            });
      if (involved) found.push({ flowId: flow.id, flowTitle: flow.title, stepIndex, stepTitle: step.title });
    });
  }
  return found;
}
