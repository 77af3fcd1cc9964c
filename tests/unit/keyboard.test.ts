// The arrow-key walk the reader's highlights and a node's connections share: where each key moves the tab stop.
import { describe, expect, it } from 'vitest';
import { walkKey } from '../../src/panels/keyboard';

const key = (name: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key: name,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe('walkKey', () => {
  it('↓ and → go to the next item, ↑ and ← to the previous, stopping at either end', () => {
    expect(walkKey(key('ArrowDown'), 2, 5)).toBe(3);
    expect(walkKey(key('ArrowRight'), 4, 5)).toBe(4);
    expect(walkKey(key('ArrowUp'), 2, 5)).toBe(1);
    expect(walkKey(key('ArrowLeft'), 0, 5)).toBe(0);
  });

  it('Home and End go to the first and last item', () => {
    expect(walkKey(key('Home'), 3, 5)).toBe(0);
    expect(walkKey(key('End'), 1, 5)).toBe(4);
  });

  it('from no item yet, any arrow goes to the first', () => {
    expect(walkKey(key('ArrowRight'), -1, 5)).toBe(0);
    expect(walkKey(key('ArrowLeft'), -1, 5)).toBe(0);
  });

  it('leaves other keys, keys with Alt, Ctrl or Meta, and empty lists alone', () => {
    expect(walkKey(key('Enter'), 1, 5)).toBeUndefined();
    expect(walkKey(key('ArrowDown', { ctrlKey: true }), 1, 5)).toBeUndefined();
    expect(walkKey(key('End', { altKey: true }), 1, 5)).toBeUndefined();
    expect(walkKey(key('ArrowDown', { metaKey: true }), 1, 5)).toBeUndefined();
    expect(walkKey(key('ArrowDown'), -1, 0)).toBeUndefined();
  });
});
