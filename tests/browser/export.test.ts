// Export in a real browser: each format downloads from the menu, and each file reads back as what was drawn.
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeQuietSession, openApp, type Session } from './harness';

const mi6 = JSON.parse(readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8')) as {
  nodes: { id: string; type: string }[];
  edges: { id: string }[];
};
const sourceText = readFileSync(new URL('../../graph-data/mi6/source.txt', import.meta.url), 'utf8');

/** Chooses a format from the Export menu as a user would, and returns the file the browser saved. */
async function download(
  page: Page,
  itemName: string,
): Promise<{ name: string; path: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const saved = page.waitForEvent('download');
  await page
    .getByRole('menu', { name: 'Export' })
    .getByRole('menuitem', { name: itemName, exact: true })
    .click();
  const file = await saved;
  const path = await file.path();
  // The menu says it is done; the next choice can follow.
  await page
    .getByRole('button', { name: 'Export', exact: true })
    .getByText('Export', { exact: true })
    .waitFor();
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** Model positions as the canvas draws them now, rounded as the exporter rounds them. */
async function drawnPositions(page: Page) {
  return page.evaluate(() => {
    const cy = window.__dossierCy;
    if (!cy) throw new Error('no Cytoscape instance');
    const out: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 };
    });
    return out;
  });
}

describe('export in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    // Every export runs under the strict CSP with a quiet console and nothing sent off the machine.
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  }, 120_000);

  it('the PNG is a PNG at twice the canvas size, and the SVG draws the same names', async () => {
    session = await openApp('/');
    const { page } = session;
    await page.waitForFunction(() => !window.__dossierCy?.animated());
    const size = await page.evaluate(() => ({
      w: window.__dossierCy!.width(),
      h: window.__dossierCy!.height(),
    }));

    const png = await download(page, 'PNG image');
    expect(png.name).toBe('mi6.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect({ w: png.bytes.readUInt32BE(16), h: png.bytes.readUInt32BE(20) }).toEqual({
      w: size.w * 2,
      h: size.h * 2,
    });

    const svg = await download(page, 'SVG image');
    expect(svg.name).toBe('mi6.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/<svg[\s>]/);
    expect(text).toContain('>MI6<');
  }, 120_000);

  it('every data format downloads and reads back as the graph on screen', async () => {
    session = await openApp('/');
    const { page } = session;
    await page.waitForFunction(() => !window.__dossierCy?.animated());
    const positions = await drawnPositions(page);
    const ids = mi6.nodes.map((n) => n.id);

    const cyjs = await download(page, 'Cytoscape JSON (.cyjs)');
    expect(cyjs.name).toBe('mi6.cyjs');
    const { elements } = JSON.parse(cyjs.bytes.toString('utf8')) as {
      elements: cytoscape.ElementsDefinition;
    };
    const cy = cytoscape({ headless: true, elements, layout: { name: 'preset' } });
    expect(cy.nodes().map((n) => n.id())).toEqual(ids);
    expect(cy.edges().length).toBe(mi6.edges.length);
    for (const id of ids) expect(cy.getElementById(id).position()).toEqual(positions[id]);
    cy.destroy();

    const gexf = await download(page, 'GEXF for Gephi');
    expect(gexf.name).toBe('mi6.gexf');
    const fromGexf = parseGexf(Graph, gexf.bytes.toString('utf8'));
    expect(fromGexf.nodes()).toEqual(ids);
    expect(fromGexf.size).toBe(mi6.edges.length);
    expect(fromGexf.getNodeAttribute('mi6', 'y')).toBe(0 - positions.mi6!.y);

    const graphml = await download(page, 'GraphML');
    expect(graphml.name).toBe('mi6.graphml');
    const fromGraphml = parseGraphml(Graph, graphml.bytes.toString('utf8'));
    expect(fromGraphml.nodes()).toEqual(ids);
    expect(fromGraphml.getNodeAttribute('mi6', 'type')).toBe('agency');

    const annotations = await download(page, 'Web Annotations (JSON-LD)');
    expect(annotations.name).toBe('mi6-annotations.jsonld');
    const collection = JSON.parse(annotations.bytes.toString('utf8')) as {
      total: number;
      first: { items: { target: { selector: [{ exact: string }, { start: number; end: number }] } }[] };
    };
    const codePoints = Array.from(sourceText);
    for (const { target } of collection.first.items) {
      const [quote, position] = target.selector;
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
    expect(collection.total).toBeGreaterThan(mi6.nodes.length);

    const entities = await download(page, 'Entities (CSV)');
    expect(entities.name).toBe('mi6-entities.csv');
    expect(entities.bytes.toString('utf8').split('\r\n')).toHaveLength(mi6.nodes.length + 2);
    const relations = await download(page, 'Relations (CSV)');
    expect(relations.name).toBe('mi6-relations.csv');
    expect(relations.bytes.toString('utf8').split('\r\n')).toHaveLength(mi6.edges.length + 2);
  }, 120_000);

  it('the bundle of the current view re-opens through Open dataset… with only what the view showed', async () => {
    session = await openApp('/?types=agency');
    const { page } = session;
    const agencies = mi6.nodes.filter((n) => n.type === 'agency').length;
    const bundle = await download(page, 'Dossier bundle (.dossier.json)');
    expect(bundle.name).toBe('mi6-view.dossier.json');

    await page.goto(`${session.baseUrl}/`);
    await page.waitForFunction(() => (window.__dossierCy?.nodes().length ?? 0) > 0);
    await page
      .getByLabel('Choose graph.json and its source text')
      .setInputFiles({ name: bundle.name, mimeType: 'application/json', buffer: bundle.bytes });
    await page.getByText('(mi6-view.dossier.json)').waitFor();
    await page.waitForFunction((n) => window.__dossierCy?.nodes().length === n, agencies);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  }, 120_000);
});
