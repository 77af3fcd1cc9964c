// A big graph with no saved positions, in a real browser: its overview is computed in a worker while the page
// stays responsive, with a progress bar and a Stop that keeps the layout reached so far.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { closeQuietSession, openApp, type Session } from './harness';

const NODES = 3000;

/** How many distinct places the nodes are drawn at (rounded to a pixel). */
const distinctPlaces = (page: Page) =>
  page.evaluate(
    () =>
      new Set(
        window.__dossierCy
          ?.nodes()
          .map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`),
      ).size,
  );

describe('a big graph laid out in a worker, in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  });

  it(
    'shows progress, leaves the page free meanwhile, and Stop keeps a whole layout',
    { timeout: 120_000 },
    async () => {
      const { dataset, text } = syntheticDataset(NODES);
      const { positions: _saved, ...withoutPositions } = dataset;
      session = await openApp('/');
      const { page } = session;
      page.setDefaultTimeout(60_000);
      await page.getByLabel('Choose graph.json and its source text').setInputFiles([
        {
          name: 'graph.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(withoutPositions)),
        },
        { name: 'source.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
      ]);
      const progress = page
        .getByRole('status')
        .filter({ hasText: `Laying out ${NODES.toLocaleString('en')} entities` });
      await progress.waitFor();
      await expect(progress.getByRole('progressbar').getAttribute('max')).resolves.toMatch(/^\d+$/);

      // The page is free while the worker lays out: timers meant 50 ms apart fire on time, give or take a draw.
      const longestGap = await page.evaluate(async () => {
        let longest = 0;
        let last = performance.now();
        for (let i = 0; i < 10; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
        }
        return longest;
      });
      expect(longestGap).toBeLessThan(1000);
      await page.waitForFunction(
        () => Number(document.querySelector('.layout-progress progress')?.getAttribute('value')) > 0,
      );
      await progress.getByRole('button', { name: 'Stop here' }).click();
      await progress.waitFor({ state: 'detached' });
      // Every node placed, apart: not the pile at the origin a graph without positions starts as.
      expect(await distinctPlaces(page)).toBeGreaterThan(NODES * 0.95);
    },
  );
});
