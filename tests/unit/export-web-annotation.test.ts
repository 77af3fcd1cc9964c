// Web Annotations: every annotation's position selects exactly its quote (counted in code points), and the quote is
// found again from its prefix, exact and suffix.
import { describe, expect, it } from 'vitest';
import { exportInput } from '../../src/data/export/export-input';
import {
  annotationCollection,
  codePointIndex,
  writeWebAnnotations,
  type AnnotationCollection,
} from '../../src/data/export/web-annotation';
import { openDataset, textOf } from '../../src/data/open-dataset';
import { openFolder, TRICKY_LABELS } from './helpers/open-fixture';

/** What an annotation tool does with a TextPositionSelector: cut the text by code points. */
const byCodePoints = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join('');

function checkEvery(collection: AnnotationCollection, text: string) {
  expect(collection.total).toBe(collection.first.items.length);
  for (const annotation of collection.first.items) {
    const [quote, position] = annotation.target.selector;
    expect(byCodePoints(text, position.start, position.end)).toBe(quote.exact);
    // Found again from the quote and its context alone, once, where the position says.
    const context = quote.prefix + quote.exact + quote.suffix;
    const at = text.indexOf(context);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(Array.from(text.slice(0, at + quote.prefix.length)).length).toBe(position.start);
  }
}

describe('Web Annotations', () => {
  it('count positions in code points: an emoji before a quote counts once', () => {
    const text = 'Agent 🕵️ met MI6 in 🇬🇧 London.';
    const at = codePointIndex(text);
    const start = text.indexOf('MI6');
    expect(at(start)).toBe(Array.from(text.slice(0, start)).length);
    expect(at(start)).toBeLessThan(start);
    expect(byCodePoints(text, at(start), at(start + 3))).toBe('MI6');
    expect(at(text.length)).toBe(Array.from(text).length);
  });

  it('on a text with emoji: every position selects its quote and every quote is found again', () => {
    const open = openFolder('tricky');
    expect(textOf(open, 'source')).toMatch(/\p{Extended_Pictographic}/u);
    const collection = annotationCollection(exportInput(open));
    checkEvery(collection, textOf(open, 'source'));
    // The emoji are before the first quote: UTF-16 offsets and code points really differ here.
    const first = collection.first.items[0]!.target.selector[1];
    expect(first.start).toBeLessThan(open.dataset.nodes[0]!.evidence[0]!.start);
  });

  it('on the MI6 article: every annotation’s position and quote agree with the text', () => {
    const open = openFolder('mi6');
    const collection = annotationCollection(exportInput(open));
    const spans =
      open.dataset.nodes.reduce((n, node) => n + node.evidence.length, 0) +
      open.dataset.edges.reduce((n, edge) => n + edge.evidence.length, 0);
    expect(collection.total).toBe(spans);
    checkEvery(collection, textOf(open, 'source'));
  });

  it('name the node or edge in the body (id, label, type) and the document as a URN when it has no URL', () => {
    const open = openFolder('minimal');
    const collection = JSON.parse(writeWebAnnotations(exportInput(open))) as AnnotationCollection;
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const anna = collection.first.items.find((a) => a.id.includes(':node:anna-clarke:'));
    expect(anna?.body).toEqual([
      {
        type: 'TextualBody',
        id: 'urn:dossier:valid-minimal:node:anna-clarke',
        purpose: 'identifying',
        format: 'text/plain',
        value: 'Anna Clarke',
      },
      { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: 'Person' },
    ]);
    expect(anna?.target.source).toBe('urn:dossier:valid-minimal:source');
    const edge = collection.first.items.find((a) => a.id.includes(':edge:mi6-works-with-gchq:'));
    expect(edge?.body[0]?.value).toBe('MI6 works closely with GCHQ');
  });

  it('of two documents: each annotation targets its span’s own document, by URN, quote and position', () => {
    const open = openFolder('two');
    const collection = annotationCollection(exportInput(open));
    const bySource = new Map<string, typeof collection.first.items>();
    for (const item of collection.first.items) {
      bySource.set(item.target.source, [...(bySource.get(item.target.source) ?? []), item]);
    }
    expect([...bySource.keys()].sort()).toEqual([
      'urn:dossier:valid-two-documents:memo',
      'urn:dossier:valid-two-documents:report',
    ]);
    for (const id of ['report', 'memo']) {
      const items = bySource.get(`urn:dossier:valid-two-documents:${id}`) ?? [];
      checkEvery(
        { ...collection, total: items.length, first: { ...collection.first, items } },
        textOf(open, id),
      );
    }
    // Anna Clarke has a passage in each document.
    const anna = collection.first.items.filter((a) => a.id.includes(':node:anna-clarke:'));
    expect(anna.map((a) => a.target.source)).toEqual([
      'urn:dossier:valid-two-documents:report',
      'urn:dossier:valid-two-documents:memo',
    ]);
  });

  it('point at the document’s URL when the dataset gives one', () => {
    const open = openFolder('minimal');
    const withUrl = openDataset(
      {
        ...open.dataset,
        documents: [{ ...open.dataset.documents[0]!, url: 'https://example.org/vienna' }],
      },
      open.texts,
      'x',
    );
    if (!withUrl.ok) throw new Error('does not open');
    const collection = annotationCollection(exportInput(withUrl.open));
    expect(new Set(collection.first.items.map((a) => a.target.source))).toEqual(
      new Set(['https://example.org/vienna']),
    );
  });

  it('carry labels with &, <, quotes and non-ASCII letters unchanged', () => {
    const collection = JSON.parse(
      writeWebAnnotations(exportInput(openFolder('tricky'))),
    ) as AnnotationCollection;
    const labels = new Set(collection.first.items.map((a) => a.body[0]?.value));
    for (const label of TRICKY_LABELS) expect(labels).toContain(label);
  });
});
