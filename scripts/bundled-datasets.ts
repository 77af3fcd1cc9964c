// The datasets that ship with the app, checked when the app is built: the same checks as opening a file, run once
// in Node, so a bad bundled dataset fails the build (naming each problem) and the browser opens a checked one with
// no validation at load.
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

/** The Vite plugin: `import bundled from 'virtual:dossier-bundled'` gives the checked bundled datasets. */
export function bundledDatasets(): Plugin {
  return {
    name: 'dossier-bundled-datasets',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const bundles = BUNDLED_FOLDERS.map((folder) => {
        const { bundle, files } = checkBundledFolder(folder);
        for (const file of files) this.addWatchFile(file);
        return bundle;
      });
      // JSON.parse of a string literal is quicker for the browser than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundles))});`;
    },
  };
}
