// Component tests: jest-dom matchers, and a clean DOM between tests.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// localStorage too: the panels keep their sections' open/closed state there, and each test starts afresh.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
