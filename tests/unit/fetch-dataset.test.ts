// Opening a dataset from a link: the graph.json and the text it names are fetched from this site only, refused
// past the size limit before they are read whole, and every failure names the link.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataset, linkOf, resolveDatasetLink } from '../../src/data/fetch-dataset';
import { MAX_DATASET_BYTES } from '../../src/model/validate';

const read = (path: string) =>
  readFileSync(new URL(`../fixtures/valid-minimal/${path}`, import.meta.url), 'utf8');
const PAGE = 'http://127.0.0.1:4173/?dataset=cases/vienna/graph.json';

/** A site serving `files` by path; records what was asked for. */
function site(files: Record<string, string | Response>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: URL | string) => {
    const url = new URL(String(input));
    asked.push(url.pathname);
    const body = files[url.pathname];
    if (body instanceof Response) return body;
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(body);
  });
  vi.stubGlobal('fetch', fetch);
  return { asked, fetch };
}

afterEach(() => vi.unstubAllGlobals());

describe('a dataset from a link', () => {
  it('fetches the graph.json and the text it names beside it, and opens them through the same checks', async () => {
    const { asked } = site({
      '/cases/vienna/graph.json': read('graph.json'),
      '/cases/vienna/source.txt': read('source.txt'),
    });
    const { result, files } = await fetchDataset('cases/vienna/graph.json', PAGE);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.open.dataset.title).toBe('A memory stick from Vienna');
    expect(result.open.origin).toBe('http://127.0.0.1:4173/cases/vienna/graph.json');
    // The link that opens it again, from the site's root; a file's name is not a link.
    expect(linkOf(result.open.origin, PAGE)).toBe('/cases/vienna/graph.json');
    expect(linkOf('graph.json', PAGE)).toBeNull();
    expect(asked).toEqual(['/cases/vienna/graph.json', '/cases/vienna/source.txt']);
    expect(files.map((f) => f.name)).toEqual(['graph.json', 'source.txt']);
  });

  it('refuses a link to another site without fetching anything, naming the link', async () => {
    const { fetch } = site({});
    for (const link of ['https://example.org/graph.json', '//example.org/graph.json']) {
      const { result } = await fetchDataset(link, PAGE);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems[0]?.message).toMatch(
        new RegExp(`“${link.replace(/[./]/g, '\\$&')}” is not on this site`),
      );
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses what is not a .json file, and a text named on another site', async () => {
    expect(resolveDatasetLink('cases/notes.txt', PAGE)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/“cases\/notes\.txt” is not a \.json file/),
    });
    const graph = { ...JSON.parse(read('graph.json')), source: { path: 'https://example.org/source.txt' } };
    const { asked } = site({ '/graph.json': JSON.stringify(graph) });
    const { result } = await fetchDataset('/graph.json', PAGE);
    expect(!result.ok && result.problems[0]?.message).toMatch(
      /“https:\/\/example\.org\/source\.txt”.*not on this site/,
    );
    expect(asked).toEqual(['/graph.json']);
  });

  it('a missing text is named, with the link that names it', async () => {
    site({ '/cases/vienna/graph.json': read('graph.json') });
    const { result } = await fetchDataset('cases/vienna/graph.json', PAGE);
    expect(!result.ok && result.problems[0]?.message).toBe(
      '“source.txt (named by cases/vienna/graph.json)” could not be fetched from /cases/vienna/source.txt: HTTP 404.',
    );
  });

  it('a file over the size limit is refused by its declared length, before its body is read', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    site({
      '/big.json': new Response(body, { headers: { 'content-length': String(MAX_DATASET_BYTES + 1) } }),
    });
    const { result } = await fetchDataset('/big.json', PAGE);
    expect(!result.ok && result.problems[0]?.message).toMatch(
      /“\/big\.json” is 20\.0 MB; the limit is 20 MB/,
    );
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('without a declared length, reading stops at the limit', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    site({ '/endless.json': new Response(body) });
    const { result } = await fetchDataset('/endless.json', PAGE);
    expect(!result.ok && result.problems[0]?.message).toMatch(
      /over the 20 MB limit: it was not read further/,
    );
    expect(sent).toBeLessThan(MAX_DATASET_BYTES + 3 * 1024 * 1024);
  });

  it('a site that answers with its app page where the file should be: no file at that path', async () => {
    site({
      '/cases/graph.json': new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    });
    const { result } = await fetchDataset('cases/graph.json', PAGE);
    expect(!result.ok && result.problems[0]?.message).toBe(
      '“cases/graph.json” is not at /cases/graph.json: the site answered with a web page, not the file.',
    );
  });

  it('bad data at a link comes back as the loader’s problems', async () => {
    site({ '/broken.json': '{"nodes": [' });
    const { result } = await fetchDataset('/broken.json', PAGE);
    expect(!result.ok && result.problems[0]?.message).toBe(
      'broken.json is not valid JSON at line 1, column 12: Unexpected end of JSON input',
    );
  });
});
