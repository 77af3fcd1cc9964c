// Refreshes the README's screenshots from the real built app: npm run screenshot.
// Builds for production, serves the build on 127.0.0.1, and photographs it in Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}docs/screenshots`;

execFileSync(
  process.execPath,
  [`${root}node_modules/vite/bin/vite.js`, 'build', '--outDir', 'dist', '--logLevel', 'warn'],
  {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  },
);
const server = await preview({
  root,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const base = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const shots: [string, string][] = [
    ['overview', '/?sel=node:mi6'],
    ['trace-step', '/?layout=flow&trace=case-study:6'],
  ];
  for (const [name, path] of shots) {
    await page.goto(base + path);
    await page.waitForSelector('canvas');
    // Let the layout and its animation settle before the picture.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${outDir}/${name}.png` });
    console.log(`wrote docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
