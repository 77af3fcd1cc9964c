// npm run check:data: one line per problem with its file, a summary per dataset, and a failing exit on any error.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkData, fixData } from '../../scripts/check-data';
import { datasetJsonSchemaText } from '../../src/model/json-schema';
import { writeBundle } from '../../src/data/export/bundle';
import { exportInput } from '../../src/data/export/export-input';
import { openFolder } from './helpers/open-fixture';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

const BAD_FIXTURES = [
  'bad-unknown-type',
  'bad-duplicate-id',
  'bad-dangling-edge',
  'bad-unknown-threat-area',
  'bad-step-missing-node',
  'bad-ambiguous-quote',
  'bad-overlapping-order',
  'bad-json-syntax',
  'bad-many-problems',
];

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch repo root with a graph-data folder, for the no-argument mode. */
function scratchRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-check-data-'));
  temporary.push(root);
  mkdirSync(join(root, 'graph-data'));
  return root;
}

describe('checking datasets named on the command line', () => {
  it('the valid fixture passes with a summary of what it holds', () => {
    const report = checkData(['tests/fixtures/valid-minimal'], REPO);
    expect(report).toEqual({
      lines: ['tests/fixtures/valid-minimal: ok — 4 nodes, 3 edges, 1 flow (2 steps)'],
      errors: 0,
      warnings: 0,
    });
  });

  it.each(BAD_FIXTURES)('%s fails, and each problem line starts with its file', (name) => {
    const report = checkData([`tests/fixtures/${name}`], REPO);
    expect(report.errors).toBeGreaterThan(0);
    const problemLines = report.lines.slice(0, -1);
    expect(problemLines.length).toBe(report.errors + report.warnings);
    for (const line of problemLines)
      expect(line.startsWith(`tests/fixtures/${name}/graph.json: `)).toBe(true);
    expect(report.lines.at(-1)).toMatch(new RegExp(`^tests/fixtures/${name}: \\d+ errors?`));
  });

  it('a graph.json path works as well as its folder, and warnings are marked', () => {
    const report = checkData(['tests/fixtures/bad-dangling-edge/graph.json'], REPO);
    expect(report.lines).toEqual([
      'tests/fixtures/bad-dangling-edge/graph.json: warning: nodes[3] (id "memory-stick"): node has no edges; it will stand alone in the graph',
      'tests/fixtures/bad-dangling-edge/graph.json: edges[2] (id "gchq-examines-memory-stick").target: target "usb-stick" is not the id of any node',
      'tests/fixtures/bad-dangling-edge: 1 error, 1 warning',
    ]);
  });

  it('a claim drawn as two edges on the same words is a warning that names both, and the check still passes', () => {
    const report = checkData(['tests/fixtures/warning-repeated-claim'], REPO);
    expect(report).toEqual({
      lines: [
        'tests/fixtures/warning-repeated-claim/graph.json: warning: edges[3] (id "gchq-analyses-memory-stick"): ' +
          'edges[2] (id "gchq-examines-memory-stick") also goes from "gchq" to "memory-stick" on the same passage, ' +
          '171–219 "GCHQ examined the memory stick and foun…": one claim of the text should be one edge',
        'tests/fixtures/warning-repeated-claim: ok (1 warning) — 4 nodes, 4 edges, 1 flow (2 steps)',
      ],
      errors: 0,
      warnings: 1,
    });
  });

  it('a missing source text is reported by name', () => {
    const root = scratchRoot();
    const dir = join(root, 'graph-data', 'no-source');
    cpSync(join(REPO, 'tests/fixtures/valid-minimal'), dir, { recursive: true });
    rmSync(join(dir, 'source.txt'));
    const report = checkData([dir], root);
    expect(report.lines).toEqual([
      'graph-data/no-source/graph.json: source.path: the source text "source.txt" is not in the dataset folder',
      'graph-data/no-source: 1 error',
    ]);
  });
});

describe('checking the whole repository', () => {
  it('finds every dataset folder under graph-data and checks the schema file', () => {
    const root = scratchRoot();
    writeFileSync(join(root, 'graph-data', 'schema.json'), datasetJsonSchemaText());
    cpSync(join(REPO, 'tests/fixtures/valid-minimal'), join(root, 'graph-data', 'a'), { recursive: true });
    cpSync(join(REPO, 'tests/fixtures/bad-ambiguous-quote'), join(root, 'graph-data', 'b'), {
      recursive: true,
    });
    mkdirSync(join(root, 'graph-data', 'not-a-dataset'));
    const report = checkData([], root, root);
    expect(report.errors).toBe(1);
    expect(report.lines.filter((l) => !l.includes('/graph.json: '))).toEqual([
      'graph-data/a: ok — 4 nodes, 3 edges, 1 flow (2 steps)',
      'graph-data/b: 1 error',
    ]);
  });

  it('a stale graph-data/schema.json fails and says how to regenerate it', () => {
    const root = scratchRoot();
    writeFileSync(join(root, 'graph-data', 'schema.json'), '{}\n');
    const report = checkData([], root, root);
    expect(report.errors).toBe(1);
    expect(report.lines).toContain(
      'graph-data/schema.json: is out of date with src/model/schema.ts; run npm run schema:json',
    );
  });
});

describe('the command', () => {
  it('exits 1 on a bad dataset and 0 on a good one', () => {
    const tsx = join(REPO, 'node_modules', '.bin', 'tsx');
    const run = (arg: string) =>
      spawnSync(tsx, ['scripts/check-data.ts', arg], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    const bad = run('tests/fixtures/bad-overlapping-order');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('tests/fixtures/bad-overlapping-order: 1 error');
    const good = run('tests/fixtures/valid-minimal');
    expect(good.status).toBe(0);
    expect(good.stdout).toBe('tests/fixtures/valid-minimal: ok — 4 nodes, 3 edges, 1 flow (2 steps)\n');
  }, 120_000);
});

describe('--fix', () => {
  it('writes a version-1 dataset back as version 2, with a moved passage at its new offsets', async () => {
    const root = scratchRoot();
    const dir = join(root, 'graph-data', 'moved');
    cpSync(join(REPO, 'tests/fixtures/warning-passage-moved'), dir, { recursive: true });
    expect(checkData([dir], root).warnings).toBe(1);
    expect(await fixData([dir], root)).toEqual(['graph-data/moved/graph.json']);
    const written = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as {
      schemaVersion: number;
      documents: unknown[];
      nodes: { evidence: { start: number; end: number; prefix?: string }[] }[];
    };
    expect(written.schemaVersion).toBe(2);
    expect(written.documents).toEqual([
      {
        id: 'source',
        title: 'A memory stick from Vienna',
        path: 'source.txt',
        publisher: 'Dossier test fixtures',
      },
    ]);
    expect(written.nodes[1]?.evidence[0]).toMatchObject({
      start: 171,
      end: 201,
      prefix: 'mory stick by a nervous source. ',
    });
    expect(checkData([dir], root)).toEqual({
      lines: ['graph-data/moved: ok — 4 nodes, 3 edges, 1 flow (2 steps)'],
      errors: 0,
      warnings: 0,
    });
    // A second run has nothing left to change.
    expect(await fixData([dir], root)).toEqual([]);
  });

  it('leaves a dataset with errors untouched', async () => {
    const root = scratchRoot();
    const dir = join(root, 'graph-data', 'bad');
    cpSync(join(REPO, 'tests/fixtures/bad-ambiguous-quote'), dir, { recursive: true });
    const before = readFileSync(join(dir, 'graph.json'), 'utf8');
    expect(await fixData([dir], root)).toEqual([]);
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe(before);
  });
});

describe('a text that is not UTF-8', () => {
  it('is one problem naming the byte offset of its first bad byte, not a quote error per span', () => {
    const root = scratchRoot();
    const dir = join(root, 'graph-data', 'latin1');
    cpSync(join(REPO, 'tests/fixtures/valid-minimal'), dir, { recursive: true });
    const text = readFileSync(join(dir, 'source.txt'), 'utf8').replace('Vienna', 'Wien café');
    // "café" in Latin-1: é is the single byte 0xE9, which UTF-8 never has on its own.
    writeFileSync(join(dir, 'source.txt'), Buffer.from(text, 'latin1'));
    const at = Buffer.from(text, 'latin1').indexOf(0xe9);
    const lines = checkData([dir], root).lines;
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(
        `^graph-data/latin1/graph\\.json: source\\.path: source\\.txt is not UTF-8: the bytes at offset ${at} \\(E9`,
      ),
    );
    expect(lines[1]).toBe('graph-data/latin1: 1 error');
  });
});

describe('a Dossier bundle', () => {
  /** MI6 exported as a bundle (what Export writes), in a scratch folder; `edit` changes it first. */
  function bundleFile(edit: (bundle: { dataset: { nodes: { type: string }[] } }) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bundle-'));
    temporary.push(dir);
    const bundle = JSON.parse(writeBundle(exportInput(openFolder('mi6'))));
    edit(bundle);
    const file = join(dir, 'mi6.dossier.json');
    writeFileSync(file, JSON.stringify(bundle));
    return file;
  }

  it('an exported bundle is checked with the texts it carries, and passes', () => {
    const report = checkData([bundleFile(() => {})], REPO);
    expect(report.errors).toBe(0);
    expect(report.lines.at(-1)).toMatch(/mi6\.dossier\.json: ok.* — \d+ nodes, \d+ edges/);
  });

  it('a bad bundle fails with its problems, each naming the bundle and where in it', () => {
    const file = bundleFile((bundle) => {
      const node = bundle.dataset.nodes[0];
      if (node) node.type = 'spaceship';
    });
    const report = checkData([file], REPO);
    expect(report.errors).toBe(1);
    expect(report.lines[0]).toMatch(/^.*mi6\.dossier\.json: nodes\[0\].*unknown node type "spaceship"/);
  });
});
