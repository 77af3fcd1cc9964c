/// <reference types="vite/client" />

/** Replaced at build time: true only in the browser tests' build (`vite build --mode test`). */
declare const __DOSSIER_TEST_HOOKS__: boolean;
