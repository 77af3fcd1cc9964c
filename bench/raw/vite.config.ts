// Vite build of the raw reference page alone (bench-only: the app's build never includes it), served at /raw/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/raw/',
  // The app's build sets this; the raw page imports nothing that reads it, but keep the two builds alike.
  define: { __DOSSIER_TEST_HOOKS__: 'true' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  logLevel: 'warn',
});
