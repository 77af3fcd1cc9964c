// Building a flow in the built app: two relations picked on the canvas in order become a new flow's steps, which
// the tracer walks with Next, and which a reload brings back (kept as they were made).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { clickGraphElement, closeQuietSession, openApp, settled, type Session } from './harness';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/valid-own-vocabulary/${name}`, import.meta.url));
const TITLE = 'The Harbour Lane fraud';

/** Clicks a relation on the canvas and waits until Details shows it. */
async function pickRelation(page: Page, id: string, sentence: string): Promise<void> {
  await clickGraphElement(page, id);
  await page.getByRole('article', { name: `Relation: ${sentence}` }).waitFor();
}

describe('building a flow in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  });

  it('picks two relations in order into a new flow, traces it with Next, and finds it again after a reload', async () => {
    session = await openApp('/');
    const { page } = session;
    page.setDefaultTimeout(10_000);
    await page.getByLabel('Choose graph.json and its source text').setInputFiles([
      { name: 'graph.json', mimeType: 'application/json', buffer: fixture('graph.json') },
      { name: 'indictment.txt', mimeType: 'text/plain', buffer: fixture('indictment.txt') },
      { name: 'statement.txt', mimeType: 'text/plain', buffer: fixture('statement.txt') },
    ]);
    await page.getByText(`Open dataset: ${TITLE}`).waitFor();
    await settled(page);
    const tracer = page.getByRole('region', { name: 'Case study tracer' });
    await tracer.getByText('No flows yet.').waitFor();

    await tracer.getByRole('button', { name: 'New flow' }).click();
    await tracer.getByRole('textbox', { name: 'Flow title' }).fill('The money trail');
    await tracer.getByRole('button', { name: 'Start flow' }).click();

    await pickRelation(
      page,
      'bellweather-pays-nordbank',
      'Bellweather Trading Ltd transferred the proceeds to Account at Nordbank',
    );
    await tracer.getByRole('button', { name: 'Add step' }).click();
    await tracer.getByRole('button', { name: 'Add step' }).click();
    await settled(page);
    await pickRelation(page, 'vos-moves-to-orchard', 'Pieter Vos moved the money to Orchard Holdings');
    await tracer.getByRole('button', { name: 'Add step' }).click();
    await tracer.getByRole('button', { name: 'Add step' }).click();
    const steps = tracer.getByRole('list', { name: 'Steps of this flow' }).getByRole('listitem');
    await expect(steps.allTextContents()).resolves.toEqual([
      expect.stringContaining('1. Bellweather Trading Ltd transferred the proceeds to Account at Nordbank'),
      expect.stringContaining('2. Pieter Vos moved the money to Orchard Holdings'),
    ]);

    // Traced: step 1, then Next to step 2, the story view drawing the flow's two columns.
    await tracer.getByRole('button', { name: 'Trace the case study' }).click();
    await tracer.getByText('Step 1 of 2', { exact: true }).waitFor();
    await tracer.getByRole('button', { name: /Next/ }).click();
    await tracer.getByText('Step 2 of 2', { exact: true }).waitFor();
    await tracer
      .getByRole('heading', { level: 3, name: 'Pieter Vos moved the money to Orchard Holdings' })
      .waitFor();
    await page.getByRole('img', { name: /^The story of The money trail at step 2 of 2/ }).waitFor();
    await tracer.getByRole('button', { name: 'Stop tracing' }).click();

    // Kept as it was made: a reload opens the case with its flow.
    await page.getByText('All edits kept in this browser.').waitFor({ state: 'attached' });
    await page.reload();
    await page.getByText(`Open dataset: ${TITLE}`).waitFor();
    await settled(page);
    await tracer.getByText('The money trail').waitFor();
    await tracer.getByText('2 steps.', { exact: false }).waitFor();
  }, 120_000);
});
