// The document reader's model: the text cut into highlights, what a click on one selects (and a second click),
// which highlights a selection or a trace step marks and in what colour, and the lookups by offset.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraphIndex, type GraphIndex } from '../../src/model/graph-index';
import {
  buildReaderModel,
  choiceAt,
  colourOf,
  elementKey,
  firstSegOf,
  groupMarkKeys,
  groupOfSeg,
  highlightColours,
  highlightHint,
  highlightName,
  MARK,
  pressedStatus,
  segsOverlapping,
  selectionColours,
  viewMarks,
  type ReaderModel,
  type ReaderView,
  type TypeColours,
} from '../../src/model/reader-model';
import type { Dataset } from '../../src/model/schema';
import { validateDataset } from '../../src/model/validate';
import { makeSpyStory, SPY_TEXT } from './helpers/make-dataset';

/** Colours that tell the types apart: agencies red, other nodes green, every relation blue, steps grey. */
const COLOURS: TypeColours = {
  node: (type) => (type === 'agency' ? '#ff0000' : '#00ff00'),
  relation: () => '#0000ff',
  step: '#808080',
};

function modelOf(text: string, index: GraphIndex): ReaderModel {
  return buildReaderModel(text, index, { titleOf: (o) => `${o.kind} ${o.id}`, colours: COLOURS });
}

const spyIndex = buildGraphIndex(makeSpyStory());
const spy = modelOf(SPY_TEXT, spyIndex);

const mi6Text = readFileSync(new URL('../../graph-data/mi6/source.txt', import.meta.url), 'utf8');
const mi6Index = buildGraphIndex(
  validateDataset(
    JSON.parse(readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8')),
    mi6Text,
  ).dataset as Dataset,
);
const mi6 = modelOf(mi6Text, mi6Index);

const wordsOf = (model: ReaderModel, seg: number) => {
  const s = model.segments[seg];
  return s ? model.text.slice(s.start, s.end) : '';
};
/** The segment holding the offset where `words` first start in the text. */
const segAt = (model: ReaderModel, words: string, plus = 0): number => {
  const at = model.text.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in the text`);
  const [seg] = segsOverlapping(model, at + plus, at + plus);
  if (seg === undefined) throw new Error(`no segment at "${words}"`);
  return seg;
};
const keyOf = (model: ReaderModel, owner: number) => model.ownerKeys[owner];
const NO_VIEW: ReaderView = { selKey: null, stepKey: null, target: null, lastFocused: null };
const marked = (model: ReaderModel, marks: ReadonlyMap<number, number>, bit: number) =>
  [...marks]
    .filter(([, m]) => m & bit)
    .map(([seg]) => seg)
    .sort((a, b) => a - b);

describe('segments from evidence spans', () => {
  it('cuts the text at every span boundary, each run naming the spans over it, innermost first', () => {
    expect(spy.segments.map((_, seg) => wordsOf(spy, seg)).join('')).toBe(SPY_TEXT);
    const at = segAt(spy, 'GCHQ passes');
    const around = [at, at + 1, at + 2, at + 3].map((seg) => [
      wordsOf(spy, seg),
      (spy.segments[seg]?.spans ?? []).map((o) => keyOf(spy, o)),
    ]);
    expect(around).toEqual([
      ['GCHQ passes the details to ', ['edge:gchq-passes-mi6', 'step:envelope/intercept']],
      ['MI6', ['edge:gchq-passes-mi6', 'node:mi6', 'step:envelope/intercept']],
      [', the Secret Intelligence Service (SIS)', ['node:mi6', 'step:envelope/intercept']],
      ['.', ['step:envelope/intercept']],
    ]);
  });

  it('in the MI6 article, the highlighted text is exactly the evidence, and every span can be reached by keyboard', () => {
    const covered = new Set<number>();
    for (const o of mi6.owners) for (let i = o.start; i < o.end; i++) covered.add(i);
    let highlighted = 0;
    for (const s of mi6.segments) if (s.spans.length > 0) highlighted += s.end - s.start;
    expect(highlighted).toBe(covered.size);
    mi6.owners.forEach((_, o) => {
      const range = mi6.ownerSegs[o];
      expect(range, keyOf(mi6, o)).toBeDefined();
      const [from, to] = range ?? [0, -1];
      const stops = mi6.highlightSegs.filter((s) => s >= from && s <= to);
      expect(stops.length, keyOf(mi6, o)).toBeGreaterThan(0);
    });
    // Bullet items become list items of one list, paragraphs stay paragraphs.
    expect(mi6.groups.some((g) => g.kind === 'ul' && g.blocks.length > 1)).toBe(true);
  });

  it('finds the first passage of an element, and its first keyboard stop', () => {
    expect(firstSegOf(spy, 'node:mi6')).toBe(segAt(spy, 'MI6, the Secret'));
    expect(firstSegOf(spy, 'step:envelope/handover', true)).toBe(segAt(spy, 'One of the DAESH'));
    expect(firstSegOf(spy, 'node:nobody')).toBeUndefined();
    expect(firstSegOf(spy, null)).toBeUndefined();
  });
});

describe('what a click on a highlight selects', () => {
  it('a click on a word of a relation’s quote selects the relation, not the step around it', () => {
    const seg = segAt(spy, 'passes the details');
    const choice = choiceAt(spy, seg, null);
    expect(choice).toMatchObject({ kind: 'element', at: 0, of: 1 });
    expect(keyOf(spy, choice?.owner ?? -1)).toBe('edge:gchq-passes-mi6');
  });

  it('where spans overlap, the first click selects the narrowest, the second the next, the third the first again', () => {
    const seg = segAt(spy, 'MI6, the Secret');
    const first = choiceAt(spy, seg, null);
    expect(first).toMatchObject({ kind: 'element', at: 0, of: 2 });
    expect(keyOf(spy, first?.owner ?? -1)).toBe('edge:gchq-passes-mi6');
    const second = choiceAt(spy, seg, 'edge:gchq-passes-mi6');
    expect(second).toMatchObject({ kind: 'element', at: 1, of: 2 });
    expect(keyOf(spy, second?.owner ?? -1)).toBe('node:mi6');
    expect(keyOf(spy, choiceAt(spy, seg, 'node:mi6')?.owner ?? -1)).toBe('edge:gchq-passes-mi6');
    // A selection the words do not support starts again from the narrowest.
    expect(keyOf(spy, choiceAt(spy, seg, 'node:sami')?.owner ?? -1)).toBe('edge:gchq-passes-mi6');
  });

  it('words only a flow step quotes put the tracer on the step; plain text selects nothing', () => {
    const dot = segAt(spy, '(SIS).', '(SIS)'.length);
    expect(wordsOf(spy, dot)).toBe('.');
    const choice = choiceAt(spy, dot, null);
    expect(choice?.kind).toBe('step');
    expect(keyOf(spy, choice?.owner ?? -1)).toBe('step:envelope/intercept');
    expect(choiceAt(spy, segAt(spy, ' messages between'), null)).toBeUndefined();
  });

  it('in the MI6 article, clicking the same words again and again visits each element they support once', () => {
    for (const seg of mi6.highlightSegs) {
      const supported = new Set(
        (mi6.segments[seg]?.spans ?? [])
          .filter((o) => mi6.owners[o]?.kind !== 'step')
          .map((o) => keyOf(mi6, o)),
      );
      if (supported.size === 0) continue;
      const visited: (string | undefined)[] = [];
      let selKey: string | null = null;
      for (let i = 0; i < supported.size; i++) {
        const choice = choiceAt(mi6, seg, selKey);
        selKey = choice ? (keyOf(mi6, choice.owner) ?? null) : null;
        visited.push(selKey ?? undefined);
      }
      expect(new Set(visited), wordsOf(mi6, seg)).toEqual(supported);
    }
  });

  it('a highlight is named for its words and what a press selects; a second choice is hinted and said', () => {
    const seg = segAt(spy, 'MI6, the Secret');
    expect(highlightName(spy, seg, null)).toBe('MI6: edge gchq-passes-mi6, 1 of 2');
    expect(highlightHint(spy, seg, null)).toBe('Press Enter again for node mi6');
    expect(highlightName(spy, seg, 'edge:gchq-passes-mi6')).toBe('MI6: node mi6, 2 of 2');
    const choice = choiceAt(spy, seg, null);
    expect(choice && pressedStatus(spy, choice)).toBe('1 of 2 supported here. Press again for node mi6.');
    // The only element the words support needs no count, hint or status.
    const only = segAt(spy, 'GCHQ intercepts');
    expect(highlightName(spy, only, null)).toBe('GCHQ intercepts: node gchq');
    expect(highlightHint(spy, only, null)).toBeUndefined();
    const onlyChoice = choiceAt(spy, only, null);
    expect(onlyChoice && pressedStatus(spy, onlyChoice)).toBeNull();
  });
});

describe('what a selection and a trace step mark, and in what colour', () => {
  it('a selected node marks exactly its passages, and its first one is the tab stop', () => {
    const marks = viewMarks(spy, { ...NO_VIEW, selKey: 'node:mi6' });
    const selected = marked(spy, marks, MARK.selected);
    expect(selected.map((s) => wordsOf(spy, s)).join('')).toBe('MI6, the Secret Intelligence Service (SIS)');
    expect(marked(spy, marks, MARK.tabbable)).toEqual([selected[0]]);
  });

  it('the trace step marks its passage; with nothing selected, its first stop is the tab stop', () => {
    const marks = viewMarks(spy, { ...NO_VIEW, stepKey: 'step:envelope/handover' });
    const inStep = marked(spy, marks, MARK.inStep);
    expect(inStep.map((s) => wordsOf(spy, s)).join('')).toBe(
      'One of the DAESH contacts hands the envelope to the stranger.',
    );
    expect(marked(spy, marks, MARK.selected)).toEqual([]);
    expect(marked(spy, marks, MARK.tabbable)).toEqual([segAt(spy, 'One of the DAESH')]);
  });

  it('"Show in document" marks the passage asked for; the last highlight focused keeps the tab stop while its selection lasts', () => {
    const start = SPY_TEXT.indexOf('MI5 works with');
    const target = { start, end: start + 'MI5 works with GCHQ'.length };
    const withTarget = viewMarks(spy, { ...NO_VIEW, target });
    expect(marked(spy, withTarget, MARK.target).map((s) => wordsOf(spy, s))).toEqual(['MI5 works with GCHQ']);
    expect(marked(spy, withTarget, MARK.tabbable)).toEqual([segAt(spy, 'MI5 works with')]);

    const hackers = segAt(spy, 'state-sponsored');
    const focused = { seg: hackers, forKey: 'node:mi6' };
    expect(
      marked(spy, viewMarks(spy, { ...NO_VIEW, selKey: 'node:mi6', lastFocused: focused }), MARK.tabbable),
    ).toEqual([hackers]);
    // Another selection: the stop goes to its passage.
    expect(
      marked(spy, viewMarks(spy, { ...NO_VIEW, selKey: 'node:gchq', lastFocused: focused }), MARK.tabbable),
    ).toEqual([segAt(spy, 'GCHQ intercepts')]);
    // Nothing selected, stepped or asked for: the first highlight.
    expect(marked(spy, viewMarks(spy, NO_VIEW), MARK.tabbable)).toEqual([spy.highlightSegs[0]]);
  });

  it('each highlight takes its innermost element’s type colour; steps are grey', () => {
    const colourAt = (words: string) => spy.ownerColours[spy.segments[segAt(spy, words)]?.spans[0] ?? -1];
    expect(colourAt('GCHQ intercepts')).toBe('#ff0000');
    expect(colourAt('Sami, a student')).toBe('#00ff00');
    expect(colourAt('passes the details')).toBe('#0000ff');
    expect(colourAt('(SIS).')).toBe('#ff0000'); // the MI6 node, inside the step
    expect(spy.ownerColours[spy.segments[segAt(spy, '(SIS).', 5)]?.spans[0] ?? -1]).toBe(COLOURS.step);
    expect(highlightColours('#ff0000')).toEqual({ line: 'rgb(204, 0, 0)', fill: 'rgba(255, 0, 0, 0.22)' });
  });

  it('the selection’s passages take its type colour, stronger: a relation’s by its relation type', () => {
    expect(colourOf(spyIndex, COLOURS, { kind: 'edge', id: 'mi6-warns-mi5' })).toBe('#0000ff');
    expect(colourOf(spyIndex, COLOURS, { kind: 'node', id: 'mi5' })).toBe('#ff0000');
    expect(colourOf(spyIndex, COLOURS, { kind: 'node', id: 'nobody' })).toBe(COLOURS.step);
    expect(selectionColours('#0000ff')).toEqual({ line: 'rgb(0, 0, 166)', fill: 'rgba(0, 0, 255, 0.45)' });
  });

  it('only the groups with marks get a key to re-render by, and a group with the selection names it', () => {
    const groupsWithKeys = (keys: string[]) => keys.flatMap((key, g) => (key === '' ? [] : [g]));
    // Nothing shown: only the first highlight, the tab stop, is marked.
    const none = groupMarkKeys(mi6, viewMarks(mi6, NO_VIEW), null);
    expect(groupsWithKeys(none)).toEqual([groupOfSeg(mi6, mi6.highlightSegs[0] ?? -1)]);

    const selKey = elementKey('node', 'gchq');
    const stepKey = elementKey('step', 'sami-emails', 'case-study');
    const groupsOf = (key: string) =>
      new Set(
        (mi6.ownersByKey.get(key) ?? []).flatMap((o) => {
          const [from, to] = mi6.ownerSegs[o] ?? [0, -1];
          return [groupOfSeg(mi6, from), groupOfSeg(mi6, to)];
        }),
      );
    const keys = groupMarkKeys(mi6, viewMarks(mi6, { ...NO_VIEW, selKey, stepKey }), selKey);
    const withSelection = groupsOf(selKey);
    expect(new Set(groupsWithKeys(keys))).toEqual(new Set([...withSelection, ...groupsOf(stepKey)]));
    keys.forEach((key, g) => expect(key.startsWith(`${selKey}|`), String(g)).toBe(withSelection.has(g)));
  });
});

describe('lookups by offset and by segment (binary searches)', () => {
  const linearOverlapping = (model: ReaderModel, start: number, end: number) =>
    model.segments.flatMap((s, i) => (s.start < Math.max(end, start + 1) && s.end > start ? [i] : []));
  const linearGroup = (model: ReaderModel, seg: number) =>
    model.groups.findIndex((g) => g.segFrom <= seg && seg < g.segTo);

  it('finds the segments overlapping any range of the MI6 article, as a scan from the start would', () => {
    fc.assert(
      fc.property(fc.nat(mi6Text.length + 10), fc.nat(200), (start, length) => {
        expect(segsOverlapping(mi6, start, start + length)).toEqual(
          linearOverlapping(mi6, start, start + length),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('finds the segments of every evidence span of the MI6 article, and nothing past the end', () => {
    for (const o of mi6.owners) {
      const found = segsOverlapping(mi6, o.start, o.end);
      expect(found, `${o.kind} ${o.id}`).toEqual(linearOverlapping(mi6, o.start, o.end));
      expect(found.map((s) => wordsOf(mi6, s)).join('')).toContain(mi6Text.slice(o.start, o.end).trim());
    }
    expect(segsOverlapping(mi6, mi6Text.length + 5, mi6Text.length + 9)).toEqual([]);
  });

  it('finds the group (paragraph or list) of every segment', () => {
    mi6.segments.forEach((_, seg) => expect(groupOfSeg(mi6, seg), String(seg)).toBe(linearGroup(mi6, seg)));
  });
});

describe('a dataset of several documents', () => {
  const dir = '../fixtures/valid-two-documents/';
  const read = (name: string) => readFileSync(new URL(`${dir}${name}`, import.meta.url), 'utf8');
  const texts = new Map([
    ['report', read('report.txt')],
    ['memo', read('memo.txt')],
  ]);
  const { dataset } = validateDataset(JSON.parse(read('graph.json')), texts);
  if (!dataset) throw new Error('valid-two-documents does not validate');
  const index = buildGraphIndex(dataset);
  const look = { titleOf: (o: { kind: string; id: string }) => `${o.kind} ${o.id}`, colours: COLOURS };

  it("each document's model holds only its own spans, at offsets into its own text", () => {
    for (const [document, text] of texts) {
      const model = buildReaderModel(text, index, look, document);
      expect(model.document).toBe(document);
      expect(model.owners.length).toBeGreaterThan(0);
      for (const owner of model.owners) {
        expect(owner.document).toBe(document);
        const node = index.nodeById.get(owner.id) ?? index.edgeById.get(owner.id);
        const ev = node?.evidence[owner.evidenceIndex];
        if (ev) expect(text.slice(owner.start, owner.end)).toBe(ev.quote);
      }
    }
    const memo = buildReaderModel(texts.get('memo') ?? '', index, look, 'memo');
    expect(memo.ownersByKey.has('node:kestrel')).toBe(false);
    expect(memo.ownersByKey.has('node:gchq')).toBe(true);
    // Without a document named, the first is meant.
    expect(buildReaderModel(texts.get('report') ?? '', index, look).document).toBe('report');
  });
});
