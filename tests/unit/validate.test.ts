// The validator: every bad fixture is caught with a message that says what and where; good data passes untouched.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_DATASET_BYTES,
  checkSize,
  formatProblem,
  parseDatasetJson,
  validateDataset,
  type Problem,
} from '../../src/model/validate';
import { NODE_TYPES, RELATION_TYPES } from '../../src/model/vocabulary';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function fixture(name: string): { json: string; source: string } {
  return {
    json: readFileSync(`${FIXTURES}${name}/graph.json`, 'utf8'),
    source: readFileSync(`${FIXTURES}${name}/source.txt`, 'utf8'),
  };
}

function problemsOf(name: string): Problem[] {
  const { json, source } = fixture(name);
  return parseDatasetJson(json, source).problems;
}

const errors = (problems: Problem[]): Problem[] => problems.filter((p) => p.severity === 'error');

/** A fresh, mutable copy of the valid fixture, for tests that break one thing by hand. */
function validRaw(): Record<string, unknown> & {
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
  threatAreas: Record<string, unknown>[];
  flows: (Record<string, unknown> & { steps: Record<string, unknown>[] })[];
  source: Record<string, unknown>;
} {
  return JSON.parse(fixture('valid-minimal').json) as ReturnType<typeof validRaw>;
}

const SOURCE = fixture('valid-minimal').source;

function evidenceOf(element: Record<string, unknown>): Record<string, unknown>[] {
  return element.evidence as Record<string, unknown>[];
}

describe('a valid dataset', () => {
  it('opens with no problems at all', () => {
    const { json, source } = fixture('valid-minimal');
    const result = parseDatasetJson(json, source);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.nodes.map((n) => n.id)).toEqual(['mi6', 'gchq', 'anna-clarke', 'memory-stick']);
    expect(result.dataset?.edges).toHaveLength(3);
    expect(result.dataset?.flows[0]?.steps).toHaveLength(2);
  });

  it('still opens when it only has warnings', () => {
    const raw = validRaw();
    raw.nodes.push({
      id: 'vienna',
      type: 'place',
      label: 'Vienna',
      aliases: [],
      summary: '',
      threatAreas: [],
      evidence: [{ start: 82, end: 88, quote: 'Vienna' }],
    });
    const result = validateDataset(raw, SOURCE);
    expect(result.problems).toEqual([
      {
        path: 'nodes[4]',
        where: 'node "vienna"',
        message: 'node has no edges; it will stand alone in the graph',
        severity: 'warning',
      },
    ]);
    expect(result.dataset).not.toBeNull();
  });
});

describe('each bad fixture is caught, with what and where', () => {
  it('an unknown node type lists the types that exist', () => {
    const problems = problemsOf('bad-unknown-type');
    expect(problems).toEqual([
      {
        path: 'nodes[2].type',
        where: 'node "anna-clarke"',
        message:
          'unknown node type "spy"; expected one of agency, organisation, person, threat, action, place, information, concept',
        severity: 'error',
      },
    ]);
  });

  it('a duplicate node id says which element had it first', () => {
    const problems = problemsOf('bad-duplicate-id');
    expect(errors(problems)).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(
      'nodes[4] (id "gchq").id: duplicate node id "gchq"; nodes[1] already has it',
    );
  });

  it('an edge to a missing node names the missing id', () => {
    const problems = errors(problemsOf('bad-dangling-edge'));
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(
      'edges[2] (id "gchq-examines-memory-stick").target: target "usb-stick" is not the id of any node',
    );
  });

  it('an unknown threat area lists the threat areas that exist', () => {
    const problems = problemsOf('bad-unknown-threat-area');
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(
      'nodes[3] (id "memory-stick").threatAreas[0]: unknown threat area "cyber-security"; expected one of espionage, cyber',
    );
  });

  it('a flow step naming a missing node says which step of which flow', () => {
    const problems = problemsOf('bad-step-missing-node');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: 'flows[0].steps[1].nodes[2]',
      where: 'step "examined" of flow "memory-stick-to-gchq"',
    });
    expect(formatProblem(problems[0]!)).toBe(
      'flows[0] (id "memory-stick-to-gchq").steps[1] (id "examined").nodes[2]: ' +
        'step names node "analyst", which is not in the dataset',
    );
  });

  it('a flow step showing an edge without one of its ends names the edge, its ends and the end left out', () => {
    const problems = problemsOf('bad-step-edge-endpoint');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: 'flows[0].steps[1].edges[0]',
      where: 'step "examined" of flow "memory-stick-to-gchq"',
      severity: 'error',
    });
    expect(formatProblem(problems[0]!)).toBe(
      'flows[0] (id "memory-stick-to-gchq").steps[1] (id "examined").edges[0]: ' +
        'edge "gchq-examines-memory-stick" joins "gchq" and "memory-stick", ' +
        'but the step\'s nodes do not include "gchq"',
    );
  });

  it('a flow step showing an edge without either end names both ends', () => {
    const raw = validRaw();
    const step = raw.flows[0]!.steps[1]!;
    step.nodes = [];
    const problems = validateDataset(raw, SOURCE).problems;
    expect(problems.map((p) => p.message)).toEqual([
      'edge "gchq-examines-memory-stick" joins "gchq" and "memory-stick", ' +
        'but the step\'s nodes do not include "gchq" or "memory-stick"',
    ]);
  });

  it('evidence past the end of the text is found again where its quote is, and the user is told it moved', () => {
    const problems = problemsOf('warning-passage-moved');
    expect(problems.map(formatProblem)).toEqual([
      'the text is not as the evidence was written: 1 passage moved, 0 changed, 0 not found',
    ]);
    expect(problems[0]?.severity).toBe('warning');
  });

  it('a quote the text words a little differently is matched to the closest passage, with a warning', () => {
    const problems = problemsOf('warning-quote-changed');
    expect(problems.map(formatProblem)).toEqual([
      'the text is not as the evidence was written: 0 passages moved, 1 changed, 0 not found',
      'nodes[2] (id "anna-clarke").evidence[0]: quote "an MI6 agent called Anna Clarke" is not in the text as ' +
        'written; the closest passage (90–123, 7 edits away) reads "an MI6 officer called Anna Clarke"',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('a quote given alone that occurs twice is an error that lists where', () => {
    expect(problemsOf('bad-ambiguous-quote').map(formatProblem)).toEqual([
      'nodes[1] (id "gchq").evidence[0]: quote "memory stick" occurs 2 times (at 137, 189): ' +
        'say which with an occurrence (1–2) or quote more words',
    ]);
  });

  it('two steps with the same order name the step that had it first', () => {
    const problems = problemsOf('bad-overlapping-order');
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(
      'flows[0] (id "memory-stick-to-gchq").steps[1] (id "examined").order: ' +
        'order 1 is also the order of steps[0] (id "handed-over"); steps need different orders',
    );
  });

  it('a graph.json that is not JSON says the line and column of the mistake', () => {
    const problems = problemsOf('bad-json-syntax');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('');
    expect(problems[0]?.message).toMatch(/^graph\.json is not valid JSON at line 5, column 3: /);
    expect(problems[0]?.message).not.toMatch(/position/);
  });

  it('a file with many problems reports every one of them at once', () => {
    const lines = problemsOf('bad-many-problems').map((p) => `${p.severity}: ${formatProblem(p)}`);
    const expected = [
      'warning: the text is not as the evidence was written: 0 passages moved, 1 changed, 0 not found',
      'error: nodes[0] (id "mi6"): missing field "summary" (a string)',
      'error: nodes[1] (id "gchq").threatAreas[0]: unknown threat area "cyber-security"; expected one of espionage, cyber',
      'error: nodes[2] (id "anna-clarke"): unknown field "rank"',
      'error: nodes[2] (id "anna-clarke").type: unknown node type "spy"',
      'warning: nodes[3] (id "memory-stick").evidence[0]: quote "a USB stick by a nervous source" is not in the text as written; the closest passage (137–169, 5 edits away) reads "memory stick by a nervous source"',
      'warning: nodes[3] (id "memory-stick"): node has no edges',
      'error: edges[1] (id "anna-clarke-part-of-mi6").type: unknown relation type "employed_by"; expected one of works_with, passes_intelligence_to,',
      'error: edges[2] (id "gchq-examines-memory-stick").target: target "usb-stick" is not the id of any node',
      'error: edges[3] (id "mi6-works-with-gchq").id: duplicate edge id "mi6-works-with-gchq"; edges[0] already has it',
      'error: flows[0] (id "memory-stick-to-gchq").steps[1] (id "examined").order: order 1 is also the order of steps[0]',
      'error: flows[0] (id "memory-stick-to-gchq").steps[1] (id "examined").nodes[2]: step names node "analyst"',
    ];
    expect(lines).toHaveLength(expected.length);
    expected.forEach((start, i) => expect(lines[i]).toContain(start));
  });
});

describe('schema problems read as sentences', () => {
  it('a missing field is named, with the kind of value it needs', () => {
    const raw = validRaw();
    delete raw.edges[0]!.label;
    expect(validateDataset(raw, SOURCE).problems).toEqual([
      {
        path: 'edges[0]',
        where: 'edge "mi6-works-with-gchq"',
        message: 'missing field "label" (a string)',
        severity: 'error',
      },
    ]);
  });

  it('an unknown relation type lists the relation types that exist', () => {
    const raw = validRaw();
    raw.edges[1]!.type = 'employs';
    const [problem] = validateDataset(raw, SOURCE).problems;
    expect(problem?.path).toBe('edges[1].type');
    expect(problem?.message).toMatch(
      /^unknown relation type "employs"; expected one of works_with, .*, targets$/,
    );
  });

  it('unknown keys are named, at the top level too', () => {
    const raw = validRaw();
    raw.nodez = [];
    raw.threatAreas[0]!.colour = 'red';
    raw.threatAreas[0]!.icon = 'x';
    const lines = validateDataset(raw, SOURCE).problems.map(formatProblem);
    expect(lines).toEqual([
      'unknown field "nodez"',
      'threatAreas[0] (id "espionage"): unknown fields "colour", "icon"',
    ]);
  });

  it('a fractional offset asks for a whole number', () => {
    const raw = validRaw();
    evidenceOf(raw.nodes[0]!)[0]!.start = 0.5;
    expect(validateDataset(raw, SOURCE).problems.map(formatProblem)).toEqual([
      'nodes[0] (id "mi6").evidence[0].start: expected a whole number, got 0.5',
    ]);
  });

  it('an id that is not a slug shows the id and the rule', () => {
    const raw = validRaw();
    raw.threatAreas[1]!.id = 'Cyber Security';
    raw.nodes[1]!.threatAreas = ['Cyber Security'];
    raw.edges[2]!.threatAreas = ['Cyber Security'];
    raw.flows[0]!.threatAreas = ['Cyber Security'];
    const messages = validateDataset(raw, SOURCE).problems.map((p) => p.message);
    expect(messages[0]).toBe(
      '"Cyber Security" must be a lower-case slug: a-z, 0-9, "-" or "_", starting with a letter or digit',
    );
  });

  it('a dataset that is not an object says what it is instead', () => {
    expect(validateDataset([1, 2], SOURCE).problems.map(formatProblem)).toEqual([
      'a dataset must be a JSON object; this is an array',
    ]);
  });

  it('a schemaVersion from the future says which version this app reads', () => {
    const raw = validRaw();
    raw.schemaVersion = 3;
    expect(validateDataset(raw, SOURCE).problems.map(formatProblem)).toEqual([
      'schemaVersion: this version of Dossier reads schemaVersion 2 (and opens 1), not 3',
    ]);
  });

  it('a dataset without a schemaVersion says it gives none', () => {
    const raw: Record<string, unknown> = validRaw();
    delete raw.schemaVersion;
    expect(validateDataset(raw, SOURCE).problems.map(formatProblem)).toEqual([
      'schemaVersion: this version of Dossier reads schemaVersion 2 (and opens 1), but the file gives none',
    ]);
  });

  it('text that is not JSON is said to be so once', () => {
    // V8 words this one `Unexpected token 'x', "xyz" is not valid JSON`, with no position to report.
    const { problems } = parseDatasetJson('xyz', SOURCE);
    expect(problems.map(formatProblem)).toEqual(["graph.json is not valid JSON: Unexpected token 'x'"]);
  });

  it('evidence given only as its quote opens, placed where the quote is, with its context', () => {
    const raw = validRaw();
    evidenceOf(raw.nodes[0]!)[0] = { quote: 'MI6 works closely with GCHQ', occurrence: 1 };
    const { dataset, problems } = validateDataset(raw, SOURCE);
    expect(problems).toEqual([]);
    expect(dataset?.nodes[0]?.evidence[0]).toEqual({
      document: 'source',
      start: 0,
      end: 27,
      quote: 'MI6 works closely with GCHQ',
      suffix: ' to protect the United Kingdom f',
    });
  });

  it('a quote alone that occurs more than once asks which occurrence is meant', () => {
    const raw = validRaw();
    evidenceOf(raw.nodes[1]!)[0] = { quote: 'memory stick' };
    expect(validateDataset(raw, SOURCE).problems.map(formatProblem)).toEqual([
      'nodes[1] (id "gchq").evidence[0]: quote "memory stick" occurs 2 times (at 137, 189): ' +
        'say which with an occurrence (1–2) or quote more words',
    ]);
  });

  it('a node without evidence is told it needs at least one span', () => {
    const raw = validRaw();
    raw.nodes[0]!.evidence = [];
    expect(validateDataset(raw, SOURCE).problems.map((p) => p.message)).toEqual([
      'needs at least one evidence span',
    ]);
  });
});

describe('semantic checks', () => {
  it('runs even when the schema fails, so a dangling edge is reported beside a bad node type', () => {
    const raw = validRaw();
    raw.nodes[0]!.type = 'spy';
    raw.edges[0]!.source = 'mi5';
    const paths = validateDataset(raw, SOURCE).problems.map((p) => p.path);
    expect(paths).toEqual(['nodes[0].type', 'edges[0].source']);
  });

  it('duplicate threat area, flow and step ids are each reported', () => {
    const raw = validRaw();
    raw.threatAreas.push({ ...raw.threatAreas[0]! });
    raw.flows.push(JSON.parse(JSON.stringify(raw.flows[0])) as (typeof raw.flows)[number]);
    raw.flows[0]!.steps[1]!.id = 'handed-over';
    const lines = validateDataset(raw, SOURCE).problems.map(formatProblem);
    expect(lines).toEqual([
      'threatAreas[2] (id "espionage").id: duplicate threat area id "espionage"; threatAreas[0] already has it',
      'flows[0] (id "memory-stick-to-gchq").steps[1] (id "handed-over").id: duplicate step id "handed-over" in this flow; steps[0] already has it',
      'flows[1] (id "memory-stick-to-gchq").id: duplicate flow id "memory-stick-to-gchq"; flows[0] already has it',
    ]);
  });

  it('an edge that shares an id with a node is refused, since the graph view keeps them in one id space', () => {
    const raw = validRaw();
    raw.edges[0]!.id = 'gchq';
    raw.flows[0]!.steps[1]!.edges = [];
    expect(errors(validateDataset(raw, SOURCE).problems).map(formatProblem)).toEqual([
      'edges[0] (id "gchq").id: edge id "gchq" is also the id of nodes[1]; node and edge ids must differ',
    ]);
  });

  it('a step naming a missing edge and a flow in an unknown threat area are reported', () => {
    const raw = validRaw();
    raw.flows[0]!.threatAreas = ['terrorism'];
    raw.flows[0]!.steps[0]!.edges = ['anna-meets-source'];
    expect(validateDataset(raw, SOURCE).problems.map(formatProblem)).toEqual([
      'flows[0] (id "memory-stick-to-gchq").threatAreas[0]: unknown threat area "terrorism"; expected one of espionage, cyber',
      'flows[0] (id "memory-stick-to-gchq").steps[0] (id "handed-over").edges[0]: step names edge "anna-meets-source", which is not in the dataset',
    ]);
  });

  it('an edge from a node to itself is a warning, not an error', () => {
    const raw = validRaw();
    raw.edges[0]!.target = 'mi6';
    const { problems, dataset } = validateDataset(raw, SOURCE);
    expect(problems).toEqual([
      {
        path: 'edges[0]',
        where: 'edge "mi6-works-with-gchq"',
        message: 'edge goes from "mi6" to itself',
        severity: 'warning',
      },
    ]);
    expect(dataset).not.toBeNull();
  });

  it('two edges with the same ends on the same passage are a warning naming both and the words, and the dataset still opens', () => {
    const { json, source } = fixture('warning-repeated-claim');
    const { problems, dataset } = parseDatasetJson(json, source);
    expect(problems).toEqual([
      {
        path: 'edges[3]',
        where: 'edge "gchq-analyses-memory-stick"',
        message:
          'edges[2] (id "gchq-examines-memory-stick") also goes from "gchq" to "memory-stick" on the same passage, ' +
          '171–219 "GCHQ examined the memory stick and foun…": one claim of the text should be one edge',
        severity: 'warning',
      },
    ]);
    expect(dataset?.edges).toHaveLength(4);
  });

  it('the same words may support edges between other ends, or the other way round, without a warning', () => {
    const raw = validRaw();
    const examines = raw.edges[2]!;
    // "GCHQ examined the memory stick": also read from the stick back to GCHQ, and from GCHQ to Anna Clarke.
    raw.edges.push(
      { ...examines, id: 'memory-stick-examined-by-gchq', source: 'memory-stick', target: 'gchq' },
      { ...examines, id: 'gchq-examines-anna', target: 'anna-clarke' },
    );
    expect(validateDataset(raw, SOURCE).problems).toEqual([]);
  });

  it('an empty or backwards span is refused', () => {
    const raw = validRaw();
    Object.assign(evidenceOf(raw.nodes[0]!)[0]!, { start: 10, end: 10 });
    expect(validateDataset(raw, SOURCE).problems.map((p) => p.message)).toEqual([
      'end 10 is not after start 10; a span needs at least one character',
    ]);
  });

  it('a quote at the wrong offsets is found where it really is, and counted as moved', () => {
    const raw = validRaw();
    Object.assign(evidenceOf(raw.nodes[1]!)[0]!, { start: 172, end: 202 });
    delete evidenceOf(raw.nodes[1]!)[0]!.prefix;
    delete evidenceOf(raw.nodes[1]!)[0]!.suffix;
    const { dataset, problems } = validateDataset(raw, SOURCE);
    expect(problems.map((p) => p.message)).toEqual([
      'the text is not as the evidence was written: 1 passage moved, 0 changed, 0 not found',
    ]);
    expect(dataset?.nodes[1]?.evidence[0]).toMatchObject({ start: 171, end: 201 });
  });

  it('a quote nowhere in the text is a passage not found, cut to about forty characters in the message', () => {
    const raw = validRaw();
    const step = raw.flows[0]!.steps[0]!;
    evidenceOf(step)[0]!.quote = 'X'.repeat(91);
    const { dataset, problems } = validateDataset(raw, SOURCE);
    const orphan = problems.find((p) => p.path === 'flows[0].steps[0].evidence[0]');
    expect(orphan?.severity).toBe('warning');
    expect(orphan?.message).toMatch(
      /^passage not found in the text: quote "X{29}…X{29}" is not in the source text/,
    );
    expect(orphan?.message).toContain('(it was at 79–170)');
    // The step still opens, its evidence marked as an orphan that keeps its quote.
    expect(dataset?.flows[0]?.steps[0]?.evidence[0]).toMatchObject({ orphan: true, quote: 'X'.repeat(91) });
  });

  it('a prefix or suffix that no longer matches, with the quote still at its offsets, is refreshed from the text', () => {
    const raw = validRaw();
    evidenceOf(raw.nodes[2]!)[0]!.prefix = 'in Paris, ';
    evidenceOf(raw.nodes[2]!)[0]!.suffix = ' was given';
    const { dataset, problems } = validateDataset(raw, SOURCE);
    expect(problems).toEqual([]);
    expect(dataset?.nodes[2]?.evidence[0]).toMatchObject({
      prefix: 'from hostile states. In Vienna, ',
      suffix: ' was handed a memory stick by a ',
    });
  });

  it('a source path that leaves the dataset folder is refused', () => {
    for (const path of ['../secrets.txt', '/etc/passwd', 'https://example.org/x.txt', 'a\\b.txt']) {
      const raw = validRaw();
      raw.source.path = path;
      expect(validateDataset(raw, SOURCE).problems.map((p) => p.path)).toEqual(['source.path']);
    }
  });

  it('a saved position for a node that does not exist is a warning', () => {
    const raw = validRaw();
    raw.positions = { mi6: { x: 0, y: 0 }, mi5: { x: 1, y: 1 } };
    expect(validateDataset(raw, SOURCE).problems).toEqual([
      {
        path: 'positions.mi5',
        message: 'a position is saved for "mi5", which is not a node',
        severity: 'warning',
      },
    ]);
  });

  it('without the source text the span checks are skipped but the rest still runs', () => {
    const raw = validRaw();
    raw.edges[0]!.target = 'mi5';
    expect(validateDataset(raw, null).problems.map((p) => p.path)).toEqual(['edges[0].target']);
    expect(validateDataset(validRaw(), null).problems).toEqual([]);
  });
});

describe('opening files', () => {
  it('a 200 MB graph.json is refused by its size, in megabytes', () => {
    expect(checkSize(200 * 1024 * 1024, 'graph.json')).toEqual({
      path: '',
      message: 'graph.json is 200.0 MB; the limit is 20 MB',
      severity: 'error',
    });
    expect(checkSize(MAX_DATASET_BYTES, 'graph.json')).toBeNull();
  });

  it('parseDatasetJson refuses a text over the limit before parsing it', () => {
    const result = parseDatasetJson(' '.repeat(MAX_DATASET_BYTES + 1), SOURCE);
    expect(result.dataset).toBeNull();
    expect(result.problems.map((p) => p.message)).toEqual(['graph.json is 20.0 MB; the limit is 20 MB']);
  });

  it('a graph.json cut short says the mistake is at its end', () => {
    const [problem] = parseDatasetJson('{\n  "id": "x",\n', SOURCE).problems;
    expect(problem?.message).toMatch(/^graph\.json is not valid JSON at line 3, column 1: /);
  });

  it('a byte-order mark at the start of graph.json is ignored', () => {
    const { json, source } = fixture('valid-minimal');
    expect(parseDatasetJson(`\uFEFF${json}`, source).problems).toEqual([]);
  });
});

describe('formatProblem', () => {
  it('puts the id next to the index it belongs to', () => {
    const line = formatProblem({
      path: 'nodes[12].evidence[0]',
      where: 'node "sami"',
      message: 'quote "Sami mentions" is not at 410–423; the text there is "Sami lives in"',
      severity: 'error',
    });
    expect(line).toBe(
      'nodes[12] (id "sami").evidence[0]: quote "Sami mentions" is not at 410–423; the text there is "Sami lives in"',
    );
  });

  it('falls back to path and words when the where is not one it knows', () => {
    expect(formatProblem({ path: 'x[0]', where: 'somewhere', message: 'm', severity: 'error' })).toBe(
      'x[0] (somewhere): m',
    );
  });
});

describe('the format documentation', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../docs/dataset-format.md', import.meta.url)), 'utf8');

  it('its complete example is the two-document fixture, so it is a dataset that really opens', () => {
    const example = (doc.split('## A complete example')[1] ?? '').split('\n## ')[0] ?? '';
    const blocks = [...example.matchAll(/```(?:text|json)\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '');
    expect(blocks).toHaveLength(3);
    const dir = new URL('../fixtures/valid-two-documents/', import.meta.url);
    const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
    expect(`${blocks[0]}\n`).toBe(read('report.txt'));
    expect(`${blocks[1]}\n`).toBe(read('memo.txt'));
    expect(JSON.parse(blocks[2]!)).toEqual(JSON.parse(read('graph.json')));
    const texts = new Map([
      ['report', read('report.txt')],
      ['memo', read('memo.txt')],
    ]);
    expect(validateDataset(JSON.parse(blocks[2]!), texts).problems).toEqual([]);
  });

  it('lists every node type and relation type in its tables', () => {
    for (const type of [...NODE_TYPES, ...RELATION_TYPES]) expect(doc).toContain(`| \`${type}\` `);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary JSON values, and only returns a dataset when there are no errors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.option(fc.string(), { nil: null }), (raw, text) => {
        const result = validateDataset(raw, text);
        expect(Array.isArray(result.problems)).toBe(true);
        if (result.dataset) expect(errors(result.problems)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when any part of a valid dataset is replaced by arbitrary JSON', () => {
    const paths = leafPaths(validRaw());
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const raw = validRaw();
        setAt(raw, path, value);
        const result = validateDataset(raw, SOURCE);
        for (const p of result.problems) expect(typeof formatProblem(p)).toBe('string');
        expect(result.dataset === null).toBe(errors(result.problems).length > 0);
      }),
      { numRuns: 500 },
    );
  });
});

type Key = string | number;

function leafPaths(value: unknown, prefix: Key[] = []): Key[][] {
  const out: Key[][] = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((v: unknown, i) => out.push(...leafPaths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...leafPaths(v, [...prefix, k]));
  }
  return out;
}

function setAt(root: unknown, path: Key[], value: unknown): void {
  let current = root as Record<Key, unknown>;
  for (const key of path.slice(0, -1)) current = current[key] as Record<Key, unknown>;
  current[path[path.length - 1]!] = value;
}
