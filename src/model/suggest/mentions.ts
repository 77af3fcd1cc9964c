// Mentions in one sentence: acronyms, runs of proper names, and noun phrases grouped from compromise's word tags.
import { displayLabel, LEADING_WORDS, mentionKey } from './normalise';
import type { Sentence, Word } from './tokens';

export type MentionKind = 'acronym' | 'expansion' | 'name' | 'phrase';

export interface Mention {
  start: number;
  end: number;
  /** Mentions with the same key are one candidate (see mentionKey). */
  key: string;
  label: string;
  kind: MentionKind;
  /** Index of the sentence in the whole text. */
  sentence: number;
  /** The words it covers (none for an expansion cut inside a word run). */
  words: Word[];
}

type WordClass = 'det' | 'adj' | 'noun' | 'name' | 'acronym' | 'and' | 'other';

const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName'];

/** Nouns that count or measure what follows "of" ("a number of services"): the thing is after "of". */
const QUANTITY_NOUNS = new Set([
  'number',
  'range',
  'lot',
  'lots',
  'variety',
  'series',
  'couple',
  'bit',
  'kind',
  'sort',
  'type',
  'part',
  'majority',
  'handful',
  'set',
  'piece',
]);

/**
 * Prepositions compromise sometimes tags as adjectives ("payments to Pieter Claes over three years"): kept out of
 * phrases, or "Pieter Claes over" becomes a name.
 */
const PREPOSITION_WORDS = new Set([
  'over',
  'under',
  'above',
  'below',
  'about',
  'around',
  'across',
  'through',
]);

function isPronoun(w: Word): boolean {
  return w.tags.has('Pronoun') && !w.tags.has('Possessive');
}

function classify(words: Word[], i: number, initial: boolean): WordClass {
  const w = words[i];
  if (!w) return 'other';
  if (w.acronym) return 'acronym';
  if (w.lower === 'and' || w.lower === '&') return 'and';
  if (LEADING_WORDS.has(w.lower) || w.tags.has('Determiner')) return 'det';
  // Months, weekdays and spans of time ("In March", "over three years") say when, not who or what: they are no
  // entity of a case file's graph, and capitalised months would otherwise pass for organisations.
  if (w.tags.has('Date') || PREPOSITION_WORDS.has(w.lower)) return 'other';
  if (isPronoun(w) || w.tags.has('QuestionWord') || w.tags.has('Preposition') || w.tags.has('Conjunction')) {
    return 'other';
  }
  const prev = words[i - 1];
  const next = words[i + 1];
  if (w.capitalised && (NAME_TAGS.some((t) => w.tags.has(t)) || (!initial && w.tags.has('Noun'))))
    return 'name';
  if (w.tags.has('Noun') && !w.tags.has('Value')) {
    // "The MI6 helps to protect", "the operative passes this": a plural right after a noun, followed by "to",
    // a determiner or a pronoun, is the verb compromise took for a noun.
    if (w.tags.has('Plural') && prev && next && !w.breakAfter) {
      const toVerb = next.lower === 'to' && (words[i + 2]?.tags.has('Infinitive') ?? false);
      const prevModifier = !prev.breakAfter && (prev.tags.has('Determiner') || prev.tags.has('Adjective'));
      const before = words[i - 2];
      const afterName =
        prev.tags.has('Adjective') && before !== undefined && !before.breakAfter && before.acronym;
      const afterNoun = !prev.breakAfter && (prev.tags.has('Noun') || prev.acronym || afterName);
      if (toVerb && !prevModifier) return 'other';
      if (afterNoun && (next.tags.has('Determiner') || isPronoun(next))) return 'other';
    }
    if (opensWithGerund(w, prev)) return 'other';
    return 'noun';
  }
  if (w.tags.has('Adjective') && !w.tags.has('Comparative'))
    return opensWithGerund(w, prev) ? 'other' : 'adj';
  // "on terrorist plans": a preposition takes a noun phrase, so an -s word there is a plural, not a verb.
  const before = words[i - 2];
  if (
    w.tags.has('PresentTense') &&
    /s$/.test(w.lower) &&
    prev &&
    before &&
    !prev.breakAfter &&
    !before.breakAfter
  ) {
    if (
      (prev.tags.has('Noun') || prev.tags.has('Adjective')) &&
      !isPronoun(prev) &&
      before.tags.has('Preposition')
    ) {
      return 'noun';
    }
  }
  // A past participle before a noun modifies it ("organised crime groups").
  if (w.tags.has('PastTense') && next && !w.breakAfter && next.tags.has('Noun') && !isPronoun(next)) {
    if (!prev || prev.breakAfter || !(prev.tags.has('Noun') || prev.acronym)) return 'adj';
  }
  return 'other';
}

/** A gerund that opens a phrase is an action ("Preventing people", "supporting stability"), not a modifier. */
function opensWithGerund(w: Word, prev: Word | undefined): boolean {
  if (!/ing$/.test(w.lower) || w.tags.has('Actor')) return false;
  if (!prev || prev.breakAfter) return true;
  return !(
    LEADING_WORDS.has(prev.lower) ||
    prev.tags.has('Determiner') ||
    prev.tags.has('Adjective') ||
    prev.lower === 'and'
  );
}

function makeMention(text: string, words: Word[], kind: MentionKind, sentence: number): Mention | undefined {
  let from = 0;
  while (from < words.length - 1 && LEADING_WORDS.has(words[from]?.lower ?? '')) from++;
  const kept = words.slice(from);
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (!first || !last) return undefined;
  const surface = text.slice(first.start, last.end);
  const key = mentionKey(surface);
  if (key.length === 0) return undefined;
  return {
    start: first.start,
    end: last.end,
    key,
    label: displayLabel(surface),
    kind,
    sentence,
    words: kept,
  };
}

/**
 * The mentions of one sentence. A noun phrase is [determiner] (adjective | noun | name)* head, with "and" only
 * between adjectives that share the head ("national and international partners"); a possessive ends a phrase of
 * its own and the phrase goes on ("Sami's DAESH contacts"). Inside a phrase, a run of names and every acronym are
 * mentions of their own too; "one of the X" is a mention beside X.
 */
export function mentionsOf(text: string, sentence: Sentence, index: number): Mention[] {
  const words = sentence.words;
  const classes = words.map((_, i) => classify(words, i, i === 0));
  const mentions: Mention[] = [];
  const push = (m: Mention | undefined) => {
    if (m) mentions.push(m);
  };

  let i = 0;
  while (i < words.length) {
    const c = classes[i];
    if (c === 'other' || c === 'and') {
      i++;
      continue;
    }
    // Grow a phrase from i.
    const phrase: number[] = [];
    let j = i;
    while (j < words.length && classes[j] === 'det' && phrase.length === 0) {
      phrase.push(j);
      if (words[j]?.breakAfter) break;
      j++;
    }
    if (phrase.length > 0 && words[phrase[phrase.length - 1] ?? 0]?.breakAfter) {
      i = j + 1;
      continue;
    }
    const possessors: number[] = [];
    while (j < words.length) {
      const cj = classes[j];
      const w = words[j];
      if (!w) break;
      if (cj === 'adj' || cj === 'noun' || cj === 'name' || cj === 'acronym') {
        phrase.push(j);
        if (w.possessive) possessors.push(j);
        if (w.breakAfter) break;
        j++;
        continue;
      }
      if (cj === 'and' && !w.breakAfter && phrase.length > 0) {
        const nc = classes[j + 1];
        const prevWord = words[j - 1];
        const nextWord = words[j + 1];
        // Adjectives that share the head ("national and international partners"), or a bare plural after a
        // modified plural ("terrorist plans and organisations"): the modifier holds for both.
        const sharedAdjective = classes[j - 1] === 'adj' && (nc === 'adj' || nc === 'noun');
        const modified = phrase.filter((k) => classes[k] !== 'det').length >= 2;
        const sharedModifier =
          modified &&
          classes[j - 1] === 'noun' &&
          (prevWord?.tags.has('Plural') ?? false) &&
          nc === 'noun' &&
          (nextWord?.tags.has('Plural') ?? false) &&
          (nextWord?.breakAfter === true || !['noun', 'name', 'adj'].includes(classes[j + 2] ?? ''));
        if (sharedAdjective || sharedModifier) {
          phrase.push(j);
          j++;
          continue;
        }
      }
      if (cj === 'det' && phrase.length > 0 && words[phrase[phrase.length - 1] ?? 0]?.possessive) {
        phrase.push(j); // "the government's"
        j++;
        continue;
      }
      break;
    }
    const next = phrase.length > 0 ? (phrase[phrase.length - 1] ?? i) + 1 : i + 1;
    i = Math.max(next, i + 1);

    // The head is the last noun-like word; a trailing adjective is the head when a name or acronym precedes it
    // ("the MI5 operative"), otherwise trailing adjectives are dropped.
    let content = phrase.filter((k) => classes[k] !== 'det');
    while (content.length > 0) {
      const lastK = content[content.length - 1] ?? 0;
      const lc = classes[lastK];
      if (lc === 'noun' || lc === 'name' || lc === 'acronym') break;
      const before = content[content.length - 2];
      if (lc === 'adj' && before !== undefined && ['name', 'acronym'].includes(classes[before] ?? '')) break;
      content = content.slice(0, -1);
    }
    while (content.length > 0 && classes[content[content.length - 1] ?? 0] === 'and')
      content = content.slice(0, -1);
    if (content.length === 0) continue;
    const lastK = content[content.length - 1] ?? 0;
    const head = words[lastK];
    if (!head) continue;
    const afterHead = words[lastK + 1];
    if (QUANTITY_NOUNS.has(head.lower) && afterHead?.lower === 'of' && content.length === 1) continue;

    const startK = phrase[0] ?? content[0] ?? 0;
    const phraseWords = words.slice(startK, lastK + 1);
    const allNames = content.every((k) => classes[k] === 'name' || classes[k] === 'acronym');

    // The possessor's own phrase ("the government" in "the government's security").
    let outerStart = startK;
    for (const p of possessors) {
      if (p === lastK) continue;
      push(makeMention(text, words.slice(outerStart, p + 1), nameOrPhrase(classes, outerStart, p), index));
      outerStart = p + 1;
    }

    // Names and acronyms inside the phrase.
    let run: number[] = [];
    const flushRun = () => {
      if (
        run.length > 0 &&
        !(run[0] === content[0] && run[run.length - 1] === lastK && possessors.length === 0)
      ) {
        const first = run[0] ?? 0;
        const last = run[run.length - 1] ?? 0;
        if (!(run.length === 1 && classes[first] === 'acronym')) {
          push(makeMention(text, words.slice(first, last + 1), 'name', index));
        }
      }
      run = [];
    };
    for (const k of content) {
      if (classes[k] === 'name' || classes[k] === 'acronym') {
        if (run.length > 0 && (run[run.length - 1] ?? -2) !== k - 1) flushRun();
        run.push(k);
        if (words[k]?.possessive) flushRun();
      } else flushRun();
    }
    flushRun();
    for (const k of content) {
      const w = words[k];
      if (w && classes[k] === 'acronym' && !(content.length === 1 && possessors.length === 0)) {
        push(makeMention(text, [w], 'acronym', index));
      }
    }

    // The whole phrase, or what the last possessor has ("DAESH contacts" in "Sami's DAESH contacts").
    const wholeWords = possessors.length > 0 ? words.slice(outerStart, lastK + 1) : phraseWords;
    const kind: MentionKind =
      content.length === 1 && classes[lastK] === 'acronym' ? 'acronym' : allNames ? 'name' : 'phrase';
    push(makeMention(text, wholeWords, kind, index));

    // "one of the DAESH contacts": one member of a group is a thing of its own.
    const of = words[startK - 1];
    const one = words[startK - 2];
    if (of?.lower === 'of' && one && (one.lower === 'one' || one.tags.has('Cardinal')) && !one.breakAfter) {
      push(makeMention(text, words.slice(startK - 2, lastK + 1), 'phrase', index));
    }
  }
  return mentions;
}

function nameOrPhrase(classes: WordClass[], from: number, to: number): MentionKind {
  for (let k = from; k <= to; k++) {
    const c = classes[k];
    if (c !== 'det' && c !== 'name' && c !== 'acronym') return 'phrase';
  }
  return 'name';
}
