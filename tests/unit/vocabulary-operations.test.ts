// Editing a dataset's types as one undoable operation: it keeps the dataset valid, refuses to drop a type in use,
// and the index (and so every view) reads the new types at once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyOperation, tryOperation } from '../../src/model/operations';
import { validateDataset } from '../../src/model/validate';
import { buildGraphIndex } from '../../src/model/graph-index';
import { indexAfterOperation } from '../../src/model/graph-index-update';
import { NEW_CASE_VOCABULARY, newCaseDataset } from '../../src/model/new-case';
import type { Dataset, GraphNode, VocabularyFile } from '../../src/model/schema';
import { addNodeType, editableVocabulary } from '../../src/panels/vocabulary/vocabulary-edits';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/valid-minimal/${name}`, import.meta.url), 'utf8');
const sourceText = fixture('source.txt');
const minimal = validateDataset(JSON.parse(fixture('graph.json')), sourceText).dataset as Dataset;

const TEXT = 'Anna Clarke met the officer in Vienna.';
const made = newCaseDataset({ title: 'Vienna', documents: [{ title: '', text: TEXT }] });
if (!made.ok) throw new Error('no case');
const anna: GraphNode = {
  id: 'anna',
  type: 'person',
  label: 'Anna Clarke',
  aliases: [],
  summary: '',
  threatAreas: [],
  evidence: [{ document: 'vienna', start: 0, end: 11, quote: 'Anna Clarke' }],
};
const withAnna = applyOperation(made.dataset, { type: 'addNode', node: anna }).dataset;
const base = NEW_CASE_VOCABULARY as Required<
  Pick<VocabularyFile, 'nodeTypes' | 'relationTypes' | 'families'>
>;

describe('setVocabulary', () => {
  it('adds a type, and undoing it gives back the dataset as it was', () => {
    const vocabulary = { ...base, nodeTypes: [...base.nodeTypes, { id: 'vehicle', label: 'Vehicle' }] };
    const { dataset, inverse } = applyOperation(withAnna, { type: 'setVocabulary', vocabulary });
    expect(validateDataset(dataset, made.texts).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset.vocabulary?.nodeTypes?.at(-1)).toEqual({ id: 'vehicle', label: 'Vehicle' });
    expect(applyOperation(dataset, inverse).dataset).toEqual(withAnna);
  });

  it('refuses to remove a type an entity still has, and removes one nobody uses', () => {
    const noPerson = { ...base, nodeTypes: base.nodeTypes.filter((t) => t.id !== 'person') };
    expect(tryOperation(withAnna, { type: 'setVocabulary', vocabulary: noPerson })).toEqual({
      ok: false,
      problem: 'node "anna" is of the type "person", which would be gone',
    });
    const noTheme = { ...base, nodeTypes: base.nodeTypes.filter((t) => t.id !== 'theme') };
    const result = tryOperation(withAnna, { type: 'setVocabulary', vocabulary: noTheme });
    expect(result.ok).toBe(true);
  });

  it('refuses what the validator would: repeated ids, blank names, bad colours, undeclared families', () => {
    const cases: [VocabularyFile, RegExp][] = [
      [{ ...base, nodeTypes: [...base.nodeTypes, { id: 'person', label: 'Again' }] }, /two node types/],
      [{ ...base, nodeTypes: [{ id: 'person', label: ' ' }] }, /needs a name/],
      [{ ...base, nodeTypes: [{ id: 'person', label: 'P', colour: 'red' }] }, /#rrggbb/],
      [
        { ...base, relationTypes: [{ id: 'x', label: 'X', family: 'money' }] },
        /"money", which is not declared/,
      ],
      [{ ...base, nodeTypes: [] }, /at least one node type/],
      [{ ...base, nodeTypes: [{ id: 'Not A Slug', label: 'X' }] }, /not a lower-case slug/],
    ];
    for (const [vocabulary, problem] of cases) {
      const result = tryOperation(withAnna, { type: 'setVocabulary', vocabulary });
      expect(result.ok ? 'applied' : result.problem).toMatch(problem);
    }
  });

  it('gives a dataset with no vocabulary one, and undoing takes it away again', () => {
    expect(minimal.vocabulary).toBeUndefined();
    const vocabulary = buildGraphIndex(minimal).vocabulary;
    const own: VocabularyFile = {
      nodeTypes: vocabulary.nodeTypes.map((t) => ({ id: t.id, label: t.label, colour: t.style.colour })),
    };
    const { dataset, inverse } = applyOperation(minimal, { type: 'setVocabulary', vocabulary: own });
    expect(validateDataset(dataset, sourceText).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const undone = applyOperation(dataset, inverse).dataset;
    expect(undone).toEqual(minimal);
    expect('vocabulary' in undone).toBe(false);
  });

  it('the index reads the new colour and name at once', () => {
    const before = buildGraphIndex(withAnna);
    const vocabulary = {
      ...base,
      nodeTypes: base.nodeTypes.map((t) =>
        t.id === 'person' ? { ...t, label: 'Suspect', colour: '#123456' } : t,
      ),
    };
    const operation = { type: 'setVocabulary', vocabulary } as const;
    const { dataset } = applyOperation(withAnna, operation);
    const after = indexAfterOperation(before, operation, dataset);
    expect(after.vocabulary.nodeType('person')).toMatchObject({
      label: 'Suspect',
      style: { colour: '#123456' },
    });
    expect(before.vocabulary.nodeType('person').label).toBe('Person');
  });

  it('MI6, which declares no types, edited gets a copy of the built-in ones and looks exactly as before', () => {
    const mi6Text = readFileSync(new URL('../../graph-data/mi6/source.txt', import.meta.url), 'utf8');
    const mi6Raw: unknown = JSON.parse(
      readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8'),
    );
    const mi6 = validateDataset(mi6Raw, mi6Text).dataset as Dataset;
    const before = buildGraphIndex(mi6);
    const vocabulary = addNodeType(editableVocabulary(mi6, before.vocabulary), 'Vehicle');
    const { dataset } = applyOperation(mi6, { type: 'setVocabulary', vocabulary });
    expect(validateDataset(dataset, mi6Text).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const after = buildGraphIndex(dataset);
    const looks = (index: typeof before) => ({
      nodes: index.vocabulary.nodeTypes.map((t) => [t.id, t.label, t.plural, t.style]),
      relations: index.vocabulary.relationTypes.map((t) => [t.id, t.label, t.family, t.style]),
      families: index.vocabulary.families.map((f) => [f.id, f.label, f.style]),
    });
    expect({ ...looks(after), nodes: looks(after).nodes.slice(0, -1) }).toEqual(looks(before));
    expect(after.vocabulary.nodeTypes.at(-1)).toMatchObject({ id: 'vehicle', label: 'Vehicle' });
  });
});
