// Keeping the view in a real browser: a node dragged on the canvas is where it was left after a reload, with the
// selection, and "Reset view" puts it back where the dataset places it.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { clickGraphElement, closeQuietSession, openApp, settled, type Session } from './harness';

const mi6 = JSON.parse(readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8')) as {
  positions: Record<string, { x: number; y: number }>;
};

const positionOf = (page: Page, id: string) =>
  page.evaluate((nodeId) => window.__dossierCy?.getElementById(nodeId).position(), id);

/** Drags a node by (dx, dy) screen pixels with a real mouse, in steps as a hand would. */
async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const from = await page.evaluate((nodeId) => {
    const cy = window.__dossierCy;
    const box = cy?.container()?.getBoundingClientRect();
    const at = cy?.getElementById(nodeId).renderedPosition();
    if (!box || !at) throw new Error(`no node "${nodeId}" on the canvas`);
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 8 });
  await page.mouse.up();
}

describe('the view kept per dataset, in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  });

  it('a dragged node and the selection survive a reload; Reset view puts the node back', async () => {
    session = await openApp('/');
    const { page } = session;
    page.setDefaultTimeout(15_000);
    await settled(page);
    const saved = mi6.positions.gchq as { x: number; y: number };
    expect(await positionOf(page, 'gchq')).toEqual(saved);

    await dragNode(page, 'gchq', 90, 60);
    const left = await positionOf(page, 'gchq');
    expect(left?.x).toBeGreaterThan(saved.x + 50);
    await clickGraphElement(page, 'mi5');
    await page.getByText(/^Selected MI5, /).waitFor({ state: 'attached' });
    // Kept a moment after the last change.
    await page.waitForFunction(() => localStorage.getItem('dossier.views.v1')?.includes('gchq') ?? false);

    // The bare address, as a bookmark would open it: the kept view comes back, the dragged node with it.
    await page.goto(new URL('/', page.url()).href);
    await settled(page);
    await page.getByText(/^Selected MI5, /).waitFor({ state: 'attached' });
    const after = await positionOf(page, 'gchq');
    expect(after?.x).toBeCloseTo(left?.x ?? NaN, 3);
    expect(after?.y).toBeCloseTo(left?.y ?? NaN, 3);

    await page.getByRole('button', { name: 'Reset view' }).click();
    await settled(page);
    expect(await positionOf(page, 'gchq')).toEqual(saved);
    expect(await page.getByText(/^Selected /).count()).toBe(0);
  });
});
