// Browser tests' global setup: build the app once (production, with the test hook) and serve it on a free port.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const TEST_BUILD_DIR = 'dist-test';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // Fail loudly, before building, when there is no browser: a skipped browser test would hide a broken app.
  const chromiumPath = findChromium();

  // A child process, so the build sees NODE_ENV=production rather than Vitest's "test" (STACK.md pitfall 4).
  execFileSync(
    process.execPath,
    [
      fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url)),
      'build',
      '--mode',
      'test',
      '--outDir',
      TEST_BUILD_DIR,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: root, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
  );
  if (!existsSync(`${root}/${TEST_BUILD_DIR}/index.html`))
    throw new Error('the test build wrote no index.html');

  server = await preview({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: TEST_BUILD_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  project.provide('chromiumPath', chromiumPath);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
