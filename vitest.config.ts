// Three test projects, as CONVENTIONS.md splits them: unit (node), component (jsdom), browser (real Chromium).
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { bundledDatasets } from './scripts/bundled-datasets';

export default defineConfig({
  // The bundled datasets, checked as the app's build checks them, their content in the module: jsdom has no server.
  plugins: [bundledDatasets({ inline: true })],
  define: { __DOSSIER_TEST_HOOKS__: 'false' },
  test: {
    // The JSON file lets .ci/run print one plain summary line; the default reporter stays for people.
    reporters: ['default', ['json', { outputFile: 'artifacts/vitest-results.json' }]],
    projects: [
      {
        extends: true,
        // Property tests run hundreds of cases: on a busy two-core machine some need more than the default 5 s.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          // Each test drives the whole app through user-event in jsdom: 1–3 s on a quiet machine, up to 8 s on a
          // busy two-core one. Speed is measured by the benchmarks, not by these timeouts.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // One Chromium and one preview server serve every browser test; run the files one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
