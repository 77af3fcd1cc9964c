// Throwaway: a new case from the harbour text, suggestions, some accepted; screenshots at two sizes.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
const cwd = process.cwd();
const { launchChromium, serveBuild } = await import(resolve(cwd, 'scripts/built-app.ts'));
const { waitForFinalPicture } = await import(resolve(cwd, 'scripts/wait-for-still-page.ts'));
const outDir = process.argv[2] ?? '/tmp/shots/newcase';
mkdirSync(outDir, { recursive: true });
const text = readFileSync('/work/wt-int/tests/fixtures/new-case-text/harbour-report.txt', 'utf8');
const { server, baseUrl } = await serveBuild('dist-test');
const browser = await launchChromium();
try {
  for (const [w, h] of [[1280, 800], [800, 900]] as const) {
    const context = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(baseUrl + '/');
    await waitForFinalPicture(page);
    await page.getByRole('button', { name: 'New case' }).click();
    const dialog = page.getByRole('dialog', { name: 'New case' });
    await page.screenshot({ path: `${outDir}/${w}-0-dialog.png` });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('The Harbour Report');
    await dialog.getByRole('textbox', { name: 'Text' }).fill(text);
    await dialog.getByRole('button', { name: 'Create case' }).click();
    await page.getByText(/No entities yet/).waitFor();
    await waitForFinalPicture(page);
    await page.screenshot({ path: `${outDir}/${w}-1-empty.png` });
    await page.getByRole('button', { name: 'Suggest entities' }).click();
    const review = page.getByRole('region', { name: 'Suggestions' });
    await review.getByRole('button', { name: 'Accept Pieter Claes', exact: true }).waitFor();
    await page.screenshot({ path: `${outDir}/${w}-2-list.png` });
    for (const name of ['Pieter Claes', 'Marta Vos', 'Nordlys Shipping', 'FIOD', 'Rotterdam', 'Antwerp', 'Belgian Federal Police', 'Port Authority']) {
      const b = review.getByRole('button', { name: `Accept ${name}`, exact: true });
      if (await b.count()) await b.click();
    }
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${outDir}/${w}-3-accepted.png` });
    const rels = review.getByRole('button', { name: /^Accept relation / });
    const n = await rels.count();
    console.log(w, 'relations offered', n);
    for (let i = 0; i < Math.min(n, 8); i++) {
      const b = review.getByRole('button', { name: /^Accept relation / }).first();
      console.log('  ', await b.getAttribute('aria-label') ?? await b.textContent());
      await b.click();
    }
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${outDir}/${w}-4-relations.png` });
    const close = page.getByRole('button', { name: 'Close suggestions' });
    if (await close.count()) await close.click();
    await waitForFinalPicture(page);
    await page.screenshot({ path: `${outDir}/${w}-5-graph.png` });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
