// Passages not found after a text was edited: opening says so, a Problems list in the header names each one
// (its element, document and quote), and choosing one selects what it was evidence of.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import minimalGraph from '../fixtures/valid-minimal/graph.json';
import minimalSource from '../fixtures/valid-minimal/source.txt?raw';
import { openDataset } from '../../src/data/open-dataset';
import { renderApp } from './render-app';

// A heading added before everything (every passage moves), and the words on the malware cut: the memory stick's
// second passage, the relation and the flow step that quoted them are no longer in the text.
const CUT = ' and found malware built to steal diplomatic cables';
const edited = `Case notes.\n\n${minimalSource.replace(CUT, '')}`;

const banner = () => screen.getByRole('banner');
const details = () => screen.getByRole('region', { name: 'Details' });

describe('the Problems list', () => {
  it('is not offered when every passage was found', () => {
    renderApp('/');
    expect(within(banner()).queryByRole('button', { name: /not found/ })).not.toBeInTheDocument();
  });

  it('lists each passage not found with its element and quote; choosing one selects that element', async () => {
    const result = openDataset(structuredClone(minimalGraph), edited, 'edited');
    if (!result.ok) throw new Error('the edited dataset does not open');
    const { user } = renderApp('/', result.open);
    const button = within(banner()).getByRole('button', { name: '3 passages not found' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    const list = within(banner()).getByRole('region', { name: 'Problems' });
    const items = within(list).getAllByRole('button');
    // The memory stick's passage, then the relation and the flow step that quoted the same words.
    expect(items.map((b) => b.textContent)).toEqual([
      // (<q> draws the quotation marks; they are not in the text.)
      'Memory stick: found malware built to steal diplomatic cables',
      'GCHQ examines Memory stick: GCHQ examined the memory stick and found malware',
      expect.stringMatching(/, step 2: GCHQ examines the memory stick: GCHQ examined the memory stick/),
    ]);
    await user.click(items[0]!);
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent('Memory stick');
    expect(within(banner()).queryByRole('region', { name: 'Problems' })).not.toBeInTheDocument();
  });

  it('opening an edited text from files says what moved and what was not found, and leads to the list', async () => {
    const { user } = renderApp('/');
    await user.upload(screen.getByLabelText('Choose graph.json and its source text'), [
      new File([JSON.stringify(minimalGraph)], 'graph.json', { type: 'application/json' }),
      new File([edited], 'source.txt', { type: 'text/plain' }),
    ]);
    const note = await screen.findByRole('status', { name: 'Opened with warnings' });
    expect(note).toHaveTextContent(
      /the text is not as the evidence was written: \d+ passages moved, 0 changed, 3 not found/,
    );
    await user.click(within(note).getByRole('button', { name: 'List the 3 passages not found' }));
    await waitFor(() =>
      expect(within(banner()).getByRole('region', { name: 'Problems' })).toBeInTheDocument(),
    );
  });
});
