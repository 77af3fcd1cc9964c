// A new case in the built app: paste a text, create the case, reload (still there), add an entity from its words,
// and recolour its type in the Types editor, which Cytoscape draws at once.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeQuietSession, dragOver, openApp, settled, type Session } from './harness';

const TEXT =
  'Anna Clarke met the liaison officer in Vienna on Tuesday.\n\nShe handed over a memory stick in the café.';

const nodeCount = (page: Page) => page.evaluate(() => window.__dossierCy?.nodes().length);

describe('a new case in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  });

  it('is made from a pasted text, survives a reload, and its types recolour what is drawn', async () => {
    session = await openApp('/');
    const { page } = session;
    page.setDefaultTimeout(10_000);

    await page.getByRole('button', { name: 'New case' }).click();
    const dialog = page.getByRole('dialog', { name: 'New case' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Vienna notes');
    await dialog.getByRole('textbox', { name: 'Text' }).fill(TEXT);
    await dialog.getByRole('button', { name: 'Create case' }).click();
    await page.getByText('Open dataset: Vienna notes (new case)').waitFor();
    await page.getByRole('status').filter({ hasText: 'No entities yet.' }).waitFor();
    expect(await nodeCount(page)).toBe(0);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('dataset') === 'vienna-notes');
    await settled(page);
    // An empty graph is no reason for a broken camera.
    const camera = await page.evaluate(() => {
      const cy = window.__dossierCy;
      return cy ? [cy.zoom(), cy.pan().x, cy.pan().y] : [];
    });
    expect(camera).toHaveLength(3);
    for (const value of camera) expect(Number.isFinite(value)).toBe(true);

    // Kept at once: a reload opens it again.
    await page.reload();
    await page.getByText('Open dataset: Vienna notes').waitFor();
    await page.locator('.reader-body').getByText('Anna Clarke met the liaison officer').waitFor();
    expect(new URL(page.url()).searchParams.get('dataset')).toBe('vienna-notes');
    await settled(page);

    // An entity from the text's words, of one of the case's types.
    await dragOver(page, 'Anna Clarke');
    const bar = page.getByRole('group', { name: 'Selected words' });
    await bar.getByRole('button', { name: 'Add entity' }).click();
    await bar.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Person' });
    await bar.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForFunction(() => window.__dossierCy?.nodes().length === 1);
    const id = await page.evaluate(() => window.__dossierCy?.nodes()[0]?.id() ?? '');

    // Recoloured in the Types editor: Cytoscape draws the node in the new colour.
    const legend = page.getByRole('button', { name: 'Legend' });
    if ((await legend.getAttribute('aria-expanded')) === 'false') await legend.click();
    await page.getByRole('button', { name: 'Edit types' }).click();
    const types = page.getByRole('dialog', { name: 'Types' });
    await types.getByRole('group', { name: 'Person' }).getByLabel('Colour').fill('#123456');
    await page.waitForFunction(
      (nodeId) => window.__dossierCy?.getElementById(nodeId).style('background-color') === 'rgb(18,52,86)',
      id,
    );
    await types.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Undo recolour type “Person”' }).click();
    await page.waitForFunction(
      (nodeId) => window.__dossierCy?.getElementById(nodeId).style('background-color') !== 'rgb(18,52,86)',
      id,
    );
  }, 120_000);
});
