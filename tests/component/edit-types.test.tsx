// The Types editor: adding, renaming, recolouring and removing an unused type of the open dataset, each one step
// of Undo, with the canvas drawn in the new colour; a used type cannot be removed and says by how many.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { canvas } from './capture-cytoscape';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import minimalGraph from '../fixtures/valid-minimal/graph.json';
import minimalSource from '../fixtures/valid-minimal/source.txt?raw';
import { openDataset, type OpenDataset } from '../../src/data/open-dataset';
import { openAllSections, renderApp } from './render-app';

beforeEach(openAllSections);

// A dialog comes in through React.lazy and Suspense: on a busy machine its first render can outlast findBy's one
// second, so it is waited for longer (a wait for the dialog, not a fixed sleep).
const DIALOG_WAIT = { timeout: 5_000 };

// The dialogs load on first use (a chunk of their own in the browser); here that is a module transformed on first
// import, which on a busy machine outlasts findBy's wait. Loaded before the tests, as setup.ts does for the opener.
await Promise.all([import('../../src/panels/vocabulary/TypesDialog')]);

// The canvas's Cytoscape instance, handed to the test (capture-cytoscape.ts).
vi.mock('react-cytoscapejs', async (importOriginal) =>
  (await import('./capture-cytoscape')).captureCytoscape(importOriginal),
);

function openMinimal(): OpenDataset {
  const result = openDataset(structuredClone(minimalGraph), minimalSource, 'graph.json');
  if (!result.ok) throw new Error('the minimal fixture does not open');
  return result.open;
}

const types = () => within(screen.getByRole('dialog', { name: 'Types' }));
const typeGroup = (name: string) => within(types().getByRole('group', { name }));
const colourOf = (id: string) => canvas.cy?.getElementById(id).data('colour') as string;
const undo = () => screen.getByRole('button', { name: /^Undo/ });

describe('editing the types', { timeout: 20_000 }, () => {
  it('recolours an entity type on the canvas as one undoable step, the other types looking as before', async () => {
    const { user } = renderApp('/', openMinimal());
    await waitFor(() => expect(colourOf('mi6')).toMatch(/^#/));
    const agencyBefore = colourOf('mi6');
    const personBefore = colourOf('anna-clarke');
    await user.click(screen.getByRole('button', { name: 'Edit types' }));
    await screen.findByRole('dialog', { name: 'Types' }, DIALOG_WAIT);

    // A used type says why it cannot be removed.
    const remove = typeGroup('Agency').getByRole('button', { name: 'Remove Agency' });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription('used by 2 entities');

    fireEvent.change(typeGroup('Agency').getByLabelText('Colour'), { target: { value: '#123456' } });
    await waitFor(() => expect(colourOf('mi6')).toBe('#123456'));
    expect(colourOf('gchq')).toBe('#123456');
    // The dataset declared no types: it got a copy of the built-in ones, so the rest look the same.
    expect(colourOf('anna-clarke')).toBe(personBefore);
    expect(undo()).toHaveAccessibleName('Undo recolour type “Agency”');

    await user.click(undo());
    await waitFor(() => expect(colourOf('mi6')).toBe(agencyBefore));
    expect(typeGroup('Agency').getByLabelText('Colour')).toHaveValue(agencyBefore.toLowerCase());
  });

  it('adds, renames and removes an unused type, each one step of Undo', async () => {
    const { user } = renderApp('/', openMinimal());
    await user.click(screen.getByRole('button', { name: 'Edit types' }));
    await screen.findByRole('dialog', { name: 'Types' }, DIALOG_WAIT);
    await user.type(types().getByRole('textbox', { name: 'New entity type' }), 'Vehicle');
    await user.click(types().getByRole('button', { name: 'Add entity type' }));
    expect(typeGroup('Vehicle').getByRole('textbox', { name: 'Plural' })).toHaveValue('Vehicles');

    const name = typeGroup('Vehicle').getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Car{Enter}');
    expect(typeGroup('Car').getByRole('textbox', { name: 'Name' })).toHaveValue('Car');
    expect(undo()).toHaveAccessibleName('Undo rename type “Vehicle”');

    await user.click(typeGroup('Car').getByRole('button', { name: 'Remove Car' }));
    expect(types().queryByRole('group', { name: 'Car' })).not.toBeInTheDocument();

    await user.click(undo());
    expect(types().getByRole('group', { name: 'Car' })).toBeInTheDocument();
    await user.click(undo());
    expect(types().getByRole('group', { name: 'Vehicle' })).toBeInTheDocument();
    await user.click(undo());
    expect(types().queryByRole('group', { name: 'Vehicle' })).not.toBeInTheDocument();

    await user.type(types().getByRole('textbox', { name: 'New relation type' }), 'Pays');
    await user.click(types().getByRole('button', { name: 'Add relation type' }));
    expect(typeGroup('Pays').getByRole('combobox', { name: 'Family' })).toHaveDisplayValue('Other relations');
    expect(
      typeGroup('works with').getByRole('button', { name: 'Remove works with' }),
    ).toHaveAccessibleDescription('used by 1 relation');

    await user.click(types().getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Types' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit types' })).toHaveFocus();
  });
});
