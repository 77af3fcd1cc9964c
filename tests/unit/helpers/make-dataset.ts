// Builds valid datasets for unit tests from a compact description, and a small spy story to test against.
import { DatasetSchema, type Dataset, type Evidence } from '../../../src/model/schema';
import { BUILTIN_VOCABULARY } from '../../../src/model/resolve-vocabulary';
import type { NodeType, RelationType } from '../../../src/model/vocabulary';

/** A quote to find in the spec's text, or explicit [start, end) offsets. */
export type EvidenceSpec = string | readonly [start: number, end: number];

export interface NodeSpec {
  id: string;
  type?: NodeType;
  label?: string;
  aliases?: string[];
  areas?: string[];
  evidence?: EvidenceSpec[];
}

export interface EdgeSpec {
  id: string;
  source: string;
  target: string;
  type?: RelationType;
  /** Defaults to the relation type's label. */
  label?: string;
  areas?: string[];
  evidence?: EvidenceSpec[];
}

export interface StepSpec {
  id: string;
  /** Defaults to the step's place in the list, 1-based. */
  order?: number;
  title?: string;
  nodes?: string[];
  edges?: string[];
  evidence?: EvidenceSpec[];
}

export interface DatasetSpec {
  id?: string;
  /** The source text quotes are looked up in. Without it, every element gets a dummy span of its own. */
  text?: string;
  /** Threat areas as [id, label]. */
  threatAreas?: [string, string][];
  nodes: NodeSpec[];
  edges?: EdgeSpec[];
  flows?: { id: string; title?: string; steps: StepSpec[] }[];
}

/** Makes a Dataset the schema accepts, filling everything the description leaves out; throws on a bad description. */
export function makeDataset(spec: DatasetSpec): Dataset {
  const text = spec.text ?? '';
  let dummy = 0;
  const evidence = (specs: EvidenceSpec[] | undefined): Evidence[] => {
    if (!specs || specs.length === 0) {
      // Distinct dummy spans, so evidence lookups in tests can tell elements apart.
      const start = dummy++ * 10;
      return [{ document: 'source', start, end: start + 5, quote: 'dummy' }];
    }
    return specs.map((s) => {
      if (typeof s !== 'string') {
        const [start, end] = s;
        return { document: 'source', start, end, quote: text.slice(start, end) || 'dummy' };
      }
      const start = text.indexOf(s);
      if (start < 0) throw new Error(`make-dataset: quote "${s}" is not in the text`);
      return { document: 'source', start, end: start + s.length, quote: s };
    });
  };

  return DatasetSchema.parse({
    schemaVersion: 2,
    id: spec.id ?? 'test',
    title: 'Test dataset',
    documents: [{ id: 'source', path: 'source.txt', title: 'Test source' }],
    threatAreas: (spec.threatAreas ?? []).map(([id, label]) => ({ id, label, description: '' })),
    nodes: spec.nodes.map((n) => ({
      id: n.id,
      type: n.type ?? 'person',
      label: n.label ?? n.id,
      aliases: n.aliases ?? [],
      summary: '',
      threatAreas: n.areas ?? [],
      evidence: evidence(n.evidence),
    })),
    edges: (spec.edges ?? []).map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type ?? 'linked_to',
      label: e.label ?? BUILTIN_VOCABULARY.relationType(e.type ?? 'linked_to').label,
      threatAreas: e.areas ?? [],
      evidence: evidence(e.evidence),
    })),
    flows: (spec.flows ?? []).map((f) => ({
      id: f.id,
      title: f.title ?? f.id,
      steps: f.steps.map((s, i) => ({
        id: s.id,
        order: s.order ?? i + 1,
        title: s.title ?? s.id,
        summary: '',
        nodes: s.nodes ?? [],
        edges: s.edges ?? [],
        evidence: evidence(s.evidence),
      })),
    })),
  });
}

export const SPY_TEXT =
  'GCHQ intercepts messages between a DAESH contact in Syria and someone in London. ' +
  'GCHQ passes the details to MI6, the Secret Intelligence Service (SIS). ' +
  'MI6 warns MI5, the Security Service. ' +
  'MI5 watches Sami, a student whose friends call him Sam. ' +
  'One of the DAESH contacts hands the envelope to the stranger. ' +
  'At the Café Zürich, Sami meets the stranger, and the stranger passes the envelope to Sami. ' +
  'MI5 works with GCHQ. GCHQ also tracks state-sponsored hackers who attack British networks.';

/**
 * A mini case study: three agencies pass a warning down the line while an envelope travels from a DAESH
 * contact, through a stranger, to Sami. Two threat areas; one flow of four steps, stored out of order.
 */
export function makeSpyStory(): Dataset {
  const both = ['terrorism', 'cyber'];
  const terror = ['terrorism'];
  return makeDataset({
    id: 'spy-story',
    text: SPY_TEXT,
    threatAreas: [
      ['terrorism', 'Terrorism'],
      ['cyber', 'Cyber security'],
    ],
    nodes: [
      {
        id: 'gchq',
        type: 'agency',
        label: 'GCHQ',
        aliases: ['Government Communications Headquarters'],
        areas: both,
        evidence: ['GCHQ intercepts'],
      },
      {
        id: 'mi6',
        type: 'agency',
        label: 'MI6',
        aliases: ['Secret Intelligence Service', 'SIS'],
        areas: both,
        evidence: ['MI6, the Secret Intelligence Service (SIS)'],
      },
      {
        id: 'mi5',
        type: 'agency',
        label: 'MI5',
        aliases: ['Security Service'],
        areas: both,
        evidence: ['MI5, the Security Service'],
      },
      { id: 'sami', label: 'Sami', aliases: ['Sam'], areas: terror, evidence: ['Sami, a student'] },
      { id: 'stranger', label: 'the stranger', areas: terror, evidence: ['the stranger'] },
      {
        id: 'daesh-contact',
        label: 'One of the DAESH contacts',
        aliases: ['DAESH contact'],
        areas: terror,
        evidence: ['One of the DAESH contacts'],
      },
      {
        id: 'envelope',
        type: 'information',
        label: 'the envelope',
        areas: terror,
        evidence: ['the envelope'],
      },
      { id: 'cafe', type: 'place', label: 'Café Zürich', evidence: ['Café Zürich'] },
      {
        id: 'hackers',
        type: 'threat',
        label: 'state-sponsored hackers',
        areas: ['cyber'],
        evidence: ['state-sponsored hackers'],
      },
    ],
    edges: [
      {
        id: 'gchq-passes-mi6',
        source: 'gchq',
        target: 'mi6',
        type: 'passes_intelligence_to',
        label: 'passes the details to',
        areas: terror,
        evidence: ['GCHQ passes the details to MI6'],
      },
      {
        id: 'mi6-warns-mi5',
        source: 'mi6',
        target: 'mi5',
        type: 'passes_intelligence_to',
        label: 'warns',
        areas: terror,
        evidence: ['MI6 warns MI5'],
      },
      {
        id: 'mi5-watches-sami',
        source: 'mi5',
        target: 'sami',
        type: 'investigates',
        label: 'watches',
        areas: terror,
        evidence: ['MI5 watches Sami'],
      },
      {
        id: 'daesh-hands-stranger',
        source: 'daesh-contact',
        target: 'stranger',
        type: 'hands_over',
        label: 'hands the envelope to',
        areas: terror,
        evidence: ['hands the envelope to the stranger'],
      },
      {
        id: 'sami-meets-stranger',
        source: 'sami',
        target: 'stranger',
        type: 'meets',
        label: 'meets',
        areas: terror,
        evidence: ['Sami meets the stranger'],
      },
      {
        id: 'stranger-hands-sami',
        source: 'stranger',
        target: 'sami',
        type: 'hands_over',
        label: 'passes the envelope to',
        areas: terror,
        evidence: ['the stranger passes the envelope to Sami'],
      },
      {
        id: 'sami-at-cafe',
        source: 'sami',
        target: 'cafe',
        type: 'located_in',
        label: 'meets the stranger at',
        evidence: ['At the Café Zürich, Sami meets'],
      },
      {
        id: 'mi5-works-gchq',
        source: 'mi5',
        target: 'gchq',
        type: 'works_with',
        label: 'works with',
        areas: both,
        evidence: ['MI5 works with GCHQ'],
      },
      {
        id: 'gchq-tracks-hackers',
        source: 'gchq',
        target: 'hackers',
        type: 'counters',
        label: 'tracks',
        areas: ['cyber'],
        evidence: ['GCHQ also tracks state-sponsored hackers'],
      },
    ],
    flows: [
      {
        id: 'envelope',
        title: 'How the envelope reached Sami',
        steps: [
          {
            id: 'handover',
            order: 3,
            title: 'The envelope changes hands',
            nodes: ['daesh-contact', 'stranger', 'envelope'],
            edges: ['daesh-hands-stranger'],
            evidence: ['One of the DAESH contacts hands the envelope to the stranger.'],
          },
          {
            id: 'intercept',
            order: 1,
            title: 'GCHQ tips off MI6',
            nodes: ['gchq', 'mi6'],
            edges: ['gchq-passes-mi6'],
            evidence: ['GCHQ passes the details to MI6, the Secret Intelligence Service (SIS).'],
          },
          {
            id: 'warning',
            order: 2,
            title: 'MI6 warns MI5',
            nodes: ['mi6', 'mi5'],
            edges: ['mi6-warns-mi5'],
            evidence: ['MI6 warns MI5, the Security Service.'],
          },
          {
            id: 'meeting',
            order: 4,
            title: 'Sami meets the stranger',
            nodes: ['sami', 'stranger', 'envelope', 'cafe'],
            edges: ['sami-meets-stranger', 'stranger-hands-sami', 'sami-at-cafe'],
            evidence: [
              'At the Café Zürich, Sami meets the stranger, and the stranger passes the envelope to Sami.',
            ],
          },
        ],
      },
    ],
  });
}
