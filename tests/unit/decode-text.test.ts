// A text that is not UTF-8 is refused with the byte offset where it goes wrong, not read with replacement
// characters that then fail every quote against it.
import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict, firstInvalidByte } from '../../src/data/decode-text';
import { openDatasetFiles, type PickedFile } from '../../src/data/open-files';
import { readFileSync } from 'node:fs';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decoding a text strictly as UTF-8', () => {
  it('decodes UTF-8, emoji and all, and drops a byte-order mark', () => {
    expect(decodeUtf8Strict(bytes([0xef, 0xbb, 0xbf], 'Café 🙂'))).toEqual({ ok: true, text: 'Café 🙂' });
  });

  it('names the offset of a Latin-1 byte, and the bytes found there', () => {
    const result = decodeUtf8Strict(bytes('Caf', [0xe9], ' au lait'), 'notes.txt');
    expect(result).toEqual({
      ok: false,
      byteOffset: 3,
      message: expect.stringMatching(/^notes\.txt is not UTF-8: the bytes at offset 3 \(E9 20 61 75\)/),
    });
  });

  it('finds overlong forms, surrogates, stray continuation bytes and a sequence cut short', () => {
    expect(firstInvalidByte(bytes('ab', [0xc0, 0xaf]))).toBe(2); // overlong "/"
    expect(firstInvalidByte(bytes('é', [0xed, 0xa0, 0x80]))).toBe(2); // a surrogate, after a 2-byte é
    expect(firstInvalidByte(bytes('x', [0x80]))).toBe(1);
    expect(firstInvalidByte(bytes('🙂', [0xf0, 0x9f]))).toBe(4);
    expect(firstInvalidByte(bytes([0xef, 0xbb, 0xbf], 'ok'))).toBe(5);
  });
});

const read = (path: string) => readFileSync(new URL(`../fixtures/valid-minimal/${path}`, import.meta.url));
const picked = (name: string, content: Buffer): PickedFile => ({
  name,
  size: content.byteLength,
  text: () => Promise.resolve(content.toString('utf8')),
  arrayBuffer: () =>
    Promise.resolve(
      content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer,
    ),
});

describe('opening files whose text is not UTF-8, or that name reserved ids, or hold very many entities', () => {
  it('a source text in Latin-1 is one problem naming the file and the byte, not a quote error per span', async () => {
    const latin1 = Buffer.concat([read('source.txt'), Buffer.from([0xe9])]);
    const result = await openDatasetFiles([
      picked('graph.json', read('graph.json')),
      picked('source.txt', latin1),
    ]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        new RegExp(`^source\\.txt is not UTF-8: the bytes at offset ${latin1.byteLength - 1} \\(E9\\)`),
      ),
    ]);
  });

  it('"constructor" as an id is refused with where it is; "prototype" opens', async () => {
    const graph = read('graph.json').toString('utf8');
    const refused = await openDatasetFiles([
      picked('graph.json', Buffer.from(graph.replaceAll('"gchq"', '"constructor"'))),
      picked('source.txt', read('source.txt')),
    ]);
    expect(!refused.ok && refused.problems[0]?.message).toMatch(
      /^nodes\[1\]\.id: "constructor" is a name every/,
    );
    const opened = await openDatasetFiles([
      picked('graph.json', Buffer.from(graph.replaceAll('"gchq"', '"prototype"'))),
      picked('source.txt', read('source.txt')),
    ]);
    expect(opened.ok && opened.open.dataset.nodes.map((n) => n.id)).toContain('prototype');
  });

  it('a dataset over the large-dataset threshold asks first; declining opens nothing', async () => {
    const graph = JSON.parse(read('graph.json').toString('utf8')) as { nodes: unknown[] };
    const many = { ...graph, nodes: Array.from({ length: 20_001 }, (_, i) => ({ id: `n${i}` })) };
    const asked: [number, string][] = [];
    const result = await openDatasetFiles(
      [picked('big.json', Buffer.from(JSON.stringify(many))), picked('source.txt', read('source.txt'))],
      {
        confirmLarge: (nodes, name) => {
          asked.push([nodes, name]);
          return Promise.resolve('cancel');
        },
      },
    );
    expect(asked).toEqual([[20_001, 'big.json']]);
    expect(!result.ok && result.problems[0]?.message).toBe('Opening cancelled.');
  });

  it('a large dataset opened as its best-connected part opens 1,000 entities and the relations among them', async () => {
    const graph = JSON.parse(read('graph.json').toString('utf8')) as object;
    const node = (id: string) => ({
      id,
      type: 'person',
      label: id,
      aliases: [],
      summary: '',
      threatAreas: [],
      evidence: [{ quote: 'MI6 works closely' }],
    });
    // A chain n0 - n1 - ... : every entity but the two ends has two relations, so the ends are the ones left out.
    const count = 20_001;
    const many = {
      ...graph,
      nodes: Array.from({ length: count }, (_, i) => node(`n${i}`)),
      edges: Array.from({ length: count - 1 }, (_, i) => ({
        id: `e${i}`,
        source: `n${i}`,
        target: `n${i + 1}`,
        type: 'linked_to',
        label: 'is linked to',
        threatAreas: [],
        evidence: [{ quote: 'MI6 works closely' }],
      })),
      flows: [],
    };
    const result = await openDatasetFiles(
      [picked('big.json', Buffer.from(JSON.stringify(many))), picked('source.txt', read('source.txt'))],
      { confirmLarge: () => Promise.resolve('part') },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.open.dataset.nodes).toHaveLength(1_000);
    expect(result.open.dataset.nodes[0]?.id).toBe('n1');
    expect(result.open.dataset.edges).toHaveLength(999);
    expect(result.open.dataset.title).toMatch(/\(its 1,000 best-connected entities\)$/);
  });
});
