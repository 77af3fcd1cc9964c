// Refreshes the README's screenshots from the real built app: npm run screenshot.
import { mkdirSync } from 'node:fs';
import { buildApp, launchChromium, ROOT, serveBuild } from './built-app';

const outDir = `${ROOT}docs/screenshots`;
const SHOTS: [name: string, path: string][] = [
  ['overview', '/?sel=node:mi6'],
  ['trace-step', '/?layout=flow&trace=case-study:6'],
];

const { server, baseUrl } = await serveBuild(buildApp());
const browser = await launchChromium();
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const [name, path] of SHOTS) {
    await page.goto(baseUrl + path);
    await page.waitForFunction(() => performance.getEntriesByName('dossier:first-layout').length > 0);
    // Let the framing animation settle before the picture.
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${outDir}/${name}.png` });
    console.log(`wrote docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
