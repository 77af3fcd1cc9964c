// The Entities list: the graph as a sortable table, filtered as the canvas is, selecting as the canvas does.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema';
import { renderApp, openAllSections } from './render-app';

// These tests use the sections' insides: start with every section open (panels.test.tsx tests the defaults).
beforeEach(openAllSections);

const table = () => screen.getByRole('table', { name: /^Entities \(\d+ shown\)$/ });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const listedNames = () =>
  within(table())
    .queryAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
const connectionsColumn = () => bodyRows().map((row) => Number(row.lastElementChild?.textContent));
const header = (name: RegExp) => within(table()).getByRole('columnheader', { name });

/** Connections counted straight from the edges, as a reader would: every edge touching the node, a loop once. */
function degrees(dataset: Dataset): Map<string, number> {
  const count = new Map<string, number>();
  for (const e of dataset.edges) {
    count.set(e.source, (count.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) count.set(e.target, (count.get(e.target) ?? 0) + 1);
  }
  return count;
}

describe('Entities list', () => {
  it('the header’s "Entities list" button shows every entity in a table instead of the graph', async () => {
    const { user, open } = renderApp();
    const button = screen.getByRole('button', { name: 'Entities list' });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);

    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(new URLSearchParams(window.location.search).get('view')).toBe('list');
    expect(
      screen.getByRole('table', { name: `Entities (${open.dataset.nodes.length} shown)` }),
    ).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(open.dataset.nodes.length);
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim());
    expect(headers).toEqual(['Name', 'Type', 'Threat areas', 'Connections']);
  });

  it('shows each entity’s type, threat areas and number of connections', () => {
    const { open } = renderApp('/?view=list');
    const sami = bodyRows().find((row) => within(row).queryByRole('button', { name: 'Sami' }));
    expect(sami).toBeDefined();
    const cells = within(sami as HTMLElement).getAllByRole('cell');
    expect(cells.map((c) => c.textContent?.trim())).toEqual([
      'Person',
      'Counter terrorism',
      String(degrees(open.dataset).get('sami')),
    ]);

    // Terrorists appear in every threat area's section; the list says so briefly rather than naming all four.
    const terrorists = bodyRows().find((row) => within(row).queryByRole('button', { name: 'Terrorists' }));
    expect(within(terrorists as HTMLElement).getAllByRole('cell')[1]).toHaveTextContent(/^All threat areas$/);
  });

  it('is sorted by name A to Z at first', () => {
    renderApp('/?view=list');
    expect(header(/^Name/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/^Connections/)).not.toHaveAttribute('aria-sort');
    const names = listedNames();
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
  });

  it('clicking Connections puts the most connected first; clicking again puts the least connected first', async () => {
    const { user, open } = renderApp('/?view=list');
    await user.click(within(table()).getByRole('button', { name: 'Connections' }));

    expect(header(/^Connections/)).toHaveAttribute('aria-sort', 'descending');
    expect(header(/^Name/)).not.toHaveAttribute('aria-sort');
    const counts = connectionsColumn();
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const most = Math.max(...degrees(open.dataset).values());
    expect(counts[0]).toBe(most);
    expect(listedNames()[0]).toBe('MI6');

    await user.click(within(table()).getByRole('button', { name: 'Connections' }));

    expect(header(/^Connections/)).toHaveAttribute('aria-sort', 'ascending');
    const reversed = connectionsColumn();
    expect(reversed).toEqual([...reversed].sort((a, b) => a - b));
    expect(listedNames()).not.toContain(undefined);
    expect(listedNames().at(-1)).toBe('MI6');
  });

  it('clicking Type groups the entities by type, A to Z', async () => {
    const { user } = renderApp('/?view=list');
    await user.click(within(table()).getByRole('button', { name: 'Type' }));
    expect(header(/^Type/)).toHaveAttribute('aria-sort', 'ascending');
    const types = bodyRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent?.trim() ?? '');
    expect(types).toEqual([...types].sort());
    expect(types[0]).toBe('Action');
  });

  it('clicking a name selects that entity: the row is marked current and the URL names it', async () => {
    const { user } = renderApp('/?view=list');
    expect(within(table()).queryByRole('row', { current: true })).toBeNull();

    await user.click(within(table()).getByRole('button', { name: 'Stranger' }));

    expect(new URLSearchParams(window.location.search).get('sel')).toBe('node:stranger');
    const current = within(table()).getByRole('row', { current: true });
    expect(within(current).getByRole('rowheader')).toHaveTextContent('Stranger');
  });

  it('a selection made in search marks its row in the list', async () => {
    const { user } = renderApp('/?view=list');
    await user.type(screen.getByRole('combobox', { name: 'Search entities' }), 'SIS{Enter}');
    const current = within(table()).getByRole('row', { current: true });
    expect(within(current).getByRole('rowheader')).toHaveTextContent('MI6');
  });

  it('follows the focus as the graph does: only Sami and the entities one step from Sami', () => {
    const { open } = renderApp('/?view=list&focus=sami:1');
    const around = new Set(['sami']);
    for (const e of open.dataset.edges) {
      if (e.source === 'sami') around.add(e.target);
      if (e.target === 'sami') around.add(e.source);
    }
    const labels = open.dataset.nodes.filter((n) => around.has(n.id)).map((n) => n.label);
    expect([...listedNames()].sort()).toEqual(labels.sort());
    expect(screen.getByText(/entities are hidden by the filters or focus/)).toBeVisible();
  });

  it('"Filter by name" narrows the list by name or alias', async () => {
    const { user } = renderApp('/?view=list');
    await user.type(screen.getByRole('searchbox', { name: 'Filter by name' }), 'SIS');
    expect(listedNames()).toEqual(['MI6']);
    expect(table()).toHaveAccessibleName('Entities (1 shown)');

    await user.clear(screen.getByRole('searchbox', { name: 'Filter by name' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter by name' }), 'qqzx');
    expect(listedNames()).toEqual([]);
    expect(within(table()).getByText(/No entity matches “qqzx”/)).toBeVisible();
  });

  it('typing a name tells a screen reader how many entities match, or that none does', async () => {
    const { user } = renderApp('/?view=list');
    const filter = screen.getByRole('searchbox', { name: 'Filter by name' });
    const list = screen.getByRole('region', { name: 'Entities list' });
    const announced = () => within(list).getByRole('status');
    expect(announced()).toHaveTextContent(/^$/);

    await user.type(filter, 'SIS');
    expect(announced()).toHaveTextContent('1 entity matches “SIS”.');

    await user.clear(filter);
    await user.type(filter, 'mi');
    expect(announced()).toHaveTextContent(new RegExp(`^${listedNames().length} entities match “mi”\\.$`));

    await user.type(filter, 'zzz');
    expect(announced()).toHaveTextContent('No entity matches “mizzz” with the current filters.');
  });
});
