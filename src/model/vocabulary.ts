// The built-in vocabulary of the dataset format (node types, relation types, the families relation types fall
// into, the facet's name) that a dataset declaring none gets, and the shapes and line styles a dataset may choose.

export const NODE_TYPES = [
  'agency',
  'organisation',
  'person',
  'threat',
  'action',
  'place',
  'information',
  'concept',
] as const;
export type BuiltinNodeType = (typeof NODE_TYPES)[number];
/**
 * A node type's id: one the dataset declares in its vocabulary, or a built-in one when it declares none. A plain
 * string, so a dataset's own types pass through the app; resolve-vocabulary.ts gives its words and style.
 */
export type NodeType = string;

export const NODE_TYPE_INFO: Record<BuiltinNodeType, { label: string; plural: string; description: string }> =
  {
    agency: {
      label: 'Agency',
      plural: 'Agencies',
      description: 'A government intelligence or security service.',
    },
    organisation: {
      label: 'Organisation',
      plural: 'Organisations',
      description: 'A group, company, government or network that is not an intelligence agency.',
    },
    person: {
      label: 'Person',
      plural: 'People',
      description: 'A person or a group of people, named or not.',
    },
    threat: {
      label: 'Threat',
      plural: 'Threats',
      description: 'Something that endangers people, states or interests.',
    },
    action: {
      label: 'Action',
      plural: 'Actions',
      description: 'An activity, operation or event: something done.',
    },
    place: { label: 'Place', plural: 'Places', description: 'A country, city, region or kind of place.' },
    information: {
      label: 'Information',
      plural: 'Information',
      description:
        'An item that carries information: a message, an object, a device, a piece of intelligence.',
    },
    concept: {
      label: 'Concept',
      plural: 'Concepts',
      description: 'An interest, goal or policy that others protect, support or serve.',
    },
  };

/** Relation types: directed verbs, read "source <label> target". */
export const RELATION_TYPES = [
  'works_with',
  'passes_intelligence_to',
  'provides',
  'counters',
  'investigates',
  'recruits',
  'exploits',
  'meets',
  'reports_to',
  'hands_over',
  'uses',
  'located_in',
  'linked_to',
  'protects',
  'threatens',
  'poses',
  'causes',
  'conducts',
  'supports',
  'contacts',
  'related_to',
  'part_of',
  'contains',
  'describes',
  'attends',
  'targets',
] as const;
export type BuiltinRelationType = (typeof RELATION_TYPES)[number];
/** A relation type's id: declared by the dataset, or a built-in one when it declares none. */
export type RelationType = string;

export const RELATION_TYPE_INFO: Record<BuiltinRelationType, { label: string; description: string }> = {
  works_with: { label: 'works with', description: 'Cooperates with another party.' },
  passes_intelligence_to: {
    label: 'passes intelligence to',
    description: 'Hands information or intelligence to another party.',
  },
  provides: {
    label: 'provides',
    description: 'Supplies information or intelligence; the target is what is supplied, not who gets it.',
  },
  counters: { label: 'counters', description: 'Acts against a threat.' },
  investigates: {
    label: 'investigates',
    description: 'Researches, investigates or assesses someone or something.',
  },
  recruits: { label: 'recruits', description: 'Recruits or cultivates someone as a source or agent.' },
  exploits: { label: 'exploits', description: 'Uses someone for its own ends.' },
  meets: { label: 'meets', description: 'Meets someone in person.' },
  reports_to: { label: 'reports to', description: 'Tells what it learnt to someone it works for.' },
  hands_over: { label: 'hands over', description: 'Physically gives an item to someone.' },
  uses: { label: 'uses', description: 'Uses an item, device or means.' },
  located_in: { label: 'located in', description: 'Lives, works or is found in a place.' },
  linked_to: { label: 'linked to', description: 'Has contacts with or ties to.' },
  protects: { label: 'protects', description: 'Keeps someone or something safe.' },
  threatens: { label: 'threatens', description: 'Endangers someone or something.' },
  poses: { label: 'poses', description: 'Is a source of a threat.' },
  causes: { label: 'causes', description: 'Brings something about or leads to it.' },
  conducts: { label: 'conducts', description: 'Carries out an activity or operation.' },
  supports: { label: 'supports', description: 'Helps, informs or serves.' },
  contacts: { label: 'contacts', description: 'Gets in touch with someone.' },
  related_to: { label: 'is related to', description: 'Is family of someone.' },
  part_of: { label: 'is part of', description: 'Belongs to a larger whole.' },
  contains: { label: 'contains', description: 'Holds an item of information inside it.' },
  describes: { label: 'is about', description: 'Carries information about someone or something.' },
  attends: { label: 'attends', description: 'Is present at an event.' },
  targets: { label: 'targets', description: 'Aims at someone or something.' },
};

/**
 * Relation families: relation types grouped by what they mean for the story, drawn alike (one colour and line
 * style per family, in the theme) and listed together in the legend. Domain knowledge, so it lives here beside
 * the relation types, where a dataset's own vocabulary can extend it.
 */
export const RELATION_FAMILIES = ['intelligence', 'hostile', 'counter', 'cooperation', 'other'] as const;
export type BuiltinRelationFamily = (typeof RELATION_FAMILIES)[number];
/** A relation family's id: declared by the dataset, or a built-in one. */
export type RelationFamily = string;

export const RELATION_FAMILY_INFO: Record<BuiltinRelationFamily, { label: string }> = {
  intelligence: { label: 'Information passed on' },
  hostile: { label: 'Hostile' },
  counter: { label: 'Countering' },
  cooperation: { label: 'Cooperation' },
  other: { label: 'Other relations' },
};

/** Which family each relation type belongs to. */
export const RELATION_FAMILY: Record<BuiltinRelationType, BuiltinRelationFamily> = {
  passes_intelligence_to: 'intelligence',
  reports_to: 'intelligence',
  hands_over: 'intelligence',
  provides: 'intelligence',
  threatens: 'hostile',
  exploits: 'hostile',
  targets: 'hostile',
  poses: 'hostile',
  counters: 'counter',
  investigates: 'counter',
  protects: 'counter',
  works_with: 'cooperation',
  supports: 'cooperation',
  recruits: 'cooperation',
  meets: 'cooperation',
  contacts: 'cooperation',
  attends: 'other',
  conducts: 'other',
  uses: 'other',
  located_in: 'other',
  linked_to: 'other',
  related_to: 'other',
  part_of: 'other',
  // Not 'hostile': some things caused are wanted ("policy and decision making often leads to early intervention").
  causes: 'other',
  contains: 'other',
  describes: 'other',
};

/**
 * The facet: the one named grouping of nodes and edges that the filters, the list and Details offer besides the
 * types. The format keeps its values in `threatAreas`; a dataset may give it its own name ("Charges", "Topics").
 */
export const FACET_INFO = { label: 'Threat area', plural: 'Threat areas' } as const;

/** The node shapes a dataset may give its types: the ones Cytoscape draws that the legend can draw too. */
export const NODE_SHAPES = [
  'ellipse',
  'round-rectangle',
  'rectangle',
  'triangle',
  'diamond',
  'pentagon',
  'hexagon',
  'octagon',
] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

export const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];
