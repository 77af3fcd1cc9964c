// The stylesheet draws what the theme says: on a headless Cytoscape, each node type in its colour and shape, each
// relation in its family's colour and line style, and the path in its own colour whatever the relations on it.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildElements } from '../../src/graph-view/elements';
import { buildStylesheet } from '../../src/graph-view/stylesheet';
import { NODE_TYPE_STYLE, RELATION_FAMILY_STYLE, UI_COLOURS } from '../../src/theme/theme';
import { openFolder } from './helpers/open-fixture';

/** Cytoscape reports colours as rgb(r,g,b); the theme writes them as hex. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

function graph() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(),
    elements: [
      { data: { id: 'isis', type: 'organisation', label: 'ISIS', degree: 1 } },
      { data: { id: 'uk', type: 'place', label: 'UK', degree: 1 } },
      { data: { id: 'threat', source: 'isis', target: 'uk', type: 'threatens', label: 'threatens' } },
    ],
  });
}

describe('the stylesheet', () => {
  it("draws a node in its type's colour and shape", () => {
    const node = graph().getElementById('isis');
    expect(node.style('background-color')).toBe(rgb(NODE_TYPE_STYLE.organisation.colour));
    expect(node.style('shape')).toBe(NODE_TYPE_STYLE.organisation.shape);
  });

  it('draws a hostile relation in the hostile colour, dashed', () => {
    const edge = graph().getElementById('threat');
    expect(edge.style('line-color')).toBe(rgb(RELATION_FAMILY_STYLE.hostile.colour));
    expect(edge.style('line-style')).toBe('dashed');
  });

  it('draws a hostile relation on the path in the path colour, so the path is not read as a threat', () => {
    const cy = graph();
    cy.elements().addClass('on-path');
    const edge = cy.getElementById('threat');
    expect(edge.style('line-color')).toBe(rgb(UI_COLOURS.path));
    expect(edge.style('line-color')).not.toBe(rgb(RELATION_FAMILY_STYLE.hostile.colour));
    expect(cy.getElementById('uk').style('border-color')).toBe(rgb(UI_COLOURS.path));
  });
});

describe('a dataset’s own types on the canvas', () => {
  const fraud = openFolder('own');
  const cy = () =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(),
      elements: buildElements(fraud.dataset, new Map()),
    });

  it('draws a type in the colour and shape the dataset declares for it', () => {
    const node = cy().getElementById('marta-kovac');
    expect(node.style('background-color')).toBe(rgb('#D55E00'));
    expect(node.style('shape')).toBe('ellipse');
  });

  it('draws a type declared without a style in the colour and shape its vocabulary resolves', () => {
    const style = fraud.index.vocabulary.nodeType('company').style;
    const node = cy().getElementById('bellweather');
    expect(node.style('background-color')).toBe(rgb(style.colour));
    expect(node.style('shape')).toBe(style.shape);
  });

  it('draws a relation in its family’s declared colour, and in its own line style where it declares one', () => {
    const graph = cy();
    expect(graph.getElementById('bellweather-pays-nordbank').style('line-color')).toBe(rgb('#0072B2'));
    expect(graph.getElementById('vos-holds-nordbank').style('line-style')).toBe('dashed');
  });

  it('draws MI6 from its elements exactly as the built-in rules do', () => {
    const mi6 = openFolder('mi6');
    const graph = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(),
      elements: buildElements(mi6.dataset, new Map()),
    });
    for (const node of mi6.dataset.nodes.slice(0, 20)) {
      const style = NODE_TYPE_STYLE[node.type as keyof typeof NODE_TYPE_STYLE];
      expect(graph.getElementById(node.id).style('background-color')).toBe(rgb(style.colour));
      expect(graph.getElementById(node.id).style('shape')).toBe(style.shape);
    }
  });
});
