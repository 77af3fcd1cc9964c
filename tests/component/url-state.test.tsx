// The view in the URL: a deep link restores it, Back goes to the previous view, and a stale link is tidied.
import { beforeEach, describe, it, expect } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { openBundledMi6, renderApp, openAllSections } from './render-app';
import { sortedSteps } from '../../src/model/flow';

// These tests use the sections' insides: start with every section open (panels.test.tsx tests the defaults).
beforeEach(openAllSections);

const { dataset } = openBundledMi6();
const steps = sortedSteps(
  dataset.flows.find((f) => f.id === 'case-study') ?? { id: '', title: '', steps: [] },
);
const totalEntities = dataset.nodes.length;

const tracer = () => within(screen.getByRole('region', { name: 'Case study tracer' }));
const stepHeading = () => tracer().queryByRole('heading', { level: 3 });
const layoutSelect = () => screen.getByRole('combobox', { name: 'Layout' });
// The graph toolbar's counts (the filters panel has its own, worded differently).
const graphCounts = () =>
  within(screen.getByRole('region', { name: 'Graph' })).getByText(/^Showing \d+ of \d+ entities, /);
const announcement = () => screen.getByText(/^Selected /);

/** Back, resolved once the app has heard it: jsdom fires popstate on a later task. */
async function goBack() {
  await act(async () => {
    const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await moved;
  });
}

describe('the view in the URL', () => {
  it('a deep link restores the selection, the filters, the layout and the trace step', () => {
    renderApp('/?sel=node:mi6&areas=cyber-security&layout=concentric&trace=case-study:2');

    expect(announcement()).toHaveTextContent(/^Selected MI6, agency, \d+ connections$/);
    expect(announcement()).toHaveAttribute('aria-live', 'polite');

    expect(screen.getByRole('checkbox', { name: /Cyber security/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Counter terrorism/ })).not.toBeChecked();

    expect(layoutSelect()).toHaveValue('concentric');

    expect(stepHeading()).toHaveTextContent(steps[1]?.title ?? 'step 2');
    expect(tracer().getByText(`Step 2 of ${steps.length}`)).toBeInTheDocument();
  });

  it('each change is a history entry: Back restores the previous view', async () => {
    const { user } = renderApp('/?layout=concentric');
    await user.click(tracer().getByRole('button', { name: 'Trace the case study' }));
    await user.click(tracer().getByRole('button', { name: 'Next' }));
    expect(stepHeading()).toHaveTextContent(steps[1]?.title ?? 'step 2');
    // The trace draws its story over the graph, whose layout stays as chosen.
    expect(layoutSelect()).toHaveValue('concentric');

    await goBack();
    await waitFor(() => expect(stepHeading()).toHaveTextContent(steps[0]?.title ?? 'step 1'));
    expect(new URLSearchParams(window.location.search).get('trace')).toBe('case-study:1');
    expect(new URLSearchParams(window.location.search).get('dataset')).toBe('mi6');

    // Starting the trace switched the layout in the same step, so one more Back undoes both.
    await goBack();
    await waitFor(() => expect(stepHeading()).not.toBeInTheDocument());
    expect(layoutSelect()).toHaveValue('concentric');
    expect(tracer().getByRole('button', { name: 'Trace the case study' })).toBeInTheDocument();
  });

  it('Back after choosing a filter unticks it again', async () => {
    const { user } = renderApp('/');
    const cyber = () => screen.getByRole('checkbox', { name: /Cyber security/ });
    await user.click(cyber());
    expect(cyber()).toBeChecked();
    expect(graphCounts()).not.toHaveTextContent(`Showing ${totalEntities} of`);

    await goBack();
    await waitFor(() => expect(cyber()).not.toBeChecked());
    expect(graphCounts()).toHaveTextContent(`Showing ${totalEntities} of ${totalEntities} entities`);
  });

  it('unknown ids in the URL are ignored, and the rest of the link still applies', () => {
    renderApp(
      '/?sel=node:q-branch&areas=space,cyber-security&focus=ghost:2&from=nobody&to=stranger&trace=goldfinger:3&layout=concentric',
    );
    // Nothing is selected, so nothing is announced.
    expect(screen.queryByText(/^Selected /)).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Cyber security/ })).toBeChecked();
    expect(layoutSelect()).toHaveValue('concentric');
    expect(tracer().getByRole('button', { name: 'Trace the case study' })).toBeInTheDocument();
    const focusPanel = within(screen.getByRole('region', { name: 'Focus and path' }));
    expect(focusPanel.getByRole('combobox', { name: 'From' })).toHaveValue('');
    expect(focusPanel.getByRole('combobox', { name: 'To' })).toHaveValue('stranger');
    expect(focusPanel.queryByText(/Showing the neighbourhood/)).not.toBeInTheDocument();
    // The tidied view replaces the stale link.
    const params = new URLSearchParams(window.location.search);
    expect(params.get('sel')).toBeNull();
    expect(params.get('areas')).toBe('cyber-security');
  });

  it('a malformed link opens the starting view', () => {
    renderApp('/?sel=%E0%A4%A&trace=case-study:abc&focus=:&layout=');
    expect(graphCounts()).toHaveTextContent(`Showing ${totalEntities} of ${totalEntities} entities`);
    expect(tracer().getByRole('button', { name: 'Trace the case study' })).toBeInTheDocument();
  });
});
