// The bundled MI6 dataset: its source text is the article byte for byte, and every element is grounded in it.
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DatasetFileSchema, type Dataset, type GraphNode } from '../../src/model/schema';
import { buildGraphIndex } from '../../src/model/graph-index';
import { handOffNumbers } from '../../src/model/flow';
import { NO_FILTERS, visibleElements } from '../../src/model/query';
import { validateDataset } from '../../src/model/validate';

// SHA-256 of "What is MI6?" (Nyman Gibson Miralis) as first supplied: 5112 bytes with curly quotes, bullets and
// non-breaking spaces. Proves the bundled copy is the article, unchanged, without reading anything outside the repo.
const ARTICLE_SHA256 = '5094534ec5bb305e4c5a0e3da9168fbdc85e303db9f0c5dd20522cab6d0edce8';

const sourceBytes = readFileSync(new URL('../../graph-data/mi6/source.txt', import.meta.url));
const text = sourceBytes.toString('utf8');
const raw: unknown = JSON.parse(
  readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8'),
);
const parsed = DatasetFileSchema.safeParse(raw);
// Later tests read the dataset as the app opens it; the schema test below reports the issues if parsing failed.
const dataset = (validateDataset(raw, text).dataset ?? raw) as Dataset;
const nodeById = new Map(dataset.nodes.map((n) => [n.id, n]));
const edgeById = new Map(dataset.edges.map((e) => [e.id, e]));
const caseStudy = dataset.flows.find((f) => f.id === 'case-study');
/** Whether the dataset has an edge "source type target", e.g. has('envelope', 'contains', 'info-for-brothers'). */
const has = (source: string, type: string, target: string) =>
  dataset.edges.some((e) => e.source === source && e.type === type && e.target === target);

const fold = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'");
const namesOf = (node: GraphNode) => [node.label, ...node.aliases];

/** Every evidence span in the dataset, with where it is, for messages that say which one failed. */
const allEvidence = [
  ...dataset.nodes.flatMap((n) => n.evidence.map((ev, i) => ({ where: `node ${n.id} evidence[${i}]`, ev }))),
  ...dataset.edges.flatMap((e) => e.evidence.map((ev, i) => ({ where: `edge ${e.id} evidence[${i}]`, ev }))),
  ...dataset.flows.flatMap((f) =>
    f.steps.flatMap((s) => s.evidence.map((ev, i) => ({ where: `step ${s.id} evidence[${i}]`, ev }))),
  ),
];

/** The case study's bullets as spans of the source text, from the text itself: "  • " to the end of the line. */
const caseStudyBullets = (() => {
  const from = text.indexOf('Intelligence in action: Case study');
  return [...text.matchAll(/^ {2}• (.*)$/gm)]
    .filter((m) => m.index > from)
    .map((m) => ({ start: m.index + 4, end: m.index + m[0].length }));
})();

/**
 * Where the article ties a passage to a threat area: the area's own section (from its heading to the next), the
 * case study (a terrorism lead: from "The following is a summary of a real case" to its last bullet), and, in the
 * key-activities sentence that names all four, the clause that names each one. The introduction, the case study's
 * opening lines on James Bond and the firm's closing note name no area.
 */
const areaPassages = (() => {
  const heading = (label: string) => text.indexOf(`\n\n${label}\n\n`) + 2;
  const clause = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
  return [
    ['counter-weapons-proliferation', heading('Counter weapons proliferation'), heading('Counter terrorism')],
    ['counter-terrorism', heading('Counter terrorism'), heading('Cyber security')],
    ['cyber-security', heading('Cyber security'), heading('Instability and conflict overseas')],
    [
      'instability-and-conflict-overseas',
      heading('Instability and conflict overseas'),
      heading('Intelligence in action: Case study'),
    ],
    [
      'counter-terrorism',
      text.indexOf('The following is a summary of a real case'),
      text.indexOf('\n\nNyman Gibson Miralis'),
    ],
    ['counter-terrorism', ...clause('countering international terrorism')],
    ['counter-weapons-proliferation', ...clause('combating weapons proliferation')],
    ['instability-and-conflict-overseas', ...clause('supporting stability overseas')],
    ['cyber-security', ...clause('securing the UK’s cyber advantage')],
  ] as const;
})();

/** The threat areas the text ties a node or edge to, through its passages, in the dataset's order. */
const areasInText = (element: { evidence: readonly { start: number; end: number }[] }): string[] => {
  const tied = new Set<string>(
    element.evidence.flatMap((ev) =>
      areaPassages.filter(([, from, to]) => from <= ev.start && ev.end <= to).map(([area]) => area),
    ),
  );
  return dataset.threatAreas.map((a) => a.id).filter((id) => tied.has(id));
};

describe('the bundled MI6 dataset', () => {
  it('ships the article exactly as published, curly quotes and non-breaking spaces included', () => {
    expect(createHash('sha256').update(sourceBytes).digest('hex')).toBe(ARTICLE_SHA256);
  });

  it('is a well-formed dataset', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(dataset.id).toBe('mi6');
    expect(dataset.documents).toMatchObject([{ id: 'source', path: 'source.txt', title: 'What is MI6?' }]);
  });

  it('offers exactly the four threat areas the article names, under its headings', () => {
    expect(dataset.threatAreas.map((a) => [a.id, a.label])).toEqual([
      ['counter-terrorism', 'Counter terrorism'],
      ['counter-weapons-proliferation', 'Counter weapons proliferation'],
      ['cyber-security', 'Cyber security'],
      ['instability-and-conflict-overseas', 'Instability and conflict overseas'],
    ]);
    for (const area of dataset.threatAreas) expect(text).toContain(`\n\n${area.label}\n\n`);
  });

  it('highlights exactly the quoted words in the reader: every quote is the text at its offsets', () => {
    const wrong = allEvidence
      .filter(({ ev }) => text.slice(ev.start, ev.end) !== ev.quote)
      .map((e) => e.where);
    expect(wrong).toEqual([]);
    expect(allEvidence.length).toBeGreaterThan(dataset.nodes.length + dataset.edges.length);
  });

  it('passes the validator without a single warning: no stray node, no claim drawn twice on the same words', () => {
    expect(validateDataset(raw, text).problems).toEqual([]);
  });

  it('gives every node and every edge at least one passage to read', () => {
    const bare = [...dataset.nodes, ...dataset.edges].filter((x) => x.evidence.length === 0).map((x) => x.id);
    expect(bare).toEqual([]);
  });

  // Agencies, organisations, places and people must be quoted by name, so a reader sees the thing itself in the
  // passage. A person the article never names ("the stranger", "an MI5 source") carries the article's words for
  // them as an alias, so the same rule holds for every person, named or not. Threats, actions, information and
  // concepts are quoted for what they are, often in other words ("protect the UK from terrorist threats"), so the
  // rule does not apply to them.
  it('quotes every agency, organisation, place and person by one of its names, in every passage', () => {
    const checked = dataset.nodes.filter((n) =>
      ['agency', 'organisation', 'place', 'person'].includes(n.type),
    );
    const unnamed = checked.flatMap((node) =>
      node.evidence
        .filter((ev) => !namesOf(node).some((name) => fold(ev.quote).includes(fold(name))))
        .map((ev) => `${node.id}: "${ev.quote}"`),
    );
    expect(unnamed).toEqual([]);
    expect(checked.length).toBeGreaterThan(30);
  });

  it('has one node per real thing: no two nodes share a name', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const node of dataset.nodes) {
      for (const name of new Set(namesOf(node).map(fold))) {
        const other = owner.get(name);
        if (other) clashes.push(`"${name}": ${other} and ${node.id}`);
        owner.set(name, node.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds MI6 when searching for SIS or Secret Intelligence Service', () => {
    const mi6 = nodeById.get('mi6');
    expect(mi6?.aliases).toEqual(expect.arrayContaining(['SIS', 'Secret Intelligence Service']));
    const index = buildGraphIndex(dataset);
    for (const query of ['MI6', 'SIS', 'secret intelligence service', 'Secret Intelligence Service']) {
      expect(index.search(query)[0]?.node.id, query).toBe('mi6');
    }
  });

  it('names only nodes, edges and threat areas that exist', () => {
    const areas = new Set(dataset.threatAreas.map((a) => a.id));
    const missing = [
      ...dataset.edges.flatMap((e) => [e.source, e.target].filter((id) => !nodeById.has(id))),
      ...dataset.flows.flatMap((f) =>
        f.steps.flatMap((s) => [
          ...s.nodes.filter((id) => !nodeById.has(id)),
          ...s.edges.filter((id) => !edgeById.has(id)),
        ]),
      ),
      ...[...dataset.nodes, ...dataset.edges, ...dataset.flows].flatMap((x) =>
        (x.threatAreas ?? []).filter((id) => !areas.has(id)),
      ),
    ];
    expect(missing).toEqual([]);
  });

  it('tags each node and edge with exactly the threat areas the text ties its passages to', () => {
    expect(areaPassages.every(([, from, to]) => from > 0 && to > from)).toBe(true);
    const wrong = [...dataset.nodes, ...dataset.edges]
      .filter((x) => x.threatAreas.join() !== areasInText(x).join())
      .map(
        (x) => `${x.id}: tagged [${x.threatAreas.join(', ')}], the text says [${areasInText(x).join(', ')}]`,
      );
    expect(wrong).toEqual([]);
    // The hubs are introduced before any area is named, so they carry none.
    for (const hub of ['mi6', 'mi5', 'gchq']) expect(nodeById.get(hub)?.threatAreas, hub).toEqual([]);
  });

  it('the counter weapons proliferation filter keeps what its section is about, with MI6 as a party to it', () => {
    const shown = visibleElements(buildGraphIndex(dataset), {
      ...NO_FILTERS,
      threatAreas: ['counter-weapons-proliferation'],
    });
    expect([...shown.nodeIds].map((id) => nodeById.get(id)?.label).sort()).toEqual([
      'Disrupting operations',
      'Gathering intelligence',
      'Key national and international partners',
      'MI6',
      'Terrorists',
      'UK weapons exports',
      'United Kingdom',
      'Weapons proliferation',
    ]);
    // GCHQ and MI5 have no part in that section.
    expect(shown.nodeIds.has('gchq')).toBe(false);
    expect(shown.nodeIds.has('mi5')).toBe(false);
  });

  it('uses the verbs the article uses: causes, poses, provides, contains and is about, each in its direction', () => {
    const expected: [string, string, string][] = [
      ['instability', 'causes', 'weak-governments'],
      ['instability', 'causes', 'poor-national-security'],
      ['policy-and-decision-making', 'causes', 'early-political-intervention'],
      ['info-for-brothers', 'causes', 'potential-terrorist-attack'],
      ['hostile-states', 'poses', 'cyber-threats'],
      ['terrorists', 'poses', 'cyber-threats'],
      ['criminals', 'poses', 'cyber-threats'],
      ['mi6', 'provides', 'mi6-intelligence'],
      ['mi6', 'provides', 'early-warning'],
      ['gchq', 'provides', 'stranger-details'],
      ['envelope', 'contains', 'info-for-brothers'],
      ['sami-email', 'describes', 'daesh-contacts'],
      ['meeting-intelligence', 'describes', 'daesh-meeting'],
      ['early-warning', 'describes', 'hostile-threats'],
    ];
    expect(expected.filter(([s, t, o]) => !has(s, t, o)).map((x) => x.join(' '))).toEqual([]);
    // The workarounds they replace are gone, and no edge runs backwards.
    expect(has('info-for-brothers', 'part_of', 'envelope')).toBe(false);
    expect(has('info-for-brothers', 'contains', 'envelope')).toBe(false);
    expect(dataset.edges.filter((e) => e.target === 'cyber-threats' && e.type === 'conducts')).toEqual([]);
    expect(has('weak-governments', 'causes', 'instability')).toBe(false);
    // The intelligence MI6 provides, not MI6 itself, is what can help to inform policy.
    expect(has('mi6-intelligence', 'supports', 'policy-and-decision-making')).toBe(true);
  });

  it('keeps the claims of the key-activities, cyber and instability sections', () => {
    const claims: [string, string, string][] = [
      ['mi6', 'counters', 'international-terrorism'],
      ['mi6', 'counters', 'weapons-proliferation'],
      ['mi6', 'supports', 'stability-overseas'],
      ['mi6', 'protects', 'cyber-advantage'],
      ['uk', 'counters', 'weapons-proliferation'],
      ['mi6', 'counters', 'terrorists'],
      ['mi6', 'recruits', 'foreign-agents'],
      ['cyber-threats', 'threatens', 'individuals'],
      ['cyber-threats', 'threatens', 'organisations'],
      ['cyber-threats', 'threatens', 'governments'],
      ['cybercrime', 'located_in', 'anywhere-in-the-world'],
      ['early-political-intervention', 'counters', 'instability'],
    ];
    expect(claims.filter(([s, t, o]) => !has(s, t, o)).map((x) => x.join(' '))).toEqual([]);
  });

  // A claim the graph draws through an activity or an item of information ("MI6 conducts research into Sami":
  // MI6 conducts the research, the research looks into Sami) is not drawn again as a shortcut between its ends.
  it('draws each claim of the text once, not again as a shortcut past the activity or information it runs through', () => {
    const once: [claim: [string, string, string][], shortcut: [string, string, string]][] = [
      [
        [
          ['mi6', 'conducts', 'research-into-sami'],
          ['research-into-sami', 'investigates', 'sami'],
        ],
        ['mi6', 'investigates', 'sami'],
      ],
      [
        [
          ['mi6-officer', 'conducts', 'investigation-of-stranger'],
          ['investigation-of-stranger', 'investigates', 'stranger'],
        ],
        ['mi6-officer', 'investigates', 'stranger'],
      ],
      [
        [
          ['gchq', 'provides', 'stranger-details'],
          ['stranger-details', 'describes', 'stranger'],
        ],
        ['gchq', 'investigates', 'stranger'],
      ],
      [
        [
          ['mi6', 'provides', 'mi6-intelligence'],
          ['mi6-intelligence', 'counters', 'cyber-threats'],
        ],
        ['mi6', 'counters', 'cyber-threats'],
      ],
      [
        [
          ['sami', 'attends', 'daesh-meeting'],
          ['stranger', 'attends', 'daesh-meeting'],
        ],
        ['sami', 'meets', 'stranger'],
      ],
      [
        [
          ['sami', 'attends', 'daesh-meeting'],
          ['daesh-contacts', 'attends', 'daesh-meeting'],
        ],
        ['sami', 'meets', 'daesh-contacts'],
      ],
      // The MI5 operative passes the information on to MI6; MI5 itself passes nothing in that sentence.
      [
        [
          ['mi5-operative', 'passes_intelligence_to', 'mi6'],
          ['mi5-operative', 'part_of', 'mi5'],
        ],
        ['mi5', 'passes_intelligence_to', 'mi6'],
      ],
    ];
    for (const [claim, shortcut] of once) {
      for (const edge of claim) expect(has(...edge), edge.join(' ')).toBe(true);
      expect(has(...shortcut), shortcut.join(' ')).toBe(false);
    }
    // "A key activity involves recruiting foreign agents": MI6 recruits them, once, with no activity node beside it.
    expect(nodeById.has('recruiting-foreign-agents')).toBe(false);
    expect(edgeById.get('mi6-recruits-foreign-agents')?.evidence.map((ev) => ev.quote)).toEqual([
      'A key activity involves recruiting foreign agents',
    ]);
  });

  it('puts every node on the graph with at least one edge', () => {
    const connected = new Set(dataset.edges.flatMap((e) => [e.source, e.target]));
    expect(dataset.nodes.filter((n) => !connected.has(n.id)).map((n) => n.id)).toEqual([]);
  });
});

describe('the case-study flow', () => {
  const steps = [...(caseStudy?.steps ?? [])].sort((a, b) => a.order - b.order);

  it('exists, under Counter terrorism', () => {
    expect(caseStudy?.title).toBe('Intelligence in action: the case study');
    expect(caseStudy?.threatAreas).toEqual(['counter-terrorism']);
  });

  it('numbers its steps 1, 2, 3 … and tells them in the order of the article', () => {
    expect(steps.map((s) => s.order)).toEqual(steps.map((_, i) => i + 1));
    const starts = steps.map((s) => Math.min(...s.evidence.map((ev) => ev.start)));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('walks through all eight bullets of the case study, quoting each one', () => {
    expect(caseStudyBullets).toHaveLength(8);
    const uncovered = caseStudyBullets
      .map((bullet, i) => ({ bullet, n: i + 1 }))
      .filter(({ bullet }) =>
        steps.every((s) => s.evidence.every((ev) => ev.start < bullet.start || ev.end > bullet.end)),
      )
      .map(({ n }) => n);
    expect(uncovered).toEqual([]);
    const outside = steps.filter((s) =>
      s.evidence.some((ev) => !caseStudyBullets.some((b) => b.start <= ev.start && ev.end <= b.end)),
    );
    expect(outside.map((s) => s.id)).toEqual([]);
  });

  it('lights up, at each step, both ends of every edge it shows', () => {
    const loose = steps.flatMap((s) =>
      s.edges.flatMap((id) => {
        const edge = edgeById.get(id);
        return edge
          ? [edge.source, edge.target].filter((n) => !s.nodes.includes(n)).map((n) => `${s.id}: ${n}`)
          : [];
      }),
    );
    expect(loose).toEqual([]);
  });

  it('shows each hand-off between agencies as a directed edge, in the order the intelligence travels', () => {
    const handOffs: [string, string][] = [
      ['mi5-operative', 'mi6'],
      ['mi6', 'gchq'],
      ['mi6', 'mi5'],
      ['gchq', 'mi6'],
      ['gchq', 'mi5'],
    ];
    const stepOf = handOffs.map(([from, to]) => {
      const edge = dataset.edges.find(
        (e) => e.source === from && e.target === to && e.type === 'passes_intelligence_to',
      );
      expect(edge, `${from} passes intelligence to ${to}`).toBeDefined();
      const step = steps.find((s) => edge && s.edges.includes(edge.id));
      expect(step, `a step shows ${from} → ${to}`).toBeDefined();
      return step?.order ?? 0;
    });
    const [mi5ToMi6, mi6ToGchq, mi6ToMi5, gchqToMi6, gchqToMi5] = stepOf as [
      number,
      number,
      number,
      number,
      number,
    ];
    expect(mi5ToMi6).toBeLessThan(mi6ToGchq);
    expect(mi6ToGchq).toBe(mi6ToMi5);
    expect(mi6ToMi5).toBeLessThan(gchqToMi6);
    expect(gchqToMi6).toBe(gchqToMi5);
  });

  // A hand-off is information passing from one party to another: intelligence passed on, Sami reporting to his
  // officer, the envelope "information for the brothers" handed over. The numbers follow the article's telling.
  it('numbers the nine hand-offs of information once each, in the order the article tells them', () => {
    const numbers = handOffNumbers(caseStudy!, buildGraphIndex(dataset));
    const inOrder = [...numbers]
      .flatMap(([id, ns]) => ns.map((n) => [n, edgeById.get(id)!] as const))
      .sort((a, b) => a[0] - b[0])
      .map(([n, e]) => `${n} ${e.source} ${e.label} ${e.target}`);
    expect(inOrder).toEqual([
      "1 mi5-operative passes the information from Sami's email to mi6",
      "2 sami describes his nephew's exploitation to mi6-officer",
      '3 sami contacts and advises mi6-officer',
      '4 sami reports back on the meeting to mi6-officer',
      '5 daesh-contact-envelope hands an envelope to stranger',
      '6 mi6 shares the meeting intelligence with gchq',
      '7 mi6 shares the meeting intelligence with mi5',
      "8 gchq passes the stranger's details to mi6",
      "9 gchq passes the stranger's details to mi5",
    ]);
    // Sami's telling the officer what he learnt is drawn as a report, like his report on the meeting.
    const samiTells = dataset.edges.filter((e) => e.source === 'sami' && e.target === 'mi6-officer');
    expect(samiTells.filter((e) => e.type === 'reports_to').map((e) => e.id)).toEqual([
      'sami-tells-officer-about-nephew',
      'sami-contacts-officer',
      'sami-reports-meeting-to-officer',
    ]);
  });

  it('says what the shared intelligence is about: the meeting, the stranger and the envelope', () => {
    for (const about of ['daesh-meeting', 'stranger', 'envelope'])
      expect(has('meeting-intelligence', 'describes', about), about).toBe(true);
    // The contact's claim is reported as a claim.
    expect(edgeById.get('info-for-brothers-causes-attack')?.label).toBe('is said to cause');
  });

  it('keeps who did what to whom: the contact hands the envelope to the stranger, DAESH exploits the nephew', () => {
    expect(has('daesh-contact-envelope', 'hands_over', 'stranger')).toBe(true);
    expect(has('daesh', 'exploits', 'nephew')).toBe(true);
    expect(has('nephew', 'related_to', 'sami')).toBe(true);
    expect(has('mi6-officer', 'recruits', 'sami')).toBe(true);
    expect(has('sami', 'reports_to', 'mi6-officer')).toBe(true);
    expect(has('mi6-officer', 'conducts', 'investigation-of-stranger')).toBe(true);
    expect(has('investigation-of-stranger', 'investigates', 'stranger')).toBe(true);
    expect(has('stranger', 'hands_over', 'daesh-contact-envelope')).toBe(false);
  });

  it('keeps what each bullet states: Sami helps, assesses the risk with the officer; GCHQ knew the contact', () => {
    expect(has('sami', 'supports', 'mi6-officer')).toBe(true);
    expect(has('sami', 'conducts', 'risk-assessment')).toBe(true);
    expect(has('mi6-officer', 'conducts', 'risk-assessment')).toBe(true);
    expect(has('gchq', 'investigates', 'daesh-contact-known')).toBe(true);
    expect(has('stranger-details', 'describes', 'stranger')).toBe(true);
    expect(has('sami', 'provides', 'meeting-intelligence')).toBe(true);
    expect(has('investigation-of-stranger', 'investigates', 'stranger-location')).toBe(true);
    expect(has('investigation-of-stranger', 'counters', 'potential-terrorist-attack')).toBe(true);
    const known = dataset.edges.filter((e) => e.source === 'gchq' && e.target === 'daesh-contact-known');
    expect(known.some((e) => e.evidence.some((ev) => ev.quote.includes('already known to them')))).toBe(true);
  });
});
