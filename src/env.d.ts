/// <reference types="vite/client" />

/** Replaced at build time: true only in the browser tests' build (`vite build --mode test`). */
declare const __DOSSIER_TEST_HOOKS__: boolean;

/** The bundled datasets, checked at build time by scripts/bundled-datasets.ts (the Vite plugin that makes this). */
declare module 'virtual:dossier-bundled' {
  const bundled: readonly {
    id: string;
    title: string;
    version: string;
    dataset: import('./model/schema').Dataset;
    texts: [string, string][];
  }[];
  export default bundled;
}
