// What the browser loads to show the bundled MI6 graph: the first-load JavaScript stays within its budget, the
// dataset comes as a data file fetched beside it (not inside it), and the validator (zod) and the other code loaded
// on first use stay out of it until a user needs them.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium';
import { waitForStillPage } from '../../scripts/wait-for-still-page';
import { closeQuietSession, openApp, type Session } from './harness';

/**
 * The first load's JavaScript, gzip, in KB (1,000 bytes): 277 KB when the validator, the export writers and idb
 * moved out of it (README, Performance); 291 KB once editing by hand (the forms, undo, autosave), the datasets' own
 * vocabularies, the document picker, the Problems list and the kept views came in; plus a margin for small
 * changes. Cytoscape (137 KB) and React DOM with React (68 KB) alone are 205 KB. The story view loads with the
 * first trace since (about 5 KB), which left 285 KB. The entry points of drafting a case (New case, Suggest entities
 * with the review's state, the flow builder, Edit types, Add document) came in then, their dialogs and lists
 * loading on first use: 293 KB. The bundled dataset then left the JavaScript for a JSON file fetched beside it
 * (about 19 KB), and the link fetcher and the big-graph worker's client (with comlink) load on first use (about
 * 3 KB): 272 KB. The speed work merged with it (the pan and zoom picture, the reader's highlights each memoised,
 * the URL written when idle, the filter's display bypass) and two small keyboard and legend fixes: 274 KB. Raise it
 * only knowingly: the editing forms (Details' edit actions, the reader's Add entity) and the
 * menus' contents (export, datasets) are the next candidates to load apart; 200 KB cannot be held while Cytoscape
 * and React are in the first load.
 */
const FIRST_LOAD_BUDGET_KB = 276;

/** The built app the browser tests serve (tests/browser/global-setup.ts builds it there). */
const BUILT = new URL('../../dist-test/', import.meta.url);

describe('the first load of the built app', () => {
  let session: Session | undefined;
  let scripts: { path: string; code: string }[] = [];
  let resources: { path: string; initiator: string }[] = [];
  beforeAll(async () => {
    session = await openApp('/');
    resources = await session.page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
        path: new URL(entry.name).pathname,
        initiator: entry.initiatorType,
      })),
    );
    scripts = resources
      .filter(({ path }) => path.endsWith('.js'))
      .map(({ path }) => ({ path, code: readFileSync(new URL(`.${path}`, BUILT), 'utf8') }));
  });
  afterAll(() => closeQuietSession(session));

  it(`loads at most ${FIRST_LOAD_BUDGET_KB} KB of JavaScript (gzip) to draw the MI6 graph`, () => {
    expect(scripts.length).toBeGreaterThan(0);
    const gzipKb = scripts.reduce((sum, { code }) => sum + gzipSync(code).length, 0) / 1000;
    expect(gzipKb).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
  });

  it('fetches the MI6 dataset once, as a data file the page asks for before its scripts run', () => {
    const data = resources.filter(({ path }) => path.endsWith('.json'));
    expect(data).toEqual([
      { path: expect.stringMatching(/^\/assets\/mi6-[\w-]+\.json$/), initiator: 'link' },
    ]);
    // The dataset's words (its description and the article's text) are in no script.
    const source = readFileSync(new URL('../../graph-data/mi6/source.txt', import.meta.url), 'utf8');
    const sentence = source.split('\n').find((line) => line.length > 60) ?? '';
    expect(sentence.length).toBeGreaterThan(60);
    expect(
      scripts.filter(({ code }) => code.includes(sentence.slice(0, 60))).map(({ path }) => path),
    ).toEqual([]);
  });

  it('does not load the validator (zod) nor the exporters until they are needed', () => {
    // zod 4 keeps each schema's internals under `_zod`, a property name minifiers keep.
    expect(scripts.filter(({ code }) => code.includes('._zod')).map(({ path }) => path)).toEqual([]);
    // graphology (GEXF), the XML serializer (GraphML), papaparse (CSV) and cytoscape-svg load with their format.
    expect(
      scripts.map(({ path }) => path).filter((p) => /gexf|graphml|csv|cytoscape-svg|fcose/.test(p)),
    ).toEqual([]);
  });
});

describe('while the bundled dataset loads', () => {
  it('the page says what it is opening, then shows the graph', async () => {
    const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      // The dataset's file is held back until the status has been seen.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/mi6-[\w-]+\.json$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(inject('baseUrl'));
      await page.getByRole('status').filter({ hasText: 'Opening What is MI6?…' }).waitFor();
      release();
      await waitForStillPage(page);
      const graph = JSON.parse(
        readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8'),
      ) as { nodes: unknown[] };
      expect(await page.evaluate(() => window.__dossierCy?.nodes().length)).toBe(graph.nodes.length);
      expect(await page.getByText('Opening What is MI6?…').count()).toBe(0);
    } finally {
      await browser.close();
    }
  });

  it('a file that cannot be fetched is named in a message, instead of a blank page', async () => {
    const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.route(/\/assets\/mi6-[\w-]+\.json$/, (route) => route.fulfill({ status: 404, body: '' }));
      await page.goto(inject('baseUrl'));
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.getByRole('heading').textContent()).toBe(
        'Dossier could not open its bundled dataset',
      );
      expect(await alert.textContent()).toMatch(/\/assets\/mi6-[\w-]+\.json could not be loaded \(404/);
    } finally {
      await browser.close();
    }
  });
});
