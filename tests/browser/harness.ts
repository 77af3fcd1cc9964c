// Opens the built app in Chromium and records what a user would not want to happen: errors and outside requests.
import { mkdirSync } from 'node:fs';
import type cytoscape from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium';

export const ARTIFACTS = new URL('../../artifacts/', import.meta.url).pathname;

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
  // The app is ready when the canvas has its Cytoscape instance and every node has a position.
  await page.waitForFunction(() => {
    const cy = window.__dossierCy;
    return cy !== undefined && cy.nodes().length > 0;
  });
  return { browser, page, baseUrl, errors, outsideRequests };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}${name}.png`;
  await page.screenshot({ path });
  return path;
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
