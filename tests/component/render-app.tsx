// Renders the whole app on the bundled MI6 dataset (Cytoscape headless), at a URL, as a user would open it.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { BUNDLED_DATASETS } from '../../src/data/bundled';
import type { OpenDataset } from '../../src/data/open-dataset';
import { SECTIONS_STORAGE_KEY } from '../../src/panels/PanelSection';

export function openBundledMi6(): OpenDataset {
  const result = BUNDLED_DATASETS.find((d) => d.id === 'mi6')?.open();
  if (!result?.ok) throw new Error('the bundled MI6 dataset does not open');
  return result.open;
}

/** Renders the app with the location set to `url` (e.g. "/?sel=node:mi6"); returns Testing Library's queries. */
export function renderApp(url = '/', open: OpenDataset = openBundledMi6()) {
  window.history.replaceState(null, '', url);
  const user = userEvent.setup();
  const utils = render(<App initial={open} headless />);
  return { ...utils, user, open };
}

/** Starts with every left-panel section open, as a user who opened them earlier would (the state is kept). */
export function openAllSections(): void {
  const all = { search: true, tracer: true, filters: true, focusPath: true, legend: true };
  localStorage.setItem(SECTIONS_STORAGE_KEY, JSON.stringify(all));
}
