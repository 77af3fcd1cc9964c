// Suggestions in the built app: Suggest entities on the MI6 article lists candidates from the worker, accepting one
// draws it on the canvas with its words highlighted in the reader; a 250,000-character text shows its progress.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeQuietSession, openApp, settled, type Session } from './harness';

const mi6Source = readFileSync(new URL('../../graph-data/mi6/source.txt', import.meta.url), 'utf8');
const minimalGraph = readFileSync(new URL('../fixtures/valid-minimal/graph.json', import.meta.url), 'utf8');
const minimalSource = readFileSync(new URL('../fixtures/valid-minimal/source.txt', import.meta.url), 'utf8');

const nodeCount = (page: Page) => page.evaluate(() => window.__dossierCy?.nodes().length ?? 0);
const positions = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__dossierCy?.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  });

/** Clicks Suggest entities and waits for the list: how long that took, in milliseconds. */
async function suggestAndWait(page: Page): Promise<number> {
  const started = Date.now();
  await page.getByRole('button', { name: 'Suggest entities' }).click();
  await page.getByRole('region', { name: 'Suggestions' }).getByRole('listitem').first().waitFor();
  return Date.now() - started;
}

/** The article again and again, each copy's names changed, to `length` characters. */
function longText(length: number): string {
  const names = ['Sami', 'MI5', 'MI6', 'GCHQ', 'London', 'Syria'];
  let text = '';
  for (let copy = 1; text.length < length; copy++) {
    const pattern = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
    text += `\n\n${mi6Source.replace(pattern, (name) => `${name} Unit ${copy}`)}`;
  }
  return text.slice(0, length);
}

describe('suggestions in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  });

  it('on the MI6 article: the list comes from the worker, and an accepted candidate is drawn with its words', async () => {
    session = await openApp('/');
    const { page } = session;
    page.setDefaultTimeout(30_000);
    const before = await nodeCount(page);
    const took = await suggestAndWait(page);
    console.log(`MI6 article (${mi6Source.length} characters): ${took} ms from click to list`);

    const list = page.getByRole('region', { name: 'Suggestions' });
    // The first candidate the graph does not name yet.
    const row = list.locator('li[data-row]:not([aria-label*="already in the graph"])').first();
    const label = ((await row.locator('.suggestion-name strong').textContent()) ?? '').trim();
    expect(label).not.toBe('');
    await row.focus();
    // The reader marks the candidate's words while the list is on it.
    await expect.poll(() => page.locator('.reader-body .reader-preview').allTextContents()).toContain(label);

    const placed = await positions(page);
    await list.getByRole('button', { name: `Accept ${label}`, exact: true }).click();
    await page.waitForFunction((n) => window.__dossierCy?.nodes().length === n + 1, before);
    const added = await page.evaluate(
      (name) =>
        window.__dossierCy
          ?.nodes()
          .filter((n) => n.data('label') === name)
          .map((n) => n.id()),
      label,
    );
    expect(added).toHaveLength(1);
    const id = added?.[0] ?? '';
    // Its every mention is now a highlight of the reader, tied to the new node.
    await expect
      .poll(() => page.locator(`.reader-body [data-owner="node:${id}"]`).count())
      .toBeGreaterThan(0);
    // Drawn without moving anything already placed.
    const after = await positions(page);
    for (const [node, at] of Object.entries(placed)) expect(after[node], node).toEqual(at);
    const highlighted = await page.locator(`.reader-body [data-owner="node:${id}"]`).allTextContents();
    expect(highlighted.join('')).toContain(label);
    expect(await list.getByRole('button', { name: `Accept ${label}`, exact: true }).count()).toBe(0);
    await settled(page);
  });

  it('a 250,000-character text shows its progress and still gives a list', async () => {
    session = await openApp('/');
    const { page } = session;
    page.setDefaultTimeout(120_000);
    const text = `${minimalSource}${longText(250_000 - minimalSource.length)}`;
    await page.getByLabel('Choose graph.json and its source text').setInputFiles([
      { name: 'graph.json', mimeType: 'application/json', buffer: Buffer.from(minimalGraph) },
      { name: 'source.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
    ]);
    await page.getByText('Open dataset: A memory stick from Vienna').waitFor();
    await settled(page);
    const started = Date.now();
    await page.getByRole('button', { name: 'Suggest entities' }).click();
    await page.getByRole('progressbar', { name: 'Reading the text' }).waitFor();
    await page.getByRole('region', { name: 'Suggestions' }).getByRole('listitem').first().waitFor();
    console.log(`${text.length} characters: ${Date.now() - started} ms from click to list`);
    expect(
      await page.getByRole('region', { name: 'Suggestions' }).getByRole('listitem').count(),
    ).toBeGreaterThan(10);
  });
});
