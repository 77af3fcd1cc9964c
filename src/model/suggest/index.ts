// Suggestions for a new text: candidate entities with their spans and relations between them, paragraph by paragraph.
import { acronymFindings, initialsLinks } from './acronyms';
import { buildCandidates } from './candidates';
import { mentionsOf, type Mention } from './mentions';
import { buildRelations } from './relations';
import { paragraphsOf, sentencesOf, type Sentence } from './tokens';
import {
  DEFAULT_MAX_CANDIDATES,
  DEFAULT_MAX_RELATIONS,
  type SuggestOptions,
  type SuggestProgress,
  type SuggestResult,
} from './types';

export * from './types';

/** Thrown by suggest when isCancelled says so, between two paragraphs. */
export class SuggestCancelled extends Error {
  constructor() {
    super('Suggestions were cancelled');
    this.name = 'SuggestCancelled';
  }
}

/**
 * Reads the text paragraph by paragraph (reporting progress after each, and stopping with SuggestCancelled when
 * isCancelled returns true), then merges mentions into candidates and proposes relations between them.
 */
export function suggest(
  text: string,
  options: SuggestOptions = {},
  onProgress?: (progress: SuggestProgress) => void,
  isCancelled?: () => boolean,
): SuggestResult {
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const links: [Mention, Mention][] = [];
  for (const paragraph of paragraphsOf(text)) {
    if (isCancelled?.()) throw new SuggestCancelled();
    for (const sentence of sentencesOf(text, paragraph)) {
      const index = sentences.length;
      sentences.push(sentence);
      const found = mentionsOf(text, sentence, index);
      const acronyms = acronymFindings(text, sentence, found);
      mentions.push(...found, ...acronyms.expansions);
      links.push(...acronyms.links);
    }
    onProgress?.({ done: paragraph.end, total: text.length });
  }
  if (isCancelled?.()) throw new SuggestCancelled();
  links.push(...initialsLinks(mentions));
  const set = buildCandidates(text, mentions, links, options.maxCandidates ?? DEFAULT_MAX_CANDIDATES);
  const types = new Map(set.candidates.map((c) => [c.id, c.type]));
  const maxRelations = options.maxRelations ?? DEFAULT_MAX_RELATIONS;
  const relations = buildRelations(text, sentences, set.mentions, set.owner, types, maxRelations);
  onProgress?.({ done: text.length, total: text.length });
  return { candidates: set.candidates, relations };
}
