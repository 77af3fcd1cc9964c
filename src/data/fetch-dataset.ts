// Opening a dataset from a link, `?dataset=<same-origin path to a graph.json or bundle>`: the file and the texts it
// names (relative to it) are fetched from this site only, then go through the same loader as picked files.
import { MAX_DATASET_BYTES, checkSize, formatProblem, type Problem } from '../model/problem';
import { loadOpenFiles, notLoadedProblem } from './load-opener';
import type { OpenFilesOptions, PickedFile } from './open-files';
import type { OpenResult } from './open-dataset';
import type { StoredFile } from './stored-datasets';
import { isDatasetLink } from './dataset-link';

// Where they have always been imported from (the app imports them from dataset-link.ts, without this module).
export { isDatasetLink, linkOf } from './dataset-link';

export interface FetchedDataset {
  result: OpenResult;
  /** The files as fetched, to keep in the browser like picked files (empty when it did not open). */
  files: StoredFile[];
}

const problem = (message: string): Problem => ({ path: '', message, severity: 'error' });
const refused = (message: string): FetchedDataset => ({
  result: { ok: false, problems: [problem(message)] },
  files: [],
});

/**
 * Where a link's file is, or why it is refused: only files of this site (the page's own origin), so opening a link
 * never sends anything elsewhere, and only `.json` (a graph.json or a bundle).
 */
export function resolveDatasetLink(
  link: string,
  page: string,
): { ok: true; url: URL } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(link, page);
  } catch {
    return { ok: false, message: `The link’s dataset “${link}” is not a path Dossier can read.` };
  }
  const own = new URL(page).origin;
  if (url.origin !== own) {
    return {
      ok: false,
      message:
        `The link’s dataset “${link}” is not on this site (${own}): Dossier opens datasets from its own site ` +
        'only, so nothing is fetched from elsewhere. Download the files and open them, or drop them on the window.',
    };
  }
  if (!isDatasetLink(url.pathname)) {
    return {
      ok: false,
      message: `The link’s dataset “${link}” is not a .json file: link to a graph.json or a .dossier.json bundle.`,
    };
  }
  return { ok: true, url };
}

/**
 * Fetches a linked dataset and the texts it names, and opens them through `openDatasetFiles`. Never throws: a file
 * that is missing, too big, elsewhere or wrong comes back as problems naming the link.
 */
export async function fetchDataset(
  link: string,
  page: string = window.location.href,
  options: OpenFilesOptions = {},
): Promise<FetchedDataset> {
  const where = resolveDatasetLink(link, page);
  if (!where.ok) return refused(where.message);
  // The checks load (on first use) while the file is fetched.
  const checks = Promise.all([import('../model/validate'), import('./export/bundle'), loadOpenFiles()]);
  // Handled below; this keeps a failed load from being reported as unhandled while the fetch is under way.
  checks.catch(() => undefined);
  const graph = await fetchFile(where.url, link);
  if (!graph.ok) return refused(graph.message);
  let loaded: Awaited<typeof checks>;
  try {
    loaded = await checks;
  } catch (error) {
    return refused(formatProblem(notLoadedProblem(error)));
  }
  const [{ parseJsonText }, { isBundle }, { openDatasetFiles }] = loaded;

  const files: PickedFile[] = [graph.file];
  const graphText = await graph.file.text();
  const parsed = parseJsonText(graphText, graph.file.name);
  if (parsed.ok && !isBundle(parsed.value)) {
    for (const path of textPathsOf(parsed.value)) {
      const textWhere = resolveDatasetLinkText(path, where.url);
      if (!textWhere.ok) return refused(textWhere.message);
      const text = await fetchFile(textWhere.url, `${path} (named by ${link})`);
      if (!text.ok) return refused(text.message);
      files.push(text.file);
    }
  }
  const result = await openDatasetFiles(files, options);
  if (!result.ok) return { result, files: [] };
  const kept = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
  // It names the address it came from (a file name never starts with one): the URL keeps naming the link while
  // it is open, and the switcher shows it.
  return { result: { ...result, open: { ...result.open, origin: where.url.href } }, files: kept };
}

/** A text's path, relative to the graph.json that names it, and on this site too. */
function resolveDatasetLinkText(
  path: string,
  graphUrl: URL,
): { ok: true; url: URL } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(path, graphUrl);
  } catch {
    return {
      ok: false,
      message: `The text “${path}” named by ${graphUrl.pathname} is not a path Dossier can read.`,
    };
  }
  if (url.origin !== graphUrl.origin) {
    return {
      ok: false,
      message:
        `The text “${path}” named by ${graphUrl.pathname} is not on this site: Dossier fetches a linked ` +
        'dataset’s texts from its own site only.',
    };
  }
  return { ok: true, url };
}

type Fetched = { ok: true; file: PickedFile } | { ok: false; message: string };

/**
 * Fetches one file, refusing it past the size limit before it is read whole: by its Content-Length when the server
 * gives one, else by counting the bytes as they arrive and stopping at the limit.
 */
async function fetchFile(url: URL, what: string): Promise<Fetched> {
  const name = decodeURIComponent(url.pathname.split('/').pop() || url.pathname);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    return {
      ok: false,
      message: `“${what}” could not be fetched from ${url.pathname} (the site did not answer).`,
    };
  }
  // A redirect elsewhere is refused as a link elsewhere is (the page's CSP would also block it).
  if (response.url && new URL(response.url).origin !== url.origin) {
    void response.body?.cancel();
    return { ok: false, message: `“${what}” at ${url.pathname} redirects to another site: refused.` };
  }
  if (!response.ok) {
    return {
      ok: false,
      message: `“${what}” could not be fetched from ${url.pathname}: HTTP ${response.status}.`,
    };
  }
  // A site that answers every path with its app page (as this one's server does) has no file there.
  if (response.headers.get('content-type')?.includes('text/html')) {
    void response.body?.cancel();
    return {
      ok: false,
      message: `“${what}” is not at ${url.pathname}: the site answered with a web page, not the file.`,
    };
  }
  const declared = Number(response.headers.get('content-length'));
  const tooBig = Number.isFinite(declared) ? checkSize(declared, `“${what}”`) : null;
  if (tooBig) {
    void response.body?.cancel();
    return { ok: false, message: `${tooBig.message}.` };
  }
  const bytes = await readCapped(response);
  if (!bytes) {
    return {
      ok: false,
      message: `“${what}” is over the ${MAX_DATASET_BYTES / 1024 / 1024} MB limit: it was not read further.`,
    };
  }
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return {
    ok: true,
    file: {
      name,
      size: bytes.byteLength,
      arrayBuffer: () => Promise.resolve(buffer),
      // Used only to find the texts a graph.json names: the loader decodes the bytes itself, strictly.
      text: () => Promise.resolve(new TextDecoder().decode(bytes)),
    },
  };
}

/** The body's bytes, or null once they pass the size limit (the rest is not read). */
async function readCapped(response: Response): Promise<Uint8Array | null> {
  if (!response.body) {
    const all = new Uint8Array(await response.arrayBuffer());
    return all.byteLength > MAX_DATASET_BYTES ? null : all;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_DATASET_BYTES) {
      void reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

/** The texts raw data names: version 1's `source.path`, and each `documents[].path` where a dataset lists several. */
function textPathsOf(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const paths: string[] = [];
  const pathOf = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const path = (value as { path?: unknown }).path;
    if (typeof path === 'string' && path && !paths.includes(path)) paths.push(path);
  };
  pathOf((raw as { source?: unknown }).source);
  const documents = (raw as { documents?: unknown }).documents;
  if (Array.isArray(documents)) documents.forEach(pathOf);
  return paths;
}
