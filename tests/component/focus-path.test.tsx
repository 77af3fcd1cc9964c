// Focus (a node's neighbourhood to a depth) and Path (the shortest chain between two nodes, in words).
import { beforeEach, describe, it, expect } from 'vitest';
import { screen, within } from '@testing-library/react';
import { openBundledMi6, renderApp, openAllSections } from './render-app';

// These tests use the sections' insides: start with every section open (panels.test.tsx tests the defaults).
beforeEach(openAllSections);

const { index } = openBundledMi6();
const totalEntities = index.dataset.nodes.length;

const panel = () => within(screen.getByRole('region', { name: 'Focus and path' }));
// The graph toolbar's counts (the filters panel has its own, worded differently).
const graphCounts = () =>
  within(screen.getByRole('region', { name: 'Graph' })).getByText(/^Showing \d+ of \d+ entities, /);
const pathList = () => panel().getByRole('list', { name: /^Path from/ });
const urlParam = (name: string) => new URLSearchParams(window.location.search).get(name);

describe('Path', () => {
  it('the path from GCHQ to the stranger is a chain in words that starts at GCHQ and ends at the stranger', async () => {
    const { user } = renderApp('/');
    await user.selectOptions(panel().getByRole('combobox', { name: 'From' }), 'GCHQ');
    await user.selectOptions(panel().getByRole('combobox', { name: 'To' }), 'Stranger');

    const list = pathList();
    expect(list).toHaveAccessibleName('Path from GCHQ to Stranger');
    const hops = within(list).getAllByRole('listitem');
    expect(hops.length).toBeGreaterThan(0);
    expect(hops[0]).toHaveTextContent(/GCHQ/);
    expect(hops[hops.length - 1]).toHaveTextContent(/Stranger/);
    expect(panel().getByText(/^From GCHQ to Stranger in \d+ relations?:$/)).toBeInTheDocument();
    expect(urlParam('from')).toBe('gchq');
    expect(urlParam('to')).toBe('stranger');
  });

  it('choosing both ends tells a screen reader how long the path is, or that there is none', async () => {
    const { user } = renderApp('/');
    const announced = () => panel().getByRole('status');
    await user.selectOptions(panel().getByRole('combobox', { name: 'From' }), 'GCHQ');
    await user.selectOptions(panel().getByRole('combobox', { name: 'To' }), 'Stranger');
    const hops = within(pathList()).getAllByRole('listitem').length;
    expect(announced()).toHaveTextContent(
      `From GCHQ to Stranger in ${hops} ${hops === 1 ? 'relation' : 'relations'}:`,
    );

    await user.click(screen.getByRole('checkbox', { name: /^Cyber security/ }));
    expect(announced()).toHaveTextContent(
      /^No path between GCHQ and Stranger with the current filters\. GCHQ is not shown\.$/,
    );
  });

  it('each hop reads in the relation’s own direction, with an arrow for the way the path walks it', async () => {
    const { user } = renderApp('/?from=gchq&to=stranger');
    const forward = within(pathList()).getAllByRole('button');
    // GCHQ → … → the stranger: the first hop leaves GCHQ along its relation.
    expect(forward[0]).toHaveTextContent(/^→\s*GCHQ/);

    await user.click(panel().getByRole('button', { name: 'Swap' }));
    expect(panel().getByRole('combobox', { name: 'From' })).toHaveDisplayValue('Stranger');
    expect(panel().getByRole('combobox', { name: 'To' })).toHaveDisplayValue('GCHQ');
    const backward = within(pathList()).getAllByRole('button');
    const last = backward[backward.length - 1];
    // The same relation, still "GCHQ … ", now walked backwards to reach GCHQ.
    expect(last).toHaveTextContent(/^←\s*GCHQ/);
    expect(last).toHaveAccessibleName(/walked backwards.* to GCHQ\)$/);
  });

  it('clicking a hop selects that relation', async () => {
    const { user } = renderApp('/?from=gchq&to=stranger');
    const hop = within(pathList()).getAllByRole('button')[0];
    if (!hop) throw new Error('no hop');
    await user.click(hop);
    expect(urlParam('sel')).toMatch(/^edge:/);
    expect(hop).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText(/^Selected relation: GCHQ/)).toBeInTheDocument();
  });

  it('"Use selected" takes the selected node as an end', async () => {
    const { user } = renderApp('/?sel=node:sami');
    await user.click(panel().getByRole('button', { name: 'Use selected as From' }));
    expect(panel().getByRole('combobox', { name: 'From' })).toHaveDisplayValue('Sami');
    expect(panel().getByText(/Choose where the path starts and ends/)).toBeInTheDocument();
  });

  it('says so when the filters leave no path, and notes that the path uses what is shown', () => {
    renderApp('/?areas=cyber-security&from=gchq&to=stranger');
    expect(
      panel().getByText(/^No path between GCHQ and Stranger with the current filters\./),
    ).toBeInTheDocument();
    expect(panel().getByText(/The path only uses what is shown/)).toBeInTheDocument();
    expect(panel().queryByRole('list', { name: /^Path from/ })).not.toBeInTheDocument();
  });

  it('Clear path empties both ends', async () => {
    const { user } = renderApp('/?from=gchq&to=stranger');
    await user.click(panel().getByRole('button', { name: 'Clear path' }));
    expect(panel().getByRole('combobox', { name: 'From' })).toHaveValue('');
    expect(panel().getByRole('combobox', { name: 'To' })).toHaveValue('');
    expect(urlParam('from')).toBeNull();
    expect(panel().queryByRole('list', { name: /^Path from/ })).not.toBeInTheDocument();
  });
});

describe('Focus', () => {
  const samiNeighbourhood = 1 + new Set(index.connections('sami').map((c) => c.other.id)).size;

  it('focusing on the selected node at depth 1 shows only it and its direct connections', async () => {
    const { user } = renderApp('/?sel=node:sami');
    expect(graphCounts()).toHaveTextContent(`Showing ${totalEntities} of ${totalEntities} entities`);
    expect(samiNeighbourhood).toBeLessThan(totalEntities);

    await user.click(panel().getByRole('button', { name: 'Focus on Sami' }));
    expect(graphCounts()).toHaveTextContent(`Showing ${samiNeighbourhood} of ${totalEntities} entities`);
    expect(
      panel().getByText(`Showing the neighbourhood of Sami to depth 1 (${samiNeighbourhood} entities).`),
    ).toBeInTheDocument();
    expect(urlParam('focus')).toBe('sami:1');
  });

  it('a deeper focus shows more, and Clear focus shows everything again', async () => {
    const { user } = renderApp('/?focus=sami:1');
    await user.selectOptions(panel().getByRole('combobox', { name: 'Depth' }), '2');
    const match = /Showing (\d+) of/.exec(graphCounts().textContent ?? '');
    expect(Number(match?.[1])).toBeGreaterThan(samiNeighbourhood);
    expect(panel().getByText(/to depth 2/)).toBeInTheDocument();

    await user.click(panel().getByRole('button', { name: 'Clear focus' }));
    expect(graphCounts()).toHaveTextContent(`Showing ${totalEntities} of ${totalEntities} entities`);
    expect(panel().queryByText(/Showing the neighbourhood/)).not.toBeInTheDocument();
  });

  it('any node can be focused from the picker', async () => {
    const { user } = renderApp('/');
    await user.selectOptions(panel().getByRole('combobox', { name: 'Focus on' }), 'Sami');
    expect(graphCounts()).toHaveTextContent(`Showing ${samiNeighbourhood} of ${totalEntities} entities`);
  });

  it('the Entities list shows only the focused neighbourhood', () => {
    renderApp('/?view=list&focus=sami:1');
    const table = screen.getByRole('table', { name: /Entities/ });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toHaveLength(samiNeighbourhood);
    expect(names).toContain('Sami');
    expect(names).toContain('MI6 intelligence officer');
    expect(names).not.toContain('GCHQ');
  });
});
