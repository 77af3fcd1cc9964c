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

  it('refuses a text in which none of the quotes is found: it is not the dataset’s text', async () => {
    const result = await openDatasetFiles([
      file('graph.json', fixture('graph.json')),
      file('source.txt', 'A different text altogether, with none of the quoted words in it.'),
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toContainEqual(
        'source (document "source"): none of the 10 passages quoted from this document is in its text ' +
          '("source.txt"): is it the right file?',
      );
  });

  it('opens a two-document dataset from its graph.json and both texts, matched by file name', async () => {
    const two = (name: string) =>
      readFileSync(new URL(`../fixtures/valid-two-documents/${name}`, import.meta.url), 'utf8');
    const result = await openDatasetFiles([
      file('memo.txt', two('memo.txt')),
      file('graph.json', two('graph.json')),
      file('report.txt', two('report.txt')),
    ]);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect([...result.open.texts.keys()]).toEqual(['report', 'memo']);
    expect(result.warnings).toEqual([]);
  });

  it('names the document whose text was not picked', async () => {
    const two = (name: string) =>
      readFileSync(new URL(`../fixtures/valid-two-documents/${name}`, import.meta.url), 'utf8');
    const result = await openDatasetFiles([
      file('graph.json', two('graph.json')),
      file('report.txt', two('report.txt')),
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toEqual([
        'graph.json names the text of document "memo" as "memo.txt": choose that file together with the ' +
          'graph.json, so every quote can be found in its text.',
      ]);
  });

  it('refuses a text that is not UTF-8 with the byte offset, when the file gives its bytes', async () => {
    const latin1 = Uint8Array.from(
      Buffer.from(fixture('source.txt').replace('Vienna', 'Wien, café'), 'latin1'),
    );
    const text: PickedFile = {
      name: 'source.txt',
      size: latin1.length,
      text: async () => new TextDecoder().decode(latin1),
      arrayBuffer: async () => latin1.buffer,
    };
    const result = await openDatasetFiles([file('graph.json', fixture('graph.json')), text]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toEqual([
        expect.stringMatching(
          new RegExp(`^source\\.txt is not UTF-8: the bytes at offset ${latin1.indexOf(0xe9)} \\(E9`),
        ),
      ]);
  });
});
