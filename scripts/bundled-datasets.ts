// The datasets that ship with the app, checked when the app is built: the same checks as opening a file, run once
// in Node, so a bad bundled dataset fails the build (naming each problem) and the browser opens a checked one with
// no validation at load.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { decodeUtf8Strict } from '../src/data/decode-text';
import { openDataset } from '../src/data/open-dataset';
import { documentsNamed } from '../src/model/migrate';
import { formatProblem } from '../src/model/validate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The bundled datasets' folders under graph-data/, the default first. */
export const BUNDLED_FOLDERS = ['mi6'] as const;
const MODULE_ID = 'virtual:dossier-bundled';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** One bundled dataset as the module gives it: checked and normalised, with its documents' texts by id. */
export interface CheckedBundle {
  id: string;
  title: string;
  version: string;
  dataset: unknown;
  texts: [string, string][];
}

/** Checks one folder as opening its files would; throws with every problem, each on its own line. */
export function checkBundledFolder(folder: string): { bundle: CheckedBundle; files: string[] } {
  const graphFile = join(ROOT, 'graph-data', folder, 'graph.json');
  const raw = JSON.parse(readFileSync(graphFile, 'utf8')) as unknown;
  const files = [graphFile];
  const texts = new Map<string, string>();
  for (const doc of documentsNamed(raw)) {
    const file = join(dirname(graphFile), doc.path);
    files.push(file);
    const decoded = decodeUtf8Strict(readFileSync(file), doc.path);
    if (!decoded.ok) throw new Error(`graph-data/${folder}: ${decoded.message}`);
    texts.set(doc.id, decoded.text);
  }
  const result = openDataset(raw, texts, 'bundled');
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${formatProblem(p)}`).join('\n');
    throw new Error(`graph-data/${folder}/graph.json does not open (run npm run check:data):\n${lines}`);
  }
  const { open } = result;
  return {
    bundle: {
      id: open.id,
      title: open.dataset.title,
      version: open.version,
      dataset: open.dataset,
      texts: [...open.texts],
    },
    files,
  };
}

/** A bundled dataset's content as the build ships it, one JSON file: the dataset and its documents' texts. */
export interface BundleContent {
  dataset: unknown;
  texts: [string, string][];
}

/** The JSON file a bundled dataset ships as, named for its content so a browser may keep it as long as it likes. */
function assetFileName(assetsDir: string, id: string, json: string): string {
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 10);
  return `${assetsDir}/${id}-${hash}.json`;
}

/** Options of the plugin. */
export interface BundledDatasetsOptions {
  /**
   * Puts each dataset's content in the module itself instead of a JSON file fetched at start: for Vitest, whose
   * jsdom has no server to fetch from. The app's dev server and build keep them as files.
   */
  inline?: boolean;
}

/**
 * The Vite plugin behind `import bundled from 'virtual:dossier-bundled'`: each bundled dataset's id, title and
 * version, and the same-origin URL of its checked content, a JSON file the build emits (the dev server serves it),
 * so the first load's JavaScript does not carry the data. index.html gets a preload of the default dataset's file,
 * so the browser fetches it while it fetches the JavaScript, and a status that says what is opening until the app
 * mounts. With `inline`, the content is in the module.
 */
export function bundledDatasets({ inline = false }: BundledDatasetsOptions = {}): Plugin {
  let base = '/';
  let assetsDir = 'assets';
  // The checked datasets, as of the last time the module was loaded (the dev server loads it again on a change).
  let shipped: { meta: CheckedBundle; json: string; fileName: string }[] = [];

  const check = (watch: (file: string) => void) =>
    BUNDLED_FOLDERS.map((folder) => {
      const { bundle, files } = checkBundledFolder(folder);
      for (const file of files) watch(file);
      const content: BundleContent = { dataset: bundle.dataset, texts: bundle.texts };
      const json = JSON.stringify(content);
      return { meta: bundle, json, fileName: assetFileName(assetsDir, bundle.id, json) };
    });

  return {
    name: 'dossier-bundled-datasets',
    configResolved(config) {
      base = config.base;
      assetsDir = config.build.assetsDir;
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      shipped = check((file) => this.addWatchFile(file));
      const entries = shipped.map(({ meta, json, fileName }) => ({
        id: meta.id,
        title: meta.title,
        version: meta.version,
        url: base + fileName,
        // JSON.parse of a string is quicker for the browser than the same data as an object literal.
        content: inline ? json : null,
      }));
      return [
        `const entries = ${JSON.stringify(entries)};`,
        'export default entries.map((e) => ({ ...e, content: e.content === null ? null : JSON.parse(e.content) }));',
      ].join('\n');
    },
    generateBundle() {
      if (inline) return;
      for (const { fileName, json } of shipped) this.emitFile({ type: 'asset', fileName, source: json });
    },
    configureServer(server) {
      // The dev server answers the files' URLs with the content as last checked.
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        const found = shipped.find(({ fileName }) => base + fileName === path);
        if (!found) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(found.json);
      });
    },
    transformIndexHtml: {
      // Before Vite's own tags, so the dataset's fetch is asked for as early as the scripts.
      order: 'pre',
      handler(html) {
        // index.html may be read before the module is loaded: check the datasets now so their names are known.
        if (shipped.length === 0) shipped = check(() => undefined);
        const first = shipped[0];
        if (inline || !first) return html;
        // Until the app mounts (React replaces what is in #root), the page says what it is opening.
        const status = `<p role="status">Opening ${escapeHtml(first.meta.title)}…</p>`;
        return {
          html: html.replace(/<div id="root">\s*<\/div>/, `<div id="root">${status}</div>`),
          tags: [
            {
              tag: 'link',
              attrs: { rel: 'preload', href: base + first.fileName, as: 'fetch', crossorigin: '' },
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}

/** Text as HTML text: the datasets' titles are ours, but a title is text, never markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
