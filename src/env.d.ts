/// <reference types="vite/client" />

/** Replaced at build time: true only in the browser tests' build (`vite build --mode test`). */
declare const __DOSSIER_TEST_HOOKS__: boolean;

/**
 * The bundled datasets, checked at build time by scripts/bundled-datasets.ts (the Vite plugin that makes this): each
 * one's id, title and version, and where its content is: a same-origin JSON file to fetch (`url`), or, in Vitest,
 * the content itself (`content`, else null).
 */
declare module 'virtual:dossier-bundled' {
  const bundled: readonly {
    id: string;
    title: string;
    version: string;
    url: string;
    content: {
      dataset: import('./model/schema').Dataset;
      texts: [string, string][];
    } | null;
  }[];
  export default bundled;
}
