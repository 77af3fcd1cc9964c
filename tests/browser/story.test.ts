// The case study as a story, in a real browser: at every step every actor's name is drawn at least as large as
// the panel text and inside the canvas, the hand-off numbers are as large, nothing outside the story is drawn
// unless asked for, and three steps look as their baselines do. Measured through Cytoscape's own geometry.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS,
  clickGraphElement,
  closeQuietSession,
  expectScreenshot,
  openApp,
  settled,
  type Session,
} from './harness';

interface Mi6 {
  nodes: { id: string; label: string; type: string }[];
  flows: { id: string; steps: { order: number; title: string }[] }[];
}
const mi6 = JSON.parse(
  readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8'),
) as Mi6;
const caseStudy = mi6.flows.find((f) => f.id === 'case-study');
if (!caseStudy) throw new Error('the MI6 dataset has no case-study flow');
const stepCount = caseStudy.steps.length;

let session: Session | undefined;
afterEach(async () => {
  await closeQuietSession(session);
  session = undefined;
});

/** What a user sees of the current step, measured on the canvas. */
interface StepFigures {
  /** The panel's body text size, px: what "readable" is measured against. */
  panelText: number;
  actors: { name: string; font: number; inside: boolean }[];
  handOffs: { number: string; font: number; inside: boolean }[];
  /** Current actors' name boxes that overlap another's. */
  overlapping: number;
  /** Nodes drawn that the story does not show (the rest of the graph). */
  restDrawn: number;
}

async function measureStep(page: Page): Promise<StepFigures> {
  return page.evaluate(() => {
    const cy = window.__dossierCy;
    if (!cy) throw new Error('no Cytoscape instance');
    const panel = document.querySelector('.trace-step-summary, .trace-progress') ?? document.body;
    const panelText = parseFloat(getComputedStyle(panel).fontSize);
    // The part of the canvas no drawer covers (at 800 px the Controls drawer may lie over its left side).
    const host = cy.container()?.getBoundingClientRect();
    let left = 0;
    let right = cy.width();
    for (const overlay of document.querySelectorAll('[data-canvas-overlay]')) {
      const over = overlay.getBoundingClientRect();
      if (!host || over.height === 0 || over.right <= host.left || over.left >= host.right) continue;
      if (over.left + over.width / 2 < host.left + host.width / 2)
        left = Math.max(left, over.right - host.left);
      else right = Math.min(right, over.left - host.left);
    }
    const inside = (b: { x1: number; x2: number; y1: number; y2: number }) =>
      b.x1 >= left && b.x2 <= right && b.y1 >= 0 && b.y2 <= cy.height();
    const font = (e: { renderedStyle(name: string): string }) => parseFloat(e.renderedStyle('font-size'));
    const actorNodes = cy.nodes('[kind = "appearance"].story-current');
    const boxes = actorNodes.map((n) => n.renderedBoundingBox({ includeLabels: true, includeNodes: false }));
    const overlapping = boxes.filter((a, i) =>
      boxes.some((b, j) => j !== i && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2),
    ).length;
    return {
      panelText,
      actors: actorNodes.map((n, i) => ({
        name: String(n.data('label')),
        font: font(n),
        inside: inside(boxes[i] ?? { x1: -1, x2: -1, y1: -1, y2: -1 }),
      })),
      handOffs: cy.edges('[kind = "handoff"].story-current').map((e) => ({
        number: String(e.data('number')),
        font: font(e),
        inside: inside(e.renderedBoundingBox({ includeLabels: true })),
      })),
      overlapping,
      restDrawn: cy.nodes('[kind = "rest"]:visible').length,
    };
  });
}

/** Waits until the tracer and the canvas both show step k (1-based) and nothing moves. */
async function atStep(page: Page, k: number): Promise<void> {
  await page
    .getByRole('region', { name: 'Case study tracer' })
    .getByText(`Step ${k} of ${stepCount}`, { exact: true })
    .waitFor();
  await page.waitForFunction(
    (step) =>
      window.__dossierCy?.nodes(`[kind = "column"][step = ${step}]`).first().hasClass('story-current') ===
      true,
    k - 1,
  );
  await settled(page);
}

describe('the case study as a story', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 800, height: 900 },
  ]) {
    it(`at ${viewport.width}x${viewport.height}, every step's actors and hand-off numbers are readable and in view`, async () => {
      session = await openApp('/', viewport);
      const { page } = session;
      if (viewport.width < 1000) await page.getByRole('button', { name: 'Controls' }).click();
      await page.getByRole('button', { name: 'Trace the case study' }).click();
      const figures: StepFigures[] = [];
      for (let k = 1; k <= stepCount; k++) {
        if (k > 1) await page.getByRole('button', { name: 'Next' }).click();
        await atStep(page, k);
        figures.push(await measureStep(page));
        // For a person to look at (not compared): the steps the issue names, at both sizes.
        if ([1, 4, 6, 10].includes(k))
          await page.screenshot({ path: `${ARTIFACTS}story-look-${viewport.width}-step-${k}.png` });
      }
      // The figures, for the record (the report quotes them).
      console.info(
        `story at ${viewport.width}x${viewport.height}:`,
        figures
          .map(
            (f, i) =>
              `step ${i + 1}: names ${Math.min(...f.actors.map((a) => a.font)).toFixed(1)} px, numbers ` +
              `${f.handOffs.length ? Math.min(...f.handOffs.map((h) => h.font)).toFixed(1) : '-'} px`,
          )
          .join('; '),
      );
      figures.forEach((f, i) => {
        const step = `step ${i + 1}`;
        expect(f.actors.length, step).toBeGreaterThan(0);
        for (const actor of f.actors) {
          expect(actor.font, `${step}: ${actor.name}`).toBeGreaterThanOrEqual(f.panelText);
          expect(actor.inside, `${step}: ${actor.name} inside the canvas`).toBe(true);
        }
        for (const handOff of f.handOffs) {
          expect(handOff.font, `${step}: hand-off ${handOff.number}`).toBeGreaterThanOrEqual(f.panelText);
          expect(handOff.inside, `${step}: hand-off ${handOff.number} inside the canvas`).toBe(true);
        }
        expect(f.overlapping, `${step}: names on top of each other`).toBe(0);
        expect(f.restDrawn, `${step}: the rest of the graph drawn`).toBe(0);
      });
      // Every hand-off of the story is numbered once, in order, across the steps.
      const numbers = figures.flatMap((f) => f.handOffs.map((h) => Number(h.number)));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      expect(numbers.length).toBeGreaterThanOrEqual(8);
    }, 180_000);
  }

  it('steps 1, 4 and 10 look as their baselines do', async () => {
    session = await openApp('/?trace=case-study:1');
    const { page } = session;
    await atStep(page, 1);
    await expectScreenshot(page, 'story-step-1');
    for (const k of [4, 10]) {
      await page
        .getByRole('list', { name: 'Steps' })
        .getByRole('button')
        .nth(k - 1)
        .click();
      await atStep(page, k);
      await expectScreenshot(page, `story-step-${k}`);
    }
  }, 60_000);

  it('the rest of the graph comes back faded when asked for, and goes again', async () => {
    session = await openApp('/?trace=case-study:6');
    const { page } = session;
    await atStep(page, 6);
    const rest = () =>
      page.evaluate(() => {
        const cy = window.__dossierCy;
        const shown = cy?.nodes('[kind = "rest"]:visible') ?? null;
        return {
          count: shown?.length ?? 0,
          opacity: shown?.nonempty() ? Number(shown.first().style('opacity')) : 1,
        };
      });
    expect((await rest()).count).toBe(0);
    const toggle = page.getByRole('checkbox', { name: 'Show the rest of the graph, faded' });
    await toggle.check();
    await expect.poll(async () => (await rest()).count).toBeGreaterThan(40);
    expect((await rest()).opacity).toBeLessThan(0.5);
    await expect.poll(() => page.url()).toContain('rest=1');
    await toggle.uncheck();
    await expect.poll(async () => (await rest()).count).toBe(0);
  });

  it('clicking an actor in the story selects that entity: Details shows it', async () => {
    session = await openApp('/?trace=case-study:4');
    const { page } = session;
    await atStep(page, 4);
    await clickGraphElement(page, 'story:case-study:sami:3');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel'), { timeout: 5000 }).toBe('node:sami');
    const details = page.getByRole('complementary', { name: 'Details and document' });
    await expect(details.getByRole('heading', { level: 3 }).first().textContent()).resolves.toBe('Sami');
    // The story stays, its step framed, with Sami marked where the story draws him.
    await expect(
      page.evaluate(() =>
        window.__dossierCy?.getElementById('story:case-study:sami:3').hasClass('story-selected'),
      ),
    ).resolves.toBe(true);
  });

  it('stopping the trace gives the overview back as it was', async () => {
    session = await openApp('/');
    const { page } = session;
    const overview = () =>
      page.evaluate(() => ({ zoom: window.__dossierCy?.zoom(), n: window.__dossierCy?.nodes().length }));
    const before = await overview();
    await page.getByRole('button', { name: 'Trace the case study' }).click();
    await atStep(page, 1);
    await page.getByRole('button', { name: 'Stop tracing' }).click();
    await settled(page);
    await expect(overview()).resolves.toEqual(before);
  });
});
