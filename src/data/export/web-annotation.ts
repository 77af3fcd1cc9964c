// W3C Web Annotations (JSON-LD): one annotation per evidence span, its target the document, by quote and by position.
import type { Evidence } from '../../model/schema';
import { vocabularyOf } from '../../model/resolve-vocabulary';
import { documentUrn, type ExportDocument } from './documents';
import type { ExportInput } from './export-input';

/** How many characters of context a TextQuoteSelector keeps either side (as the dataset's own prefix/suffix). */
const CONTEXT_CODE_POINTS = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
/** start/end count Unicode code points, as Apache Annotator does (the W3C model leaves the unit open). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface TextualBody {
  type: 'TextualBody';
  id?: string;
  purpose: 'identifying' | 'tagging';
  format: 'text/plain';
  value: string;
}
export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying';
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}
export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { type: 'Software'; name: string };
  first: { type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

/**
 * Code-point offsets of a text: `at(i)` is how many code points come before UTF-16 index i. Built once per
 * document, so each of hundreds of spans costs a lookup, not a walk through the text.
 */
export function codePointIndex(text: string): (utf16Index: number) => number {
  const before = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    // The low half of a surrogate pair belongs to the code point its high half started.
    const lowHalf = i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1));
    before[i] = lowHalf ? count - 1 : count;
    if (!lowHalf) count += 1;
  }
  before[text.length] = count;
  return (utf16Index) => before[Math.max(0, Math.min(text.length, utf16Index))]!;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Up to `n` whole code points of `text` ending at `end` / starting at `start` (never half a surrogate pair). */
function codePointsBefore(text: string, end: number, n: number): string {
  return Array.from(text.slice(Math.max(0, end - 2 * n), end))
    .slice(-n)
    .join('');
}
function codePointsAfter(text: string, start: number, n: number): string {
  return Array.from(text.slice(start, start + 2 * n))
    .slice(0, n)
    .join('');
}

export function writeWebAnnotations(input: ExportInput): string {
  return `${JSON.stringify(annotationCollection(input), null, 2)}\n`;
}

export function annotationCollection(input: ExportInput): AnnotationCollection {
  const { dataset } = input;
  // Each span targets its own document; the code-point index of each text is built once, when first needed.
  const targets = new Map<
    string,
    { document: ExportDocument; source: string; codePoints: (i: number) => number }
  >();
  const targetOf = (documentId: string) => {
    let target = targets.get(documentId);
    if (!target) {
      const document = input.documents.find((d) => d.id === documentId) ?? {
        id: documentId,
        title: documentId,
        path: '',
        text: '',
      };
      const source = document.url ?? documentUrn(dataset.id, document.id);
      target = { document, source, codePoints: codePointIndex(document.text) };
      targets.set(documentId, target);
    }
    return target;
  };
  const base = `urn:dossier:${dataset.id}`;

  const annotate = (
    kind: 'node' | 'edge',
    id: string,
    label: string,
    type: string,
    evidence: Evidence,
    n: number,
  ): Annotation => {
    const { document, source, codePoints } = targetOf(evidence.document);
    return {
      id: `${base}:${kind}:${id}:evidence:${n}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: [
        {
          type: 'TextualBody',
          id: `${base}:${kind}:${id}`,
          purpose: 'identifying',
          format: 'text/plain',
          value: label,
        },
        { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: type },
      ],
      target: {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: evidence.quote,
            prefix: codePointsBefore(document.text, evidence.start, CONTEXT_CODE_POINTS),
            suffix: codePointsAfter(document.text, evidence.end, CONTEXT_CODE_POINTS),
          },
          { type: 'TextPositionSelector', start: codePoints(evidence.start), end: codePoints(evidence.end) },
        ],
      },
    };
  };

  const items: Annotation[] = [];
  for (const node of dataset.nodes) {
    node.evidence.forEach((e, n) => {
      // An orphan's words are not in the document: there is nothing an annotation could point at.
      if (!e.orphan)
        items.push(
          annotate('node', node.id, node.label, vocabularyOf(dataset).nodeType(node.type).label, e, n),
        );
    });
  }
  const labelOf = new Map(dataset.nodes.map((node) => [node.id, node.label]));
  for (const edge of dataset.edges) {
    // An edge's label ("works closely with") means little alone in an annotation tool: name it as a sentence.
    const sentence = `${labelOf.get(edge.source) ?? edge.source} ${edge.label} ${labelOf.get(edge.target) ?? edge.target}`;
    edge.evidence.forEach((e, n) => {
      if (!e.orphan)
        items.push(
          annotate('edge', edge.id, sentence, vocabularyOf(dataset).relationType(edge.type).label, e, n),
        );
    });
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}:annotations`,
    type: 'AnnotationCollection',
    label: `Evidence for ${dataset.title}`,
    total: items.length,
    generator: { type: 'Software', name: 'Dossier' },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
