// The left panel's sections: which start open, that a heading opens and closes its section, and that it stays so.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SECTIONS_STORAGE_KEY } from '../../src/panels/PanelSection';
import { renderApp } from './render-app';

const toggleOf = (name: string) =>
  within(screen.getByRole('region', { name })).getByRole('button', { name: new RegExp(`^${name}`) });

describe('collapsible sections', () => {
  it('opens with search and the tracer open, and Filters, Focus and path and Legend one click away', () => {
    renderApp();
    expect(toggleOf('Search entities')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('combobox', { name: 'Search entities' })).toBeVisible();
    expect(toggleOf('Case study tracer')).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Filters', 'Focus and path', 'Legend']) {
      expect(toggleOf(name)).toHaveAttribute('aria-expanded', 'false');
      expect(toggleOf(name)).toBeVisible();
    }
    expect(screen.queryByRole('checkbox', { name: /Cyber security/ })).toBeNull();
  });

  it('a heading opens its section and closes it again, and the choice is kept for the next visit', async () => {
    const { user, unmount } = renderApp();
    await user.click(toggleOf('Filters'));
    expect(toggleOf('Filters')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('checkbox', { name: /Cyber security/ })).toBeVisible();
    await user.click(toggleOf('Search entities'));
    expect(screen.queryByRole('combobox', { name: 'Search entities' })).toBeNull();

    unmount();
    renderApp();
    expect(toggleOf('Filters')).toHaveAttribute('aria-expanded', 'true');
    expect(toggleOf('Search entities')).toHaveAttribute('aria-expanded', 'false');
  });

  it('works from the keyboard: Enter and Space on a heading open and close it', async () => {
    const { user } = renderApp();
    toggleOf('Legend').focus();
    await user.keyboard('{Enter}');
    expect(toggleOf('Legend')).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(screen.getByRole('region', { name: 'Legend' })).getByText('Information passed on'),
    ).toBeVisible();
    // MI6 draws entities and relations: no "none yet" under either heading.
    expect(within(screen.getByRole('region', { name: 'Legend' })).queryByText(/^None yet/)).toBeNull();
    await user.keyboard(' ');
    expect(toggleOf('Legend')).toHaveAttribute('aria-expanded', 'false');
  });

  it('a closed Filters section says in its heading how many filters are on', async () => {
    renderApp('/?areas=counter-terrorism');
    expect(toggleOf('Filters')).toHaveAttribute('aria-expanded', 'false');
    expect(toggleOf('Filters')).toHaveTextContent('1 on');
  });

  it('unreadable saved state falls back to the defaults', () => {
    localStorage.setItem(SECTIONS_STORAGE_KEY, '{not json');
    renderApp();
    expect(toggleOf('Search entities')).toHaveAttribute('aria-expanded', 'true');
    expect(toggleOf('Filters')).toHaveAttribute('aria-expanded', 'false');
  });

  it('"/" opens a closed Search section and puts the keyboard in the search box', async () => {
    const { user } = renderApp();
    await user.click(toggleOf('Search entities'));
    await user.keyboard('/');
    expect(screen.getByRole('combobox', { name: 'Search entities' })).toHaveFocus();
  });
});
