// The validator on a dataset's own vocabulary: types checked against what the dataset declares, and the
// vocabulary itself checked, each problem naming where it is and what is wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/model/validate';

const FOLDER = '../fixtures/valid-own-vocabulary/';
const read = (file: string) => readFileSync(new URL(`${FOLDER}${file}`, import.meta.url), 'utf8');
const TEXTS = new Map([
  ['indictment', read('indictment.txt')],
  ['statement', read('statement.txt')],
]);

interface Raw {
  vocabulary: {
    nodeTypes: Record<string, unknown>[];
    relationTypes: Record<string, unknown>[];
    families?: Record<string, unknown>[];
  };
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
}
const fixture = (): Raw => JSON.parse(read('graph.json')) as Raw;
const problems = (raw: unknown) =>
  validateDataset(raw, TEXTS).problems.map((p) => `${p.severity}: ${formatProblem(p)}`);

describe('a dataset with its own vocabulary', () => {
  it('opens with no problem, its types and facet as declared', () => {
    const result = validateDataset(fixture(), TEXTS);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.vocabulary?.facet).toEqual({ label: 'Charge', plural: 'Charges' });
    expect(result.dataset?.nodes.map((n) => n.type)).toContain('suspect');
  });

  it('refuses a node whose type it does not declare, naming the node, the type and the declared ones', () => {
    const raw = fixture();
    raw.nodes[2]!.type = 'firm';
    expect(problems(raw)).toEqual([
      'error: nodes[2] (id "bellweather").type: unknown node type "firm"; expected one of suspect, company, account',
    ]);
  });

  it('refuses a built-in type in a dataset that declares its own', () => {
    const raw = fixture();
    raw.edges[0]!.type = 'works_with';
    expect(problems(raw)).toEqual([
      'error: edges[0] (id "kovac-directs-bellweather").type: unknown relation type "works_with"; expected one of transfers_to, holds, directs, invoices',
    ]);
  });

  it('refuses a type id declared twice', () => {
    const raw = fixture();
    raw.vocabulary.nodeTypes.push({ id: 'company', label: 'Firm' });
    expect(problems(raw)).toEqual([
      'error: vocabulary.nodeTypes[3].id (node type "company"): duplicate node type id "company"; vocabulary.nodeTypes[1] already has it',
    ]);
  });

  it('refuses a colour that is not #rrggbb, and a shape or line style it cannot draw', () => {
    const raw = fixture();
    raw.vocabulary.nodeTypes[1]!.colour = 'red';
    raw.vocabulary.nodeTypes[2]!.shape = 'star';
    raw.vocabulary.relationTypes[0]!.line = 'wavy';
    const lines = problems(raw);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^error: vocabulary\.nodeTypes\[1\]\.colour: "red" must be a colour written #rrggbb/,
    );
    expect(lines[1]).toMatch(
      /^error: vocabulary\.nodeTypes\[2\]\.shape: "star" is not allowed here; expected one of ellipse,/,
    );
    expect(lines[2]).toMatch(
      /^error: vocabulary\.relationTypes\[0\]\.line: "wavy" is not allowed here; expected one of solid, dashed, dotted$/,
    );
  });

  it('refuses a relation type whose family is not declared', () => {
    const raw = fixture();
    raw.vocabulary.relationTypes[1]!.family = 'ownership';
    expect(problems(raw)).toEqual([
      'error: vocabulary.relationTypes[1].family (relation type "holds"): unknown family "ownership"; expected one of money, control',
    ]);
  });

  it('without declared families, a relation type may name a built-in one, and no other', () => {
    const raw = fixture();
    delete raw.vocabulary.families;
    raw.vocabulary.relationTypes[0]!.family = 'hostile';
    raw.vocabulary.relationTypes[1]!.family = 'intelligence';
    raw.vocabulary.relationTypes[2]!.family = 'cooperation';
    expect(problems(raw)).toEqual([]);
    raw.vocabulary.relationTypes[2]!.family = 'control';
    expect(problems(raw)).toEqual([
      'error: vocabulary.relationTypes[2].family (relation type "directs"): unknown family "control"; expected one of intelligence, hostile, counter, cooperation, other',
    ]);
  });
});
