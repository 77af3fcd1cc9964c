// Waits, in a page of the test build, until the graph is laid out and nothing on the page moves or redraws: what
// the browser tests and the screenshot script wait for instead of a fixed sleep.
import type { Page } from 'playwright-core';

/**
 * How long nothing may have changed for the page to count as still: longer than Cytoscape takes to batch the
 * redraws that follow filling its texture caches (50 to 100 ms).
 */
const QUIET_MS = 300;

/**
 * Resolves once the app has set its `dossier:first-layout` mark, the fonts are loaded, and for QUIET_MS nothing
 * changed: Cytoscape drew no frame (its `render` event) and nothing animated or moved (the viewport, the nodes,
 * a web animation such as the reader's flash on a new passage, a scroll position such as the reader's smooth
 * scroll). Needs the test build's `window.__dossierCy` hook. Fails with a message after `timeout` ms.
 */
export async function waitForStillPage(page: Page, timeout = 15_000): Promise<void> {
  await waitForQuiet(page, timeout);
}

/**
 * Waits for the still page, then has Cytoscape recompute its style and draw once more, and waits again: the
 * picture to compare with a baseline. Cytoscape caches label sizes and draws from texture caches it fills between
 * frames, and redraws only for a change, so the last frame may place a label by a stale size (a pixel off) or
 * come before the cache was complete: without this step the same page gave one of two slightly different
 * pictures. Not for measuring: it would also hide a label drawn at a stale size, which a test may be looking for.
 */
export async function waitForFinalPicture(page: Page, timeout = 15_000): Promise<void> {
  await waitForQuiet(page, timeout);
  await page.evaluate(() => {
    // Braces: update() returns the style, which Playwright would try to copy back.
    window.__dossierCy?.style().update();
  });
  await waitForQuiet(page, timeout);
}

async function waitForQuiet(page: Page, timeout: number): Promise<void> {
  // Run by tsx (the screenshot script), every function below is wrapped in esbuild's `__name()` helper, which the
  // page does not have: give it a do-nothing one. (A string, so that it is not wrapped itself.)
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.waitForFunction(
    () => window.__dossierCy !== undefined && performance.getEntriesByName('dossier:first-layout').length > 0,
    undefined,
    { timeout },
  );
  await page.evaluate(
    ({ quiet, timeout: limit }) =>
      document.fonts.ready.then(
        () =>
          new Promise<void>((resolve, reject) => {
            const cy = window.__dossierCy;
            if (!cy) throw new Error('no Cytoscape instance');
            const started = performance.now();
            let lastChange = started;
            const onRender = () => {
              lastChange = performance.now();
            };
            cy.on('render', onRender);
            const snapshot = () => {
              const scrolled: number[] = [];
              for (const el of document.querySelectorAll('*'))
                if (el.scrollTop !== 0 || el.scrollLeft !== 0) scrolled.push(el.scrollTop, el.scrollLeft);
              return JSON.stringify([cy.zoom(), cy.pan(), cy.nodes().map((n) => n.position()), scrolled]);
            };
            let last = snapshot();
            const tick = () => {
              const now = performance.now();
              const state = snapshot();
              if (
                state !== last ||
                cy.animated() ||
                cy
                  .elements()
                  .toArray()
                  .some((e) => e.animated()) ||
                document.getAnimations().some((a) => a.playState === 'running')
              )
                lastChange = now;
              last = state;
              if (now - lastChange >= quiet) {
                cy.off('render', onRender);
                resolve();
              } else if (now - started > limit) {
                cy.off('render', onRender);
                reject(new Error(`the page was still changing after ${limit} ms`));
              } else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          }),
      ),
    { quiet: QUIET_MS, timeout },
  );
}
