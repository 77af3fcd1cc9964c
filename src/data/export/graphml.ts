// GraphML for Gephi and Cytoscape desktop, built as an XML document and serialised by @xmldom/xmldom (no templates).
import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import {
  edgeAttributes,
  nodeAttributes,
  xmlSafeAttributes,
  type EdgeAttributes,
  type NodeAttributes,
} from './element-attributes';
import type { ExportInput } from './export-input';
import { vocabularyOf } from '../../model/resolve-vocabulary';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

// Declared up front (a dataset or a view may have no nodes or no edges to take the names from).
const NODE_KEYS = [
  'label',
  'type',
  'typeLabel',
  'aliases',
  'summary',
  'threatAreas',
  'evidence',
] as const satisfies readonly (keyof NodeAttributes)[];
const EDGE_KEYS = [
  'label',
  'type',
  'typeLabel',
  'threatAreas',
  'evidence',
] as const satisfies readonly (keyof EdgeAttributes)[];

type KeyType = 'string' | 'double';
interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: KeyType;
}

/** GraphML has no list type: lists are written as JSON arrays of strings, which any tool can split again. */
function keyValue(value: unknown): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

export function writeGraphml(input: ExportInput): string {
  const { dataset, positions } = input;
  const doc = new DOMImplementation().createDocument(GRAPHML_NS, 'graphml', null);
  doc.insertBefore(
    doc.createProcessingInstruction('xml', 'version="1.0" encoding="UTF-8"'),
    doc.documentElement,
  );
  const root = doc.documentElement;
  root.setAttributeNS(XMLNS_NS, 'xmlns:xsi', XSI_NS);
  root.setAttributeNS(
    XSI_NS,
    'xsi:schemaLocation',
    `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`,
  );

  const element = (name: string, attributes: Record<string, string>, text?: string) => {
    const el = doc.createElementNS(GRAPHML_NS, name);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
    if (text !== undefined) el.appendChild(doc.createTextNode(text));
    return el;
  };

  const keys: Key[] = [
    ...NODE_KEYS.map((name): Key => ({ id: `n_${name}`, for: 'node', name, type: 'string' })),
    // x and y are the names Gephi's GraphML importer places nodes by.
    { id: 'n_x', for: 'node', name: 'x', type: 'double' },
    { id: 'n_y', for: 'node', name: 'y', type: 'double' },
    ...EDGE_KEYS.map((name): Key => ({ id: `e_${name}`, for: 'edge', name, type: 'string' })),
  ];
  for (const key of keys) {
    root.appendChild(
      element('key', { id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': key.type }),
    );
  }

  const graph = element('graph', { id: dataset.id, edgedefault: 'directed' });
  root.appendChild(graph);
  for (const node of dataset.nodes) {
    const el = element('node', { id: node.id });
    for (const [name, value] of Object.entries(
      xmlSafeAttributes(nodeAttributes(node, vocabularyOf(dataset))),
    )) {
      el.appendChild(element('data', { key: `n_${name}` }, keyValue(value)));
    }
    const at = positions[node.id];
    if (at) {
      // Gephi's y axis points up, Cytoscape's down: flipped (0 - y, never -0), the picture is the same way up in both.
      el.appendChild(element('data', { key: 'n_x' }, String(at.x)));
      el.appendChild(element('data', { key: 'n_y' }, String(0 - at.y)));
    }
    graph.appendChild(el);
  }
  for (const edge of dataset.edges) {
    const el = element('edge', { id: edge.id, source: edge.source, target: edge.target });
    for (const [name, value] of Object.entries(
      xmlSafeAttributes(edgeAttributes(edge, vocabularyOf(dataset))),
    )) {
      el.appendChild(element('data', { key: `e_${name}` }, keyValue(value)));
    }
    graph.appendChild(el);
  }
  return `${new XMLSerializer().serializeToString(doc)}\n`;
}
