// Starting a new case from a text: the dialog, what the app shows afterwards (the text, an empty graph that says
// so), the link that names it, a reload that brings it back, and a lone text file offered as a case.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { createDatasetRegistry } from '../../src/data/dataset-registry';
import { BUNDLED_DATASETS } from '../../src/data/bundled';
import { createDatasetStore } from '../../src/data/stored-datasets';
import { openAllSections, openBundledMi6 } from './render-app';

beforeEach(openAllSections);

// A dialog comes in through React.lazy and Suspense: on a busy machine its first render can outlast findBy's one
// second, so it is waited for longer (a wait for the dialog, not a fixed sleep).
const DIALOG_WAIT = { timeout: 5_000 };

// The dialogs load on first use (a chunk of their own in the browser); here that is a module transformed on first
// import, which on a busy machine outlasts findBy's wait. Loaded before the tests, as setup.ts does for the opener.
await Promise.all([
  import('../../src/panels/case/NewCaseDialog'),
  import('../../src/panels/case/AddDocumentDialog'),
]);

const TEXT =
  'Anna Clarke met the liaison officer in Vienna on Tuesday. <b>She</b> handed over a memory stick.';

function renderPage(url: string, browser: IDBFactory) {
  window.history.replaceState(null, '', url);
  const registry = createDatasetRegistry(BUNDLED_DATASETS, 12, createDatasetStore(browser));
  const user = userEvent.setup();
  return { ...render(<App initial={openBundledMi6()} registry={registry} headless />), user };
}

const banner = () => screen.getByRole('banner');
const dialog = () => within(screen.getByRole('dialog', { name: 'New case' }));
/** Clicks "New case" and waits for its dialog, which loads on first use. */
async function openNewCase(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'New case' }));
  await screen.findByRole('dialog', { name: 'New case' }, DIALOG_WAIT);
}
const reader = () => within(screen.getByRole('region', { name: 'Document' }));
const datasetParam = () => new URLSearchParams(window.location.search).get('dataset');

describe('a new case', { timeout: 20_000 }, () => {
  it('pasting a text and creating a case shows the text, an empty graph that says so, and the link names it', async () => {
    const browser = new IDBFactory();
    const { user, unmount } = renderPage('/', browser);
    await openNewCase(user);
    expect(dialog().getByRole('textbox', { name: 'Title' })).toHaveValue('Untitled case');
    await user.clear(dialog().getByRole('textbox', { name: 'Title' }));
    await user.type(dialog().getByRole('textbox', { name: 'Title' }), 'Vienna notes');
    await user.click(dialog().getByRole('textbox', { name: 'Text' }));
    await user.paste(TEXT);
    await user.click(dialog().getByRole('button', { name: 'Create case' }));

    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: Vienna notes (new case)'));
    expect(screen.queryByRole('dialog', { name: 'New case' })).not.toBeInTheDocument();
    // The text is text: the "<b>" in it is shown as written, not made bold.
    expect(reader().getByText(TEXT)).toBeInTheDocument();
    expect(
      screen.getByText('No entities yet. Select words in the text to add one, or ask for suggestions.'),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByText(/^Showing 0 of 0 entities, 0 of 0 relations/)).toBeInTheDocument();
    await waitFor(() => expect(datasetParam()).toBe('vienna-notes'));

    // Kept at once: a reload of the page at its link opens it again.
    await user.click(screen.getByRole('button', { name: 'Datasets' }));
    expect(
      await within(screen.getByRole('group', { name: 'Datasets' })).findByRole('button', {
        name: /^Vienna notes/,
      }),
    ).toBeInTheDocument();
    unmount();
    renderPage('/?dataset=vienna-notes', browser);
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: Vienna notes'));
    expect(reader().getByText(TEXT)).toBeInTheDocument();
  });

  it('an empty graph leaves the entities list, the legend, the filters and the tracer working', async () => {
    const { user } = renderPage('/', new IDBFactory());
    await openNewCase(user);
    await user.click(dialog().getByRole('textbox', { name: 'Text' }));
    await user.paste(TEXT);
    await user.click(dialog().getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: Untitled case (new case)'));

    // Nothing to list yet, and nothing broken: no "NaN", no "undefined", the counts at zero.
    for (const name of ['Legend', 'Filters', 'Case study tracer', 'Graph']) {
      const region = screen.queryByRole('region', { name });
      if (region) expect(region).not.toHaveTextContent(/NaN|undefined/);
    }
    // The legend's headings say there is nothing under them yet, rather than standing over nothing.
    const legend = within(screen.getByRole('region', { name: 'Legend' }));
    expect(legend.getByText('None yet: a type shows here once an entity has it.')).toBeInTheDocument();
    expect(
      legend.getByText('None yet: a relation type shows here once a relation has it.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Entities list' }));
    expect(screen.getByRole('region', { name: 'Entities list' })).not.toHaveTextContent(/NaN|undefined/);
    await user.click(screen.getByRole('button', { name: 'Graph' }));
    expect(screen.getByText(/^No entities yet\./)).toBeInTheDocument();
  });

  it('a blank text is refused in the dialog, which stays open with what was typed', async () => {
    const { user } = renderPage('/', new IDBFactory());
    await openNewCase(user);
    await user.click(dialog().getByRole('button', { name: 'Create case' }));
    expect(await dialog().findByRole('alert')).toHaveTextContent('The text is empty');
    expect(banner()).toHaveTextContent('Open dataset: What is MI6?');
    await user.click(dialog().getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'New case' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New case' })).toHaveFocus();
  });

  it('choosing a text file fills the text and the title from it; a file that is not UTF-8 is named', async () => {
    const { user } = renderPage('/', new IDBFactory());
    await openNewCase(user);
    const latin1 = new File([new Uint8Array([0x43, 0x61, 0x66, 0xe9])], 'cafe.txt', { type: 'text/plain' });
    await user.upload(dialog().getByLabelText('Text file for the new case'), latin1);
    expect(await dialog().findByRole('alert')).toHaveTextContent(/^cafe\.txt is not UTF-8/);

    await user.upload(
      dialog().getByLabelText('Text file for the new case'),
      new File([TEXT], 'vienna_report.md', { type: 'text/markdown' }),
    );
    await waitFor(() => expect(dialog().getByRole('textbox', { name: 'Text' })).toHaveValue(TEXT));
    expect(dialog().getByRole('textbox', { name: 'Title' })).toHaveValue('vienna report');
    await user.click(dialog().getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: vienna report (new case)'));
    expect(reader().getByText('vienna report')).toBeInTheDocument();
  });

  it('opening a lone text file offers to start a case from it instead of an error', async () => {
    const { user } = renderPage('/', new IDBFactory());
    await user.upload(
      screen.getByLabelText('Choose graph.json and its source text'),
      new File([TEXT], 'notes.txt', { type: 'text/plain' }),
    );
    const offer = await screen.findByRole('button', { name: 'Start a new case from notes.txt' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(offer);
    await screen.findByRole('dialog', { name: 'New case' }, DIALOG_WAIT);
    expect(dialog().getByRole('textbox', { name: 'Title' })).toHaveValue('notes');
    await waitFor(() => expect(dialog().getByRole('textbox', { name: 'Text' })).toHaveValue(TEXT));
    await user.click(dialog().getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: notes (new case)'));
    await waitFor(() => expect(datasetParam()).toBe('notes'));
  });
});

describe('more documents in a case', { timeout: 20_000 }, () => {
  it('Add document… adds a pasted text as another document, shown at once, and Undo takes it back', async () => {
    const { user } = renderPage('/', new IDBFactory());
    await openNewCase(user);
    await user.click(dialog().getByRole('textbox', { name: 'Text' }));
    await user.paste(TEXT);
    await user.click(dialog().getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: Untitled case (new case)'));

    await user.click(reader().getByRole('button', { name: 'Add document…' }));
    const add = within(await screen.findByRole('dialog', { name: 'Add document' }, DIALOG_WAIT));
    await user.type(add.getByRole('textbox', { name: 'Document title' }), 'Second report');
    await user.click(add.getByRole('textbox', { name: 'Text' }));
    await user.paste('The officer reported the meeting to London.');
    await user.click(add.getByRole('button', { name: 'Add document' }));

    expect(screen.queryByRole('dialog', { name: 'Add document' })).not.toBeInTheDocument();
    expect(reader().getByText('The officer reported the meeting to London.')).toBeInTheDocument();
    expect(reader().getByRole('combobox', { name: /Document/ })).toHaveDisplayValue('Second report');
    // Nothing quotes it yet, so it can go again.
    expect(reader().getByRole('button', { name: 'Remove document' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Undo add document “Second report”' }));
    expect(reader().queryByRole('combobox', { name: /Document/ })).not.toBeInTheDocument();
    expect(reader().getByText(TEXT)).toBeInTheDocument();
  });
});
