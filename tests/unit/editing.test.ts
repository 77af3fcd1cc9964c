// The pure parts of editing by hand: ids for new elements, the edits the buttons make, the reader's keyboard caret,
// and where a new node is drawn.
import { describe, expect, it } from 'vitest';
import { tryOperation } from '../../src/model/operations';
import { validateDataset } from '../../src/model/validate';
import { slugOf, uniqueId } from '../../src/panels/edit/new-ids';
import {
  addEntity,
  addRelation,
  deleteNode,
  evidenceOf,
  removeEvidenceProblem,
} from '../../src/panels/edit/edits';
import { caretMoveOf, moveFocus, type Stretch } from '../../src/panels/edit/keyboard-selection';
import { freeSpotNear, ROOM } from '../../src/panels/edit/new-position';
import { trimmedSpan } from '../../src/panels/edit/reader-selection';
import { buildElements, keepPlacedPositions } from '../../src/graph-view/elements';
import { openFolder } from './helpers/open-fixture';

const minimal = openFolder('minimal');
const text = minimal.texts.get(minimal.dataset.documents[0]?.id ?? '') ?? '';
const documentId = minimal.dataset.documents[0]?.id ?? '';

describe('ids for what is added by hand', () => {
  it('are lower-case slugs of the label, without accents, that the format accepts', () => {
    expect(slugOf('Anaïs “Le Café” d’Or', 'entity')).toBe('anais-le-cafe-d-or');
    expect(slugOf('Ольга', 'entity')).toBe('entity');
    expect(slugOf('x'.repeat(100), 'entity')).toHaveLength(64);
  });

  it('are unique among nodes and edges, and never "constructor"', () => {
    expect(uniqueId(minimal.dataset, 'MI6', 'entity')).toBe('mi6-2');
    expect(uniqueId(minimal.dataset, 'Vienna', 'entity')).toBe('vienna');
    expect(uniqueId(minimal.dataset, 'Constructor', 'entity')).toBe('constructor-2');
  });
});

describe('the edits the buttons make', () => {
  it('a new entity rests on the selected words, with their context, and the dataset stays valid', () => {
    const start = text.indexOf('Vienna');
    const evidence = evidenceOf(documentId, text, start, start + 'Vienna'.length);
    expect(evidence).toMatchObject({ document: documentId, start, quote: 'Vienna' });
    expect(evidence.prefix).toBe(text.slice(start - 32, start));
    const edit = addEntity(minimal.dataset, {
      label: ' Vienna ',
      type: 'place',
      evidence,
      position: { x: 1, y: 2 },
    });
    expect(edit.label).toBe('add entity “Vienna”');
    const applied = tryOperation(minimal.dataset, edit.operation);
    if (!applied.ok) throw new Error(applied.problem);
    expect(applied.dataset.positions?.vienna).toEqual({ x: 1, y: 2 });
    const relation = addRelation(applied.dataset, {
      source: 'vienna',
      target: 'mi6',
      type: 'works_with',
      label: 'hosts an officer of',
      evidence,
    });
    expect(relation.label).toBe('add relation “Vienna hosts an officer of MI6”');
    const both = tryOperation(applied.dataset, relation.operation);
    if (!both.ok) throw new Error(both.problem);
    const checked = validateDataset(both.dataset, text);
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('deleting a node says how many relations go with it', () => {
    const mi6 = minimal.index.nodeById.get('mi6');
    if (!mi6) throw new Error('no MI6');
    expect(deleteNode(minimal.dataset, mi6).label).toBe('delete entity “MI6” and its 2 relations');
  });

  it('an element’s last passage cannot be removed', () => {
    const mi6 = minimal.index.nodeById.get('mi6');
    const stick = minimal.index.nodeById.get('memory-stick');
    if (!mi6 || !stick) throw new Error('fixture nodes missing');
    expect(removeEvidenceProblem(mi6)).toMatch(/only this passage/);
    expect(removeEvidenceProblem(stick)).toBeNull();
  });
});

describe('the reader’s keyboard caret', () => {
  const words = 'Alpha beta.\n\nGamma delta';
  const stretches: Stretch[] = [
    { start: 0, end: 11 },
    { start: 13, end: 24 },
  ];
  const shift = { shiftKey: true, ctrlKey: false, altKey: false, metaKey: false };

  it('moves only with Shift: plain arrows stay the highlights’ own', () => {
    expect(caretMoveOf({ ...shift, key: 'ArrowRight' })).toBe('char-right');
    expect(caretMoveOf({ ...shift, key: 'ArrowLeft', ctrlKey: true })).toBe('word-left');
    expect(caretMoveOf({ ...shift, key: 'ArrowRight', altKey: true })).toBe('word-right');
    expect(caretMoveOf({ ...shift, key: 'End' })).toBe('block-end');
    expect(caretMoveOf({ ...shift, shiftKey: false, key: 'ArrowRight' })).toBeNull();
    expect(caretMoveOf({ ...shift, key: 'a' })).toBeNull();
  });

  it('moves by character, across the gap between paragraphs in one step', () => {
    expect(moveFocus(words, stretches, 0, 'char-right')).toBe(1);
    expect(moveFocus(words, stretches, 11, 'char-right')).toBe(13);
    expect(moveFocus(words, stretches, 13, 'char-left')).toBe(11);
    expect(moveFocus(words, stretches, 0, 'char-left')).toBe(0);
    expect(moveFocus(words, stretches, 24, 'char-right')).toBe(24);
  });

  it('moves by word to the end of the next word or the start of the previous one', () => {
    expect(moveFocus(words, stretches, 0, 'word-right')).toBe(5);
    expect(moveFocus(words, stretches, 5, 'word-right')).toBe(10);
    expect(moveFocus(words, stretches, 10, 'word-right')).toBe(18);
    expect(moveFocus(words, stretches, 18, 'word-left')).toBe(13);
    expect(moveFocus(words, stretches, 13, 'word-left')).toBe(6);
  });

  it('Home and End go to the paragraph’s ends', () => {
    expect(moveFocus(words, stretches, 15, 'block-start')).toBe(13);
    expect(moveFocus(words, stretches, 15, 'block-end')).toBe(24);
  });

  it('never stops inside a character outside the basic plane', () => {
    const emoji = 'a😀b';
    expect(moveFocus(emoji, [{ start: 0, end: 4 }], 1, 'char-right')).toBe(3);
    expect(moveFocus(emoji, [{ start: 0, end: 4 }], 3, 'char-left')).toBe(1);
  });

  it('a selection leaves out the spaces at its ends', () => {
    expect(trimmedSpan(' ab \n', 0, 5)).toEqual({ start: 1, end: 3 });
    expect(trimmedSpan('   ', 0, 3)).toBeNull();
  });
});

describe('where a new node is drawn', () => {
  const canvas = (nodes: { x: number; y: number }[], selected?: { x: number; y: number }) => ({
    nodePositions: () => nodes,
    positionOf: (id: string) => (id === 'sel' && selected ? selected : null),
    centre: () => ({ x: 0, y: 0 }),
  });

  /** How far apart two nodes are in rooms (see ROOM): at least 1, their names do not touch. */
  const apart = (p: { x: number; y: number }, q: { x: number; y: number }) =>
    Math.hypot((p.x - q.x) / ROOM.x, (p.y - q.y) / ROOM.y);

  it('in the middle of the view when that is free, and beside the selected node otherwise', () => {
    expect(freeSpotNear(canvas([{ x: 500, y: 500 }]), null)).toEqual({ x: 0, y: 0 });
    const beside = freeSpotNear(canvas([{ x: 100, y: 100 }], { x: 100, y: 100 }), 'sel');
    expect(apart(beside, { x: 100, y: 100 })).toBeCloseTo(1, 1);
  });

  it('never on top of another node', () => {
    const crowd = [
      { x: 0, y: 0 },
      { x: 90, y: 0 },
    ];
    const spot = freeSpotNear(canvas(crowd), null);
    for (const node of crowd) expect(apart(spot, node)).toBeGreaterThanOrEqual(1);
  });

  it('takes spots inside what the canvas shows before any outside it, with room for a name', () => {
    // A view 600 x 400 around the origin, room for 11 names: ring 2 to the right (x = 300) is at its edge, so it is
    // passed over for spots inside.
    const bounds = { x1: -300, y1: -200, x2: 300, y2: 200 };
    const view = (nodes: { x: number; y: number }[]) => ({ ...canvas(nodes), bounds: () => bounds });
    const placed: { x: number; y: number }[] = [];
    for (let i = 0; i < 11; i++) placed.push(freeSpotNear(view([...placed]), null));
    for (const p of placed) {
      expect(p.x).toBeGreaterThanOrEqual(bounds.x1 + ROOM.x / 2);
      expect(p.x).toBeLessThanOrEqual(bounds.x2 - ROOM.x / 2);
      expect(Math.abs(p.y)).toBeLessThanOrEqual(bounds.y2 - ROOM.y / 2);
    }
    // When the view is full, a node still gets a free spot, outside it.
    const crowd = Array.from({ length: 40 }, (_, i) => ({
      x: -300 + (i % 8) * 80,
      y: -200 + Math.floor(i / 8) * 80,
    }));
    const spot = freeSpotNear(view(crowd), null);
    for (const node of crowd) expect(apart(spot, node)).toBeGreaterThanOrEqual(0.99);
  });

  it('leaves room for the names of many nodes added one after another, wider than tall', () => {
    const placed: { x: number; y: number }[] = [];
    for (let i = 0; i < 12; i++) placed.push(freeSpotNear(canvas([...placed]), null));
    for (const [i, p] of placed.entries())
      for (const q of placed.slice(i + 1)) {
        expect(apart(p, q)).toBeGreaterThanOrEqual(0.99);
        // Side by side, two names need more room than one above the other.
        if (Math.abs(p.y - q.y) < 1) expect(Math.abs(p.x - q.x)).toBeGreaterThanOrEqual(ROOM.x - 1);
      }
  });
});

describe('the canvas after an edit', () => {
  it('keeps every drawn node at the position it was drawn from, and a new node at its own', () => {
    const before = buildElements(minimal.dataset, new Map());
    const edit = addEntity(minimal.dataset, {
      label: 'Vienna',
      type: 'place',
      evidence: evidenceOf(documentId, text, 0, 3),
      position: { x: 7, y: 8 },
    });
    const applied = tryOperation(minimal.dataset, edit.operation);
    if (!applied.ok) throw new Error(applied.problem);
    // Five nodes wait on a 3-column grid instead of a 2-column one: without keeping, drawn nodes would move.
    const after = keepPlacedPositions(before, buildElements(applied.dataset, new Map()));
    for (const element of before) {
      if (element.group !== 'nodes') continue;
      expect(after.find((e) => e.data.id === element.data.id)?.position).toBe(element.position);
    }
    expect(after.find((e) => e.data.id === 'vienna')?.position).toEqual({ x: 7, y: 8 });
  });
});
