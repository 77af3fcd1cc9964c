// Filters (threat areas, entity types, relation types, reset) and the legend, through the left panel.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset, GraphNode } from '../../src/model/schema';
import { renderApp, openAllSections } from './render-app';

// These tests use the sections' insides: start with every section open (panels.test.tsx tests the defaults).
beforeEach(openAllSections);

const filtersPanel = () => screen.getByRole('region', { name: 'Filters' });
const group = (name: string) => within(filtersPanel()).getByRole('group', { name });
const countsLine = () =>
  within(filtersPanel()).getByText(/^Showing \d+ of \d+ entities and \d+ of \d+ relations$/);
const listedNames = () =>
  within(screen.getByRole('table', { name: /^Entities \(\d+ shown\)$/ }))
    .queryAllByRole('rowheader')
    .map((cell) => cell.textContent);
const param = (name: string) => new URLSearchParams(window.location.search).get(name);
/** The entities a threat-area filter shows: those tagged with one of the areas, and the parties to its relations. */
const shownUnder = (dataset: Dataset, areas: string[]): GraphNode[] => {
  const inAreas = (tags: string[]) => tags.some((t) => areas.includes(t));
  const parties = new Set(
    dataset.edges.filter((e) => inAreas(e.threatAreas)).flatMap((e) => [e.source, e.target]),
  );
  return dataset.nodes.filter((n) => inAreas(n.threatAreas) || parties.has(n.id));
};

describe('Filters', () => {
  it('lists the four threat areas in the dataset’s order, each with the number of entities it shows', () => {
    const { open } = renderApp();
    const boxes = within(group('Threat areas')).getAllByRole('checkbox');
    const expected = open.dataset.threatAreas.map(
      (area) => `${area.label} (${shownUnder(open.dataset, [area.id]).length})`,
    );
    expect(expected).toHaveLength(4);
    expect(boxes.map((box) => box.closest('label')?.textContent)).toEqual(expected);
    expect(boxes.every((box) => !(box as HTMLInputElement).checked)).toBe(true);
    expect(within(filtersPanel()).getByText(/All shown when none is ticked/)).toBeVisible();
  });

  it('ticking Cyber security hides Sami (counter terrorism only) from the list and updates the counts', async () => {
    const { user, open } = renderApp('/?view=list');
    const total = open.dataset.nodes.length;
    const cyber = shownUnder(open.dataset, ['cyber-security']);
    expect(listedNames()).toContain('Sami');
    expect(countsLine()).toHaveTextContent(`Showing ${total} of ${total} entities`);

    await user.click(
      within(group('Threat areas')).getByRole('checkbox', { name: /^Cyber security \(\d+\)$/ }),
    );

    expect(listedNames()).not.toContain('Sami');
    // MI6 is tagged with no area, but it provides the intelligence that protects the UK from cyber threats.
    expect(listedNames()).toContain('MI6');
    // The article never ties GCHQ to cyber security.
    expect(listedNames()).not.toContain('GCHQ');
    expect(listedNames()).toHaveLength(cyber.length);
    expect(screen.getByRole('table', { name: `Entities (${cyber.length} shown)` })).toBeInTheDocument();
    expect(countsLine()).toHaveTextContent(`Showing ${cyber.length} of ${total} entities`);
    expect(param('areas')).toBe('cyber-security');
  });

  it('ticking two threat areas shows what is in either', async () => {
    const { user, open } = renderApp('/?view=list');
    await user.click(screen.getByRole('checkbox', { name: /^Cyber security/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Counter terrorism/ }));
    const either = shownUnder(open.dataset, ['cyber-security', 'counter-terrorism']);
    expect(listedNames()).toHaveLength(either.length);
    expect(listedNames()).toContain('Sami');
  });

  it('ticking People lists only people, with their swatch and count', async () => {
    const { user, open } = renderApp('/?view=list');
    const people = open.dataset.nodes.filter((n) => n.type === 'person');
    const box = within(group('Entity types')).getByRole('checkbox', { name: `People (${people.length})` });
    expect(box.closest('label')?.querySelector('svg[aria-hidden="true"]')).not.toBeNull();

    await user.click(box);

    expect(box).toBeChecked();
    expect([...listedNames()].sort()).toEqual(people.map((p) => p.label).sort());
    expect(listedNames()).not.toContain('MI6');
    expect(param('types')).toBe('person');
  });

  it('ticking a relation type shows only those relations and the parties to them', async () => {
    const { user, open } = renderApp('/?view=list');
    const { nodes, edges } = open.dataset;
    const passes = edges.filter((e) => e.type === 'passes_intelligence_to');
    const box = within(group('Relation types')).getByRole('checkbox', {
      name: `passes intelligence to (${passes.length})`,
    });

    await user.click(box);

    // Only the parties to those relations stay: who passes intelligence to whom.
    const parties = new Set(passes.flatMap((e) => [e.source, e.target]));
    expect(countsLine()).toHaveTextContent(
      `Showing ${parties.size} of ${nodes.length} entities and ${passes.length} of ${edges.length} relations`,
    );
    expect(listedNames()).toContain('GCHQ');
    expect(listedNames()).not.toContain('Sami');
    expect(param('relations')).toBe('passes_intelligence_to');
  });

  it('Reset filters is off until something is ticked, then restores everything', async () => {
    const { user, open } = renderApp('/?view=list');
    const reset = within(filtersPanel()).getByRole('button', { name: 'Reset filters' });
    expect(reset).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: /^Cyber security/ }));
    await user.click(screen.getByRole('checkbox', { name: /^People/ }));
    await user.click(screen.getByRole('checkbox', { name: /^works with/ }));
    expect(reset).toBeEnabled();
    expect(listedNames().length).toBeLessThan(open.dataset.nodes.length);

    await user.click(reset);

    expect(listedNames()).toHaveLength(open.dataset.nodes.length);
    expect(
      within(filtersPanel())
        .getAllByRole('checkbox')
        .some((box) => (box as HTMLInputElement).checked),
    ).toBe(false);
    expect(reset).toBeDisabled();
    expect(param('areas')).toBeNull();
    expect(param('types')).toBeNull();
    expect(param('relations')).toBeNull();
  });

  it('a filter in the link is ticked on opening', () => {
    renderApp('/?areas=counter-terrorism&types=agency');
    expect(screen.getByRole('checkbox', { name: /^Counter terrorism/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Agencies/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Cyber security/ })).not.toBeChecked();
  });
});

describe('an empty result', () => {
  it('filters that leave nothing say so on the canvas, and how to get the graph back', async () => {
    const { user } = renderApp('/');
    await user.click(within(group('Threat areas')).getByRole('checkbox', { name: /^Cyber security/ }));
    expect(screen.queryByText(/Nothing matches these filters/)).toBeNull();
    // Nobody in cyber security recruits anyone.
    await user.click(within(group('Relation types')).getByRole('checkbox', { name: /^recruits/ }));
    expect(countsLine()).toHaveTextContent(/^Showing 0 of \d+ entities/);
    expect(screen.getByText(/Nothing matches these filters/)).toHaveTextContent(/use Reset filters/);
  });
});

describe('Legend', () => {
  it('names every entity type the dataset uses, and each family of relations', () => {
    const { open } = renderApp();
    const legend = screen.getByRole('region', { name: 'Legend' });
    const used = new Set(open.dataset.nodes.map((n) => n.type));
    for (const type of used)
      expect(within(legend).getByText(open.index.vocabulary.nodeType(type).label)).toBeVisible();
    expect(within(legend).getByText('Information passed on')).toBeVisible();
    // Each family lists the relation types it draws, every one the dataset uses.
    const legendText = legend.textContent ?? '';
    for (const type of new Set(open.dataset.edges.map((e) => e.type)))
      expect(legendText).toContain(open.index.vocabulary.relationType(type).label);
    // What a number on an arrow means: information passing from one party to another, in story order.
    expect(
      within(legend).getByText(
        /Numbered .*arrows: information passing from one party to another .*in the order/,
      ),
    ).toBeVisible();
    expect(within(legend).getByText(/Faded: not connected to the selection/)).toBeVisible();
  });

  it('can be collapsed and opened again from its heading', async () => {
    const { user } = renderApp();
    const legend = screen.getByRole('region', { name: 'Legend' });
    const toggle = within(legend).getByRole('button', { name: 'Legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(legend).getByText('Information passed on')).not.toBeVisible();

    await user.click(toggle);
    expect(within(legend).getByText('Information passed on')).toBeVisible();
  });
});
