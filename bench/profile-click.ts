// Where a node click's time goes in the built app: a CPU profile (Chromium's Profiler, over CDP) from the click to
// the painted answer, summed by function and by file, in an unminified build so the names are readable.
// Run: npx tsx bench/profile-click.ts [mi6|1k|5k] [clicks]. Prints the heaviest functions and files.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { buildApp, launchChromiumWith, ROOT, serveBuild } from '../scripts/built-app';
import { installProbe, type DrawnExpectation } from './page-probe';
import { SYNTHETIC_SIZES, syntheticDataset, type SyntheticSizeName } from './synthetic';

const size = (process.argv[2] ?? 'mi6') as 'mi6' | SyntheticSizeName;
const CLICKS = Number(process.argv[3] ?? 5);
const TRACE = process.env.TRACE === '1';
const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** Self time per function and "inclusive" time per React component-like function (capitalised name). */
function summarise(profiles: Profile[]): void {
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
      const node = byId.get(samples[i] as number);
      if (!node) continue;
      const frame = node.callFrame;
      const name = `${frame.functionName || '(anon)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
      total += ms;
      self.set(name, (self.get(name) ?? 0) + ms);
      const file = frame.url.split('/').pop() || frame.functionName;
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
      // Every distinct capitalised function on the stack gets the sample once.
      const seen = new Set<string>();
      for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
        const f = byId.get(id)?.callFrame;
        if (!f) continue;
        const n = f.functionName;
        const key = `${n || '(anon)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
        if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
        seen.add(key);
      }
    }
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([n, ms]) => `${(ms / profiles.length).toFixed(1).padStart(7)} ms  ${n}`);
  console.log(
    `\nsampled ${(total / profiles.length).toFixed(1)} ms per click (mean over ${profiles.length})`,
  );
  console.log('\nby file (self):');
  console.log(top(byFile, 15).join('\n'));
  console.log('\nfunctions (self):');
  console.log(top(self, 30).join('\n'));
  console.log('\ncomponents and phases (inclusive):');
  console.log(top(inclusive, 70).join('\n'));
}

interface Trace {
  traceEvents: {
    name: string;
    ph: string;
    dur?: number;
    ts: number;
    tid: number;
    pid: number;
    args?: { data?: { type?: string } };
  }[];
}

/**
 * Main-thread time by top-level event (script, style, layout, paint), from the mouseup (where the bench's clock
 * starts) to the end of the first paint after the mouseup's task: the frame that shows the answer. Then the style
 * and layout in that window, split into those the page's script forced (read after a write, inside an event or a
 * timer) and those the frame did itself.
 */
function summariseTraces(traces: Trace[]): void {
  const sums = new Map<string, number>();
  const styleLayout = new Map<string, number>();
  for (const trace of traces) {
    const events = trace.traceEvents;
    const main = events.find(
      (e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain',
    );
    const onMain = events.filter(
      (e) => e.ph === 'X' && e.dur !== undefined && main && e.tid === main.tid && e.pid === main.pid,
    );
    onMain.sort((a, b) => a.ts - b.ts);
    const endOf = (e: { ts: number; dur?: number }) => e.ts + (e.dur ?? 0);
    const mouseup = onMain.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'mouseup');
    if (!mouseup) continue;
    const paint = onMain.find((e) => e.name === 'Paint' && e.ts >= endOf(mouseup));
    const from = mouseup.ts;
    const to = paint ? endOf(paint) : Infinity;
    const inWindow = onMain.filter((e) => e.ts >= from && endOf(e) <= to);
    // Only events not inside another counted one (by time), so nothing counts twice.
    let until = 0;
    for (const e of inWindow) {
      if (e.ts < until || ['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) continue;
      until = endOf(e);
      const name = e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type ?? ''}` : e.name;
      sums.set(name, (sums.get(name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const scripts = inWindow.filter((e) => ['EventDispatch', 'TimerFire', 'FunctionCall'].includes(e.name));
    for (const e of inWindow) {
      if (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') continue;
      const forced = scripts.some((s) => s.ts <= e.ts && endOf(e) <= endOf(s));
      const key = `${e.name === 'Layout' ? 'layout' : 'style'} ${forced ? 'forced by script' : 'in the frame'}`;
      styleLayout.set(key, (styleLayout.get(key) ?? 0) + (e.dur ?? 0) / 1000);
    }
  }
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}, ms per click:`);
    for (const [n, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`${(ms / traces.length).toFixed(1).padStart(7)} ms  ${n}`);
  };
  print('main-thread top-level events from the mouseup to the painted answer', sums);
  print('style and layout in that time', styleLayout);
}

async function clickable(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const cy = window.__dossierCy;
    const box = cy?.container()?.getBoundingClientRect();
    if (!cy || !box) return [];
    const all = cy
      .nodes(':visible')
      .map((n) => ({ id: n.id(), p: n.renderedPosition(), r: n.renderedOuterWidth() / 2 }));
    const out: { id: string; x: number; y: number }[] = [];
    for (const n of all) {
      const deg = cy.getElementById(n.id).degree(false);
      if (deg < 2 || deg > 6) continue;
      if (
        n.p.x < n.r + 20 ||
        n.p.y < n.r + 20 ||
        n.p.x > cy.width() - n.r - 20 ||
        n.p.y > cy.height() - n.r - 20
      )
        continue;
      if (all.some((o) => o.id !== n.id && Math.hypot(o.p.x - n.p.x, o.p.y - n.p.y) < o.r + n.r + 2))
        continue;
      out.push({ id: n.id, x: box.left + n.p.x, y: box.top + n.p.y });
    }
    return out;
  });
}

async function main(): Promise<void> {
  // Inside dist-bench, which git, ESLint and Prettier already leave alone (the bench's own build empties it).
  const outDir = 'dist-bench/profile';
  buildApp({ mode: 'test', outDir, minify: false });
  const { server, baseUrl } = await serveBuild(outDir);
  const browser = await launchChromiumWith([]);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.addInitScript({ content: NAME_SHIM });
    const expectation: DrawnExpectation = { atLoad: false, positions: [] };
    await page.addInitScript(installProbe, expectation);
    await page.goto(`${baseUrl}/`);
    console.log('loaded');
    await page.waitForFunction(() => performance.getEntriesByName('dossier:first-layout').length > 0);
    const labels = new Map<string, string>();
    if (size === 'mi6') {
      const graph = JSON.parse(readFileSync(`${ROOT}graph-data/mi6/graph.json`, 'utf8')) as {
        nodes: { id: string; label: string }[];
      };
      for (const n of graph.nodes) labels.set(n.id, n.label);
    } else {
      const { dataset, text } = syntheticDataset(SYNTHETIC_SIZES[size].nodes, SYNTHETIC_SIZES[size].edges);
      for (const n of dataset.nodes) labels.set(n.id, n.label);
      await page.evaluate(() => window.__bench?.settle(300, 10_000));
      await page.locator('input[type="file"]').setInputFiles([
        { name: 'graph.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dataset)) },
        { name: 'source.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
      ]);
      await page.waitForFunction(
        (n) => (window.__dossierCy?.nodes().length ?? 0) === n,
        dataset.nodes.length,
      );
    }
    await page.evaluate(() => window.__bench?.settle(1000, 120_000));
    const targets = await clickable(page);
    console.log(`${targets.length} click targets`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const profiles: Profile[] = [];
    const traces: Trace[] = [];
    const times: number[] = [];
    for (let i = 0; i < CLICKS && i < targets.length; i++) {
      const target = targets[(i * 7) % targets.length] as { id: string; x: number; y: number };
      const label = labels.get(target.id) ?? '';
      // Clear the selection first, so each click is a selection starting (as in the bench).
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.__bench?.settle(500, 60_000));
      await page.evaluate((a) => window.__bench?.arm(a, 'mouseup'), {
        kind: 'click' as const,
        id: target.id,
        label,
        app: true,
      });
      if (TRACE)
        await browser.startTracing(page, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
        });
      else await cdp.send('Profiler.start');
      await page.mouse.click(target.x, target.y);
      await page.waitForFunction(() => window.__bench?.answer?.end !== null, undefined, { polling: 50 });
      if (TRACE) {
        traces.push(JSON.parse((await browser.stopTracing()).toString()) as Trace);
        const answer = await page.evaluate(() => window.__bench?.answer);
        if (answer?.start != null && answer.end != null) times.push(answer.end - answer.start);
        continue;
      }
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const answer = await page.evaluate(() => window.__bench?.answer);
      if (answer?.start != null && answer.end != null) times.push(answer.end - answer.start);
      profiles.push(profile);
    }
    console.log(`${size}: click → answer painted, ms: ${times.map((t) => t.toFixed(0)).join(', ')}`);
    if (TRACE) summariseTraces(traces);
    else summarise(profiles);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
