// Builds the app for production, serves the build on 127.0.0.1 (a free port) and opens Debian's Chromium:
// shared by the browser tests' setup, the screenshot script, the browser benchmark and save-positions.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * `vite build` in a child process, so it sees NODE_ENV=production even when called from Vitest (which sets
 * "test" and would bundle React's development build). Mode "test" adds the Cytoscape hook for tests.
 */
export function buildApp(
  options: {
    mode?: 'production' | 'test';
    outDir?: string;
    /** False keeps the names readable, for a profile (bench/profile-click.ts); the build is minified otherwise. */
    minify?: boolean;
  } = {},
): string {
  const outDir = options.outDir ?? 'dist';
  execFileSync(
    process.execPath,
    [
      `${ROOT}node_modules/vite/bin/vite.js`,
      'build',
      '--mode',
      options.mode ?? 'production',
      ...(options.minify === false ? ['--minify', 'false'] : []),
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
  );
  if (!existsSync(`${ROOT}${outDir}/index.html`)) throw new Error(`the build wrote no ${outDir}/index.html`);
  return outDir;
}

/** Serves a build on 127.0.0.1 at a free port; returns the server and its address without a trailing slash. */
export async function serveBuild(outDir: string): Promise<{ server: PreviewServer; baseUrl: string }> {
  const server = await preview({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');
  return { server, baseUrl: url.replace(/\/$/, '') };
}

export function launchChromium(executablePath = findChromium()): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * Chromium with extra flags on top of the closed-network ones: the browser benchmark adds
 * --enable-precise-memory-info, without which performance.memory reports coarse, rarely updated figures.
 */
export function launchChromiumWith(
  extraArgs: readonly string[],
  executablePath = findChromium(),
): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
