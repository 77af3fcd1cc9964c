// Property tests over the loader: random mutations of a valid dataset (fields dropped, duplicated or retyped, wrong
// offsets, bad ids, huge strings, an edited text, as a graph.json or a bundle) either open, possibly with warnings,
// or come back as problems with words in them; nothing throws past `openDatasetFiles`, and no case runs long.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatasetFiles, type PickedFile } from '../../src/data/open-files';

const read = (path: string) =>
  readFileSync(new URL(`../fixtures/valid-minimal/${path}`, import.meta.url), 'utf8');
const BASE_GRAPH = JSON.parse(read('graph.json')) as unknown;
const BASE_SOURCE = read('source.txt');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path in a JSON value, the root included, in a fixed order (so runs repeat from their seed). */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const own: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => own.push(...pathsOf(v, [...at, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) own.push(...pathsOf(v, [...at, k]));
  return own;
}
const PATHS = pathsOf(BASE_GRAPH).filter((p) => p.length > 0);
const EVIDENCE_PATHS = PATHS.filter((p) => p[p.length - 1] === 'start' || p[p.length - 1] === 'end');
const ID_PATHS = PATHS.filter((p) => ['id', 'source', 'target'].includes(String(p[p.length - 1])));

type Mutation =
  | { kind: 'drop'; path: Path }
  | { kind: 'duplicate'; path: Path }
  | { kind: 'retype'; path: Path; value: Json }
  | { kind: 'offset'; path: Path; value: number }
  | { kind: 'id'; path: Path; value: string }
  | { kind: 'huge'; path: Path; length: number };

const anyJson = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), path: fc.constantFrom(...PATHS) }),
  fc.record({ kind: fc.constant('duplicate' as const), path: fc.constantFrom(...PATHS) }),
  fc.record({ kind: fc.constant('retype' as const), path: fc.constantFrom(...PATHS), value: anyJson }),
  fc.record({
    kind: fc.constant('offset' as const),
    path: fc.constantFrom(...EVIDENCE_PATHS),
    value: fc.oneof(fc.integer({ min: -5, max: BASE_SOURCE.length + 5 }), fc.integer(), fc.double()),
  }),
  fc.record({
    kind: fc.constant('id' as const),
    path: fc.constantFrom(...ID_PATHS),
    value: fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        '',
        ' ',
        'MI6',
        'a/b',
        '..',
        'gchq',
      ),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    ),
  }),
  fc.record({
    kind: fc.constant('huge' as const),
    path: fc.constantFrom(...PATHS),
    length: fc.integer({ min: 10_000, max: 300_000 }),
  }),
);

/** Applies a mutation to a deep copy; a path that no longer exists (an earlier mutation removed it) is skipped. */
function apply(root: Json, m: Mutation): Json {
  const copy = structuredClone(root);
  const parentPath = m.path.slice(0, -1);
  const key = m.path[m.path.length - 1] as string | number;
  let parent: Json = copy;
  for (const step of parentPath) {
    if (parent === null || typeof parent !== 'object') return copy;
    parent = (parent as Record<string, Json>)[step as string] as Json;
  }
  if (parent === null || typeof parent !== 'object' || !(key in parent)) return copy;
  const holder = parent as Record<string | number, Json>;
  switch (m.kind) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete holder[key];
      break;
    case 'duplicate':
      if (Array.isArray(parent))
        parent.splice(key as number, 0, structuredClone(parent[key as number]) as Json);
      else holder[`${key}`] = structuredClone(holder[key]) as Json;
      break;
    case 'retype':
      holder[key] = m.value;
      break;
    case 'offset':
      holder[key] = m.value;
      break;
    case 'id':
      holder[key] = m.value;
      break;
    case 'huge':
      holder[key] = 'x'.repeat(m.length);
      break;
  }
  return copy;
}

/** Edits to the source text: offsets in the graph then point at other words. */
const textEdit = fc.oneof(
  fc.constant((t: string) => t),
  fc.nat({ max: BASE_SOURCE.length }).map((n) => (t: string) => t.slice(0, n)),
  fc.tuple(fc.nat({ max: BASE_SOURCE.length }), fc.string({ unit: 'grapheme', maxLength: 20 })).map(
    ([n, s]) =>
      (t: string) =>
        t.slice(0, n) + s + t.slice(n),
  ),
  fc.constant(() => ''),
);

const picked = (name: string, text: string): PickedFile => ({
  name,
  size: text.length,
  text: () => Promise.resolve(text),
});

/** Each case's limit: the loader on this small dataset takes milliseconds; a case near this is a hang. */
const CASE_MS = 3_000;

describe('the loader under random mutations of a valid dataset', () => {
  it('opens or answers with problems, never throws, and never runs long', { timeout: 120_000 }, async () => {
    // Both answers must come up, or the mutations are not reaching the loader's checks.
    const seen = { opened: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 0, maxLength: 3 }),
        textEdit,
        fc.boolean(),
        async (mutations, edit, asBundle) => {
          const graph = mutations.reduce(apply, BASE_GRAPH as Json);
          const source = edit(BASE_SOURCE);
          const files = asBundle
            ? [
                picked(
                  'case.dossier.json',
                  JSON.stringify({
                    format: 'dossier-bundle',
                    bundleVersion: 1,
                    dataset: graph,
                    documents: [{ path: 'source.txt', text: source }],
                  }),
                ),
              ]
            : [picked('graph.json', JSON.stringify(graph)), picked('source.txt', source)];

          const result = await openDatasetFiles(files);
          seen[result.ok ? 'opened' : 'refused'] += 1;
          if (result.ok) {
            expect(result.open.dataset.id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
            expect(Array.isArray(result.warnings)).toBe(true);
          } else {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) {
              expect(typeof problem.message).toBe('string');
              expect(problem.message.trim()).not.toBe('');
              expect(problem.message).not.toMatch(/\[object Object\]/);
            }
          }
        },
      ),
      // A case past CASE_MS fails and is shrunk (the loader awaits reads, so a slow case is seen once it yields).
      { numRuns: 300, timeout: CASE_MS },
    );
    expect(seen.opened).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
  });

  it('a file that is not JSON at all, or JSON of any shape, answers with problems', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          anyJson.map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          const result = await openDatasetFiles([
            picked('graph.json', text),
            picked('source.txt', BASE_SOURCE),
          ]);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
