// The shapes the suggestion pass returns: candidate entities with their spans, and relations between them.
import type { Span } from '../evidence';

/** The default vocabulary of a new case (issue 13): the type a candidate is suggested as. */
export const SUGGESTED_TYPES = [
  { id: 'person', label: 'Person' },
  { id: 'organisation', label: 'Organisation' },
  { id: 'place', label: 'Place' },
  { id: 'event', label: 'Event' },
  { id: 'item', label: 'Document or item' },
  { id: 'theme', label: 'Theme' },
] as const;

export type SuggestedType = (typeof SUGGESTED_TYPES)[number]['id'];

/** A span with the words it covers: `text.slice(start, end) === quote` always holds. */
export interface QuotedSpan extends Span {
  quote: string;
}

export interface Candidate {
  /** Stable for the same text and options: built from the label, suffixed when two labels collide. */
  id: string;
  label: string;
  type: SuggestedType;
  /** Every mention of this thing, in text order. */
  spans: QuotedSpan[];
  /** Other names the text gives it (an acronym's expansion, the acronym for an expansion). */
  aliases: string[];
  /** Higher is likelier to be worth a node; only the order matters. */
  score: number;
}

export interface Relation {
  id: string;
  source: string;
  target: string;
  /** The words between the two mentions (the verb phrase when there is one). */
  label: string;
  /** The sentence both mentions are in. */
  evidence: QuotedSpan;
  /** The two mentions the relation was read from (source first). */
  mentions: [QuotedSpan, QuotedSpan];
  score: number;
}

export interface SuggestResult {
  candidates: Candidate[];
  relations: Relation[];
}

export interface SuggestOptions {
  /** At most this many candidates, best first (the review list's budget). */
  maxCandidates?: number;
  /** At most this many relations, best first. */
  maxRelations?: number;
}

export interface SuggestProgress {
  /** Characters of the text read so far (whole paragraphs). */
  done: number;
  total: number;
}

export const DEFAULT_MAX_CANDIDATES = 150;
export const DEFAULT_MAX_RELATIONS = 200;
