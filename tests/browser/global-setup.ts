// Browser tests' global setup: build the app once (production, with the test hook) and serve it on a free port.
import type { PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium';
import { buildApp, serveBuild } from '../../scripts/built-app';

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
  const outDir = buildApp({ mode: 'test', outDir: 'dist-test' });
  const served = await serveBuild(outDir);
  server = served.server;
  project.provide('baseUrl', served.baseUrl);
  project.provide('chromiumPath', chromiumPath);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
