// The dataset switcher and the datasets kept in this browser: a dataset opened from files survives a reload,
// the switcher lists and opens the bundled and kept ones, removes a kept one, and storage failures are messages.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { createDatasetRegistry } from '../../src/data/dataset-registry';
import { BUNDLED_DATASETS } from '../../src/data/bundled';
import { createDatasetStore } from '../../src/data/stored-datasets';
import { openBundledMi6 } from './render-app';
import minimalGraph from '../fixtures/valid-minimal/graph.json';
import minimalSource from '../fixtures/valid-minimal/source.txt?raw';

/** The app as a page of this browser, whose IndexedDB is `browser` (fake-indexeddb; null for none). */
function renderPage(url: string, browser: IDBFactory | null) {
  window.history.replaceState(null, '', url);
  const registry = createDatasetRegistry(BUNDLED_DATASETS, 12, createDatasetStore(browser));
  const user = userEvent.setup();
  return { ...render(<App initial={openBundledMi6()} registry={registry} headless />), user };
}

const datasetFiles = (graph: object = minimalGraph) => [
  new File([JSON.stringify(graph)], 'graph.json', { type: 'application/json' }),
  new File([minimalSource], 'source.txt', { type: 'text/plain' }),
];

const banner = () => screen.getByRole('banner');
const switcherButton = () => screen.getByRole('button', { name: 'Datasets' });
const switcher = () => within(screen.getByRole('group', { name: 'Datasets' }));

async function openFiles(user: ReturnType<typeof userEvent.setup>, files: File[], title: string) {
  await user.upload(screen.getByLabelText('Choose graph.json and its source text'), files);
  await waitFor(() => expect(banner()).toHaveTextContent(`Open dataset: ${title}`));
}

describe('datasets kept in this browser', { timeout: 20_000 }, () => {
  it('a dataset opened from files is back after a reload, at the view the link names', async () => {
    const browser = new IDBFactory();
    const first = renderPage('/', browser);
    await openFiles(first.user, datasetFiles(), 'A memory stick from Vienna');
    // Kept once the switcher lists it (keeping is not awaited by the opening).
    await first.user.click(switcherButton());
    expect(await switcher().findByRole('button', { name: /A memory stick from Vienna/ })).toBeVisible();
    first.unmount();

    renderPage('/?dataset=valid-minimal&sel=node:gchq', browser);
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: A memory stick from Vienna'));
    expect(await screen.findByText(/^Selected GCHQ, /)).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('sel')).toBe('node:gchq');
    expect(screen.queryByRole('status', { name: 'About this link' })).not.toBeInTheDocument();
  });

  it('the switcher lists the bundled and the kept datasets with their counts, and opens either', async () => {
    const { user } = renderPage('/', new IDBFactory());
    await openFiles(user, datasetFiles(), 'A memory stick from Vienna');

    await user.click(switcherButton());
    expect(switcherButton()).toHaveAttribute('aria-expanded', 'true');
    const mi6 = await switcher().findByRole('button', { name: /What is MI6\?/ });
    expect(mi6).toHaveTextContent(/\d+ entities, \d+ relations/);
    const kept = await switcher().findByRole('button', { name: /A memory stick from Vienna/ });
    expect(kept).toHaveTextContent(/4 entities, 3 relations · from graph\.json · opened .+ · open now/);
    // The open dataset cannot be removed from under the user.
    expect(switcher().queryByRole('button', { name: /Remove “A memory stick/ })).not.toBeInTheDocument();

    await user.click(mi6);
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: What is MI6?'));
    expect(switcherButton()).toHaveAttribute('aria-expanded', 'false');
    expect(switcherButton()).toHaveFocus();

    await user.click(switcherButton());
    await user.click(await switcher().findByRole('button', { name: /^A memory stick from Vienna/ }));
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: A memory stick from Vienna'));
    expect(new URLSearchParams(window.location.search).get('dataset')).toBe('valid-minimal');
  });

  it('opens from the keyboard with the first dataset focused; Esc closes it and gives the keyboard back', async () => {
    const { user } = renderPage('/', new IDBFactory());
    switcherButton().focus();
    await user.keyboard('{Enter}');
    const mi6 = await switcher().findByRole('button', { name: /What is MI6\?/ });
    await waitFor(() => expect(mi6).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(switcherButton()).toHaveAttribute('aria-expanded', 'false');
    expect(switcherButton()).toHaveFocus();
  });

  it('removes a kept dataset: gone from the list, and a link to it says it is not kept', async () => {
    const browser = new IDBFactory();
    const { user, unmount } = renderPage('/', browser);
    await openFiles(user, datasetFiles(), 'A memory stick from Vienna');
    await user.click(switcherButton());
    await user.click(await switcher().findByRole('button', { name: /What is MI6\?/ }));
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: What is MI6?'));

    await user.click(switcherButton());
    await user.click(
      await switcher().findByRole('button', {
        name: 'Remove “A memory stick from Vienna” from this browser',
      }),
    );
    expect(await switcher().findByRole('status')).toHaveTextContent(
      'Removed “A memory stick from Vienna” from this browser.',
    );
    expect(switcher().queryByRole('button', { name: /^A memory stick from Vienna/ })).not.toBeInTheDocument();
    unmount();

    renderPage('/?dataset=valid-minimal', browser);
    expect(await screen.findByRole('status', { name: 'About this link' })).toHaveTextContent(
      /“valid-minimal” is not open in this session, nor kept in this browser/,
    );
    expect(banner()).toHaveTextContent('Open dataset: What is MI6?');
  });

  it('without IndexedDB a dataset still opens, and the header says it could not be kept', async () => {
    const { user } = renderPage('/', null);
    await openFiles(user, datasetFiles(), 'A memory stick from Vienna');
    expect(await screen.findByRole('status', { name: 'Kept in this browser' })).toHaveTextContent(
      /could not be kept in this browser: this browser has no IndexedDB.*stays open until the page is closed/,
    );
    await user.click(switcherButton());
    expect(await switcher().findByText(/Datasets cannot be kept in this browser/)).toBeVisible();
  });
});
