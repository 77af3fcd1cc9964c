// Which of the open dataset's node types a suggested type becomes: the same id when the vocabulary has it.
import type { SuggestedType } from '../../model/suggest/types';

/** Other spellings a vocabulary may use for a suggested type, tried in order when the same id is missing. */
const SYNONYMS: Record<SuggestedType, readonly string[]> = {
  person: ['people'],
  organisation: ['organization'],
  place: ['location'],
  event: [],
  item: [],
  theme: [],
};

/**
 * The dataset's type for a suggested one: the same id, else a spelling of it the vocabulary uses, else the
 * vocabulary's first type (MI6: organisation, person and place keep their ids, the rest become agencies).
 */
export function datasetTypeFor(suggested: SuggestedType, typeIds: readonly string[]): string {
  if (typeIds.includes(suggested)) return suggested;
  const synonym = SYNONYMS[suggested].find((id) => typeIds.includes(id));
  return synonym ?? typeIds[0] ?? suggested;
}
