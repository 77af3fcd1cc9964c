// The Types editor's changes as whole vocabularies: what `setVocabulary` is given for one add, rename, recolour or
// removal, starting from the dataset's own vocabulary or, for a dataset that declares none, a copy of the built-in one.
import { slugOf, uniqueId } from '../../model/new-case';
import type { Vocabulary } from '../../model/resolve-vocabulary';
import type {
  Dataset,
  NodeTypeDeclaration,
  RelationFamilyDeclaration,
  RelationTypeDeclaration,
  VocabularyFile,
} from '../../model/schema';

/** A vocabulary with its three lists written out: what the editor changes one entry of. */
export interface EditableVocabulary extends VocabularyFile {
  nodeTypes: NodeTypeDeclaration[];
  relationTypes: RelationTypeDeclaration[];
  families: RelationFamilyDeclaration[];
}

/**
 * The dataset's vocabulary with every list it leaves to the built-in one copied in from `resolved` (its words,
 * colours and shapes as drawn), so the first edit of a dataset like MI6 changes only what the user changed.
 */
export function editableVocabulary(
  dataset: Pick<Dataset, 'vocabulary'>,
  resolved: Vocabulary,
): EditableVocabulary {
  const own = dataset.vocabulary ?? {};
  return {
    ...own,
    nodeTypes:
      own.nodeTypes ??
      resolved.nodeTypes.map((t) => ({
        id: t.id,
        label: t.label,
        plural: t.plural,
        ...(t.description ? { description: t.description } : {}),
        colour: t.style.colour,
        shape: t.style.shape,
      })),
    relationTypes:
      own.relationTypes ??
      resolved.relationTypes.map((t) => ({
        id: t.id,
        label: t.label,
        ...(t.description ? { description: t.description } : {}),
        family: t.family,
      })),
    // The resolved families: the declared ones, and "other" when a type falls back to it.
    families: own.families ?? resolved.families.map((f) => ({ id: f.id, label: f.label })),
  };
}

/** A new type's id: a slug of its name, not one of the list's. */
function newId(label: string, taken: readonly { id: string }[]): string {
  return uniqueId(slugOf(label, 'type'), new Set(taken.map((t) => t.id)));
}

export function addNodeType(v: EditableVocabulary, label: string): EditableVocabulary {
  return { ...v, nodeTypes: [...v.nodeTypes, { id: newId(label, v.nodeTypes), label: label.trim() }] };
}

export function addRelationType(v: EditableVocabulary, label: string): EditableVocabulary {
  // In "other" (declared here when the list lacks it), like a built-in relation type that names no family.
  const families = v.families.some((f) => f.id === 'other')
    ? v.families
    : [...v.families, { id: 'other', label: 'Other relations' }];
  const type = { id: newId(label, v.relationTypes), label: label.trim(), family: 'other' };
  return { ...v, families, relationTypes: [...v.relationTypes, type] };
}

export function changeNodeType(
  v: EditableVocabulary,
  id: string,
  change: Partial<Omit<NodeTypeDeclaration, 'id'>>,
): EditableVocabulary {
  return { ...v, nodeTypes: v.nodeTypes.map((t) => (t.id === id ? { ...t, ...change } : t)) };
}

export function changeRelationType(
  v: EditableVocabulary,
  id: string,
  change: Partial<Omit<RelationTypeDeclaration, 'id'>>,
): EditableVocabulary {
  return { ...v, relationTypes: v.relationTypes.map((t) => (t.id === id ? { ...t, ...change } : t)) };
}

export function removeNodeType(v: EditableVocabulary, id: string): EditableVocabulary {
  return { ...v, nodeTypes: v.nodeTypes.filter((t) => t.id !== id) };
}

export function removeRelationType(v: EditableVocabulary, id: string): EditableVocabulary {
  return { ...v, relationTypes: v.relationTypes.filter((t) => t.id !== id) };
}

/** "used by 3 entities", "used by 1 relation": why a type cannot be removed yet. */
export function usedBy(count: number, one: string, many: string): string {
  return `used by ${count} ${count === 1 ? one : many}`;
}
