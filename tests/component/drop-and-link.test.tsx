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
    expect(new URLSearchParams(window.location.search).get('dataset')).toBe('mi6');
  });
});
