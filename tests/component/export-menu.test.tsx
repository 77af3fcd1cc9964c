// The Export menu: a keyboard-usable menu button whose items download the graph in each format.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { CanvasHandleProvider } from '../../src/graph-view/canvas-handle';
import { openBundledMi6 } from './render-app';

interface Download {
  fileName: string;
  blob: Blob;
}

let downloads: Download[] = [];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  // jsdom has no object URLs and no downloads: record what the app hands the browser instead.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ fileName: this.download, blob });
  });
});

const jsdomUrl = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
afterEach(() => {
  vi.restoreAllMocks();
  URL.createObjectURL = jsdomUrl.create;
  URL.revokeObjectURL = jsdomUrl.revoke;
});

function renderWithCanvas(url = '/') {
  window.history.replaceState(null, '', url);
  const user = userEvent.setup();
  const open = openBundledMi6();
  render(
    <CanvasHandleProvider>
      <App initial={open} headless />
    </CanvasHandleProvider>,
  );
  return { user, open };
}

const exportButton = () => screen.getByRole('button', { name: 'Export' });
const menu = () => screen.getByRole('menu', { name: 'Export' });
const item = (name: RegExp | string) => within(menu()).getByRole('menuitem', { name });
const radio = (name: RegExp) => within(menu()).getByRole('menuitemradio', { name });

describe('the Export menu', { timeout: 30_000 }, () => {
  it('is a menu button that opens a menu of formats and a choice of scope', async () => {
    const { user, open } = renderWithCanvas();
    expect(exportButton()).toHaveAttribute('aria-haspopup', 'menu');
    expect(exportButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await user.click(exportButton());

    expect(exportButton()).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(menu())
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual([
      'PNG image',
      'SVG image',
      'Dossier bundle (.dossier.json)',
      'Cytoscape JSON (.cyjs)',
      'GraphML',
      'GEXF for Gephi',
      'Web Annotations (JSON-LD)',
      'Entities (CSV)',
      'Relations (CSV)',
    ]);
    const total = open.dataset.nodes.length;
    expect(radio(new RegExp(`^Current view \\(${total} of ${total} entities\\)`))).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(radio(new RegExp(`^Whole dataset \\(${total} entities\\)`))).toHaveAttribute(
      'aria-checked',
      'false',
    );
    expect(
      within(menu()).getByRole('group', { name: 'Pictures of the canvas as drawn now' }),
    ).toBeInTheDocument();
    expect(item('PNG image')).toHaveFocus();
  });

  it('moves with the arrow keys, wraps at the ends, and Esc closes it and returns the keyboard to Export', async () => {
    const { user } = renderWithCanvas('/?sel=node:mi6');
    exportButton().focus();
    await user.keyboard('{ArrowDown}');
    expect(item('PNG image')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('SVG image')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(item('Relations (CSV)')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('PNG image')).toHaveFocus();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(exportButton()).toHaveFocus();
    expect(exportButton()).toHaveAttribute('aria-expanded', 'false');
    // Esc closed the menu only: the selection is still there.
    expect(new URLSearchParams(window.location.search).get('sel')).toBe('node:mi6');
  });

  it('Enter on a format downloads it named from the dataset id, and the keyboard returns to Export', async () => {
    const { user } = renderWithCanvas();
    exportButton().focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{End}');
    expect(item('Relations (CSV)')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(downloads.map((d) => d.fileName)).toEqual(['mi6-entities.csv']), {
      timeout: 30_000,
    });
    expect(exportButton()).toHaveFocus();
    expect(screen.getByText('Exported mi6-entities.csv.')).toHaveAttribute('role', 'status');
    const bytes = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    // A UTF-8 byte-order mark first, so a spreadsheet reads the names right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await downloads[0]!.blob.text();
    expect(csv.split('\r\n')[0]).toBe('Name,Type,Threat areas,Connections,Id');
  });

  it('exports the current view, or with Space on "Whole dataset" everything', async () => {
    const { user, open } = renderWithCanvas('/?types=agency');
    const agencies = open.dataset.nodes.filter((n) => n.type === 'agency').length;
    await user.click(exportButton());
    expect(radio(/^Current view/)).toHaveAccessibleName(
      `Current view (${agencies} of ${open.dataset.nodes.length} entities)`,
    );
    await user.click(item('GEXF for Gephi'));
    // A screen reader hears the outcome; the button works again once it is said.
    // The writer is loaded on first use: on a busy machine that takes a while.
    await screen.findByText('Exported mi6-view.gexf.', {}, { timeout: 30_000 });
    expect(downloads[0]!.fileName).toBe('mi6-view.gexf');
    expect((await downloads[0]!.blob.text()).match(/<node id=/g)).toHaveLength(agencies);

    await user.click(exportButton());
    radio(/^Whole dataset/).focus();
    await user.keyboard(' ');
    expect(radio(/^Whole dataset/)).toHaveAttribute('aria-checked', 'true');
    expect(radio(/^Current view/)).toHaveAttribute('aria-checked', 'false');
    // Choosing a scope keeps the menu open, to choose a format next.
    expect(menu()).toBeInTheDocument();
    await user.click(item('Dossier bundle (.dossier.json)'));
    await waitFor(() => expect(downloads).toHaveLength(2), { timeout: 30_000 });
    expect(downloads[1]!.fileName).toBe('mi6.dossier.json');
    const bundle = JSON.parse(await downloads[1]!.blob.text()) as { dataset: { nodes: unknown[] } };
    expect(bundle.dataset.nodes).toHaveLength(open.dataset.nodes.length);
  });

  it('offers pictures only where the graph is drawn: in the Entities list they are unavailable and say why', async () => {
    const { user } = renderWithCanvas('/?view=list');
    await user.click(exportButton());
    expect(item('PNG image')).toHaveAttribute('aria-disabled', 'true');
    expect(item('PNG image')).toHaveAccessibleDescription('Pictures need the Graph view.');
    await user.click(item('PNG image'));
    expect(downloads).toEqual([]);
    // Data files still export from the list.
    await user.click(item('Cytoscape JSON (.cyjs)'));
    await waitFor(() => expect(downloads.map((d) => d.fileName)).toEqual(['mi6.cyjs']), {
      timeout: 30_000,
    });
  });
});
