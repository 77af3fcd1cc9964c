// The long tasks of opening a synthetic file in the built app, listed from the moment the files are given until
// the canvas holds its nodes: which of them is the app's own (reading, checking, indexing) and which Cytoscape's.
// Run: npx tsx bench/open-long-tasks.ts [1k|5k|20k] [runs]
import { launchChromiumWith, buildApp, serveBuild } from '../scripts/built-app';
import { installProbe, type DrawnExpectation } from './page-probe';
import { SYNTHETIC_SIZES, syntheticDataset, type SyntheticSizeName } from './synthetic';

const size = (process.argv[2] ?? '5k') as SyntheticSizeName;
const RUNS = Number(process.argv[3] ?? 2);
const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

async function main(): Promise<void> {
  // Inside dist-bench, which git, ESLint and Prettier already leave alone (the bench's own build empties it).
  const outDir = 'dist-bench/profile';
  if (process.env.NO_BUILD !== '1') buildApp({ mode: 'test', outDir });
  const { server, baseUrl } = await serveBuild(outDir);
  const browser = await launchChromiumWith([]);
  const { dataset, text } = syntheticDataset(SYNTHETIC_SIZES[size].nodes, SYNTHETIC_SIZES[size].edges);
  const files = [
    { name: 'graph.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dataset)) },
    { name: 'source.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
  ];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(900_000);
      await page.addInitScript({ content: NAME_SHIM });
      const expectation: DrawnExpectation = { atLoad: false, positions: [] };
      await page.addInitScript(installProbe, expectation);
      await page.goto(`${baseUrl}/`);
      await page.waitForFunction(() => performance.getEntriesByName('dossier:first-layout').length > 0);
      await page.evaluate(() => window.__bench?.settle(300, 10_000));
      await page.locator('input[type="file"]').setInputFiles(files);
      // The moment the canvas holds the new nodes (checked each frame): tasks before it are the opening's.
      const addedAt = await page.evaluate(
        (n) =>
          new Promise<number>((resolve) => {
            const tick = () => {
              if ((window.__dossierCy?.nodes().length ?? 0) === n) resolve(performance.now());
              else requestAnimationFrame(tick);
            };
            tick();
          }),
        dataset.nodes.length,
      );
      const { tasks, given } = await page.evaluate(() => ({
        tasks: window.__bench?.longTasks ?? [],
        given: window.__bench?.filesGivenAt ?? 0,
      }));
      const after = tasks.filter((t) => t.start >= given && t.start <= addedAt);
      console.log(
        `${size} run ${run + 1}: canvas has the nodes ${Math.round(addedAt - given)} ms after the files; long tasks ` +
          `(start ms after the files: duration ms): ${after.map((t) => `${Math.round(t.start - given)}: ${Math.round(t.duration)}`).join(', ')}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
