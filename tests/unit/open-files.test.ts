// Opening a dataset from files the user picked: size limits first, then JSON, then validation against the text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatasetFiles, type PickedFile } from '../../src/data/open-files';
import { formatProblem } from '../../src/model/validate';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/valid-minimal/${name}`, import.meta.url), 'utf8');

function file(name: string, content: string): PickedFile {
  return { name, size: new TextEncoder().encode(content).length, text: async () => content };
}

/** A file that claims a size but must never be read. */
function hugeFile(name: string, size: number): PickedFile & { reads: number } {
  const picked = {
    name,
    size,
    reads: 0,
    text: async () => {
      picked.reads += 1;
      throw new Error('a file over the limit was read');
    },
  };
  return picked;
}

describe('opening a dataset from files', () => {
  it('opens a graph.json picked together with its source text', async () => {
    const result = await openDatasetFiles([
      file('graph.json', fixture('graph.json')),
      file('source.txt', fixture('source.txt')),
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.open.origin).toBe('graph.json');
      expect(result.open.index.nodeById.size).toBeGreaterThan(0);
    }
  });

  it('refuses a 200 MB graph.json by its size, without reading it, and says the limit', async () => {
    const huge = hugeFile('graph.json', 200 * 1024 * 1024);
    const result = await openDatasetFiles([huge, file('source.txt', 'text')]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toEqual(['graph.json is 200.0 MB; the limit is 20 MB']);
    expect(huge.reads).toBe(0);
  });

  it('asks for the source text when only graph.json was picked', async () => {
    const result = await openDatasetFiles([file('graph.json', fixture('graph.json'))]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatProblem(result.problems[0]!)).toMatch(
        /names the text of document "source" as "source\.txt"/,
      );
  });

  it('says where a JSON syntax error is', async () => {
    const result = await openDatasetFiles([
      file('graph.json', '{\n  "id": "x",\n  oops\n}'),
      file('source.txt', 'x'),
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblem(result.problems[0]!)).toMatch(/graph\.json.*line 3/);
  });

  it('reports a quote that is not in the picked text, naming the element', async () => {
    const result = await openDatasetFiles([
      file('graph.json', fixture('graph.json')),
      file('source.txt', 'A different text altogether, with none of the quoted words in it.'),
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem).join('\n')).toMatch(
        /nodes\[0\] \(id "[^"]+"\)\.evidence\[0\]/,
      );
  });
});
