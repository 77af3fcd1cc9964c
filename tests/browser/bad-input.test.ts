// Bad input in a real browser: each gets a message naming what is wrong and where, never a blank page or a stack
// trace, and the MI6 graph that was open stays drawn, node for node.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeQuietSession, openApp, type Session } from './harness';

const mi6 = JSON.parse(readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8')) as {
  nodes: unknown[];
};
const minimalGraph = readFileSync(new URL('../fixtures/valid-minimal/graph.json', import.meta.url), 'utf8');
const minimalSource = readFileSync(new URL('../fixtures/valid-minimal/source.txt', import.meta.url), 'utf8');

interface PageFile {
  name: string;
  buffer: Buffer;
}
const file = (name: string, content: string | Buffer): PageFile => ({
  name,
  buffer: typeof content === 'string' ? Buffer.from(content) : content,
});

/** Opens files through the header's file input, as "Open dataset…" does. */
async function pick(page: Page, files: PageFile[]) {
  await page
    .getByLabel('Choose graph.json and its source text')
    .setInputFiles(
      files.map((f) => ({ ...f, mimeType: f.name.endsWith('.json') ? 'application/json' : 'text/plain' })),
    );
}

/** Drops files on the window: a DataTransfer made in the page, with the drag events a browser fires. */
async function drop(page: Page, files: PageFile[]) {
  const sent = files.map((f) => ({ name: f.name, base64: f.buffer.toString('base64') }));
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], f.name));
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }
  }, sent);
}

/** How many nodes the canvas draws. */
const drawnNodes = (page: Page) => page.evaluate(() => window.__dossierCy?.nodes().length ?? -1);

/** The problems message, once it shows: it says what is still open, and holds no stack trace. */
async function problemsMessage(page: Page): Promise<string> {
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  expect(text).toContain('What is MI6? is still open.');
  expect(text).not.toMatch(/\bat \S+ \(|\.tsx?:\d+|TypeError|SyntaxError|ReferenceError/);
  return text;
}

/** The open graph is still MI6, drawn whole, and the page has its header and canvas (not a blank page). */
async function expectMi6StillOpen(page: Page) {
  expect(await drawnNodes(page)).toBe(mi6.nodes.length);
  await expect(page.getByRole('banner').textContent()).resolves.toContain('Open dataset: What is MI6?');
}

describe('bad input in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  });

  it('a file that is not JSON: the file and the token, by the file dialog and by a drop', async () => {
    session = await openApp('/');
    const { page } = session;
    await pick(page, [file('graph.json', 'nodes: [1, 2'), file('source.txt', minimalSource)]);
    // Chromium's JSON.parse names no position for an unexpected token; the message still names the file and token.
    expect(await problemsMessage(page)).toMatch(/graph\.json is not valid JSON.*Unexpected token 'o'/);
    await expectMi6StillOpen(page);
    await page.getByRole('button', { name: 'Dismiss' }).click();

    await drop(page, [file('case.json', '{"id": "x",, }')]);
    expect(await problemsMessage(page)).toMatch(
      /Could not open case\.json\..*case\.json is not valid JSON at line 1/,
    );
    await expectMi6StillOpen(page);
  });

  it('JSON of the wrong shape: each problem names where it is', async () => {
    session = await openApp('/');
    const { page } = session;
    const wrong = { schemaVersion: 1, id: 'Not A Slug', title: 7, nodes: 'none', edges: [] };
    await pick(page, [file('graph.json', JSON.stringify(wrong)), file('source.txt', 'Some text.')]);
    const text = await problemsMessage(page);
    expect(text).toMatch(/id: "Not A Slug" must be a lower-case slug/);
    expect(text).toMatch(/nodes: expected an array, got the string "none"/);
    expect(text).toMatch(/title: expected a string, got 7/);
    expect(text).toMatch(/missing field "documents"/);
    await expectMi6StillOpen(page);
  });

  it('a file over the size limit is refused, with the limit', async () => {
    session = await openApp('/');
    const { page } = session;
    const big = Buffer.alloc(21 * 1024 * 1024, 0x20);
    await pick(page, [file('graph.json', big), file('source.txt', minimalSource)]);
    expect(await problemsMessage(page)).toMatch(/graph\.json is 21\.0 MB; the limit is 20 MB/);
    await expectMi6StillOpen(page);
    // 21 MB goes from the test to the page first: slower than the other cases on a busy machine.
  }, 90_000);

  it('a text that is not UTF-8: the byte offset where it goes wrong', async () => {
    session = await openApp('/');
    const { page } = session;
    // "Café" as Latin-1 writes it: é is the one byte E9, which UTF-8 never has alone.
    const latin1 = Buffer.concat([
      Buffer.from('Notes from the Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' Central.'),
    ]);
    await pick(page, [file('graph.json', minimalGraph), file('source.txt', latin1)]);
    expect(await problemsMessage(page)).toMatch(
      /source\.txt is not UTF-8: the bytes at offset 18 \(E9 20 43 65\) are not valid UTF-8/,
    );
    await expectMi6StillOpen(page);
  });

  it('labels, summaries, aliases, titles and quotes holding HTML or script are shown as text', async () => {
    session = await openApp('/');
    const { page } = session;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const img = '<img src=x onerror=alert(1)>';
    const script = '<script>alert(2)</script>';
    const source = `${minimalSource}\nAnna wrote ${img} and ${script} on the stick.\n`;
    const graph = JSON.parse(minimalGraph) as {
      title: string;
      nodes: { id: string; label: string; summary?: string; aliases?: string[]; evidence: object[] }[];
    };
    graph.title = `Case ${script}`;
    const anna = graph.nodes.find((n) => n.id === 'anna-clarke');
    if (!anna) throw new Error('the fixture has no anna-clarke');
    anna.label = `Anna ${img}`;
    anna.summary = `Summary ${script}`;
    anna.aliases = [img];
    const start = source.indexOf(img);
    anna.evidence.push({ start, end: start + img.length, quote: img });
    await pick(page, [file('graph.json', JSON.stringify(graph)), file('source.txt', source)]);

    await page.getByRole('banner').getByText(`Case ${script}`).waitFor();
    // Select Anna through search, so her label, summary, aliases and quote are all on the page.
    await page.getByRole('combobox', { name: /Search entities/ }).fill('Anna');
    await page.getByRole('option', { name: /Anna/ }).first().click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(`Anna ${img}`);
    await expect(details.textContent()).resolves.toContain(`Summary ${script}`);
    await expect(
      page.getByRole('complementary', { name: 'Details and document' }).textContent(),
    ).resolves.toContain(img);

    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert'))
        .length,
    }));
    expect(injected).toEqual({ images: 0, scripts: 0 });
    expect(dialogs).toEqual([]);
  });

  it('__proto__, constructor and prototype as keys and ids: refused where they cannot work, never polluting the page', async () => {
    session = await openApp('/');
    const { page } = session;
    const asPrototype = minimalGraph.replaceAll('"mi6"', '"prototype"');
    const withProtoKeys = asPrototype
      .replace('{', '{"__proto__": {"polluted": "yes"},')
      .replace('"label": "GCHQ",', '"label": "GCHQ", "__proto__": {"polluted": "yes"},');
    await pick(page, [file('graph.json', withProtoKeys), file('source.txt', minimalSource)]);
    const text = await problemsMessage(page);
    expect(text).toMatch(/unknown field "__proto__"/);
    expect(text).toMatch(/nodes\[1\] \(id "gchq"\): unknown field "__proto__"/);
    await expectMi6StillOpen(page);
    await page.getByRole('button', { name: 'Dismiss' }).click();

    await pick(page, [
      file('graph.json', minimalGraph.replaceAll('"gchq"', '"__proto__"')),
      file('source.txt', minimalSource),
    ]);
    expect(await problemsMessage(page)).toMatch(
      /nodes\[1\] \(id "__proto__"\)\.id: "__proto__" must be a lower-case slug/,
    );
    await expectMi6StillOpen(page);
    await page.getByRole('button', { name: 'Dismiss' }).click();

    // "constructor" is a slug, but the canvas library keeps elements by id in plain objects: refused, with where.
    await pick(page, [
      file('graph.json', minimalGraph.replaceAll('"gchq"', '"constructor"')),
      file('source.txt', minimalSource),
    ]);
    expect(await problemsMessage(page)).toMatch(
      /nodes\[1\]\.id: "constructor" is a name every JavaScript object already has.*choose another/,
    );
    await expectMi6StillOpen(page);
    await page.getByRole('button', { name: 'Dismiss' }).click();

    // "prototype" is an id like any other.
    await pick(page, [file('graph.json', asPrototype), file('source.txt', minimalSource)]);
    await page.getByRole('banner').getByText('A memory stick from Vienna').waitFor();
    await page.waitForFunction(() => window.__dossierCy?.nodes().length === 4);
    const ids = await page.evaluate(() =>
      window.__dossierCy
        ?.nodes()
        .map((n) => n.id())
        .sort(),
    );
    expect(ids).toEqual(['anna-clarke', 'gchq', 'memory-stick', 'prototype']);
    const polluted = await page.evaluate(() => ({
      object: ({} as Record<string, unknown>).polluted ?? null,
      array: ([] as unknown as Record<string, unknown>).polluted ?? null,
    }));
    expect(polluted).toEqual({ object: null, array: null });
  });

  it('a bundle missing its document says which is missing', async () => {
    session = await openApp('/');
    const { page } = session;
    const bundle = {
      format: 'dossier-bundle',
      bundleVersion: 1,
      dataset: JSON.parse(minimalGraph) as object,
      documents: [
        { path: 'other.txt', text: 'Some other text.' },
        { path: 'third.txt', text: 'A third.' },
      ],
    };
    await pick(page, [file('case.dossier.json', JSON.stringify(bundle))]);
    expect(await problemsMessage(page)).toMatch(
      /holds no text for the document "source" \(dataset\.documents\[0\]\): a bundle carries every document's text/,
    );
    await expectMi6StillOpen(page);
  });

  it('100,000 entities: a warning that offers to open anyway or cancel, and the page stays responsive', async () => {
    session = await openApp('/');
    const { page } = session;
    const nodes = Array.from({ length: 100_000 }, (_, i) => ({
      id: `n${i}`,
      type: 'person',
      label: `Person ${i}`,
      evidence: [{ start: 0, end: 4, quote: 'Some' }],
    }));
    const graph = { ...(JSON.parse(minimalGraph) as object), nodes, edges: [], flows: [] };
    await pick(page, [file('huge.json', JSON.stringify(graph)), file('source.txt', minimalSource)]);

    const warning = page.getByRole('alertdialog', { name: 'A large dataset' });
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toMatch(/huge\.json has 100,000 entities/);
    await expect(warning.getByRole('button', { name: 'Open anyway' }).count()).resolves.toBe(1);
    // Responsive: a frame is drawn promptly while the warning waits for an answer.
    const frameMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        }),
    );
    expect(frameMs).toBeLessThan(1000);

    await warning.getByRole('button', { name: 'Cancel' }).click();
    await warning.waitFor({ state: 'detached' });
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expectMi6StillOpen(page);
  });

  it('100,000 entities at a link: the same warning, the page answering while it waits, and the best-connected part opens', async () => {
    session = await openApp('/');
    const { page, baseUrl } = session;
    const node = (i: number) => ({
      id: `n${i}`,
      type: 'person',
      label: `Person ${i}`,
      aliases: [],
      summary: '',
      threatAreas: [],
      evidence: [{ quote: 'MI6 works closely' }],
    });
    // A chain over the first 1,001 entities: they have the relations, the 99,000 others none.
    const edges = Array.from({ length: 1_000 }, (_, i) => ({
      id: `e${i}`,
      source: `n${i}`,
      target: `n${i + 1}`,
      type: 'linked_to',
      label: 'is linked to',
      threatAreas: [],
      evidence: [{ quote: 'MI6 works closely' }],
    }));
    const graph = JSON.stringify({
      ...(JSON.parse(minimalGraph) as object),
      nodes: Array.from({ length: 100_000 }, (_, i) => node(i)),
      edges,
      flows: [],
    });
    await page.route(
      (url) => url.pathname.startsWith('/cases/huge/'),
      async (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path.endsWith('/graph.json'))
          await route.fulfill({ body: graph, contentType: 'application/json' });
        else if (path.endsWith('/source.txt'))
          await route.fulfill({ body: minimalSource, contentType: 'text/plain' });
        else await route.fulfill({ status: 404, body: '' });
      },
    );
    await page.goto(`${new URL('/', baseUrl).href}?dataset=cases/huge/graph.json`);

    const warning = page.getByRole('alertdialog', { name: 'A large dataset' });
    await warning.waitFor({ timeout: 20_000 });
    await expect(warning.textContent()).resolves.toMatch(/graph\.json has 100,000 entities/);

    // While it waits, the page answers: a click on the view switch is taken and drawn within a second.
    const list = page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Entities list' });
    const answeredMs = await page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Entities list');
      const t0 = performance.now();
      button?.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return button?.getAttribute('aria-pressed') === 'true' ? performance.now() - t0 : Infinity;
    });
    expect(answeredMs).toBeLessThan(1000);
    await expect(list.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Graph' }).click();

    await warning.getByRole('button', { name: 'Open the 1,000 best-connected entities' }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('header')?.textContent?.includes('its 1,000 best-connected entities') ?? false,
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForFunction(() => window.__dossierCy?.nodes().length === 1_000, undefined, {
      timeout: 25_000,
    });
    expect(await page.evaluate(() => window.__dossierCy?.edges().length)).toBe(999);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
  }, 150_000);
});
