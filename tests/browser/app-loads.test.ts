// The built app in a real browser: it draws the bundled graph, stays quiet in the console and never leaves 127.0.0.1.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectScreenshot, openApp, type Session } from './harness';

const mi6 = JSON.parse(readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8')) as {
  nodes: unknown[];
  edges: unknown[];
};

describe('the built app', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp('/');
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('draws every node and edge of the bundled MI6 graph on the canvas', async () => {
    const drawn = await session.page.evaluate(() => {
      const cy = window.__dossierCy;
      if (!cy) return null;
      const onScreen = cy.nodes().filter((n) => {
        const p = n.renderedPosition();
        return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
      });
      return {
        nodes: cy.nodes(':visible').length,
        edges: cy.edges(':visible').length,
        onScreen: onScreen.length,
        hubsOffScreen: cy.nodes('[degree >= 8]').difference(onScreen).length,
      };
    });
    expect(drawn).toMatchObject({ nodes: mi6.nodes.length, edges: mi6.edges.length, hubsOffScreen: 0 });
    // The overview opens at a zoom where names read (issue 9), around the hubs: most of the graph is on screen.
    expect(drawn?.onScreen).toBeGreaterThanOrEqual(0.75 * mi6.nodes.length);
    // The canvas really has pixels: a blank canvas would be one colour.
    const canvasHasInk = await session.page.evaluate(() => {
      const canvases = [...document.querySelectorAll('canvas')];
      return canvases.some((canvas) => {
        const ctx = canvas.getContext('2d');
        if (!ctx || canvas.width === 0) return false;
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] !== 0) return true;
        return false;
      });
    });
    expect(canvasHasInk).toBe(true);
  });

  it('shows the dataset title and the counts of what is drawn', async () => {
    await expect(session.page.getByRole('heading', { name: 'Dossier' }).isVisible()).resolves.toBe(true);
    const status = await session.page
      .getByRole('status')
      .filter({ hasText: 'Showing' })
      .first()
      .textContent();
    expect(status).toContain(`${mi6.nodes.length} of ${mi6.nodes.length} entities`);
  });

  it('looks as it did: the overview matches its baseline picture', async () => {
    await expectScreenshot(session.page, 'overview');
  });

  it('logs no console error, page error or CSP violation, and requests nothing outside 127.0.0.1', async () => {
    expect(session.errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
