// The attributes a node or an edge carries into graph tools (GEXF, GraphML, .cyjs): one list, so the formats agree.
import type { GraphEdge, GraphNode } from '../../model/schema';
import type { Vocabulary } from '../../model/resolve-vocabulary';

export interface NodeAttributes {
  label: string;
  /** The node type's id (`agency`) and the word people read (`Agency`). */
  type: string;
  typeLabel: string;
  aliases: string[];
  summary: string;
  /** Threat area ids: the facet values filters use. */
  threatAreas: string[];
  /** The quoted words of every evidence span, in order. */
  evidence: string[];
}

export interface EdgeAttributes {
  label: string;
  type: string;
  typeLabel: string;
  threatAreas: string[];
  evidence: string[];
}

/** `vocabulary` is the dataset's (vocabularyOf): the type's word is the one the dataset declares. */
export function nodeAttributes(node: GraphNode, vocabulary: Vocabulary): NodeAttributes {
  return {
    label: node.label,
    type: node.type,
    typeLabel: vocabulary.nodeType(node.type).label,
    aliases: [...node.aliases],
    summary: node.summary,
    threatAreas: [...node.threatAreas],
    evidence: node.evidence.map((e) => e.quote),
  };
}

export function edgeAttributes(edge: GraphEdge, vocabulary: Vocabulary): EdgeAttributes {
  return {
    label: edge.label,
    type: edge.type,
    typeLabel: vocabulary.relationType(edge.type).label,
    threatAreas: [...edge.threatAreas],
    evidence: edge.evidence.map((e) => e.quote),
  };
}

/**
 * Text XML 1.0 cannot hold (control characters other than tab, newline and carriage return, lone surrogates)
 * becomes U+FFFD: a dataset may contain them, and one such character makes a whole GEXF or GraphML file unreadable.
 */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** The same attributes with every string, and every string in a list, made safe for XML. */
export function xmlSafeAttributes(attributes: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]: [string, unknown]) => [
      key,
      typeof value === 'string'
        ? xmlSafe(value)
        : Array.isArray(value)
          ? value.map((v: unknown) => (typeof v === 'string' ? xmlSafe(v) : v))
          : value,
    ]),
  );
}
