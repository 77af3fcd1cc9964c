// A new case from the user's own text: a dataset that validates and opens, empty but for its texts and vocabulary.
import { describe, expect, it } from 'vitest';
import { NEW_CASE_VOCABULARY, newCaseDataset, slugOf } from '../../src/model/new-case';
import { SUGGESTED_TYPES } from '../../src/model/suggest/types';
import { validateDataset } from '../../src/model/validate';
import { openDataset } from '../../src/data/open-dataset';
import { decodeUtf8Strict } from '../../src/data/decode-text';
import { MAX_DATASET_BYTES } from '../../src/model/problem';
import { buildGraphIndex } from '../../src/model/graph-index';
import { isHandOff } from '../../src/model/flow';

const TEXT = 'Anna Clarke met the liaison officer in Vienna on Tuesday.\n\nShe handed over a memory stick.';

function created(input: Parameters<typeof newCaseDataset>[0]) {
  const result = newCaseDataset(input);
  if (!result.ok) throw new Error(`no case: ${result.problems.join('; ')}`);
  return result;
}

describe('a new case', () => {
  it('is a valid dataset that opens, with its text as its one document and nothing drawn yet', () => {
    const { dataset, texts } = created({ title: 'Vienna notes', documents: [{ title: '', text: TEXT }] });
    const checked = validateDataset(dataset, texts);
    expect(checked.problems).toEqual([]);
    const opened = openDataset(dataset, texts, 'new case');
    if (!opened.ok) throw new Error('does not open');
    expect(opened.open.id).toBe('vienna-notes');
    expect(opened.open.dataset.title).toBe('Vienna notes');
    expect(opened.open.dataset.documents).toEqual([
      { id: 'vienna-notes', title: 'Vienna notes', path: 'vienna-notes.txt' },
    ]);
    expect(opened.open.texts.get('vienna-notes')).toBe(TEXT);
    expect(dataset).toMatchObject({ nodes: [], edges: [], flows: [], threatAreas: [] });
    expect(dataset).not.toHaveProperty('positions');
  });

  it('has one document per text, each named by its file', () => {
    const { dataset, texts } = created({
      title: 'Two reports',
      documents: [
        { title: 'First report', path: 'first.txt', text: 'One.' },
        { title: 'Second report', path: 'notes/second.md', text: 'Two.' },
        { title: 'First report', path: 'other/first.txt', text: 'Three.' },
      ],
    });
    expect(dataset.documents.map((d) => [d.id, d.path])).toEqual([
      ['first-report', 'first.txt'],
      ['second-report', 'second.md'],
      ['first-report-2', '3-first.txt'],
    ]);
    expect([...texts.values()]).toEqual(['One.', 'Two.', 'Three.']);
    expect(validateDataset(dataset, texts).problems).toEqual([]);
  });

  it('gets an id of its own when its title’s is taken (bundled or kept)', () => {
    const input = { title: 'MI6', documents: [{ title: '', text: TEXT }] };
    expect(created({ ...input, takenIds: ['mi6', 'mi6-2'] }).dataset.id).toBe('mi6-3');
    expect(created(input).dataset.id).toBe('mi6');
  });

  it('is titled "Untitled case" when the title is blank, and keeps a title that looks like HTML as text', () => {
    expect(created({ title: '  \n ', documents: [{ title: '', text: TEXT }] }).dataset).toMatchObject({
      id: 'untitled-case',
      title: 'Untitled case',
    });
    const html = created({
      title: '<img src=x onerror=alert(1)>',
      documents: [{ title: '', text: '<b>bold</b>' }],
    });
    expect(html.dataset.title).toBe('<img src=x onerror=alert(1)>');
    expect(html.dataset.id).toBe('img-src-x-onerror-alert-1');
    expect([...html.texts.values()]).toEqual(['<b>bold</b>']);
    expect(validateDataset(html.dataset, html.texts).problems).toEqual([]);
  });

  it('makes ids slugs from any title, never a name every object has', () => {
    expect(slugOf('Opération « Été » — notes', 'case')).toBe('operation-ete-notes');
    expect(slugOf('!!!', 'case')).toBe('case');
    expect(slugOf('constructor', 'case')).toBe('case');
    expect(slugOf('x'.repeat(200), 'case').length).toBeLessThanOrEqual(56);
  });

  it('refuses an empty text, or one over the size limit, naming it', () => {
    expect(newCaseDataset({ title: 'A', documents: [{ title: '', text: ' \n ' }] })).toEqual({
      ok: false,
      problems: ['The text is empty: paste a text or choose a text file'],
    });
    expect(newCaseDataset({ title: 'A', documents: [] }).ok).toBe(false);
    const big = 'a'.repeat(MAX_DATASET_BYTES + 1);
    const tooBig = newCaseDataset({ title: 'A', documents: [{ title: '', path: 'big.txt', text: big }] });
    expect(tooBig).toEqual({
      ok: false,
      problems: [expect.stringContaining('big.txt is 20.0 MB; the limit is 20 MB')],
    });
  });

  it('reads a text file only as UTF-8, saying where it is not', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]);
    const decoded = decodeUtf8Strict(latin1, 'notes.txt');
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? '' : decoded.message).toMatch(/^notes\.txt is not UTF-8: the bytes at offset 3/);
  });

  it('starts from the suggestion types, with “Related to” first and information passed on as a hand-off', () => {
    expect(NEW_CASE_VOCABULARY.nodeTypes?.map((t) => t.id)).toEqual(SUGGESTED_TYPES.map((t) => t.id));
    expect(NEW_CASE_VOCABULARY.nodeTypes?.find((t) => t.id === 'person')).toMatchObject({
      label: 'Person',
      plural: 'People',
    });
    expect(NEW_CASE_VOCABULARY.relationTypes?.map((t) => t.id)).toEqual([
      'related_to',
      'part_of',
      'located_in',
      'takes_part_in',
      'works_with',
      'passes_information_to',
    ]);
    const { dataset } = created({ title: 'A', documents: [{ title: '', text: TEXT }] });
    const index = buildGraphIndex(dataset);
    expect(isHandOff({ type: 'passes_information_to' }, index)).toBe(true);
    expect(isHandOff({ type: 'works_with' }, index)).toBe(false);
    // Every type gets a colour of its own.
    const colours = index.vocabulary.nodeTypes.map((t) => t.style.colour);
    expect(new Set(colours).size).toBe(colours.length);
  });
});
