// The visual encoding of types: a colour AND a shape per node type, a colour AND a line style per relation family.
// Colours are the Okabe–Ito palette, chosen to stay distinguishable with the common colour-vision deficiencies;
// shape and line style carry the same information for those who cannot tell colours apart at all.
import type { NodeType, RelationType } from '../model/vocabulary';

export type NodeShape =
  'round-rectangle' | 'hexagon' | 'ellipse' | 'triangle' | 'diamond' | 'pentagon' | 'rectangle' | 'octagon';

export const NODE_STYLE: Record<NodeType, { colour: string; shape: NodeShape; text: string }> = {
  agency: { colour: '#0072B2', shape: 'round-rectangle', text: '#ffffff' },
  organisation: { colour: '#E69F00', shape: 'hexagon', text: '#000000' },
  person: { colour: '#009E73', shape: 'ellipse', text: '#ffffff' },
  threat: { colour: '#D55E00', shape: 'triangle', text: '#ffffff' },
  action: { colour: '#CC79A7', shape: 'diamond', text: '#000000' },
  place: { colour: '#56B4E9', shape: 'pentagon', text: '#000000' },
  information: { colour: '#F0E442', shape: 'rectangle', text: '#000000' },
  concept: { colour: '#9A9A9A', shape: 'octagon', text: '#000000' },
};

export type RelationFamily = 'intelligence' | 'hostile' | 'counter' | 'cooperation' | 'other';

export const RELATION_FAMILY: Record<RelationType, RelationFamily> = {
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

export const FAMILY_STYLE: Record<
  RelationFamily,
  { colour: string; line: 'solid' | 'dashed' | 'dotted'; width: number; label: string }
> = {
  intelligence: { colour: '#0b3d91', line: 'solid', width: 3, label: 'Information passed on' },
  hostile: { colour: '#b3261e', line: 'dashed', width: 2, label: 'Hostile' },
  counter: { colour: '#1b7a3d', line: 'solid', width: 2, label: 'Countering' },
  cooperation: { colour: '#6a3d9a', line: 'dotted', width: 2, label: 'Cooperation' },
  other: { colour: '#666666', line: 'solid', width: 1.5, label: 'Other relations' },
};
