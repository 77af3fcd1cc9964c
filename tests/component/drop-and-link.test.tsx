// Opening by dropping files or a folder on the window, and by a link `?dataset=<path to a graph.json>`.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, createEvent, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from './render-app';
import minimalGraph from '../fixtures/valid-minimal/graph.json';
import minimalSource from '../fixtures/valid-minimal/source.txt?raw';

const banner = () => screen.getByRole('banner');
const graphFile = () => new File([JSON.stringify(minimalGraph)], 'graph.json', { type: 'application/json' });
const textFile = () => new File([minimalSource], 'source.txt', { type: 'text/plain' });

/** A drag event on the window carrying `data` as its dataTransfer, as a browser fires it. */
function drag(type: 'dragEnter' | 'dragOver' | 'dragLeave' | 'drop', data: object) {
  const event = createEvent[type](window, { dataTransfer: { types: ['Files'], ...data } });
  act(() => {
    fireEvent(window, event);
  });
  return event;
}

/** A dropped folder as `webkitGetAsEntry` gives it: entries read in batches, files handed over on request. */
function folderEntry(name: string, children: object[]) {
  let given = false;
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => ({
      readEntries: (done: (entries: object[]) => void) => {
        done(given ? [] : children);
        given = true;
      },
    }),
  };
}
const fileEntry = (file: File) => ({
  name: file.name,
  isFile: true,
  isDirectory: false,
  file: (done: (f: File) => void) => done(file),
});

afterEach(() => vi.unstubAllGlobals());

describe('dropping files on the window', { timeout: 20_000 }, () => {
  it('shows a drop target while files are dragged over, and goes when they leave', () => {
    renderApp('/');
    expect(screen.queryByText(/^Drop a graph\.json/)).not.toBeInTheDocument();
    drag('dragEnter', {});
    expect(screen.getByText('Drop a graph.json with its texts, or a .dossier.json bundle')).toBeVisible();
    // Moving over another element inside the window keeps it up.
    drag('dragEnter', {});
    drag('dragLeave', {});
    expect(screen.getByText(/^Drop a graph\.json/)).toBeInTheDocument();
    drag('dragLeave', {});
    expect(screen.queryByText(/^Drop a graph\.json/)).not.toBeInTheDocument();
  });

  it('dropping a graph.json with its text opens it, and the browser does not open the file itself', async () => {
    renderApp('/');
    drag('dragEnter', {});
    const drop = drag('drop', { files: [graphFile(), textFile()], items: [] });
    expect(drop.defaultPrevented).toBe(true);
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: A memory stick from Vienna'));
    expect(screen.queryByText(/^Drop a graph\.json/)).not.toBeInTheDocument();
  });

  it('dropping a dataset over 20,000 entities asks first, and its best-connected part opens', async () => {
    const node = minimalGraph.nodes[0];
    // A chain through the first 1,001 entities: they have the relations, the 19,000 others none.
    const many = {
      ...minimalGraph,
      nodes: Array.from({ length: 20_001 }, (_, i) => ({ ...node, id: `n${i}`, label: `Entity ${i}` })),
      edges: Array.from({ length: 1_000 }, (_, i) => ({
        ...minimalGraph.edges[0],
        id: `e${i}`,
        source: `n${i}`,
        target: `n${i + 1}`,
      })),
      flows: [],
    };
    const { user } = renderApp('/');
    const big = new File([JSON.stringify(many)], 'big.json', { type: 'application/json' });
    drag('drop', { files: [big, textFile()], items: [] });
    const warning = await screen.findByRole('alertdialog', { name: 'A large dataset' }, { timeout: 10_000 });
    expect(warning).toHaveTextContent('big.json has 20,001 entities');
    await user.click(screen.getByRole('button', { name: 'Open the 1,000 best-connected entities' }));
    await waitFor(
      () =>
        expect(banner()).toHaveTextContent(
          `Open dataset: ${minimalGraph.title} (its 1,000 best-connected entities)`,
        ),
      { timeout: 15_000 },
    );
  });

  it('dropping a folder walks it for the graph.json and its text, leaving hidden files out', async () => {
    renderApp('/');
    const hidden = new File(['junk'], '.DS_Store');
    const folder = folderEntry('vienna', [
      fileEntry(hidden),
      fileEntry(graphFile()),
      folderEntry('texts', [fileEntry(textFile())]),
    ]);
    drag('drop', { files: [], items: [{ kind: 'file', webkitGetAsEntry: () => folder }] });
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: A memory stick from Vienna'));
  });

  it('a dropped file that is not a dataset gets a message, and the open dataset stays', async () => {
    renderApp('/');
    drag('drop', { files: [new File(['{"nodes": ['], 'graph.json')], items: [] });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Could not open graph\.json\. What is MI6\? is still open\. 1 problem:\s*graph\.json is not valid JSON at line 1, column 12/,
    );
    expect(banner()).toHaveTextContent('Open dataset: What is MI6?');
  });
});

describe('opening by a link', { timeout: 20_000 }, () => {
  it('?dataset=<path to a graph.json> fetches it and its text from this site, and the URL keeps naming the link', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (input: URL | string) => {
      const url = new URL(String(input));
      asked.push(url.pathname);
      if (url.pathname === '/cases/vienna/graph.json') return new Response(JSON.stringify(minimalGraph));
      if (url.pathname === '/cases/vienna/source.txt') return new Response(minimalSource);
      return new Response('', { status: 404 });
    });
    renderApp('/?dataset=cases/vienna/graph.json&sel=node:gchq');
    await waitFor(() => expect(banner()).toHaveTextContent('Open dataset: A memory stick from Vienna'));
    expect(screen.getByText(/^Selected GCHQ, /)).toBeInTheDocument();
    expect(asked).toEqual(['/cases/vienna/graph.json', '/cases/vienna/source.txt']);
    expect(new URLSearchParams(window.location.search).get('dataset')).toBe('/cases/vienna/graph.json');
  });

  it('a link to another site is refused with a message naming it, and MI6 stays open', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderApp('/?dataset=https://example.org/graph.json');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Could not open the link’s dataset “https:\/\/example\.org\/graph\.json”\. What is MI6\? is still open\..*is not on this site/,
    );
    expect(banner()).toHaveTextContent('Open dataset: What is MI6?');
    expect(fetch).not.toHaveBeenCalled();
    // The address is rewritten once the refused link is settled (an effect after the message is drawn).
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('dataset')).toBe('mi6'));
  });

  it('a link to a dataset over 20,000 entities asks first; Cancel keeps MI6 open with no problem to report', async () => {
    const many = {
      ...minimalGraph,
      nodes: Array.from({ length: 20_001 }, (_, i) => ({ ...minimalGraph.nodes[0], id: `n${i}` })),
    };
    vi.stubGlobal('fetch', async (input: URL | string) => {
      const url = new URL(String(input));
      if (url.pathname === '/cases/big/graph.json') return new Response(JSON.stringify(many));
      if (url.pathname === '/cases/big/source.txt') return new Response(minimalSource);
      return new Response('', { status: 404 });
    });
    const { user } = renderApp('/?dataset=cases/big/graph.json');
    const warning = await screen.findByRole('alertdialog', { name: 'A large dataset' }, { timeout: 10_000 });
    expect(warning).toHaveTextContent('graph.json has 20,001 entities');
    expect(
      screen.getByRole('button', { name: 'Open the 1,000 best-connected entities' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(banner()).toHaveTextContent('Open dataset: What is MI6?');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
