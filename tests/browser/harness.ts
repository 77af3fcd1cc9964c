// Opens the built app in Chromium, records what a user would not want to happen (errors and outside requests),
// and compares what the page looks like with the committed baselines.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type cytoscape from 'cytoscape';
import pixelmatch from 'pixelmatch';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium';
import { waitForFinalPicture, waitForStillPage } from '../../scripts/wait-for-still-page';

export const ARTIFACTS = new URL('../../artifacts/', import.meta.url).pathname;
export const BASELINES = new URL('./baselines/', import.meta.url).pathname;

export interface Session {
  browser: Browser;
  page: Page;
  baseUrl: string;
  /** Console errors and warnings, page errors and CSP violations, in the order they happened. */
  errors: string[];
  /** Every request that went anywhere but the preview server. */
  outsideRequests: string[];
}

export async function openApp(path = '/', viewport = { width: 1280, height: 800 }): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const outsideRequests: string[] = [];
  page.on('console', (message) => {
    // Warnings count too: Cytoscape warns about edges it cannot draw and styles it ignores.
    if (message.type() === 'error' || message.type() === 'warning')
      errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'))
      outsideRequests.push(url);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  await page.goto(baseUrl + path);
  // The app is ready when the graph is laid out and the view has stopped moving (a deep link's selection or
  // trace step is framed with an animation).
  await waitForStillPage(page);
  return { browser, page, baseUrl, errors, outsideRequests };
}

/** Waits until nothing on the page moves: after a click that frames, centres, lays out or scrolls the reader. */
export const settled = (page: Page): Promise<void> => waitForStillPage(page);

/** Ends a test's session: its console stayed quiet and nothing was sent off the machine, then the browser closes. */
export async function closeQuietSession(session: Session | undefined): Promise<void> {
  if (!session) return;
  expect(session.errors).toEqual([]);
  expect(session.outsideRequests).toEqual([]);
  await session.browser.close();
}

/**
 * Pixels that may differ from the baseline, as a share of the picture, once anti-aliased pixels are set aside:
 * 0.02 %, 204 pixels at 1280x800. The same build on this machine gives identical pictures once the page is still;
 * the allowance is for a fresh machine whose fonts rasterise a few glyph edges differently. The figures behind
 * both numbers are in tests/browser/baselines/README.md.
 */
const MAX_DIFF_SHARE = 0.0002;
/**
 * pixelmatch's colour distance (0 to 1) below which two pixels count as the same. Its default, 0.1, let a shift of
 * the agencies' blue (#0072B2 to #1f77b4) through unseen; at 0.05 it changes 697 pixels of the overview.
 */
const PIXEL_THRESHOLD = 0.05;
/**
 * The Chromium the baselines were drawn by (written with them). Another version may rasterise text a little
 * differently; it is held to a looser allowance, 1 % of the picture (10,240 pixels at 1280x800), which a moved
 * node, a lost name, a folded panel or a recoloured type still exceeds, instead of failing on glyph edges.
 */
const BASELINE_BROWSER = `${BASELINES}browser.txt`;
const OTHER_BROWSER_MAX_DIFF_SHARE = 0.01;

function baselineBrowser(): string | null {
  return existsSync(BASELINE_BROWSER) ? readFileSync(BASELINE_BROWSER, 'utf8').trim() : null;
}

/**
 * Takes a screenshot once the page is still and finally drawn, saves it to artifacts/, and compares it with the committed
 * baseline of the same name. UPDATE_BASELINES=1 writes the baseline instead. A missing baseline fails.
 */
export async function expectScreenshot(page: Page, name: string): Promise<void> {
  await waitForFinalPicture(page);
  mkdirSync(ARTIFACTS, { recursive: true });
  const shot = await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
  const baselinePath = `${BASELINES}${name}.png`;
  if (process.env.UPDATE_BASELINES === '1') {
    mkdirSync(BASELINES, { recursive: true });
    // Chromium's own PNG, as it is: smaller than re-encoding it.
    writeFileSync(baselinePath, shot);
    writeFileSync(BASELINE_BROWSER, `${page.context().browser()?.version() ?? 'unknown'}\n`);
    return;
  }
  if (!existsSync(baselinePath)) {
    throw new Error(
      `No baseline for the screenshot "${name}" (tests/browser/baselines/${name}.png). Look at ` +
        `artifacts/${name}.png; if it is right, create the baseline with UPDATE_BASELINES=1 npm run test:browser ` +
        'and commit it.',
    );
  }
  const actual = PNG.sync.read(shot);
  const expected = PNG.sync.read(readFileSync(baselinePath));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    throw new Error(
      `The screenshot "${name}" is ${actual.width}x${actual.height}, its baseline ` +
        `${expected.width}x${expected.height}.`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  const sameBrowser = baselineBrowser() === page.context().browser()?.version();
  const share = sameBrowser ? MAX_DIFF_SHARE : OTHER_BROWSER_MAX_DIFF_SHARE;
  const allowed = Math.floor(actual.width * actual.height * share);
  if (differing > allowed) {
    writeFileSync(`${ARTIFACTS}${name}.diff.png`, PNG.sync.write(diff));
    throw new Error(
      `The screenshot "${name}" differs from its baseline in ${differing} pixels (at most ${allowed} may` +
        `${sameBrowser ? '' : `, as this Chromium is not the baselines' ${baselineBrowser() ?? '(unrecorded)'}`}): ` +
        `see artifacts/${name}.png and artifacts/${name}.diff.png (red: changed). If the change is meant, ` +
        'refresh the baseline with UPDATE_BASELINES=1 npm run test:browser and commit it.',
    );
  }
}

/** Clicks an element of the graph where Cytoscape drew it. */
export async function clickGraphElement(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((elementId) => {
    const cy = window.__dossierCy;
    if (!cy) throw new Error('no Cytoscape instance');
    const element = cy.getElementById(elementId);
    if (element.empty()) throw new Error(`no element "${elementId}" on the canvas`);
    const box = cy.container()?.getBoundingClientRect();
    if (!box) throw new Error('the canvas has no container');
    // isNode() narrows the else branch to `never` in cytoscape's types; an edge is clicked at its midpoint.
    const at = element.isNode()
      ? element.renderedPosition()
      : (element as cytoscape.EdgeSingular).renderedMidpoint();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** Drags the mouse over `words` in the reader (scrolled into view first), as a user selects them. */
export async function dragOver(page: Page, words: string): Promise<void> {
  const box = await page.evaluate((w) => {
    const body = document.querySelector('.reader-body');
    if (!body) throw new Error('no reader');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (!rect) throw new Error(`"${w}" is not drawn`);
      return { left: rect.left, right: rect.right, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${w}" is not in the reader (it may span a highlight's edge)`);
  }, words);
  await page.mouse.move(box.left + 1, box.y);
  await page.mouse.down();
  await page.mouse.move((box.left + box.right) / 2, box.y, { steps: 3 });
  await page.mouse.move(box.right - 1, box.y, { steps: 3 });
  await page.mouse.up();
}

/** Waits until Cytoscape draws exactly this many nodes and edges. */
export const waitForCounts = (page: Page, nodes: number, edges: number) =>
  page.waitForFunction(
    ([n, e]) => window.__dossierCy?.nodes().length === n && window.__dossierCy?.edges().length === e,
    [nodes, edges],
  );
