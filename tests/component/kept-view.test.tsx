// Keeping the view: each dataset comes back as the user left it (a reload, or returning from another dataset), a
// link's own view wins over the kept one, and "Reset view" returns to the dataset's own defaults.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { createDatasetRegistry } from '../../src/data/dataset-registry';
import { BUNDLED_DATASETS } from '../../src/data/bundled';
import { createDatasetStore } from '../../src/data/stored-datasets';
import { createKeptViews, KEPT_VIEWS_KEY } from '../../src/data/kept-views';
import { INITIAL_VIEW } from '../../src/state/view-state';
import { openAllSections, openBundledMi6 } from './render-app';
import minimalGraph from '../fixtures/valid-minimal/graph.json';
import minimalSource from '../fixtures/valid-minimal/source.txt?raw';

/** The app as a page of this browser (its localStorage is jsdom's, its IndexedDB `browser`). */
function renderPage(url: string, browser = new IDBFactory()) {
  window.history.replaceState(null, '', url);
  const registry = createDatasetRegistry(BUNDLED_DATASETS, 12, createDatasetStore(browser));
  const user = userEvent.setup();
  return { ...render(<App initial={openBundledMi6()} registry={registry} headless />), user };
}

const selected = (name: string) => screen.findByText(new RegExp(`^Selected ${name}, `));
const nothingSelected = () => expect(screen.queryByText(/^Selected /)).not.toBeInTheDocument();
const keptFor = (id: string) => createKeptViews().read(id);
const areaFilter = () => screen.getByRole('checkbox', { name: /^Cyber security/ });

describe('the view kept per dataset', { timeout: 20_000 }, () => {
  it('a reload of the bare page shows MI6 as it was left: selection, filters and layout', async () => {
    const first = renderPage('/?dataset=mi6&sel=node:gchq&areas=cyber-security&layout=concentric');
    expect(await selected('GCHQ')).toBeInTheDocument();
    await waitFor(() => expect(keptFor('mi6')?.view.selection).toEqual({ kind: 'node', id: 'gchq' }));
    first.unmount();

    openAllSections();
    renderPage('/');
    expect(await selected('GCHQ')).toBeInTheDocument();
    expect(areaFilter()).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Layout' })).toHaveValue('concentric');
    // The URL names what is shown, so the link can be shared.
    expect(new URLSearchParams(window.location.search).get('sel')).toBe('node:gchq');
  });

  it("a link's own view wins over the kept one", async () => {
    createKeptViews().write('mi6', 'any', { ...INITIAL_VIEW, selection: { kind: 'node', id: 'gchq' } }, {});
    renderPage('/?dataset=mi6&sel=node:mi5');
    expect(await selected('MI5')).toBeInTheDocument();
    expect(screen.queryByText(/^Selected GCHQ, /)).not.toBeInTheDocument();
  });

  it('returning to a dataset from the switcher shows it as it was left', async () => {
    const { user } = renderPage('/?dataset=mi6&sel=node:gchq');
    expect(await selected('GCHQ')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Choose graph.json and its source text'), [
      new File([JSON.stringify(minimalGraph)], 'graph.json', { type: 'application/json' }),
      new File([minimalSource], 'source.txt', { type: 'text/plain' }),
    ]);
    await waitFor(() =>
      expect(screen.getByRole('banner')).toHaveTextContent('Open dataset: A memory stick from Vienna'),
    );
    nothingSelected();

    await user.click(screen.getByRole('button', { name: 'Datasets' }));
    const switcher = within(screen.getByRole('group', { name: 'Datasets' }));
    await user.click(await switcher.findByRole('button', { name: /What is MI6\?/ }));
    expect(await selected('GCHQ')).toBeInTheDocument();
  });

  it("Reset view returns to the dataset's defaults and forgets what was kept", async () => {
    openAllSections();
    const { user } = renderPage('/?dataset=mi6&sel=node:gchq&areas=cyber-security');
    expect(await selected('GCHQ')).toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem(KEPT_VIEWS_KEY)).not.toBeNull());

    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    nothingSelected();
    expect(areaFilter()).not.toBeChecked();
    expect(new URLSearchParams(window.location.search).get('areas')).toBeNull();
    await waitFor(() => expect(keptFor('mi6')).toBeNull());
  });
});
