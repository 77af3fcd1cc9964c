// The validator's quick check never lets through a node, edge or saved position the schema would refuse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdgeFileSchema, NodeFileSchema, PositionSchema } from '../../src/model/schema';
import { z } from 'zod';
import { isWellFormedEdge, isWellFormedNode, isWellFormedPositions } from '../../src/model/well-formed';

const NODE = {
  id: 'mi6',
  type: 'agency',
  label: 'MI6',
  aliases: ['SIS', 'Secret Intelligence Service'],
  summary: 'The foreign intelligence service.',
  threatAreas: ['counter-terrorism'],
  evidence: [{ document: 'source', start: 0, end: 3, quote: 'MI6', prefix: '', suffix: ' is' }],
};
const EDGE = {
  id: 'e1',
  source: 'mi6',
  target: 'gchq',
  type: 'works_with',
  label: 'works with',
  threatAreas: [],
  evidence: [{ quote: 'MI6 and GCHQ', occurrence: 1 }],
};

/** Values near the edges of what the schema allows, and far outside it. */
const awkward = fc.oneof(
  fc.constantFrom('', 'a', 'A', '-a', 'a'.repeat(64), 'a'.repeat(65), 'x'.repeat(120), 'x'.repeat(121)),
  fc.constantFrom(
    0,
    -1,
    1,
    1.5,
    Number.NaN,
    Infinity,
    2 ** 53,
    null,
    undefined,
    true,
    [],
    {},
    ['a'],
    [''],
    ['A'],
  ),
  fc.constantFrom('agency', 'person', 'works_with', 'reports_to', 'nope', '__proto__', 'constructor'),
  fc.constantFrom(
    [{ quote: 'q' }],
    [{ quote: '' }],
    [],
    [{ quote: 'q', start: 1 }],
    [{ quote: 'q', start: -1, end: 2 }],
  ),
  fc.constantFrom(
    [{ quote: 'q', prefix: 'p'.repeat(33) }],
    [{ quote: 'q', occurrence: 0 }],
    [{ quote: 'q', extra: 1 }],
  ),
  fc.constantFrom([{ quote: 'q', document: 'Bad id' }], [{ quote: 'q', start: 2.5, end: 3 }], [null]),
  fc.anything(),
);

/** A valid element with some fields replaced, dropped or added. */
function mutated(base: Record<string, unknown>) {
  const keys = Object.keys(base);
  return fc
    .record({
      replace: fc.array(fc.tuple(fc.constantFrom(...keys), awkward), { maxLength: 3 }),
      drop: fc.array(fc.constantFrom(...keys), { maxLength: 2 }),
      add: fc.option(fc.tuple(fc.constantFrom('extra', 'orphan', '__proto__'), awkward)),
    })
    .map(({ replace, drop, add }) => {
      const out: Record<string, unknown> = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
      for (const [key, value] of replace) out[key] = value;
      for (const key of drop) delete out[key];
      if (add) Object.defineProperty(out, add[0], { value: add[1], enumerable: true, writable: true });
      return out;
    });
}

describe('the quick well-formedness check', () => {
  it('passes the well-formed node and edge (so large files skip the slower schema parse)', () => {
    expect(isWellFormedNode(NODE)).toBe(true);
    expect(isWellFormedEdge(EDGE)).toBe(true);
    expect(isWellFormedPositions({ mi6: { x: 1, y: -2.5 } })).toBe(true);
  });

  it('never passes a node the schema refuses', () => {
    fc.assert(
      fc.property(mutated(NODE), (node) => {
        if (isWellFormedNode(node)) expect(NodeFileSchema.safeParse(node).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never passes an edge the schema refuses', () => {
    fc.assert(
      fc.property(mutated(EDGE), (edge) => {
        if (isWellFormedEdge(edge)) expect(EdgeFileSchema.safeParse(edge).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never passes saved positions the schema refuses', () => {
    const positions = z.record(z.string(), PositionSchema);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(mutated({ x: 1, y: 2 }), awkward)), (value) => {
        if (isWellFormedPositions(value)) expect(positions.safeParse(value).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
