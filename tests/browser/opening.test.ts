// Opening one's own dataset in a real browser: kept in IndexedDB across a reload, listed by the switcher, opened
// by a drop and by a same-origin link.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { clickGraphElement, closeQuietSession, openApp, settled, type Session } from './harness';

const minimalGraph = readFileSync(new URL('../fixtures/valid-minimal/graph.json', import.meta.url), 'utf8');
const minimalSource = readFileSync(new URL('../fixtures/valid-minimal/source.txt', import.meta.url), 'utf8');
const TITLE = 'A memory stick from Vienna';
const twoDocuments = (name: string) =>
  readFileSync(new URL(`../fixtures/valid-two-documents/${name}`, import.meta.url));

const drawnIds = (page: Page) =>
  page.evaluate(() =>
    window.__dossierCy
      ?.nodes()
      .map((n) => n.id())
      .sort(),
  );
/** Waits until the header says `title` is the open dataset. */
const opened = (page: Page, title: string) =>
  page.waitForFunction(
    (t) => document.querySelector('header')?.textContent?.includes(`Open dataset: ${t}`) ?? false,
    title,
  );
const showsMinimal = async (page: Page) => {
  await opened(page, TITLE);
  await page.waitForFunction(() => window.__dossierCy?.nodes().length === 4);
  expect(await drawnIds(page)).toEqual(['anna-clarke', 'gchq', 'memory-stick', 'mi6']);
};

describe('opening your own dataset in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  });

  it('a dataset opened from files survives a reload, and the switcher lists it beside MI6', async () => {
    session = await openApp('/');
    const { page } = session;
    page.setDefaultTimeout(10_000);
    await page.getByLabel('Choose graph.json and its source text').setInputFiles([
      { name: 'graph.json', mimeType: 'application/json', buffer: Buffer.from(minimalGraph) },
      { name: 'source.txt', mimeType: 'text/plain', buffer: Buffer.from(minimalSource) },
    ]);
    await showsMinimal(page);
    // Kept once the switcher lists it.
    await page.getByRole('button', { name: 'Datasets' }).click();
    const list = page.getByRole('group', { name: 'Datasets' });
    await list.getByRole('button', { name: new RegExp(`^${TITLE}`) }).waitFor();
    await expect(list.getByRole('button', { name: /What is MI6\?/ }).textContent()).resolves.toMatch(
      /\d+ entities, \d+ relations/,
    );

    await page.reload();
    await showsMinimal(page);
    expect(new URL(page.url()).searchParams.get('dataset')).toBe('valid-minimal');

    // Back to MI6 from the switcher, and the kept one is still there to remove.
    await page.getByRole('button', { name: 'Datasets' }).click();
    await list.getByRole('button', { name: /What is MI6\?/ }).click();
    await opened(page, 'What is MI6?');
    await settled(page);
    await page.getByRole('button', { name: 'Datasets' }).click();
    await list.getByRole('button', { name: `Remove “${TITLE}” from this browser` }).click();
    await expect(list.getByRole('status').textContent()).resolves.toBe(
      `Removed “${TITLE}” from this browser.`,
    );
  });

  it('files dropped on the window open, and a same-origin link opens its graph.json and text', async () => {
    session = await openApp('/');
    const { page, baseUrl } = session;
    page.setDefaultTimeout(10_000);
    await page.evaluate(
      ({ graph, source }) => {
        const data = new DataTransfer();
        data.items.add(new File([graph], 'graph.json', { type: 'application/json' }));
        data.items.add(new File([source], 'source.txt', { type: 'text/plain' }));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          document.body.dispatchEvent(
            new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
          );
        }
      },
      { graph: minimalGraph, source: minimalSource },
    );
    await showsMinimal(page);

    // The files are served by the test, at paths of the app's own site.
    const served: string[] = [];
    await page.route(
      (url) => url.pathname.startsWith('/cases/vienna/'),
      async (route) => {
        const path = new URL(route.request().url()).pathname;
        served.push(path);
        if (path.endsWith('/graph.json'))
          await route.fulfill({ body: minimalGraph, contentType: 'application/json' });
        else if (path.endsWith('/source.txt'))
          await route.fulfill({ body: minimalSource, contentType: 'text/plain' });
        else await route.fulfill({ status: 404, body: '' });
      },
    );
    await page.goto(`${new URL('/', baseUrl).href}?dataset=cases/vienna/graph.json&sel=node:gchq`);
    await showsMinimal(page);
    await page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'GCHQ' }).waitFor();
    expect(served).toEqual(['/cases/vienna/graph.json', '/cases/vienna/source.txt']);
    expect(new URL(page.url()).searchParams.get('dataset')).toBe('/cases/vienna/graph.json');
  });

  it('a dataset of two documents: a passage of the second, shown from Details, opens that document at it', async () => {
    session = await openApp('/');
    const { page } = session;
    page.setDefaultTimeout(10_000);
    await page.getByLabel('Choose graph.json and its source text').setInputFiles([
      { name: 'graph.json', mimeType: 'application/json', buffer: twoDocuments('graph.json') },
      { name: 'report.txt', mimeType: 'text/plain', buffer: twoDocuments('report.txt') },
      { name: 'memo.txt', mimeType: 'text/plain', buffer: twoDocuments('memo.txt') },
    ]);
    await opened(page, "Kestrel's memory stick");
    await page.waitForFunction(() => window.__dossierCy?.nodes().length === 5);
    await settled(page);

    const reader = page.getByRole('region', { name: 'Document' });
    const picker = reader.getByRole('combobox', { name: 'Document' });
    await expect(picker.inputValue()).resolves.toBe('report');

    await clickGraphElement(page, 'anna-clarke');
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: 'Anna Clarke' }).waitFor();
    await expect(details.getByText(/^from /).allTextContents()).resolves.toEqual([
      'from Field report, Vienna',
      'from GCHQ memo on the memory stick',
    ]);
    await details.getByRole('button', { name: 'Show passage 2 in document' }).click();

    await page.waitForFunction(
      () => document.querySelector<HTMLSelectElement>('.document-reader select')?.value === 'memo',
    );
    const current = reader.locator('[aria-current="true"]');
    await expect(current.allTextContents()).resolves.toEqual(['GCHQ thanked Anna Clarke']);
    // Highlighted as the selection's passage, and inside the reader's visible box.
    await expect(current.getAttribute('class')).resolves.toMatch(/\bis-selected\b/);
    await page.waitForFunction(() => {
      const el = document.querySelector('.document-reader [aria-current="true"]');
      const body = document.querySelector('.document-reader .reader-body');
      if (!el || !body) return false;
      const a = el.getBoundingClientRect();
      const b = body.getBoundingClientRect();
      return a.height > 0 && a.top >= b.top && a.bottom <= b.bottom && a.top >= 0 && a.bottom <= innerHeight;
    });
    await expect.poll(() => new URL(page.url()).searchParams.get('doc')).toBe('memo');
  });
});
