// Opening another dataset: what the user sees afterwards, the one reset, the link that names it, and Back.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { canvas } from './capture-cytoscape';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp, openAllSections } from './render-app';
import minimalGraph from '../fixtures/valid-minimal/graph.json';
import minimalSource from '../fixtures/valid-minimal/source.txt?raw';

// These tests use the sections' insides: start with every section open (panels.test.tsx tests the defaults).
beforeEach(openAllSections);

// The canvas's Cytoscape instance, handed to the test (capture-cytoscape.ts).
vi.mock('react-cytoscapejs', async (importOriginal) =>
  (await import('./capture-cytoscape')).captureCytoscape(importOriginal),
);

/** The saved layout of the laid-out copy of the minimal dataset: far from anything a layout would compute. */
const SAVED_POSITIONS = {
  mi6: { x: -700, y: 410 },
  gchq: { x: 900, y: -300 },
  'anna-clarke': { x: 15, y: 1234 },
  'memory-stick': { x: 333, y: 777 },
};

function datasetFiles(graph: object, fileName = 'graph.json'): File[] {
  return [
    new File([JSON.stringify(graph)], fileName, { type: 'application/json' }),
    new File([minimalSource], 'source.txt', { type: 'text/plain' }),
  ];
}

const banner = () => screen.getByRole('banner');
const searchBox = () => screen.getByRole('combobox', { name: 'Search entities' });
const tracer = () => within(screen.getByRole('region', { name: 'Case study tracer' }));
const details = () => within(screen.getByRole('region', { name: 'Details' }));
const graphCounts = () =>
  within(screen.getByRole('region', { name: 'Graph' })).getByText(/^Showing \d+ of \d+ entities, /);
const datasetParam = () => new URLSearchParams(window.location.search).get('dataset');

async function openFiles(user: ReturnType<typeof renderApp>['user'], files: File[], title: string) {
  await user.upload(screen.getByLabelText('Choose graph.json and its source text'), files);
  await waitFor(() => expect(banner()).toHaveTextContent(`Open dataset: ${title}`));
}

/** Back or Forward, resolved once the app has heard the history move (jsdom fires popstate on a later task). */
async function travel(direction: 'back' | 'forward') {
  await act(async () => {
    const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    if (direction === 'back') window.history.back();
    else window.history.forward();
    await moved;
  });
}

// Each test draws two datasets, MI6 among them: more than the default five seconds on a busy two-core machine.
describe('opening another dataset', { timeout: 20_000 }, () => {
  it('shows the new dataset from a clean start: its title, counts, threat areas and flow; nothing selected, filtered or searched', async () => {
    // The MI6 view names a node the new dataset also has (mi6): it must not carry over all the same.
    const { user } = renderApp('/?sel=node:mi6&areas=cyber-security&trace=case-study:2&focus=mi6:2');
    await user.type(searchBox(), 'sami');

    await openFiles(user, datasetFiles(minimalGraph), 'A memory stick from Vienna');

    expect(banner()).toHaveTextContent('A memory stick from Vienna (graph.json)');
    expect(graphCounts()).toHaveTextContent('Showing 4 of 4 entities, 3 of 3 relations');
    expect(searchBox()).toHaveValue('');
    expect(details().getByText(/Select an entity/)).toBeInTheDocument();
    expect(screen.queryByText(/^Selected /)).not.toBeInTheDocument();
    // The filters list the new dataset's threat areas, none ticked; MI6's are gone.
    expect(screen.getByRole('checkbox', { name: /State espionage/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Cyber security/ })).not.toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /Counter terrorism/ })).not.toBeInTheDocument();
    // The tracer offers the new dataset's one flow, not yet started.
    expect(tracer().getByText("How a source's memory stick came to be examined for malware.")).toBeVisible();
    expect(tracer().getByText(/^2 steps\./)).toBeVisible();
    expect(tracer().getByRole('button', { name: 'Trace the case study' })).toBeInTheDocument();
    // The link names what it shows, and nothing else.
    expect(window.location.search).toBe('?dataset=valid-minimal');
  });

  it('after "Re-run layout", a newly opened dataset still opens at the positions it ships', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Re-run layout' }));

    const laidOut = { ...minimalGraph, id: 'laid-out', positions: SAVED_POSITIONS };
    await openFiles(user, datasetFiles(laidOut), 'A memory stick from Vienna');

    await waitFor(() => {
      const cy = canvas.cy;
      if (!cy) throw new Error('no canvas yet');
      expect(cy.nodes().length).toBe(4);
      for (const [id, at] of Object.entries(SAVED_POSITIONS)) {
        expect(cy.getElementById(id).position()).toEqual(at);
      }
    });
  });

  it('Back returns to the dataset before, with its view; Forward opens the new one again', async () => {
    const { user } = renderApp('/?sel=node:sami&areas=counter-terrorism&layout=concentric');
    const counter = () => screen.getByRole('checkbox', { name: /Counter terrorism/ });
    expect(counter()).toBeChecked();

    await openFiles(user, datasetFiles(minimalGraph), 'A memory stick from Vienna');
    await user.click(screen.getByRole('checkbox', { name: /State espionage/ }));

    // The first Back undoes the filter in the new dataset; the second goes back to MI6 as it was.
    await travel('back');
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /State espionage/ })).not.toBeChecked());
    await travel('back');
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: What is MI6?'));
    expect(screen.getByText(/^Selected Sami, /)).toBeInTheDocument();
    expect(counter()).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Layout' })).toHaveValue('concentric');
    expect(datasetParam()).toBe('mi6');

    // The dataset from the file is still in this session's memory.
    await travel('forward');
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: A memory stick from Vienna'));
    expect(graphCounts()).toHaveTextContent('Showing 4 of 4 entities');
    expect(screen.queryByText(/^Selected /)).not.toBeInTheDocument();
  });

  it('a link to a dataset that is not available opens the default one and says why', async () => {
    renderApp('/?dataset=from-last-week&sel=node:sami');

    expect(banner()).toHaveTextContent('Open dataset: What is MI6?');
    // It is looked for in the browser's storage first (none in jsdom), then the note says it is not there.
    expect(await screen.findByRole('status', { name: 'About this link' })).toHaveTextContent(
      /“from-last-week” is not open in this session/,
    );
    // The link's view belonged to the other dataset: it is not read against this one.
    expect(screen.queryByText(/^Selected /)).not.toBeInTheDocument();
    // The address is rewritten once the look-up is settled (an effect after the note is drawn).
    await waitFor(() => expect(datasetParam()).toBe('mi6'));
  });

  it('an old link without a dataset still opens MI6 with its view, and from then on names it', () => {
    renderApp('/?sel=node:sami');

    expect(banner()).toHaveTextContent('Open dataset: What is MI6?');
    expect(screen.getByText(/^Selected Sami, /)).toBeInTheDocument();
    expect(window.location.search).toBe('?dataset=mi6&sel=node:sami');
  });
});
