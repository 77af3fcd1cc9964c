// Vite: the React app, a CSP that is relaxed for the dev server only, and the test-only Cytoscape hook.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledDatasets } from './scripts/bundled-datasets';

/**
 * index.html ships a strict CSP. The dev server injects CSS as inline <style> elements and React refresh needs an
 * inline preamble, so in `serve` only we relax style-src and script-src. The production build keeps the strict one.
 */
function devCspRelaxation(): Plugin {
  return {
    name: 'dossier-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      // The meta spans several lines in index.html: match across them.
      return html.replace(
        /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/,
        (_m, policy: string) => {
          const relaxed = policy
            .replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'")
            .replace(/script-src [^;]*/, "script-src 'self' 'unsafe-inline'")
            .replace(/connect-src [^;]*/, "connect-src 'self' ws://127.0.0.1:* ws://localhost:*");
          return `<meta http-equiv="Content-Security-Policy" content="${relaxed}"`;
        },
      );
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), devCspRelaxation(), bundledDatasets()],
  define: {
    // True only in `vite build --mode test` (the browser tests' build): exposes the Cytoscape instance as
    // window.__dossierCy. Production builds replace it with false and the hook is dropped.
    __DOSSIER_TEST_HOOKS__: JSON.stringify(mode === 'test'),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
