// App-wide keyboard behaviour: Esc, and where the keyboard goes when what it was on goes away.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, openAllSections } from './render-app';

// These tests use the sections' insides: start with every section open (panels.test.tsx tests the defaults).
beforeEach(openAllSections);

describe('the keyboard keeps its place across the app', () => {
  it('Esc on a connection in Details clears the selection and leaves the keyboard in the Details panel', async () => {
    const { user } = renderApp('/?sel=node:sami');
    const details = screen.getByRole('region', { name: 'Details' });
    const connection = within(details).getAllByRole('button', { name: /MI6 intelligence officer/ })[0]!;
    connection.focus();

    await user.keyboard('{Escape}');

    expect(within(details).getByText(/Select an entity/)).toBeVisible();
    expect(screen.getByRole('complementary', { name: 'Details and document' })).toHaveFocus();
    // A screen reader hears that the selection went.
    expect(screen.getByText('Nothing selected')).toHaveAttribute('aria-live', 'polite');
  });

  it('the first Tab reaches "Skip to the graph" and "Skip to details", which take the keyboard past the panels', async () => {
    const { user } = renderApp('/?sel=node:mi6');

    await user.tab();
    expect(screen.getByRole('button', { name: 'Skip to the graph' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Graph' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Skip to details' }));
    const details = screen.getByRole('complementary', { name: 'Details and document' });
    expect(details).toHaveFocus();
    // The next Tab is on the selection's first control, not forty filters away.
    await user.tab();
    expect(within(details).getByRole('button', { name: 'Focus on this' })).toHaveFocus();
  });

  it('a bad file’s message closes with Esc or Dismiss and hands the keyboard back to "Open dataset…"', async () => {
    const { user } = renderApp('/');
    const bad = new File(['{ "schemaVersion": 1, '], 'graph.json', { type: 'application/json' });
    const text = new File(['Some text.'], 'source.txt', { type: 'text/plain' });
    const picker = screen.getByLabelText('Choose graph.json and its source text');

    await user.upload(picker, [bad, text]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Could not open graph\.json \+ source\.txt/);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open dataset…' })).toHaveFocus();

    await user.upload(picker, [bad, text]);
    within(await screen.findByRole('alert'))
      .getByRole('button', { name: 'Dismiss' })
      .focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open dataset…' })).toHaveFocus();
  });
});
