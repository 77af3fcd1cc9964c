// Component tests: jest-dom matchers, and a clean DOM between tests.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// localStorage too: the panels keep their sections' open/closed state there, and each test starts afresh.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

// The app loads the validator and the browser store's library on first use (src/data/load-opener.ts). In the
// browser that is a small local chunk; here it is a module transformed and evaluated on first import, which on a
// busy machine outlasts findBy's wait. Loading them before the tests keeps the tests about what the user sees.
// The story view too (src/graph-view/story-canvas-loader.ts): once loaded it is drawn in the render that asks for it.
const { loadStoryCanvas } = await import('../../src/graph-view/story-canvas-loader');
await Promise.all([import('../../src/data/open-files'), import('idb'), loadStoryCanvas()]);
