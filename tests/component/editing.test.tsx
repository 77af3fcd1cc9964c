// Editing by hand: words selected in the reader become an entity or evidence, Details edits and deletes, and
// every edit is undone and redone by the buttons and the keys.
import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import minimalGraph from '../fixtures/valid-minimal/graph.json';
import minimalSource from '../fixtures/valid-minimal/source.txt?raw';
import { openDataset, type OpenDataset } from '../../src/data/open-dataset';
import { setReaderSpan } from '../../src/panels/edit/reader-selection';
import { renderApp } from './render-app';

function openMinimal(): OpenDataset {
  const result = openDataset(structuredClone(minimalGraph), minimalSource, 'graph.json');
  if (!result.ok) throw new Error('the minimal fixture does not open');
  return result.open;
}

const details = () => screen.getByRole('region', { name: 'Details' });
const reader = () => screen.getByRole('region', { name: 'Document' });
const undoButton = () => screen.getByRole('button', { name: /^Undo/ });
const redoButton = () => screen.getByRole('button', { name: /^Redo/ });

/** Selects `words` in the reader as a mouse would: the page's selection over the text node that holds them. */
function selectInReader(words: string): void {
  const body = reader().querySelector('.reader-body') as HTMLElement;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(words);
    if (at < 0) continue;
    act(() => {
      document.getSelection()?.setBaseAndExtent(node, at, node, at + words.length);
      // jsdom does not fire selectionchange itself.
      document.dispatchEvent(new Event('selectionchange'));
    });
    return;
  }
  throw new Error(`"${words}" is not one text in the reader`);
}

beforeEach(() => {
  setReaderSpan(null);
  document.getSelection()?.removeAllRanges();
});

describe('editing by hand', () => {
  it('Undo and Redo start disabled, name the edit they would take back, and work by button and by key', async () => {
    const { user, open } = renderApp('/?sel=node:anna-clarke', openMinimal());
    expect(undoButton()).toBeDisabled();
    expect(redoButton()).toBeDisabled();

    await user.click(within(details()).getByRole('button', { name: 'Delete entity' }));
    expect(within(details()).getByText(/Delete “Anna Clarke” and the relation it has\?/)).toBeInTheDocument();
    await user.click(within(details()).getByRole('button', { name: 'Delete' }));
    expect(within(details()).queryByRole('heading', { name: 'Anna Clarke' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Undo delete entity “Anna Clarke” and its relation' }),
    ).toBeEnabled();
    expect(screen.getByText(/Showing 3 of 3 entities, 2 of 2 relations/)).toBeInTheDocument();

    await user.click(undoButton());
    expect(screen.getByText(/Showing 4 of 4 entities, 3 of 3 relations/)).toBeInTheDocument();
    expect(undoButton()).toBeDisabled();
    expect(redoButton()).toHaveAccessibleName('Redo delete entity “Anna Clarke” and its relation');

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(screen.getByText(/Showing 3 of 3 entities, 2 of 2 relations/)).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByText(/Showing 4 of 4 entities, 3 of 3 relations/)).toBeInTheDocument();
    await user.keyboard('{Control>}y{/Control}');
    expect(screen.getByText(/Showing 3 of 3 entities, 2 of 2 relations/)).toBeInTheDocument();
    expect(open.dataset.nodes).toHaveLength(4); // the dataset as opened is never changed in place
  });

  it('Ctrl+Z in a text field is the field’s own undo, not the graph’s', async () => {
    const { user } = renderApp('/?sel=node:anna-clarke', openMinimal());
    await user.click(within(details()).getByRole('button', { name: 'Delete entity' }));
    await user.click(within(details()).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('combobox', { name: 'Search entities' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByText(/Showing 3 of 3 entities/)).toBeInTheDocument();
  });

  it('words selected in the reader become a new entity, selected, resting on those words; Undo takes it away', async () => {
    const { user } = renderApp('/', openMinimal());
    selectInReader('Vienna');
    const bar = within(reader()).getByRole('group', { name: 'Selected words' });
    expect(bar).toHaveTextContent('Selected: “Vienna”');

    await user.click(within(bar).getByRole('button', { name: 'Add entity' }));
    const form = within(bar).getByRole('form', { name: 'New entity' });
    expect(within(form).getByRole('textbox', { name: 'Label' })).toHaveValue('Vienna');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Type' }), 'Place');
    await user.click(within(form).getByRole('button', { name: 'Add' }));

    expect(within(details()).getByRole('heading', { level: 3, name: 'Vienna' })).toBeInTheDocument();
    expect(within(details()).getByText('Place')).toBeInTheDocument();
    // Its passage is the selected words, now a highlight in the reader.
    expect(within(reader()).getByRole('link', { name: /^Vienna/ })).toBeInTheDocument();
    expect(screen.getByText(/Showing 5 of 5 entities/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo add entity “Vienna”' }));
    expect(screen.getByText(/Showing 4 of 4 entities/)).toBeInTheDocument();
    expect(within(details()).queryByRole('heading', { level: 3, name: 'Vienna' })).not.toBeInTheDocument();
  });

  it('words selected in the reader are added as evidence to the selected node', async () => {
    const { user } = renderApp('/?sel=node:gchq', openMinimal());
    selectInReader('Vienna');
    await user.click(within(reader()).getByRole('button', { name: 'Add as evidence to “GCHQ”' }));
    await user.click(within(details()).getByText('Passages of this entity'));
    expect(within(details()).getByRole('button', { name: 'Remove passage 2: “Vienna”' })).toBeInTheDocument();
    expect(undoButton()).toHaveAccessibleName('Undo add evidence to “GCHQ”');
  });

  it('Add relation joins the selected node to another, with the selected words as its evidence', async () => {
    const { user } = renderApp('/?sel=node:anna-clarke', openMinimal());
    await user.click(within(details()).getByRole('button', { name: 'Add relation' }));
    const form = within(details()).getByRole('form', { name: 'Add a relation to “Anna Clarke”' });
    // Without selected words there is no evidence, and the form says so.
    expect(
      within(form).getByText(/Select the words in the document that show this relation/),
    ).toBeInTheDocument();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Other entity' }), 'GCHQ');
    await user.type(within(form).getByRole('textbox', { name: /Label/ }), 'hands the stick to');
    expect(within(form).getByRole('button', { name: 'Add relation' })).toBeDisabled();

    selectInReader('Vienna');
    expect(within(form).getByText('Evidence: “Vienna”')).toBeInTheDocument();
    expect(within(form).getByText('Reads: Anna Clarke hands the stick to GCHQ')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Add relation' }));
    expect(screen.getByText(/4 of 4 relations/)).toBeInTheDocument();
    expect(
      within(details()).getAllByRole('button', { name: /Anna Clarke hands the stick to GCHQ/ })[0],
    ).toBeInTheDocument();
  });

  it('edits a node’s label, type and summary in one undoable step', async () => {
    const { user } = renderApp('/?sel=node:anna-clarke', openMinimal());
    await user.click(within(details()).getByRole('button', { name: 'Edit entity' }));
    const form = within(details()).getByRole('form', { name: 'Edit entity “Anna Clarke”' });
    const label = within(form).getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, 'Anna C.');
    const summary = within(form).getByRole('textbox', { name: 'Summary' });
    await user.clear(summary);
    await user.type(summary, 'Our officer in Vienna.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(details()).getByRole('heading', { level: 3, name: 'Anna C.' })).toBeInTheDocument();
    expect(within(details()).getByText('Our officer in Vienna.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo edit entity “Anna Clarke”' }));
    expect(within(details()).getByRole('heading', { level: 3, name: 'Anna Clarke' })).toBeInTheDocument();
  });

  it('removing the last passage of an element is refused with a reason', async () => {
    const { user } = renderApp('/?sel=node:mi6', openMinimal());
    await user.click(within(details()).getByText('Passages of this entity'));
    await user.click(within(details()).getByRole('button', { name: /^Remove passage 1/ }));
    expect(within(details()).getByRole('status', { name: '' })).toHaveTextContent(
      /“MI6” has only this passage/,
    );
    expect(undoButton()).toBeDisabled();
  });

  it('Shift with the arrow keys selects words in the reader from the highlight that has the keyboard', async () => {
    const { user } = renderApp('/', openMinimal());
    const first = within(reader()).getAllByRole('link')[0] as HTMLElement;
    act(() => first.focus());
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{/Shift}');
    act(() => {
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(within(reader()).getByRole('group', { name: 'Selected words' })).toHaveTextContent(
      'Selected: “MI6”',
    );
    await user.keyboard('{Control>}{Shift>}{ArrowRight}{/Shift}{/Control}');
    act(() => {
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(within(reader()).getByRole('group', { name: 'Selected words' })).toHaveTextContent(
      'Selected: “MI6 works”',
    );
  });
});

describe('keeping edits', () => {
  it('when the browser cannot keep an edit, a message says so and the edit stays open', async () => {
    // jsdom has no IndexedDB: the same answer as a private window or a full disk.
    const { user } = renderApp('/?sel=node:anna-clarke', openMinimal());
    await user.click(within(details()).getByRole('button', { name: 'Delete entity' }));
    await user.click(within(details()).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Your edits to “A memory stick from Vienna” could not be kept in this browser: .*IndexedDB.*export a bundle/,
    );
    expect(screen.getByText(/Showing 3 of 3 entities/)).toBeInTheDocument();
  });

  it('a tab is told when another tab saved the same case', async () => {
    renderApp('/', openMinimal());
    const otherTab = new BroadcastChannel('dossier');
    otherTab.postMessage({ type: 'saved', tab: 'another', datasetId: 'valid-minimal' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This case was changed in another tab — reload to see the changes.',
    );
    expect(screen.getByRole('button', { name: 'Keep this tab’s version' })).toBeInTheDocument();
    otherTab.close();
  });
});
