// The Dossier bundle: exported, it re-opens through "Open dataset…" as the same dataset, texts and positions included.
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../src/data/export/bundle';
import { exportInput } from '../../src/data/export/export-input';
import { openDatasetFiles, type PickedFile } from '../../src/data/open-files';
import type { Dataset } from '../../src/model/schema';
import { formatProblem } from '../../src/model/validate';
import { openFolder, TRICKY_LABELS } from './helpers/open-fixture';

function file(name: string, content: string): PickedFile {
  return { name, size: new TextEncoder().encode(content).length, text: async () => content };
}

/** What a bundle cannot keep: the editor-only $schema path. */
function normalise(dataset: Dataset): Dataset {
  const { $schema: _schema, ...rest } = dataset;
  return rest;
}

async function reopen(text: string) {
  const result = await openDatasetFiles([file('mi6.dossier.json', text)]);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.open;
}

describe('the Dossier bundle', () => {
  it.each(['mi6', 'tricky', 'minimal', 'two'] as const)(
    're-opens the %s dataset as the same dataset with the same text',
    async (name) => {
      const open = openFolder(name);
      const again = await reopen(writeBundle(exportInput(open)));
      expect(normalise(again.dataset)).toEqual(normalise(open.dataset));
      expect(again.texts).toEqual(open.texts);
      expect(again.origin).toBe('mi6.dossier.json');
    },
  );

  it('keeps the positions as drawn now, not the ones the dataset shipped', async () => {
    const open = openFolder('minimal');
    const drawn = { mi6: { x: 1.5, y: -2 }, gchq: { x: 300, y: 40 } };
    const again = await reopen(writeBundle(exportInput(open, { positions: drawn })));
    expect(again.dataset.positions).toEqual(drawn);
  });

  it('carries labels with &, <, quotes and non-ASCII letters unchanged', async () => {
    const again = await reopen(writeBundle(exportInput(openFolder('tricky'))));
    expect(again.dataset.nodes.map((n) => n.label)).toEqual(TRICKY_LABELS);
  });

  it('names the node and relation types it uses, for a reader of the file', () => {
    const bundle = JSON.parse(writeBundle(exportInput(openFolder('minimal')))) as {
      vocabulary: { nodeTypes: Record<string, { label: string }> };
      documents: { id: string; title: string; path: string; text: string }[];
    };
    expect(bundle.vocabulary.nodeTypes.agency?.label).toBe('Agency');
    expect(bundle.documents.map((d) => [d.id, d.title, d.path])).toEqual([
      ['source', 'A memory stick from Vienna', 'source.txt'],
    ]);
  });

  it('of the current view re-opens with only what the view showed, its flows still valid', async () => {
    const open = openFolder('mi6');
    const shown = open.dataset.nodes.filter((n) => n.type === 'agency').map((n) => n.id);
    const visible = {
      nodeIds: new Set(shown),
      edgeIds: new Set(
        open.dataset.edges
          .filter((e) => shown.includes(e.source) && shown.includes(e.target))
          .map((e) => e.id),
      ),
    };
    const input = exportInput(open, { visible });
    expect(input.partial).toBe(true);
    const again = await reopen(writeBundle(input));
    expect(again.dataset.nodes.map((n) => n.id).sort()).toEqual([...shown].sort());
    expect(again.dataset.edges.map((e) => e.id).sort()).toEqual([...visible.edgeIds].sort());
    expect(Object.keys(again.dataset.positions ?? {}).sort()).toEqual([...shown].sort());
    expect(again.dataset.flows.map((f) => f.steps.length)).toEqual(
      open.dataset.flows.map((f) => f.steps.length),
    );
  });

  it('that lost its text says which document is missing, and nothing opens', async () => {
    const bundle = JSON.parse(writeBundle(exportInput(openFolder('minimal')))) as {
      documents: { text?: string }[];
    };
    delete bundle.documents[0]?.text;
    const result = await openDatasetFiles([file('x.dossier.json', JSON.stringify(bundle))]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toEqual([
        'documents[0].text: is missing: the document’s text is needed to check every quote',
      ]);
  });

  it('of two documents carries both texts, and one lost says which document it was', async () => {
    const bundle = JSON.parse(writeBundle(exportInput(openFolder('two')))) as {
      documents: { id: string; path: string; text: string }[];
    };
    expect(bundle.documents.map((d) => [d.id, d.path])).toEqual([
      ['report', 'report.txt'],
      ['memo', 'memo.txt'],
    ]);
    bundle.documents.pop();
    const result = await openDatasetFiles([file('x.dossier.json', JSON.stringify(bundle))]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toEqual([
        'documents: holds no text for the document "memo" (dataset.documents[1]): a bundle carries every document\'s text',
      ]);
  });

  it('whose text was edited under a quote re-opens on the edited words, and says what changed', async () => {
    const bundle = JSON.parse(writeBundle(exportInput(openFolder('minimal')))) as {
      documents: { text: string }[];
    };
    bundle.documents[0]!.text = bundle.documents[0]!.text.replace('Anna Clarke', 'Anna Smith!');
    const result = await openDatasetFiles([file('x.dossier.json', JSON.stringify(bundle))]);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.warnings.map(formatProblem)).toContain(
      'the text is not as the evidence was written: 0 passages moved, 3 changed, 0 not found',
    );
    const anna = result.open.dataset.nodes.find((n) => n.id === 'anna-clarke');
    expect(anna?.evidence[0]?.quote).toBe('an MI6 officer called Anna Smith!');
  });
});
