// Version-1 datasets open as version 2, and --fix writes version 2 back without changing what opens.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetForFile, documentIdFromPath, migrateDataset } from '../../src/model/migrate';
import { DatasetFileSchema } from '../../src/model/schema';
import { validateDataset } from '../../src/model/validate';

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const minimalV1 = () => JSON.parse(read('valid-minimal/graph.json')) as Record<string, unknown>;
const minimalText = read('valid-minimal/source.txt');

describe('migrating a version-1 dataset', () => {
  it('turns its one source into one document, in the same place among the keys', () => {
    const { raw, from } = migrateDataset(minimalV1());
    expect(from).toBe(1);
    const migrated = raw as Record<string, unknown>;
    expect(Object.keys(migrated).slice(0, 6)).toEqual([
      '$schema',
      'schemaVersion',
      'id',
      'title',
      'description',
      'documents',
    ]);
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.documents).toEqual([
      {
        id: 'source',
        path: 'source.txt',
        title: 'A memory stick from Vienna',
        publisher: 'Dossier test fixtures',
      },
    ]);
    expect(DatasetFileSchema.safeParse(raw).success).toBe(true);
  });

  it('names the document after its file, as the exports already did', () => {
    expect(documentIdFromPath('source.txt')).toBe('source');
    expect(documentIdFromPath('texts/Field Report (Vienna).txt')).toBe('field-report-vienna-');
    expect(documentIdFromPath('.txt')).toBe('source');
  });

  it('leaves a version-2 dataset, and anything that is not a dataset, as it is', () => {
    const v2 = { schemaVersion: 2, documents: [] };
    expect(migrateDataset(v2)).toEqual({ raw: v2, from: null });
    expect(migrateDataset([1])).toEqual({ raw: [1], from: null });
    expect(migrateDataset(null)).toEqual({ raw: null, from: null });
  });

  it('opens to the same dataset as the version-2 file --fix would write from it', () => {
    const fromV1 = validateDataset(minimalV1(), minimalText);
    expect(fromV1.problems).toEqual([]);
    const written = JSON.parse(JSON.stringify(datasetForFile(fromV1.dataset!))) as unknown;
    expect(DatasetFileSchema.safeParse(written).success).toBe(true);
    expect(validateDataset(written, minimalText).dataset).toEqual(fromV1.dataset);
  });

  it('still points a problem in the source at `source`, where the version-1 author wrote it', () => {
    const raw = minimalV1();
    (raw.source as Record<string, unknown>).title = '';
    expect(validateDataset(raw, minimalText).problems.map((p) => p.path)).toEqual(['source.title']);
  });
});

describe('writing version 2 back', () => {
  it('names each span’s document only when there are several documents', () => {
    const one = validateDataset(minimalV1(), minimalText).dataset!;
    expect(datasetForFile(one).nodes[0]?.evidence[0]).not.toHaveProperty('document');
    const raw = JSON.parse(read('valid-two-documents/graph.json')) as unknown;
    const texts = new Map([
      ['report', read('valid-two-documents/report.txt')],
      ['memo', read('valid-two-documents/memo.txt')],
    ]);
    const two = validateDataset(raw, texts).dataset!;
    const anna = datasetForFile(two).nodes.find((n) => n.id === 'anna-clarke');
    expect(anna?.evidence.map((e) => [e.document, e.quote, e.start])).toEqual([
      ['report', 'an MI6 officer called Anna Clarke', 31],
      ['memo', 'GCHQ thanked Anna Clarke', 87],
    ]);
  });
});
