// Legible at a glance (issue 9): names readable and apart at the overview, on a link, for a small graph; the graph
// framed in the canvas; measured from Cytoscape's own geometry, as a user would see the picture.
import type cytoscape from 'cytoscape';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeQuietSession, expectScreenshot, openApp, settled, type Session } from './harness';

/** What a user sees of the names and of the graph, read from the drawn canvas. */
interface Legibility {
  /** Nodes displayed (not filtered out). */
  shown: number;
  /** Of those, nodes whose centre lies in the part of the canvas no drawer covers. */
  inView: number;
  /** Nodes in view whose label is drawn at 10 px or more on screen. */
  readable: number;
  /** Of the readable labels, those whose box overlaps another readable label's box. */
  overlapping: number;
  /** The graph's box (its displayed nodes) as a share of the uncovered canvas, across and down. */
  graphShare: { across: number; down: number };
  /** Displayed nodes whose centre lies outside the uncovered canvas. */
  outside: number;
  /** The smallest on-screen size of a hub's label (degree >= 8), in px; 0 when a hub's name is not drawn. */
  smallestHubLabel: number;
  zoom: number;
  /** Of the neighbourhood asked about, the nodes whose centre lies outside the uncovered canvas. */
  cut: string[];
  /** Of that neighbourhood, the share whose names are drawn readable. */
  aroundReadable: number;
}

/** Reads the figures inside the page, from Cytoscape's geometry (after the page is still: STACK.md pitfall 7). */
function measure(page: Page, around = ''): Promise<Legibility> {
  return page.evaluate((aroundId) => {
    const cy = window.__dossierCy;
    if (!cy) throw new Error('no Cytoscape instance');
    const zoom = cy.zoom();
    const pan = cy.pan();
    // The part of the canvas no drawer covers (drawers on narrow screens carry data-canvas-overlay).
    const host = cy.container()?.getBoundingClientRect();
    if (!host) throw new Error('the canvas has no container');
    let left = 0;
    let right = cy.width();
    for (const overlay of document.querySelectorAll('[data-canvas-overlay]')) {
      const over = overlay.getBoundingClientRect();
      if (over.height === 0 || over.right <= host.left || over.left >= host.right) continue;
      if (over.left + over.width / 2 < host.left + host.width / 2)
        left = Math.max(left, over.right - host.left);
      else right = Math.min(right, over.left - host.left);
    }
    const top = 0;
    const bottom = cy.height();
    const shownNodes = cy.nodes().filter((n) => n.visible());
    const inViewNodes = shownNodes.filter((n: cytoscape.NodeSingular) => {
      const p = n.renderedPosition();
      return p.x >= left && p.x <= right && p.y >= top && p.y <= bottom;
    });
    type Rect = { x1: number; y1: number; x2: number; y2: number };
    const boxes: Rect[] = [];
    const readableIds = new Set<string>();
    let smallestHubLabel = Infinity;
    inViewNodes.forEach((n) => {
      const text = String(n.style('label') ?? '');
      const size = parseFloat(n.style('font-size')) * zoom;
      const threshold = parseFloat(n.style('min-zoomed-font-size'));
      const drawn =
        text !== '' &&
        n.style('text-opacity') !== '0' &&
        parseFloat(n.style('opacity')) > 0 &&
        size >= threshold &&
        !n.hasClass('label-hidden');
      if (Number(n.data('degree')) >= 8) smallestHubLabel = Math.min(smallestHubLabel, drawn ? size : 0);
      if (!drawn || size < 10) return;
      readableIds.add(n.id());
      const b = n.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
      boxes.push({
        x1: b.x1 * zoom + pan.x,
        y1: b.y1 * zoom + pan.y,
        x2: b.x2 * zoom + pan.x,
        y2: b.y2 * zoom + pan.y,
      });
    });
    // Two labels touching by a pixel or two (the background padding) are not overlapping to a reader.
    const slack = 2;
    const overlapping = boxes.filter((a, i) =>
      boxes.some(
        (b, j) =>
          i !== j && a.x1 + slack < b.x2 && b.x1 + slack < a.x2 && a.y1 + slack < b.y2 && b.y1 + slack < a.y2,
      ),
    ).length;
    const graph = shownNodes.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    const outside = shownNodes.length - inViewNodes.length;
    const cut = aroundId
      ? cy
          .getElementById(aroundId)
          .closedNeighborhood()
          .nodes()
          .filter((n) => n.visible() && !inViewNodes.has(n))
          .map((n) => n.id())
      : [];
    return {
      shown: shownNodes.length,
      inView: inViewNodes.length,
      readable: boxes.length,
      overlapping,
      graphShare: { across: graph.w / (right - left), down: graph.h / (bottom - top) },
      outside,
      smallestHubLabel: smallestHubLabel === Infinity ? 0 : smallestHubLabel,
      zoom,
      cut,
      aroundReadable: aroundId
        ? (() => {
            const near = cy.getElementById(aroundId).closedNeighborhood().nodes();
            return near.filter((n) => readableIds.has(n.id())).length / Math.max(near.length, 1);
          })()
        : 0,
    };
  }, around);
}

const report = (name: string, m: Legibility) =>
  console.log(
    `${name}: ${m.readable}/${m.inView} in view readable (${Math.round((100 * m.readable) / Math.max(m.inView, 1))} %), ` +
      `${m.overlapping} overlapping (${Math.round((100 * m.overlapping) / Math.max(m.readable, 1))} %), ` +
      `${m.inView}/${m.shown} shown nodes in view, graph box ${Math.round(100 * m.graphShare.across)} % across ` +
      `x ${Math.round(100 * m.graphShare.down)} % down, smallest hub label ${m.smallestHubLabel.toFixed(1)} px, ` +
      `zoom ${m.zoom.toFixed(2)}`,
  );

const MINIMAL = new URL('../fixtures/valid-minimal/', import.meta.url).pathname;

/**
 * A dataset of one's own with 13 entities: the minimal fixture and nine more people, each working with MI6 and
 * resting on the fixture's first sentence (enough for the validator; the picture is what is measured).
 */
function thirteenNodeDataset(): Buffer {
  const data = JSON.parse(readFileSync(`${MINIMAL}graph.json`, 'utf8')) as {
    id: string;
    nodes: Record<string, unknown>[];
    edges: Record<string, unknown>[];
  };
  const evidence = (data.nodes[0] as { evidence: unknown }).evidence;
  const names = [
    'Ada Lowe',
    'Basil Grant',
    'Cora Webb',
    'Dev Patel',
    'Edith Shaw',
    'Felix Moore',
    'Grace Hunt',
    'Hugo Lane',
    'Iris Cole',
  ];
  for (const [i, name] of names.entries()) {
    const id = `person-${i}`;
    data.nodes.push({ id, type: 'person', label: name, aliases: [], summary: '', threatAreas: [], evidence });
    data.edges.push({
      threatAreas: [],
      id: `${id}-works-with-mi6`,
      source: id,
      target: 'mi6',
      type: 'works_with',
      label: 'works with',
      evidence,
    });
  }
  data.id = 'thirteen';
  return Buffer.from(JSON.stringify(data));
}

let session: Session | undefined;
afterEach(async () => {
  await closeQuietSession(session);
  session = undefined;
});

describe.each([
  { width: 1280, height: 800 },
  { width: 800, height: 900 },
])('legibility at $width x $height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('the MI6 overview draws most names readable and apart, and fills the canvas', async () => {
    session = await openApp('/', viewport);
    const m = await measure(session.page);
    report(`overview ${size}`, m);
    await expectScreenshot(session.page, `legibility-overview-${size}`);
    expect(m.readable / m.inView).toBeGreaterThanOrEqual(0.8);
    expect(m.overlapping / m.readable).toBeLessThan(0.05);
    expect(m.smallestHubLabel).toBeGreaterThanOrEqual(10);
    expect(Math.max(m.graphShare.across, m.graphShare.down)).toBeGreaterThanOrEqual(0.8);
  });

  it('a link with a filter frames what the filter leaves, its names readable', async () => {
    session = await openApp('/?areas=counter-weapons-proliferation', viewport);
    const m = await measure(session.page);
    report(`filter link ${size}`, m);
    await expectScreenshot(session.page, `legibility-filter-link-${size}`);
    expect(m.outside).toBe(0);
    expect(m.readable / m.inView).toBeGreaterThanOrEqual(0.8);
    expect(m.overlapping / m.readable).toBeLessThan(0.05);
    // A handful of nodes is framed at zoom 1 at most, so it may not fill the canvas across and down.
    expect(Math.max(m.graphShare.across, m.graphShare.down)).toBeGreaterThanOrEqual(0.6);
  });

  it('a link with a focus frames the neighbourhood, every name readable', async () => {
    session = await openApp('/?focus=sami:1', viewport);
    const m = await measure(session.page);
    report(`focus link ${size}`, m);
    expect(m.outside).toBe(0);
    expect(m.readable / m.inView).toBeGreaterThanOrEqual(0.8);
    expect(Math.max(m.graphShare.across, m.graphShare.down)).toBeGreaterThanOrEqual(0.6);
  });

  it('choosing MI6 in search frames its neighbourhood whole', async () => {
    session = await openApp('/', viewport);
    const { page } = session;
    // As a keyboard user does: "/" to search, the name, Enter for the first suggestion.
    await page.keyboard.press('/');
    await page.keyboard.type('MI6');
    await page.waitForFunction(() => document.querySelector('[role="option"]') !== null);
    await page.keyboard.press('Enter');
    await settled(page);
    const m = await measure(page, 'mi6');
    report(`MI6 from search ${size}`, m);
    console.log(`MI6 from search ${size}: cut off`, m.cut);
    expect(m.cut).toEqual([]);
    console.log(`MI6 from search ${size}: neighbourhood readable ${Math.round(100 * m.aroundReadable)} %`);
    // Framed whole, a neighbourhood spread over the graph is drawn small: half its names or more still read (before: none).
    expect(m.aroundReadable).toBeGreaterThanOrEqual(0.5);
  });
});

describe("a small dataset of one's own", () => {
  it('shows every name, readable and apart, as soon as it opens', async () => {
    session = await openApp('/');
    const { page } = session;
    await page.getByLabel('Choose graph.json and its source text').setInputFiles([
      { name: 'graph.json', mimeType: 'application/json', buffer: thirteenNodeDataset() },
      { name: 'source.txt', mimeType: 'text/plain', buffer: readFileSync(`${MINIMAL}source.txt`) },
    ]);
    await page.waitForFunction(
      () => window.__dossierCy?.nodes().length === 13 || document.querySelector('[role="alert"]') !== null,
    );
    // A problem with the file would be listed in an alert: none is expected.
    await expect(page.getByRole('alert').allTextContents()).resolves.toEqual([]);
    await settled(page);
    const m = await measure(page);
    report('13-node dataset 1280x800', m);
    expect(m.shown).toBe(13);
    expect(m.readable).toBe(13);
    expect(m.overlapping).toBe(0);
    expect(m.outside).toBe(0);
  });
});

describe('the canvas from the keyboard and the pointer', () => {
  const tooltip = (page: Page) => page.getByRole('tooltip');
  const detailsHeading = (page: Page) =>
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 }).textContent();

  it('pointing at a node shows its full name and type in a tooltip', async () => {
    session = await openApp('/');
    const { page } = session;
    // A node whose name the canvas shortens.
    const target = await page.evaluate(() => {
      const cy = window.__dossierCy;
      const node = cy?.nodes().filter((n) => String(n.data('name')).length > 28)[0];
      const box = cy?.container()?.getBoundingClientRect();
      if (!node || !box) throw new Error('no node with a long name');
      node.cy().center(node);
      return { id: node.id(), name: String(node.data('name')) };
    });
    await settled(page);
    const point = await page.evaluate((id) => {
      const cy = window.__dossierCy;
      const box = cy?.container()?.getBoundingClientRect();
      const at = cy?.getElementById(id).renderedPosition();
      if (!box || !at) throw new Error('no canvas');
      return { x: box.left + at.x, y: box.top + at.y };
    }, target.id);
    // Moved in steps, as a hand does: Cytoscape finds what is under the pointer on mouse moves.
    await page.mouse.move(point.x - 20, point.y - 20);
    await page.mouse.move(point.x, point.y, { steps: 5 });
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    await expect(tooltip(page).textContent()).resolves.toContain(target.name);
    // Inside the canvas.
    const inside = await page.evaluate(() => {
      const tip = document.querySelector('[role="tooltip"]')?.getBoundingClientRect();
      const host = document.querySelector('.cy-host')?.getBoundingClientRect();
      return (
        !!tip &&
        !!host &&
        tip.left >= host.left &&
        tip.right <= host.right &&
        tip.top >= host.top &&
        tip.bottom <= host.bottom
      );
    });
    expect(inside).toBe(true);
    await page.mouse.move(1, 1);
    await expect.poll(() => tooltip(page).isVisible()).toBe(false);
  });

  it('arrow keys on the focused canvas move the selection to the nearest node that way, Enter opens its details', async () => {
    session = await openApp('/?sel=node:mi6');
    const { page } = session;
    const canvas = page.getByRole('application', { name: /.+/ });
    await expect(canvas.getAttribute('aria-describedby')).resolves.toContain('canvas-keys');
    await canvas.focus();
    const expected = await page.evaluate(() => {
      const cy = window.__dossierCy;
      if (!cy) throw new Error('no Cytoscape instance');
      const from = cy.getElementById('mi6').renderedPosition();
      // The nearest shown node to the right, within 60 degrees, sideways distance counted double.
      let best = '';
      let score = Infinity;
      cy.nodes().forEach((n) => {
        if (!n.visible() || n.id() === 'mi6') return;
        const p = n.renderedPosition();
        const along = p.x - from.x;
        const across = Math.abs(p.y - from.y);
        if (along <= 0 || across > along * Math.sqrt(3)) return;
        if (along + 2 * across < score) {
          score = along + 2 * across;
          best = String(n.data('name'));
        }
      });
      return best;
    });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => detailsHeading(page)).toBe(expected);
    await settled(page);
    // The selection is in view, and its full name is in the tooltip the canvas is described by.
    const inView = await page.evaluate(() => {
      const cy = window.__dossierCy;
      const selected = cy?.nodes('.selected-element')[0];
      if (!cy || !selected) return false;
      const p = selected.renderedPosition();
      return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
    });
    expect(inView).toBe(true);
    await expect(tooltip(page).textContent()).resolves.toContain(expected);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'right-panel');
  });
});
