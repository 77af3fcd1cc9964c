// Refreshes the README's screenshots from the real built app: npm run screenshot.
import { mkdirSync } from 'node:fs';
import { buildApp, launchChromium, ROOT, serveBuild } from './built-app';
import { waitForFinalPicture } from './wait-for-still-page';

const outDir = `${ROOT}docs/screenshots`;
const SHOTS: [name: string, path: string][] = [
  ['overview', '/?sel=node:mi6'],
  ['trace-step', '/?layout=flow&trace=case-study:6'],
];

// The test build: the production build plus the Cytoscape hook, which tells when the canvas has stopped moving.
const { server, baseUrl } = await serveBuild(buildApp({ mode: 'test', outDir: 'dist-test' }));
const browser = await launchChromium();
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const [name, path] of SHOTS) {
    await page.goto(baseUrl + path);
    await waitForFinalPicture(page);
    await page.screenshot({ path: `${outDir}/${name}.png` });
    console.log(`wrote docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
