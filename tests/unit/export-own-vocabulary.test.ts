// Exports of a dataset with its own vocabulary: files write its types' words, the bundle carries the vocabulary.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readBundle, writeBundle } from '../../src/data/export/bundle';
import { writeEntitiesCsv, writeRelationsCsv } from '../../src/data/export/csv';
import { exportInput } from '../../src/data/export/export-input';
import { writeGexf } from '../../src/data/export/gexf';
import { writeGraphml } from '../../src/data/export/graphml';
import { openDataset } from '../../src/data/open-dataset';
import { openFolder } from './helpers/open-fixture';

const fraud = openFolder('own');
const rows = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data.filter((r) => r.length > 1);

describe('exporting a dataset with its own vocabulary', () => {
  it('the CSV files write each type in the dataset’s words', () => {
    const input = exportInput(fraud);
    const entities = rows(writeEntitiesCsv(input));
    expect(entities.find((r) => r[0] === 'Marta Kovac')?.[1]).toBe('Suspect');
    expect(entities.find((r) => r[0] === 'Orchard Holdings')?.[1]).toBe('Company');
    const relations = rows(writeRelationsCsv(input));
    expect(relations.find((r) => r[5] === 'vos-holds-nordbank')?.[3]).toBe('holds');
  });

  it('GraphML and GEXF write the type labels, and GEXF the colour the canvas draws each type in', () => {
    const input = exportInput(fraud);
    expect(writeGraphml(input)).toContain('>Suspect<');
    const gexf = writeGexf(input);
    expect(gexf).toContain('Suspect');
    // #D55E00, the suspect's declared colour.
    expect(gexf).toContain('<viz:color hex="#D55E00"/>');
  });

  it('the bundle carries the vocabulary, and opens again with the same types and facet', () => {
    const text = writeBundle(exportInput(fraud));
    const bundle = JSON.parse(text) as {
      dataset: { vocabulary: unknown };
      vocabulary: { nodeTypes: Record<string, { label: string }> };
    };
    expect(bundle.dataset.vocabulary).toEqual(fraud.dataset.vocabulary);
    expect(bundle.vocabulary.nodeTypes.suspect?.label).toBe('Suspect');
    const contents = readBundle(bundle);
    if (!contents.ok) throw new Error(JSON.stringify(contents.problems));
    const reopened = openDataset(contents.dataset, contents.texts, 'fraud.dossier.json');
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.problems));
    expect(reopened.open.index.vocabulary.facet.plural).toBe('Charges');
    expect(reopened.open.index.vocabulary.nodeType('company').style).toEqual(
      fraud.index.vocabulary.nodeType('company').style,
    );
  });
});
