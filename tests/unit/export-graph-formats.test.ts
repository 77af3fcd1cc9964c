// Graph files for other tools: read back by the parsers those formats have (graphology, headless Cytoscape),
// they give the same nodes, edges, attributes and positions.
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { writeCyjs } from '../../src/data/export/cyjs';
import { edgeAttributes, nodeAttributes } from '../../src/data/export/element-attributes';
import { exportInput, type ExportInput } from '../../src/data/export/export-input';
import { writeGexf } from '../../src/data/export/gexf';
import { writeGraphml } from '../../src/data/export/graphml';
import { vocabularyOf } from '../../src/model/resolve-vocabulary';
import { openFolder, TRICKY_LABELS } from './helpers/open-fixture';

const DATASETS = ['mi6', 'tricky'] as const;
const inputOf = (name: (typeof DATASETS)[number]): ExportInput => exportInput(openFolder(name));

/** GraphML has no lists: they travel as JSON arrays of strings. */
const fromGraphml = (value: unknown) =>
  typeof value === 'string' && value.startsWith('[') ? (JSON.parse(value) as unknown) : value;
/** graphology-gexf leaves empty strings out, as the format allows; free-text lists travel as JSON in GEXF too. */
const asInGexf = (attributes: object) =>
  Object.fromEntries(
    Object.entries(attributes)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => [k, k === 'aliases' || k === 'evidence' ? JSON.stringify(v) : v]),
  );

describe.each(DATASETS)('the %s dataset', (name) => {
  const input = inputOf(name);
  const { dataset, positions } = input;

  it('as GEXF, re-read by graphology-gexf, has the same nodes, edges, attributes and positions', () => {
    const graph = parseGexf(Graph, writeGexf(input));
    expect(graph.type).toBe('directed');
    expect(graph.nodes()).toEqual(dataset.nodes.map((n) => n.id));
    expect(graph.edges()).toEqual(dataset.edges.map((e) => e.id));
    for (const node of dataset.nodes) {
      const { x, y, color, ...attributes } = graph.getNodeAttributes(node.id);
      expect(attributes).toEqual(asInGexf(nodeAttributes(node, vocabularyOf(dataset))));
      // Gephi's y axis points up: the picture keeps its way up.
      expect({ x, y }).toEqual({ x: positions[node.id]?.x, y: 0 - (positions[node.id]?.y ?? NaN) });
      expect(color).toMatch(/^#[0-9A-F]{6}$/i);
    }
    for (const edge of dataset.edges) {
      expect(graph.source(edge.id)).toBe(edge.source);
      expect(graph.target(edge.id)).toBe(edge.target);
      expect(graph.getEdgeAttributes(edge.id)).toEqual(asInGexf(edgeAttributes(edge, vocabularyOf(dataset))));
    }
  });

  it('as GEXF, is version 1.3 with the viz namespace Gephi reads positions from', () => {
    const xml = writeGexf(input);
    expect(xml).toContain(
      '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"',
    );
    expect(xml).toMatch(/<viz:position x="[-\d.]+" y="[-\d.]+"\/>/);
  });

  it('as GraphML, re-read by graphology-graphml, has the same nodes, edges, attributes and positions', () => {
    const graph = parseGraphml(Graph, writeGraphml(input));
    expect(graph.type).toBe('directed');
    expect(graph.nodes()).toEqual(dataset.nodes.map((n) => n.id));
    expect(graph.edges()).toEqual(dataset.edges.map((e) => e.id));
    for (const node of dataset.nodes) {
      const { x, y, ...attributes } = graph.getNodeAttributes(node.id);
      expect(Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, fromGraphml(v)]))).toEqual(
        nodeAttributes(node, vocabularyOf(dataset)),
      );
      expect({ x, y }).toEqual({ x: positions[node.id]?.x, y: 0 - (positions[node.id]?.y ?? NaN) });
    }
    for (const edge of dataset.edges) {
      expect(graph.source(edge.id)).toBe(edge.source);
      expect(graph.target(edge.id)).toBe(edge.target);
      const attributes = graph.getEdgeAttributes(edge.id);
      expect(Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, fromGraphml(v)]))).toEqual(
        edgeAttributes(edge, vocabularyOf(dataset)),
      );
    }
  });

  it('as .cyjs, loads into a headless Cytoscape with the same elements, data and positions', () => {
    const file = JSON.parse(writeCyjs(input)) as { elements: cytoscape.ElementsDefinition };
    // preset: place nodes where the file says, as an importer does (the default null layout puts all at 0,0).
    const cy = cytoscape({ headless: true, elements: file.elements, layout: { name: 'preset' } });
    try {
      expect(cy.nodes().map((n) => n.id())).toEqual(dataset.nodes.map((n) => n.id));
      expect(cy.edges().map((e) => e.id())).toEqual(dataset.edges.map((e) => e.id));
      for (const node of dataset.nodes) {
        const drawn = cy.getElementById(node.id);
        expect(drawn.position()).toEqual(positions[node.id]);
        expect(drawn.data()).toEqual({
          id: node.id,
          name: node.label,
          ...nodeAttributes(node, vocabularyOf(dataset)),
        });
      }
      for (const edge of dataset.edges) {
        const drawn = cy.getElementById(edge.id);
        expect(drawn.source().id()).toBe(edge.source);
        expect(drawn.target().id()).toBe(edge.target);
        expect(drawn.data()).toMatchObject({
          name: edge.label,
          interaction: edge.type,
          ...edgeAttributes(edge, vocabularyOf(dataset)),
        });
      }
    } finally {
      cy.destroy();
    }
  });
});

describe('labels with &, <, quotes and non-ASCII letters', () => {
  const input = inputOf('tricky');

  it('survive GEXF, GraphML and .cyjs', () => {
    const gexf = parseGexf(Graph, writeGexf(input));
    const graphml = parseGraphml(Graph, writeGraphml(input));
    const cyjs = JSON.parse(writeCyjs(input)) as { elements: { nodes: { data: { label: string } }[] } };
    expect(gexf.mapNodes((_id, a) => a.label as string)).toEqual(TRICKY_LABELS);
    expect(graphml.mapNodes((_id, a) => a.label as string)).toEqual(TRICKY_LABELS);
    expect(cyjs.elements.nodes.map((n) => n.data.label)).toEqual(TRICKY_LABELS);
  });

  it('are escaped by the XML writers, never left raw in the markup', () => {
    for (const xml of [writeGexf(input), writeGraphml(input)]) {
      expect(xml).toMatch(/Smith &amp; Jones &lt;Ltd(>|&gt;)/);
      expect(xml).not.toContain('<Ltd>');
      expect(xml).not.toContain('<urgent>');
    }
  });
});

describe('a control character in a label', () => {
  it('becomes U+FFFD, so the XML stays readable', () => {
    const open = openFolder('minimal');
    const first = open.dataset.nodes[0]!;
    const input = exportInput({
      ...open,
      dataset: { ...open.dataset, nodes: [{ ...first, label: 'MI6\u0007' }, ...open.dataset.nodes.slice(1)] },
    });
    expect(parseGexf(Graph, writeGexf(input)).getNodeAttribute('mi6', 'label')).toBe('MI6\uFFFD');
    expect(parseGraphml(Graph, writeGraphml(input)).getNodeAttribute('mi6', 'label')).toBe('MI6\uFFFD');
  });
});
