// Building a flow by hand in the tracer's panel: New flow, a relation picked, Add step, the next, reordered,
// renamed and removed, each one step of Undo; a dataset without flows says so instead of showing nothing.
import { act, screen, within } from '@testing-library/react';
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

/** Selects `words` in the reader as a mouse would: the page's selection over the text node that holds them. */
function selectInReader(words: string): void {
  const body = screen.getByRole('region', { name: 'Document' }).querySelector('.reader-body') as HTMLElement;
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

type User = ReturnType<typeof renderApp>['user'];

/** A new flow with one step on the selected element, made through the panel. */
async function newFlowWithOneStep(user: User, title: string): Promise<void> {
  await user.click(tracer().getByRole('button', { name: 'New flow' }));
  await user.type(await tracer().findByRole('textbox', { name: 'Flow title' }), title);
  await user.click(tracer().getByRole('button', { name: 'Start flow' }));
  await user.click(tracer().getByRole('button', { name: 'Add step' }));
  await user.click(tracer().getByRole('button', { name: 'Add step' }));
}

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
    await user.type(await tracer().findByRole('textbox', { name: 'Flow title' }), 'The money trail');
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
    // The keyboard is where the next step is added, not thrown back to the page.
    expect(tracer().getByRole('button', { name: 'Add step' })).toHaveFocus();

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
    // The keyboard follows the moved step.
    expect(tracer().getByRole('button', { name: 'Edit step 1' })).toHaveFocus();
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

  it('a flow built by hand is traced step by step with Next', async () => {
    const { user } = renderApp('/?sel=edge:kovac-directs-bellweather', openFraudCase());
    await newFlowWithOneStep(user, 'Two steps');
    await user.click(details().getByRole('button', { name: /^Bellweather Trading Ltd/ }));
    await user.click(
      details().getByRole('button', {
        name: 'Passages: Bellweather Trading Ltd transferred the proceeds to Account at Nordbank',
      }),
    );
    await user.click(tracer().getByRole('button', { name: 'Add step' }));
    await user.click(tracer().getByRole('button', { name: 'Add step' }));
    await user.click(tracer().getByRole('button', { name: 'Trace the case study' }));
    expect(tracer().getByRole('heading', { level: 3 })).toHaveTextContent('Marta Kovac directs Bellweather');
    await user.click(tracer().getByRole('button', { name: /Next/ }));
    expect(tracer().getByRole('heading', { level: 3 })).toHaveTextContent(
      'Bellweather Trading Ltd transferred the proceeds to Account at Nordbank',
    );
    // The builder is out of the way while tracing (the graph it picks from is under the story view), and back after.
    expect(tracer().queryByRole('button', { name: 'New flow' })).not.toBeInTheDocument();
    await user.click(tracer().getByRole('button', { name: 'Stop tracing' }));
    expect(tracer().getByRole('button', { name: 'New flow' })).toBeInTheDocument();
  });

  it('a step rests on the words selected in the text when there are some, and says so', async () => {
    const { user } = renderApp('/?sel=edge:vos-holds-nordbank', openFraudCase());
    selectInReader('held by Pieter Vos');
    await user.click(tracer().getByRole('button', { name: 'New flow' }));
    await user.type(await tracer().findByRole('textbox', { name: 'Flow title' }), 'Where the money went');
    await user.click(tracer().getByRole('button', { name: 'Start flow' }));
    await user.click(tracer().getByRole('button', { name: 'Add step' }));
    expect(
      tracer().getByText('Passage: the words selected in the text: “held by Pieter Vos”'),
    ).toBeInTheDocument();
    expect(tracer().getByRole('textbox', { name: 'Step title' })).toHaveValue(
      'Pieter Vos holds Account at Nordbank',
    );
    await user.type(tracer().getByRole('textbox', { name: 'Summary (optional)' }), 'The account is his.');
    await user.click(tracer().getByRole('button', { name: 'Add step' }));
    expect(steps().getByText('“held by Pieter Vos”')).toBeInTheDocument();
    // The words are used: the next step would rest on the relation's own passage unless new words are chosen.
    await user.click(tracer().getByRole('button', { name: 'Add step' }));
    expect(tracer().getByText(/^Passage: the relation’s own passage/)).toBeInTheDocument();
  });

  it('an entity selected becomes a step on that entity alone', async () => {
    const { user } = renderApp('/?sel=node:pieter-vos', openFraudCase());
    await newFlowWithOneStep(user, 'Vos');
    expect(stepTexts()).toEqual(['1. Pieter Vos']);
    // Esc closes the Add step form and gives the keyboard back to Add step; the selection stays.
    await user.click(tracer().getByRole('button', { name: 'Add step' }));
    await user.keyboard('{Escape}');
    expect(tracer().queryByRole('form', { name: 'Add step 2 to “Vos”' })).not.toBeInTheDocument();
    expect(tracer().getByRole('button', { name: 'Add step' })).toHaveFocus();
    expect(details().getByRole('heading', { name: 'Pieter Vos' })).toBeInTheDocument();
  });

  it('edits a step’s title and summary, renames the flow, and removes a step, each undone in one go', async () => {
    const { user } = renderApp('/?sel=edge:kovac-directs-bellweather', openFraudCase());
    await newFlowWithOneStep(user, 'Kovac');
    // The same relation again is allowed (a story may come back to it), and said.
    expect(
      tracer().getByText(/^Step 2 from the selected relation: .* \(already step 1\)$/),
    ).toBeInTheDocument();
    await user.click(tracer().getByRole('button', { name: 'Add step' }));
    await user.click(tracer().getByRole('button', { name: 'Add step' }));
    expect(stepTexts()).toHaveLength(2);

    await user.click(tracer().getByRole('button', { name: 'Edit step 2' }));
    const title = tracer().getByRole('textbox', { name: 'Step title' });
    await user.clear(title);
    await user.type(title, 'Kovac again');
    await user.click(tracer().getByRole('button', { name: 'Save' }));
    expect(stepTexts()).toEqual(['1. Marta Kovac directs Bellweather Trading Ltd', '2. Kovac again']);

    await user.click(tracer().getByRole('button', { name: 'Rename flow' }));
    const flowTitle = tracer().getByRole('textbox', { name: 'Flow title' });
    await user.clear(flowTitle);
    await user.type(flowTitle, 'Who runs Bellweather');
    await user.click(tracer().getByRole('button', { name: 'Save' }));
    expect(tracer().getByText('Who runs Bellweather')).toBeInTheDocument();

    await user.click(tracer().getByRole('button', { name: 'Remove step 1' }));
    expect(stepTexts()).toEqual(['1. Kovac again']);
    await user.click(screen.getByRole('button', { name: 'Undo remove step 1 from “Who runs Bellweather”' }));
    expect(stepTexts()).toEqual(['1. Marta Kovac directs Bellweather Trading Ltd', '2. Kovac again']);
    await user.click(screen.getByRole('button', { name: 'Undo rename flow “Kovac”' }));
    expect(tracer().getByText('Kovac')).toBeInTheDocument();
  });

  it('removing the only step asks first, as it deletes the flow', async () => {
    const { user } = renderApp('/?sel=edge:kovac-directs-bellweather', openFraudCase());
    await newFlowWithOneStep(user, 'Short');
    await user.click(tracer().getByRole('button', { name: 'Remove step 1' }));
    const question = within(tracer().getByRole('group', { name: 'Remove step 1' }));
    expect(question.getByText(/removing it deletes the flow/)).toBeInTheDocument();
    await user.click(question.getByRole('button', { name: 'Cancel' }));
    expect(stepTexts()).toHaveLength(1);
    await user.click(tracer().getByRole('button', { name: 'Remove step 1' }));
    await user.click(
      within(tracer().getByRole('group', { name: 'Remove step 1' })).getByRole('button', {
        name: 'Delete flow',
      }),
    );
    expect(tracer().getByText('No flows yet.')).toBeInTheDocument();
  });

  it('a flow of one step is drawn as a story of one column when traced', async () => {
    const { user } = renderApp('/?sel=edge:kovac-directs-bellweather', openFraudCase());
    await newFlowWithOneStep(user, 'One step');
    await user.click(tracer().getByRole('button', { name: 'Trace the case study' }));
    expect(
      screen.getByRole('img', { name: /^The story of One step at step 1 of 1: Marta Kovac directs/ }),
    ).toBeInTheDocument();
    expect(tracer().getByRole('button', { name: 'Play' })).toBeDisabled();
  });

  it('the story layout of a dataset without flows says there is none and shows the graph', () => {
    renderApp('/?layout=flow', openFraudCase());
    expect(screen.getByText(/No flow to draw as a story yet/)).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^The story of/ })).not.toBeInTheDocument();
  });
});
