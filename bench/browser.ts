// The browser half of the benchmark: how long the built app takes to show the laid-out MI6 graph in Chromium.
// Run: npm run bench:browser. Builds for production, serves on 127.0.0.1, opens the page RUNS times.
import { buildApp, launchChromium, serveBuild } from '../scripts/built-app';

const RUNS = 7;

const { server, baseUrl: base } = await serveBuild(buildApp());
const browser = await launchChromium();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const samples: Record<string, number[]> = {
  'DOMContentLoaded ms': [],
  'first layout ms': [],
  'JS heap MB': [],
};
try {
  for (let i = 0; i < RUNS; i++) {
    // A new context each run: a cold cache, as a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => performance.getEntriesByName('dossier:first-layout').length > 0);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const mark = performance.getEntriesByName('dossier:first-layout')[0];
      // performance.memory is Chromium-only and not in the DOM types.
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return {
        dcl: nav.domContentLoadedEventEnd,
        layout: mark?.startTime ?? NaN,
        heap: memory?.usedJSHeapSize ?? NaN,
      };
    });
    samples['DOMContentLoaded ms']?.push(timing.dcl);
    samples['first layout ms']?.push(timing.layout);
    samples['JS heap MB']?.push(timing.heap / 1024 / 1024);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Dossier browser benchmark — Chromium, production build, median of ${RUNS} cold loads\n`);
console.table(Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v).toFixed(1)])));
