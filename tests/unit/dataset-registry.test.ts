// Finding a dataset again from a link or a history entry: this session's datasets, the bundled ones, and what a
// location opens when the dataset it names is gone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDatasetRegistry } from '../../src/data/dataset-registry';
import { openDataset, type OpenDataset } from '../../src/data/open-dataset';
import { notAvailableNotice, resolveLocation } from '../../src/state/location';
import { INITIAL_VIEW } from '../../src/state/view-state';

const read = (path: string) =>
  readFileSync(new URL(`../fixtures/valid-minimal/${path}`, import.meta.url), 'utf8');
function minimal(patch: Record<string, unknown> = {}): OpenDataset {
  const result = openDataset(
    { ...JSON.parse(read('graph.json')), ...patch },
    read('source.txt'),
    'graph.json',
  );
  if (!result.ok) throw new Error('the fixture does not open');
  return result.open;
}

describe('the datasets a session can open again', () => {
  it('opens a bundled dataset by its id, once', () => {
    const registry = createDatasetRegistry();
    const mi6 = registry.find('mi6');
    expect(mi6?.dataset.title).toBe('What is MI6?');
    expect(registry.find('mi6')).toBe(mi6);
    expect(registry.find('nothing-like-it')).toBeUndefined();
  });

  it('finds the exact content a history entry names, else the latest opened under that id', () => {
    const registry = createDatasetRegistry();
    const first = minimal();
    const second = minimal({ title: 'The memory stick, retold' });
    registry.remember(first);
    registry.remember(second);
    expect(registry.find('valid-minimal', first.key)).toBe(first);
    expect(registry.find('valid-minimal', second.key)).toBe(second);
    expect(registry.find('valid-minimal')).toBe(second);
    expect(registry.find('valid-minimal', 'valid-minimal@gone')).toBe(second);
  });

  it('keeps a limited number, forgetting the least recently opened first', () => {
    const registry = createDatasetRegistry([], 2);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => minimal({ id }));
    registry.remember(a!);
    registry.remember(b!);
    registry.remember(a!);
    registry.remember(c!);
    expect(registry.find('b')).toBeUndefined();
    expect(registry.find('a')).toBe(a);
    expect(registry.find('c')).toBe(c);
  });
});

describe('what a location opens', () => {
  const registry = createDatasetRegistry();
  const mi6 = registry.find('mi6') as OpenDataset;
  const fromFile = minimal();
  registry.remember(fromFile);

  it('the dataset it names, at its view', () => {
    const resolved = resolveLocation('?dataset=valid-minimal&sel=node:gchq', null, registry, mi6);
    expect(resolved.open).toBe(fromFile);
    expect(resolved.view.selection).toEqual({ kind: 'node', id: 'gchq' });
    expect(resolved.notice).toBeNull();
  });

  it('a link from before datasets were named opens the default dataset at its view', () => {
    const resolved = resolveLocation('?sel=node:sami', null, registry, mi6);
    expect(resolved.open).toBe(mi6);
    expect(resolved.view.selection).toEqual({ kind: 'node', id: 'sami' });
  });

  it('a dataset not at hand: the default one at its starting view, while the named one is looked for at its view', () => {
    const resolved = resolveLocation(
      '?dataset=elsewhere&sel=node:sami',
      { dataset: 'elsewhere@1' },
      registry,
      mi6,
    );
    expect(resolved.open).toBe(mi6);
    expect(resolved.view).toEqual(INITIAL_VIEW);
    expect(resolved.notice).toBeNull();
    expect(resolved.lookFor?.datasetId).toBe('elsewhere');
    expect(resolved.lookFor?.view.selection).toEqual({ kind: 'node', id: 'sami' });
  });

  it('when it is not found either, the note names it and what shows instead', () => {
    expect(notAvailableNotice('elsewhere', 'What is MI6?')).toMatch(
      /“elsewhere” is not open in this session, nor kept in this browser.*Showing “What is MI6\?” instead/,
    );
  });
});
