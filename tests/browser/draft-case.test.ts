// Issue 13's whole path in the built app: a pasted text becomes a new case, suggestions are accepted, an entity and
// a relation are added by selecting words, undo and redo, a reload loses nothing, and the exported bundle is valid.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkData } from '../../scripts/check-data';
import { closeQuietSession, dragOver, openApp, settled, waitForCounts, type Session } from './harness';

const TEXT = readFileSync(new URL('../fixtures/new-case-text/harbour-report.txt', import.meta.url), 'utf8');

describe('drafting a case from a pasted text in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  });

  it('takes a pasted text to a graph through suggestions and selected words, and keeps and exports it', async () => {
    session = await openApp('/');
    const { page } = session;
    page.setDefaultTimeout(15_000);

    // A new case from pasted text: the reader shows it, the canvas is empty and says what to do.
    await page.getByRole('button', { name: 'New case' }).click();
    const dialog = page.getByRole('dialog', { name: 'New case' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('The Harbour Report');
    await dialog.getByRole('textbox', { name: 'Text' }).fill(TEXT);
    await dialog.getByRole('button', { name: 'Create case' }).click();
    await page.getByText('Open dataset: The Harbour Report').waitFor();
    await page.getByText(/No entities yet/).waitFor();
    await waitForCounts(page, 0, 0);
    await page
      .locator('.reader-body')
      .getByText(/Nordlys Shipping, was filing cargo manifests/)
      .waitFor();

    // Suggestions, read in a worker: accept three people and organisations, then a relation between two of them.
    await page.getByRole('button', { name: 'Suggest entities' }).click();
    const review = page.getByRole('region', { name: 'Suggestions' });
    for (const name of ['Pieter Claes', 'Marta Vos', 'Nordlys Shipping']) {
      await review.getByRole('button', { name: `Accept ${name}`, exact: true }).click();
    }
    await waitForCounts(page, 3, 0);
    await review.getByRole('button', { name: /^Accept relation Pieter Claes – met – Marta Vos/ }).click();
    await waitForCounts(page, 3, 1);
    await review
      .getByRole('button', { name: /^Accept relation Nordlys Shipping – .+ – Pieter Claes$/ })
      .click();
    await waitForCounts(page, 3, 2);

    // An entity and a relation by selecting words.
    await dragOver(page, 'Antwerp');
    const bar = page.getByRole('group', { name: 'Selected words' });
    await bar.getByRole('button', { name: 'Add entity' }).click();
    await bar.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Place' });
    await bar.getByRole('button', { name: 'Add', exact: true }).click();
    await waitForCounts(page, 4, 2);
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { level: 3, name: 'Antwerp' }).waitFor();
    await details.getByRole('button', { name: 'Add relation' }).click();
    await details.getByRole('combobox', { name: 'Other entity' }).selectOption({ label: 'Pieter Claes' });
    await details.getByRole('textbox', { name: /^Label/ }).fill('is home to the broker');
    // Its evidence selected from the keyboard: from the new entity's words on, word by word.
    await page.getByRole('link', { name: /^Antwerp/ }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await details.getByText('Evidence: “Antwerp, Pieter Claes”').waitFor();
    await details.getByRole('button', { name: 'Add relation' }).click();
    await waitForCounts(page, 4, 3);

    // Undo and redo, by key and by button.
    await page.keyboard.press('Control+z');
    await waitForCounts(page, 4, 2);
    await page.getByRole('button', { name: /^Redo add relation/ }).click();
    await waitForCounts(page, 4, 3);

    // Nothing lost over a reload.
    await page.getByText('All edits kept in this browser.').waitFor({ state: 'attached' });
    await page.reload();
    await page.getByText('Open dataset: The Harbour Report').waitFor();
    await waitForCounts(page, 4, 3);
    await settled(page);

    // The exported bundle is one the repository's checker accepts.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const saved = page.waitForEvent('download');
    await page
      .getByRole('menu', { name: 'Export' })
      .getByRole('menuitem', { name: 'Dossier bundle (.dossier.json)', exact: true })
      .click();
    const file = await saved;
    // An accepted suggestion rests on every mention of it in the text, each an exact span.
    const bundle = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      dataset: { nodes: { label: string; evidence: { quote: string }[] }[] };
    };
    const claes = bundle.dataset.nodes.find((n) => n.label === 'Pieter Claes');
    expect(claes?.evidence.map((e) => e.quote)).toEqual(Array(5).fill('Pieter Claes'));
    const report = checkData([await file.path()]);
    expect(report.errors).toBe(0);
    expect(report.lines.at(-1)).toMatch(/: ok — 4 nodes, 3 edges, 0 flows$/);
  }, 180_000);
});
