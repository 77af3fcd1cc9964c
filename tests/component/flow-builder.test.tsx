// Building a flow by hand in the tracer's panel: New flow, a relation picked, Add step, the next, reordered,
// renamed and removed, each one step of Undo; a dataset without flows says so instead of showing nothing.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDataset, type OpenDataset } from '../../src/data/open-dataset';
import { setReaderSpan } from '../../src/panels/edit/reader-selection';
import { openAllSections, renderApp } from './render-app';
import fraudGraph from '../fixtures/valid-own-vocabulary/graph.json';
import indictment from '../fixtures/valid-own-vocabulary/indictment.txt?raw';
import statement from '../fixtures/valid-own-vocabulary/statement.txt?raw';

beforeEach(() => {
  openAllSections();
  setReaderSpan(null);
  document.getSelection()?.removeAllRanges();
});

/** The fraud case: five entities, five relations, no flows. */
function openFraudCase(): OpenDataset {
  const texts = new Map([
    ['indictment', indictment],
    ['statement', statement],
  ]);
  const result = openDataset(structuredClone(fraudGraph), texts, 'valid-own-vocabulary/graph.json');
  if (!result.ok) throw new Error('the fraud fixture does not open');
  return result.open;
}

const tracer = () => within(screen.getByRole('region', { name: 'Case study tracer' }));
const details = () => within(screen.getByRole('region', { name: 'Details' }));
const steps = () => within(tracer().getByRole('list', { name: 'Steps of this flow' }));
const stepTexts = () =>
  steps()
    .getAllByRole('listitem')
    .map((li) => li.querySelector('p')?.textContent);

describe('building a flow', () => {
  it('a dataset with no flows says so, and offers New flow', () => {
    renderApp('/', openFraudCase());
    expect(tracer().getByText('No flows yet.')).toBeInTheDocument();
    expect(tracer().getByRole('button', { name: 'New flow' })).toBeEnabled();
    expect(tracer().queryByRole('button', { name: 'Trace the case study' })).not.toBeInTheDocument();
  });

  it('picks relations in order into a new flow, moves a step, undoes, and removes the flow', async () => {
    const { user } = renderApp('/?sel=node:marta-kovac', openFraudCase());

    await user.click(tracer().getByRole('button', { name: 'New flow' }));
    await user.type(tracer().getByRole('textbox', { name: 'Flow title' }), 'The money trail');
    await user.click(tracer().getByRole('button', { name: 'Start flow' }));
    // Nothing to add yet: an entity is selected, but the draft waits for Add step.
    await user.click(
      details().getByRole('button', { name: 'Passages: Marta Kovac directs Bellweather Trading Ltd' }),
    );

    await user.click(tracer().getByRole('button', { name: 'Add step' }));
    const form = within(tracer().getByRole('form', { name: 'Add step 1 to “The money trail”' }));
    expect(form.getByRole('textbox', { name: 'Step title' })).toHaveValue(
      'Marta Kovac directs Bellweather Trading Ltd',
    );
    expect(
      form.getByText(/Passage: the relation’s own passage: “Marta Kovac directs Bellweather/),
    ).toBeInTheDocument();
    await user.click(form.getByRole('button', { name: 'Add step' }));

    // The flow now exists, is the tracer's, and shows step 1 with its title and passage.
    expect(tracer().getByText('The money trail')).toBeInTheDocument();
    expect(stepTexts()).toEqual(['1. Marta Kovac directs Bellweather Trading Ltd']);
    expect(steps().getByText('“Marta Kovac directs Bellweather Trading Ltd”')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo add flow “The money trail” with step 1' })).toBeEnabled();

    // The next relation, on from Bellweather.
    await user.click(screen.getByRole('button', { name: 'Entities list' }));
    const list = within(screen.getByRole('region', { name: 'Entities list' }));
    await user.click(list.getByRole('button', { name: 'Bellweather Trading Ltd' }));
    await user.click(
      details().getByRole('button', {
        name: 'Passages: Bellweather Trading Ltd transferred the proceeds to Account at Nordbank',
      }),
    );
    await user.click(tracer().getByRole('button', { name: 'Add step' }));
    await user.clear(tracer().getByRole('textbox', { name: 'Step title' }));
    await user.type(tracer().getByRole('textbox', { name: 'Step title' }), 'The proceeds reach Nordbank');
    await user.click(tracer().getByRole('button', { name: 'Add step' }));
    expect(stepTexts()).toEqual([
      '1. Marta Kovac directs Bellweather Trading Ltd',
      '2. The proceeds reach Nordbank',
    ]);

    await user.click(tracer().getByRole('button', { name: 'Move step 2 earlier' }));
    expect(stepTexts()).toEqual([
      '1. The proceeds reach Nordbank',
      '2. Marta Kovac directs Bellweather Trading Ltd',
    ]);
    // One move is one step of Undo, though it changes two steps' orders.
    await user.click(screen.getByRole('button', { name: 'Undo move step 2 earlier in “The money trail”' }));
    expect(stepTexts()).toEqual([
      '1. Marta Kovac directs Bellweather Trading Ltd',
      '2. The proceeds reach Nordbank',
    ]);

    // Tracing it walks the steps in that order.
    await user.click(tracer().getByRole('button', { name: 'Trace the case study' }));
    expect(tracer().getByRole('heading', { level: 3 })).toHaveTextContent('Marta Kovac directs Bellweather');
    await user.click(tracer().getByRole('button', { name: /Next/ }));
    expect(tracer().getByRole('heading', { level: 3 })).toHaveTextContent('The proceeds reach Nordbank');
    await user.click(tracer().getByRole('button', { name: 'Stop tracing' }));

    await user.click(tracer().getByRole('button', { name: 'Edit flow' }));
    await user.click(tracer().getByRole('button', { name: 'Delete flow' }));
    await user.click(
      within(tracer().getByRole('group', { name: 'Delete flow “The money trail”' })).getByRole('button', {
        name: 'Delete flow',
      }),
    );
    expect(tracer().getByText('No flows yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo delete flow “The money trail”' }));
    expect(tracer().getByText('The money trail')).toBeInTheDocument();
  });
});
