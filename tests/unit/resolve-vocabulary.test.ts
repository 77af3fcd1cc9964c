// A dataset's own vocabulary, resolved: its words, and the colours and shapes its types are drawn in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_VOCABULARY, vocabularyOf } from '../../src/model/resolve-vocabulary';
import type { VocabularyFile } from '../../src/model/schema';
import {
  NODE_TYPE_INFO,
  NODE_TYPES,
  RELATION_FAMILY,
  RELATION_TYPE_INFO,
  RELATION_TYPES,
} from '../../src/model/vocabulary';
import {
  NODE_TYPE_PALETTE,
  NODE_TYPE_STYLE,
  RELATION_FAMILY_PALETTE,
  RELATION_FAMILY_STYLE,
} from '../../src/theme/theme';

const of = (vocabulary: VocabularyFile) => vocabularyOf({ vocabulary });
const lower = (colours: readonly string[]) => colours.map((c) => c.toLowerCase());

describe('a dataset that declares no vocabulary (MI6)', () => {
  const mi6 = JSON.parse(
    readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8'),
  ) as { vocabulary?: unknown };

  it('MI6 declares none, and so gets the built-in vocabulary', () => {
    expect(mi6.vocabulary).toBeUndefined();
    expect(vocabularyOf({})).toBe(BUILTIN_VOCABULARY);
  });

  it('draws every built-in node type in the colour and shape the theme gives it, with its words', () => {
    expect(BUILTIN_VOCABULARY.nodeTypes.map((t) => t.id)).toEqual([...NODE_TYPES]);
    for (const type of NODE_TYPES) {
      const resolved = BUILTIN_VOCABULARY.nodeType(type);
      expect(resolved.style).toEqual(NODE_TYPE_STYLE[type]);
      expect(resolved.label).toBe(NODE_TYPE_INFO[type].label);
      expect(resolved.plural).toBe(NODE_TYPE_INFO[type].plural);
    }
  });

  it('draws every built-in relation type in its family’s colour, line and width', () => {
    expect(BUILTIN_VOCABULARY.relationTypes.map((t) => t.id)).toEqual([...RELATION_TYPES]);
    for (const type of RELATION_TYPES) {
      const resolved = BUILTIN_VOCABULARY.relationType(type);
      expect(resolved.family).toBe(RELATION_FAMILY[type]);
      expect(resolved.style).toEqual(RELATION_FAMILY_STYLE[RELATION_FAMILY[type]]);
      expect(resolved.label).toBe(RELATION_TYPE_INFO[type].label);
    }
  });

  it('calls its facet "Threat areas"', () => {
    expect(BUILTIN_VOCABULARY.facet).toEqual({ label: 'Threat area', plural: 'Threat areas' });
  });
});

describe('a dataset’s own vocabulary', () => {
  it('keeps the words and the order the dataset declares, and its facet’s name', () => {
    const v = of({
      nodeTypes: [
        { id: 'suspect', label: 'Suspect' },
        { id: 'company', label: 'Company', plural: 'Companies', description: 'A firm.' },
      ],
      facet: { label: 'Charge', plural: 'Charges' },
    });
    expect(v.nodeTypes.map((t) => [t.id, t.label, t.plural])).toEqual([
      ['suspect', 'Suspect', 'Suspects'],
      ['company', 'Company', 'Companies'],
    ]);
    expect(v.nodeType('company').description).toBe('A firm.');
    expect(v.facet).toEqual({ label: 'Charge', plural: 'Charges' });
    // Relation types not declared: the built-in ones.
    expect(v.relationTypes.map((t) => t.id)).toEqual([...RELATION_TYPES]);
  });

  it('draws a type in the colour and shape it declares', () => {
    const v = of({ nodeTypes: [{ id: 'suspect', label: 'Suspect', colour: '#123456', shape: 'diamond' }] });
    expect(v.nodeType('suspect').style).toEqual({ colour: '#123456', shape: 'diamond' });
  });

  it('a declared colour wins over the built-in one, and a built-in id declared bare keeps the built-in style', () => {
    const v = of({
      nodeTypes: [
        { id: 'person', label: 'Witness' },
        { id: 'agency', label: 'Police force', colour: '#000000' },
      ],
    });
    expect(v.nodeType('person').style).toEqual(NODE_TYPE_STYLE.person);
    expect(v.nodeType('person').label).toBe('Witness');
    expect(v.nodeType('agency').style.colour).toBe('#000000');
    expect(v.nodeType('agency').style.shape).toBe(NODE_TYPE_STYLE.agency.shape);
  });

  it('gives the first 17 undeclared types 17 different palette colours, and the first 8 different shapes', () => {
    const ids = Array.from({ length: 17 }, (_, i) => `type-${i}`);
    const v = of({ nodeTypes: ids.map((id) => ({ id, label: id })) });
    const colours = v.nodeTypes.map((t) => t.style.colour);
    expect(new Set(colours).size).toBe(17);
    for (const colour of colours) expect(lower(NODE_TYPE_PALETTE)).toContain(colour);
    expect(new Set(v.nodeTypes.slice(0, 8).map((t) => t.style.shape)).size).toBe(8);
  });

  it('gives up to 8 undeclared types the 8 colours of the Okabe–Ito core, whatever their ids hash to', () => {
    for (const ids of [
      ['suspect', 'company', 'account'],
      Array.from({ length: 8 }, (_, i) => `kind-${i * 7}`),
    ]) {
      const v = of({ nodeTypes: ids.map((id) => ({ id, label: id })) });
      for (const t of v.nodeTypes) expect(lower(NODE_TYPE_PALETTE.slice(0, 8))).toContain(t.style.colour);
    }
  });

  it('keeps a type’s colour from one dataset to the next, whatever else each declares', () => {
    const a = of({ nodeTypes: [{ id: 'suspect', label: 'Suspect' }] });
    const b = of({
      nodeTypes: [
        { id: 'victim', label: 'Victim' },
        { id: 'suspect', label: 'Suspect' },
        { id: 'bank', label: 'Bank' },
      ],
    });
    expect(b.nodeType('suspect').style).toEqual(a.nodeType('suspect').style);
  });

  it('is the same every time: resolving the same declarations twice gives the same styles', () => {
    const declared = (): VocabularyFile => ({
      nodeTypes: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase() })),
      relationTypes: [{ id: 'r', label: 'r', family: 'f' }],
      families: [{ id: 'f', label: 'F' }],
    });
    const first = of(declared());
    const second = of(declared());
    expect(second.nodeTypes.map((t) => t.style)).toEqual(first.nodeTypes.map((t) => t.style));
    expect(second.relationType('r').style).toEqual(first.relationType('r').style);
  });

  it('a palette colour never repeats one the dataset declares', () => {
    const v = of({
      nodeTypes: [
        ...NODE_TYPE_PALETTE.slice(0, 16).map((colour, i) => ({ id: `fixed-${i}`, label: 'x', colour })),
        { id: 'free', label: 'Free' },
      ],
    });
    expect(v.nodeType('free').style.colour).toBe(lower(NODE_TYPE_PALETTE)[16]);
  });

  it('draws a relation type in its family’s style unless it declares its own, and one with no family with "other"', () => {
    const v = of({
      relationTypes: [
        { id: 'pays', label: 'pays', family: 'money' },
        { id: 'holds', label: 'holds', family: 'money', line: 'dotted' },
        { id: 'knows', label: 'knows' },
      ],
      families: [{ id: 'money', label: 'Money', colour: '#0072B2' }],
    });
    expect(v.relationType('pays').style).toMatchObject({ colour: '#0072B2' });
    expect(v.relationType('holds').style).toMatchObject({ colour: '#0072B2', line: 'dotted' });
    expect(v.relationType('knows').family).toBe('other');
    expect(v.families.map((f) => [f.id, f.label])).toEqual([
      ['money', 'Money'],
      ['other', 'Other relations'],
    ]);
    expect(v.family('other').style).toEqual(RELATION_FAMILY_STYLE.other);
  });

  it('gives families declared without a colour different line colours from the family palette', () => {
    const v = of({
      relationTypes: [{ id: 'r', label: 'r', family: 'a' }],
      families: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id })),
    });
    const colours = v.families.map((f) => f.style.colour);
    expect(new Set(colours).size).toBe(5);
    for (const colour of colours) expect(lower(RELATION_FAMILY_PALETTE)).toContain(colour);
  });

  it('names a type it does not declare by its id and still draws it, so a stale link breaks nothing', () => {
    const v = of({ nodeTypes: [{ id: 'suspect', label: 'Suspect' }] });
    const unknown = v.nodeType('ghost');
    expect(unknown.label).toBe('ghost');
    expect(lower(NODE_TYPE_PALETTE)).toContain(unknown.style.colour);
    expect(v.nodeType('ghost')).toBe(unknown);
  });

  it('resolves once per vocabulary: a copied dataset with the same vocabulary gets the same object', () => {
    const vocabulary: VocabularyFile = { nodeTypes: [{ id: 'suspect', label: 'Suspect' }] };
    const dataset: { vocabulary: VocabularyFile; title: string } = { vocabulary, title: 'a' };
    const edited = { ...dataset, title: 'b' };
    expect(vocabularyOf(edited)).toBe(vocabularyOf(dataset));
  });
});
