// A dataset with its own vocabulary in Chromium: opened from files, its types drawn in their declared colours (or
// in palette colours where it declares none), read from Cytoscape's own computed style, and named in the legend.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { vocabularyOf } from '../../src/model/resolve-vocabulary';
import type { VocabularyFile } from '../../src/model/schema';
import { NODE_TYPE_PALETTE } from '../../src/theme/theme';
import { closeQuietSession, openApp, settled, type Session } from './harness';

const read = (file: string) =>
  readFileSync(new URL(`../fixtures/valid-own-vocabulary/${file}`, import.meta.url), 'utf8');
const graph = read('graph.json');
const declared = (JSON.parse(graph) as { vocabulary: VocabularyFile }).vocabulary;

/** Cytoscape reports colours as rgb(r,g,b); datasets and the theme write them as hex. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

describe('a dataset with its own vocabulary, in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  });

  it('draws each type in its declared colour, the others in palette colours, and the legend names them', async () => {
    session = await openApp('/');
    const { page } = session;
    page.setDefaultTimeout(10_000);
    await page.getByLabel('Choose graph.json and its source text').setInputFiles([
      { name: 'graph.json', mimeType: 'application/json', buffer: Buffer.from(graph) },
      { name: 'indictment.txt', mimeType: 'text/plain', buffer: Buffer.from(read('indictment.txt')) },
      { name: 'statement.txt', mimeType: 'text/plain', buffer: Buffer.from(read('statement.txt')) },
    ]);
    await page.waitForFunction(() => window.__dossierCy?.nodes().length === 5);
    await settled(page);

    const drawn = await page.evaluate(() => {
      const cy = window.__dossierCy;
      const look = (id: string) => {
        const element = cy?.getElementById(id);
        return element?.isEdge()
          ? { colour: element.style('line-color'), line: element.style('line-style') }
          : { colour: element?.style('background-color'), shape: element?.style('shape') };
      };
      return {
        kovac: look('marta-kovac'),
        bellweather: look('bellweather'),
        account: look('nordbank-account'),
        transfer: look('bellweather-pays-nordbank'),
        holds: look('vos-holds-nordbank'),
      };
    });

    // Declared: the suspect's colour and shape, the money family's blue.
    expect(drawn.kovac).toEqual({ colour: rgb('#D55E00'), shape: 'ellipse' });
    expect(drawn.transfer).toEqual({ colour: rgb('#0072B2'), line: 'solid' });
    expect(drawn.holds.line).toBe('dashed');
    // Not declared: a palette colour, the one the vocabulary resolves, and not the suspect's.
    const palette = NODE_TYPE_PALETTE.map(rgb);
    const resolved = vocabularyOf({ vocabulary: declared });
    for (const [node, type] of [
      [drawn.bellweather, 'company'],
      [drawn.account, 'account'],
    ] as const) {
      expect(palette).toContain(node.colour);
      expect(node.colour).toBe(rgb(resolved.nodeType(type).style.colour));
      expect(node.colour).not.toBe(drawn.kovac.colour);
    }
    expect(drawn.bellweather.colour).not.toBe(drawn.account.colour);

    // The legend names the dataset's types.
    const legendHeading = page.getByRole('button', { name: /^Legend/ });
    if ((await legendHeading.getAttribute('aria-expanded')) === 'false') await legendHeading.click();
    const legend = page.getByRole('region', { name: 'Legend' });
    for (const name of ['Suspect', 'Company', 'Account'])
      await expect(legend.getByText(name, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(legend.textContent()).resolves.toContain('Money moved: transfers money to');
  });
});
