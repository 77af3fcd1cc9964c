// Search: type-ahead over labels and aliases, chosen with the keyboard or the mouse, as a combobox.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const selectionInUrl = () => new URLSearchParams(window.location.search).get('sel');
const searchBox = () => screen.getByRole('combobox', { name: 'Search entities' });
const options = () =>
  within(screen.getByRole('listbox', { name: 'Matching entities' })).getAllByRole('option');

describe('Search', () => {
  it('typing "SIS" offers MI6 first and says it matched the alias SIS', async () => {
    const { user } = renderApp();
    await user.type(searchBox(), 'SIS');

    expect(searchBox()).toHaveAttribute('aria-expanded', 'true');
    const first = options()[0];
    expect(first).toHaveTextContent(/^MI6/);
    expect(first).toHaveTextContent('Agency');
    expect(first).toHaveTextContent('matched alias SIS');
  });

  it('an option is named in words with commas between its parts: "MI6, Agency, matched alias SIS"', async () => {
    const { user } = renderApp('/?areas=cyber-security');
    await user.type(searchBox(), 'SIS');
    expect(options()[0]).toHaveAccessibleName('MI6, Agency, matched alias SIS');

    await user.clear(searchBox());
    await user.type(searchBox(), 'Sami');
    expect(options()[0]).toHaveAccessibleName('Sami, Person, hidden by filters');
  });

  it('finds MI6 by words of its full name, "secret intel"', async () => {
    const { user } = renderApp();
    await user.type(searchBox(), 'secret intel');
    expect(options()[0]).toHaveTextContent(/^MI6.*matched alias Secret Intelligence Service/);
  });

  it('tells a screen reader how many entities match', async () => {
    const { user, open } = renderApp();
    await user.type(searchBox(), 'MI');
    const count = options().length;
    expect(count).toBeGreaterThan(1);
    expect(count).toBe(Math.min(8, open.index.search('MI', 8).length));
    expect(screen.getByText(`${count} results`)).toHaveAttribute('aria-live', 'polite');

    await user.clear(searchBox());
    await user.type(searchBox(), 'zzqx');
    expect(screen.getByText('No entity matches')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText(/No entity’s name or alias contains “zzqx”/)).toBeVisible();
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('ArrowDown then Enter selects MI6, puts it in the URL and closes the list', async () => {
    const { user } = renderApp();
    await user.type(searchBox(), 'SIS');
    expect(searchBox()).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    const active = options()[0];
    expect(active).toHaveAttribute('aria-selected', 'true');
    expect(searchBox()).toHaveAttribute('aria-activedescendant', active?.id);

    await user.keyboard('{Enter}');
    expect(selectionInUrl()).toBe('node:mi6');
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
    expect(searchBox()).toHaveValue('MI6');
  });

  it('arrow keys move the active option down and up, wrapping at the ends', async () => {
    const { user, open } = renderApp();
    await user.type(searchBox(), 'MI');
    const list = options();
    const activeId = () => searchBox().getAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeId()).toBe(list[1]?.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(activeId()).toBe(list[list.length - 1]?.id);

    // Enter takes the active option (the last), not the first.
    const lastText = list[list.length - 1]?.textContent ?? '';
    await user.keyboard('{Enter}');
    const chosen = open.dataset.nodes.find((n) => n.label === (searchBox() as HTMLInputElement).value);
    expect(chosen).toBeDefined();
    expect(lastText.startsWith(chosen?.label ?? '?')).toBe(true);
    expect(lastText.startsWith(list[0]?.textContent ?? '?')).toBe(false);
    expect(selectionInUrl()).toBe(`node:${chosen?.id}`);
  });

  it('Enter without choosing takes the first match', async () => {
    const { user } = renderApp();
    await user.type(searchBox(), 'Sami{Enter}');
    expect(selectionInUrl()).toBe('node:sami');
  });

  it('clicking an option selects it', async () => {
    const { user } = renderApp();
    await user.type(searchBox(), 'GCHQ');
    await user.click(screen.getByRole('option', { name: /^GCHQ, Agency/ }));
    expect(selectionInUrl()).toBe('node:gchq');
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('"/" focuses the search box without typing a slash', async () => {
    const { user } = renderApp();
    expect(searchBox()).not.toHaveFocus();
    await user.keyboard('/');
    expect(searchBox()).toHaveFocus();
    expect(searchBox()).toHaveValue('');
  });

  it('Escape closes the list and keeps the selection; a second Escape clears the query', async () => {
    const { user } = renderApp('/?sel=node:gchq');
    await user.type(searchBox(), 'MI');
    expect(searchBox()).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
    expect(searchBox()).toHaveValue('MI');
    expect(selectionInUrl()).toBe('node:gchq');

    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveValue('');
    expect(selectionInUrl()).toBe('node:gchq');
  });

  it('a match hidden by the filters says so, and once chosen offers to reset the filters', async () => {
    const { user } = renderApp('/?areas=cyber-security');
    await user.type(searchBox(), 'Sami');
    expect(options()[0]).toHaveTextContent(/^Sami.*hidden by filters/);

    await user.keyboard('{Enter}');
    expect(selectionInUrl()).toBe('node:sami');
    const note = screen.getByText(/is selected but hidden by the filters/);
    expect(note).toHaveTextContent('Sami');
    // Said as well as shown: the choice was made in the search box, the note appears below it.
    expect(note).toHaveRole('status');

    await user.click(screen.getByRole('button', { name: 'Reset filters to show it' }));
    expect(new URLSearchParams(window.location.search).get('areas')).toBeNull();
    expect(selectionInUrl()).toBe('node:sami');
    expect(screen.queryByText(/is selected but hidden/)).not.toBeInTheDocument();
    expect(searchBox()).toHaveFocus();
  });
});
