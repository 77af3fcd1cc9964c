// A dataset with its own vocabulary: the legend, the filters, the list and Details speak its words, not MI6's.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDataset, type OpenDataset } from '../../src/data/open-dataset';
import { openAllSections, renderApp } from './render-app';
import fraudGraph from '../fixtures/valid-own-vocabulary/graph.json';
import indictment from '../fixtures/valid-own-vocabulary/indictment.txt?raw';
import statement from '../fixtures/valid-own-vocabulary/statement.txt?raw';

// These tests use the sections' insides: start with every section open (panels.test.tsx tests the defaults).
beforeEach(openAllSections);

function openFraudCase(change: (raw: Record<string, unknown>) => void = () => {}): OpenDataset {
  const raw = structuredClone(fraudGraph) as Record<string, unknown>;
  change(raw);
  const texts = new Map([
    ['indictment', indictment],
    ['statement', statement],
  ]);
  const result = openDataset(raw, texts, 'valid-own-vocabulary/graph.json');
  if (!result.ok) throw new Error(`the fixture does not open: ${JSON.stringify(result.problems)}`);
  return result.open;
}

const legend = () => screen.getByRole('region', { name: 'Legend' });
const filters = () => screen.getByRole('region', { name: 'Filters' });
const details = () => screen.getByRole('region', { name: 'Details' });

describe('a dataset with its own types and facet', () => {
  it('the legend names its entity types and its families of relations, and none of MI6’s', () => {
    renderApp('/', openFraudCase());
    const box = within(legend());
    for (const type of ['Suspect', 'Company', 'Account']) expect(box.getByText(type)).toBeVisible();
    expect(box.queryByText('Agency')).not.toBeInTheDocument();
    const text = legend().textContent ?? '';
    expect(text).toContain('Money moved: transfers money to');
    // "holds" is dashed unlike the rest of its family: it gets a line of its own, not a place in the family's.
    expect(text).toContain('Control: directs');
    expect(box.getByText('holds')).toBeVisible();
    // A relation type that names no family is listed with the other relations.
    expect(text).toContain('Other relations: invoices');
    expect(text).not.toContain('Information passed on');
  });

  it('the filters offer its facet under its own name, and its types in its words', () => {
    renderApp('/', openFraudCase());
    const panel = within(filters());
    const charges = within(panel.getByRole('group', { name: 'Charges' }));
    expect(charges.getByRole('checkbox', { name: /^Fraud by false representation \(\d+\)$/ })).toBeVisible();
    expect(panel.queryByRole('group', { name: 'Threat areas' })).not.toBeInTheDocument();
    const types = within(panel.getByRole('group', { name: 'Entity types' }));
    expect(types.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Suspects (2)',
      'Companies (2)',
      'Accounts (1)',
    ]);
    const relations = within(panel.getByRole('group', { name: 'Relation types' }));
    expect(relations.getByRole('checkbox', { name: 'transfers money to (2)' })).toBeVisible();
  });

  it('ticking a type of its own shows only those entities', async () => {
    const { user } = renderApp('/', openFraudCase());
    await user.click(screen.getByRole('checkbox', { name: 'Companies (2)' }));
    expect(within(filters()).getByText(/^Showing 2 of 5 entities/)).toBeVisible();
  });

  it('Details names a node’s type and its facet values in the dataset’s words', () => {
    renderApp('/?sel=node:marta-kovac', openFraudCase());
    const panel = within(details());
    expect(panel.getByRole('heading', { level: 3, name: 'Marta Kovac' })).toBeVisible();
    expect(panel.getByText('Suspect')).toBeVisible();
    expect(panel.getByText('Charges:')).toBeVisible();
    expect(panel.getByRole('list', { name: 'Charges:' })).toHaveTextContent('Money laundering');
  });

  it('Details names a relation’s type and family in the dataset’s words', () => {
    renderApp('/?sel=edge:bellweather-pays-nordbank', openFraudCase());
    expect(within(details()).getByText('transfers money to')).toBeVisible();
    expect(within(details()).getByText('(Money moved)')).toBeVisible();
  });

  it('the entities list heads its facet column with the facet’s name and writes each type in its words', () => {
    renderApp('/?view=list', openFraudCase());
    const table = within(screen.getByRole('table', { name: /^Entities/ }));
    const headers = table
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim());
    expect(headers).toEqual(['Name', 'Type', 'Charges', 'Connections']);
    const kovac = table.getByRole('rowheader', { name: 'Marta Kovac' }).closest('tr') as HTMLElement;
    expect(within(kovac).getAllByRole('cell')[0]).toHaveTextContent('Suspect');
    expect(within(kovac).getAllByRole('cell')[1]).toHaveTextContent(/^All charges$/);
  });

  it('a dataset with no facet values has no facet filter and no facet column', () => {
    renderApp(
      '/?view=list',
      openFraudCase((raw) => {
        raw.threatAreas = [];
        for (const list of [raw.nodes, raw.edges] as { threatAreas: string[] }[][])
          for (const element of list) element.threatAreas = [];
      }),
    );
    expect(within(filters()).queryByRole('group', { name: 'Charges' })).not.toBeInTheDocument();
    expect(within(filters()).getByRole('group', { name: 'Entity types' })).toBeVisible();
    expect(screen.queryByRole('columnheader', { name: /Charges/ })).not.toBeInTheDocument();
  });
});
