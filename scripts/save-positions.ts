// Saves the overview layout into a dataset (graph.json "positions"), so the app's first paint needs no layout
// run: npm run layout:data [graph-data/<id>]. The positions are computed by the app itself in Chromium, where
// label sizes are real, with the same seeded fcose run the app would make.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { buildApp, launchChromium, ROOT, serveBuild } from './built-app';

const folder = process.argv[2] ?? join(ROOT, 'graph-data/mi6');
const graphPath = join(folder, 'graph.json');
const original = readFileSync(graphPath, 'utf8');
const data = JSON.parse(original) as { id: string; nodes: { id: string }[]; positions?: unknown };
if (data.id !== 'mi6') {
  // The app bundles only the MI6 dataset; another dataset would need a way to open it by URL first.
  throw new Error(`${graphPath}: only the bundled dataset (mi6) can be laid out by this script`);
}

// Without saved positions the app computes the overview: remove them for the build, then save what it computed.
delete data.positions;
writeFileSync(graphPath, JSON.stringify(data));
let positions: Record<string, { x: number; y: number }>;
try {
  const { server, baseUrl } = await serveBuild(buildApp({ mode: 'test', outDir: 'dist-test' }));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    await page.waitForFunction(() => performance.getEntriesByName('dossier:first-layout').length > 0);
    positions = await page.evaluate(() => {
      const cy = window.__dossierCy;
      if (!cy) throw new Error('the test build exposes no Cytoscape instance');
      // Whole pixels: the file stays readable and diffs stay small.
      return Object.fromEntries(
        cy.nodes().map((n) => [n.id(), { x: Math.round(n.position('x')), y: Math.round(n.position('y')) }]),
      );
    });
  } finally {
    await browser.close();
    await server.close();
  }
} catch (error) {
  writeFileSync(graphPath, original);
  throw error;
}

// In the dataset's node order, after everything else.
data.positions = Object.fromEntries(data.nodes.map((n) => [n.id, positions[n.id]]));
const formatted = await format(JSON.stringify(data, null, 2), {
  ...(await resolveConfig(graphPath)),
  filepath: graphPath,
});
writeFileSync(graphPath, formatted);
console.log(`${relative(process.cwd(), graphPath)}: saved positions for ${data.nodes.length} nodes`);
