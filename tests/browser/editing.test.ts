// Editing by hand in the built app: select words, add an entity and a relation resting on them, undo and redo,
// reload with nothing lost, and export a bundle the repository's checker accepts.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { checkData } from '../../scripts/check-data';
import { closeQuietSession, dragOver, openApp, settled, waitForCounts, type Session } from './harness';

const minimalGraph = readFileSync(new URL('../fixtures/valid-minimal/graph.json', import.meta.url), 'utf8');
const minimalSource = readFileSync(new URL('../fixtures/valid-minimal/source.txt', import.meta.url), 'utf8');
const TITLE = 'A memory stick from Vienna';

const counts = (page: Page) =>
  page.evaluate(() => [window.__dossierCy?.nodes().length, window.__dossierCy?.edges().length]);
const positions = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__dossierCy?.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  });

describe('editing by hand in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  });

  it('adds an entity and a relation from selected words, undoes, redoes, keeps them over a reload and exports a valid bundle', async () => {
    session = await openApp('/');
    const { page } = session;
    page.setDefaultTimeout(10_000);
    await page.getByLabel('Choose graph.json and its source text').setInputFiles([
      { name: 'graph.json', mimeType: 'application/json', buffer: Buffer.from(minimalGraph) },
      { name: 'source.txt', mimeType: 'text/plain', buffer: Buffer.from(minimalSource) },
    ]);
    await page.getByText(`Open dataset: ${TITLE}`).waitFor();
    await waitForCounts(page, 4, 3);
    await settled(page);
    const placed = await positions(page);

    // Words selected with the mouse become an entity.
    await dragOver(page, 'Vienna');
    const bar = page.getByRole('group', { name: 'Selected words' });
    await expect(bar.textContent()).resolves.toContain('Selected: “Vienna”');
    await bar.getByRole('button', { name: 'Add entity' }).click();
    await expect(bar.getByRole('textbox', { name: 'Label' }).inputValue()).resolves.toBe('Vienna');
    await bar.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Place' });
    await bar.getByRole('button', { name: 'Add', exact: true }).click();
    await waitForCounts(page, 5, 3);
    await page.getByRole('heading', { level: 3, name: 'Vienna' }).waitFor();
    // Drawn at once where it can be seen, and nothing already placed moved (no new layout).
    await settled(page);
    const after = await positions(page);
    for (const [id, at] of Object.entries(placed)) expect(after[id]).toEqual(at);
    const onScreen = await page.evaluate(() => {
      const cy = window.__dossierCy;
      const node = cy?.getElementById('vienna');
      if (!cy || !node || node.empty()) return false;
      const p = node.renderedPosition();
      return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
    });
    expect(onScreen).toBe(true);

    // A relation from Vienna to Anna Clarke, its evidence selected from the keyboard.
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Add relation' }).click();
    await details.getByRole('combobox', { name: 'Other entity' }).selectOption({ label: 'Anna Clarke' });
    await details.getByRole('textbox', { name: /^Label/ }).fill('is where the handover happens to');
    await page.getByRole('link', { name: /^Vienna/ }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await details.getByText('Evidence: “Vienna, an MI6 officer”').waitFor();
    await details.getByRole('button', { name: 'Add relation' }).click();
    await waitForCounts(page, 5, 4);

    // Undo and Redo, by button and by key.
    await page
      .getByRole('button', {
        name: /^Undo add relation “Vienna is where the handover happens to Anna Clarke”/,
      })
      .click();
    await waitForCounts(page, 5, 3);
    await page.getByRole('button', { name: /^Redo add relation/ }).click();
    await waitForCounts(page, 5, 4);
    await page.keyboard.press('Control+z');
    await waitForCounts(page, 5, 3);
    await page.keyboard.press('Control+Shift+z');
    await waitForCounts(page, 5, 4);

    // Kept as it happens: a reload opens it edited, with the new node where it was drawn.
    await page.getByText('All edits kept in this browser.').waitFor({ state: 'attached' });
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const request = indexedDB.open('dossier');
          request.onsuccess = () => {
            const get = request.result.transaction('datasets').objectStore('datasets').get('valid-minimal');
            get.onsuccess = () => {
              const record = get.result as { files?: { text: string }[] } | undefined;
              resolve(record?.files?.[0]?.text.includes('is where the handover happens to') ?? false);
              request.result.close();
            };
          };
          request.onerror = () => resolve(false);
        }),
      undefined,
      { polling: 200 },
    );
    const vienna = after.vienna;
    await page.reload();
    await page.getByText(`Open dataset: ${TITLE}`).waitFor();
    await waitForCounts(page, 5, 4);
    expect(new URL(page.url()).searchParams.get('dataset')).toBe('valid-minimal');
    await settled(page);
    expect((await positions(page)).vienna).toEqual(vienna);
    expect(await counts(page)).toEqual([5, 4]);

    // Exported as a bundle, which the repository's checker accepts.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const saved = page.waitForEvent('download');
    await page
      .getByRole('menu', { name: 'Export' })
      .getByRole('menuitem', { name: 'Dossier bundle (.dossier.json)', exact: true })
      .click();
    const file = await saved;
    const bundle = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      dataset: { nodes: { id: string }[]; edges: { label: string }[] };
    };
    expect(bundle.dataset.nodes.map((n) => n.id)).toContain('vienna');
    expect(bundle.dataset.edges.map((e) => e.label)).toContain('is where the handover happens to');
    // The downloaded file itself, as `npm run check:data -- <file>` reads it.
    const report = checkData([await file.path()]);
    expect(report.errors).toBe(0);
    expect(report.lines.at(-1)).toMatch(/: ok — 5 nodes, 4 edges/);
  }, 120_000);

  it('an edited bundled dataset becomes its own copy, which the URL names and a reload reopens; the bundled one stays', async () => {
    session = await openApp('/?sel=node:mi5');
    const { page, baseUrl } = session;
    page.setDefaultTimeout(10_000);
    const details = page.getByRole('region', { name: 'Details' });
    const original = await details.locator('.details-summary').textContent();
    await details.getByRole('button', { name: 'Edit entity' }).click();
    await details.getByRole('textbox', { name: 'Summary' }).fill('Edited in a test.');
    await details.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Open dataset: What is MI6? (edited)').waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('dataset') === 'mi6-edited');
    await page.getByText('All edits kept in this browser.').waitFor({ state: 'attached' });

    await page.reload();
    await page.getByText('Open dataset: What is MI6? (edited)').waitFor();
    await details.getByText('Edited in a test.').waitFor();

    await page.goto(`${baseUrl}/?dataset=mi6&sel=node:mi5`);
    await settled(page);
    await expect(page.locator('header .dataset-title').textContent()).resolves.toBe(
      'Open dataset: What is MI6?',
    );
    await expect(details.locator('.details-summary').textContent()).resolves.toBe(original);
  }, 120_000);
});
