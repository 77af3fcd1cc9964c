// The raw reference page: Dossier's elements and stylesheet drawn by plain Cytoscape.js, no React, no panels.
// `?dataset=mi6` draws the bundled MI6 graph at load; otherwise the page waits for a graph.json given to its file
// input, as the app's "Open dataset…" does. `?w=&h=` size the canvas like the app's, so both draw the same view.
import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import type { Dataset } from '../../src/model/schema';
import mi6 from '../../graph-data/mi6/graph.json';
import { buildElements, buildStylesheet } from './dossier-parts';

declare global {
  interface Window {
    /** The reference page's Cytoscape instance, read by the benchmark. */
    __rawCy?: Core;
  }
}

const params = new URLSearchParams(window.location.search);
const container = document.getElementById('cy') as HTMLDivElement;
const width = Number(params.get('w'));
const height = Number(params.get('h'));
if (width > 0 && height > 0) {
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
}

function draw(dataset: Dataset): void {
  window.__rawCy?.destroy();
  const positions = dataset.positions ?? {};
  // The app builds its elements the same way; the preset positions go straight into the definitions.
  const elements: ElementDefinition[] = buildElements(dataset, new Map()).map((element) => {
    const at = element.group === 'nodes' ? positions[String(element.data.id)] : undefined;
    return at ? { ...element, position: { x: at.x, y: at.y } } : element;
  });
  // The options the app's canvas gives Cytoscape (GraphCanvas.tsx), so wheel and drag move the view alike. What
  // differs is on purpose: the app's level of detail (level-of-detail.ts) is left out, as this page is the base the
  // pan/zoom budget is a multiple of; the app no longer sets a renderer option for it (no textureOnViewport,
  // hideEdgesOnViewport or motionBlur: its large graphs move a picture of the canvas, motion-snapshot.ts), so the
  // two pages give Cytoscape the same options.
  const cy = cytoscape({
    container,
    elements,
    style: buildStylesheet(),
    layout: { name: 'preset' },
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autounselectify: true,
  });
  // The app frames the graph at most at 100% zoom, with some padding: the same first view.
  cy.fit(undefined, 40);
  if (cy.zoom() > 1) cy.zoom({ level: 1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  // A click only sets the class the app uses for the selection: the least a graph view can do.
  cy.on('tap', 'node, edge', (event: EventObject) => {
    cy.batch(() => {
      cy.elements('.selected-element').removeClass('selected-element');
      (event.target as cytoscape.SingularElementReturnValue).addClass('selected-element');
    });
  });
  window.__rawCy = cy;
}

const input = document.getElementById('files') as HTMLInputElement;
input.addEventListener('change', () => {
  const json = Array.from(input.files ?? []).find((file) => file.name.endsWith('.json'));
  if (!json) return;
  void json.text().then((text) => draw(JSON.parse(text) as Dataset));
});

// The JSON module's inferred type is narrower than Dataset's unions: it is the same data.
if (params.get('dataset') === 'mi6') draw(mi6 as unknown as Dataset);
