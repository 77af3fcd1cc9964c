// CSV for spreadsheets: the entities and the relations as a sheet shows them, with every label unharmed.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeEntitiesCsv, writeRelationsCsv } from '../../src/data/export/csv';
import { exportInput } from '../../src/data/export/export-input';
import { openFolder, TRICKY_LABELS } from './helpers/open-fixture';

describe('CSV', () => {
  const parse = (csv: string) => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  };

  it('lists the entities with the list’s columns, in its order, and labels unchanged', () => {
    const open = openFolder('tricky');
    const rows = parse(writeEntitiesCsv(exportInput(open)));
    expect(rows[0]).toEqual(['Name', 'Type', 'Threat areas', 'Connections', 'Id']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...TRICKY_LABELS].sort((a, b) => a.localeCompare(b)));
    const smith = rows.find((r) => r[4] === 'smith-jones');
    expect(smith).toEqual(['Smith & Jones <Ltd>', 'Organisation', 'Espionage & <spies>', '2', 'smith-jones']);
  });

  it('lists each relation as source, relation, target, so a sheet reads as sentences', () => {
    const rows = parse(writeRelationsCsv(exportInput(openFolder('minimal'))));
    expect(rows[0]).toEqual([
      'Source',
      'Relation',
      'Target',
      'Type',
      'Threat areas',
      'Id',
      'Source id',
      'Target id',
    ]);
    expect(rows).toContainEqual([
      'MI6',
      'works closely with',
      'GCHQ',
      'works with',
      'State espionage',
      'mi6-works-with-gchq',
      'mi6',
      'gchq',
    ]);
  });

  it('keeps a label that looks like a formula from running in a spreadsheet', () => {
    const open = openFolder('minimal');
    const first = open.dataset.nodes[0]!;
    const input = exportInput({
      ...open,
      dataset: {
        ...open.dataset,
        nodes: [{ ...first, label: '=HYPERLINK("x")' }, ...open.dataset.nodes.slice(1)],
      },
    });
    const rows = parse(writeEntitiesCsv(input));
    expect(rows.map((r) => r[0])).toContain(`'=HYPERLINK("x")`);
  });
});
