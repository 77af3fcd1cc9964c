// The text cut into paragraphs, sentences and tagged words by compromise, with offsets checked against the text.
import nlp from 'compromise/two';
import type { Span } from '../evidence';
import { isAcronymToken, plainChars } from './normalise';

/** One word: [start, end) covers it without a possessive ending, which `possessive` records. */
export interface Word {
  start: number;
  end: number;
  /** The word as written, without a possessive ending. */
  text: string;
  lower: string;
  tags: ReadonlySet<string>;
  possessive: boolean;
  /** Punctuation (or a line break) stands between this word and the next one. */
  breakAfter: boolean;
  acronym: boolean;
  capitalised: boolean;
}

export interface Sentence extends Span {
  words: Word[];
}

/** What `doc.json({ offset: true, terms: { offset: true } })` gives per term; compromise types it as any. */
interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface JsonSentence {
  terms: JsonTerm[];
}

/** Paragraphs (blank-line separated), long ones cut at line ends so progress moves and no call runs for long. */
export function paragraphsOf(text: string, maxLength = 4000): Span[] {
  const spans: Span[] = [];
  const blank = /\n[ \t\u00a0]*\n/g;
  let from = 0;
  const push = (start: number, end: number) => {
    for (const piece of cutLong(text, start, end, maxLength)) {
      if (text.slice(piece.start, piece.end).trim().length > 0) spans.push(piece);
    }
  };
  for (let m = blank.exec(text); m !== null; m = blank.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

function cutLong(text: string, start: number, end: number, maxLength: number): Span[] {
  const pieces: Span[] = [];
  let at = start;
  while (end - at > maxLength) {
    const window = text.slice(at, at + maxLength);
    // Prefer a line end, then a sentence end, then a space; a cut never splits a word.
    let cut = window.lastIndexOf('\n');
    if (cut < maxLength / 2)
      cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! ')) + 1;
    if (cut < maxLength / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = maxLength;
    pieces.push({ start: at, end: at + cut });
    at += cut;
  }
  pieces.push({ start: at, end });
  return pieces;
}

const SPACE_ONLY = /^[\s\u00a0]*$/;

/** Tags one paragraph. Offsets come from compromise's word offsets, each checked against the text. */
export function sentencesOf(text: string, paragraph: Span): Sentence[] {
  const slice = text.slice(paragraph.start, paragraph.end);
  const json = nlp(slice).json({ offset: true, terms: { offset: true } }) as JsonSentence[];
  const sentences: Sentence[] = [];
  let cursor = paragraph.start;
  for (const s of json) {
    const words: Word[] = [];
    const terms = s.terms;
    for (const [i, term] of terms.entries()) {
      if (term.text.length === 0) continue; // the second half of an expanded contraction ("don't")
      let start = paragraph.start + term.offset.start;
      if (text.slice(start, start + term.text.length) !== term.text) {
        // compromise's offsets drift in rare cases: find the word after the last one placed, or drop it.
        const found = text.indexOf(term.text, cursor);
        if (found === -1 || found + term.text.length > paragraph.end) continue;
        start = found;
      }
      cursor = start + term.text.length;
      const possessiveEnd = /['\u2019]s?$/.exec(term.text);
      const core =
        possessiveEnd && term.text.length > possessiveEnd[0].length
          ? term.text.slice(0, term.text.length - possessiveEnd[0].length)
          : term.text;
      const next = terms[i + 1];
      const between = term.post + (next?.pre ?? '');
      words.push({
        start,
        end: start + core.length,
        text: core,
        lower: plainChars(core).toLowerCase(),
        tags: new Set(term.tags),
        possessive: core !== term.text,
        breakAfter: !SPACE_ONLY.test(between) || between.includes('\n'),
        acronym: isAcronymToken(core),
        capitalised: /^\p{Lu}/u.test(core),
      });
    }
    const first = words[0];
    const last = words[words.length - 1];
    const lastTerm = terms[terms.length - 1];
    if (!first || !last || !lastTerm) continue;
    // The sentence ends after its closing punctuation, when the text has it right there.
    const closing = /^[^\s\u00a0]*/.exec(lastTerm.post)?.[0] ?? '';
    const tail = last.end + (last.possessive ? lastTerm.text.length - last.text.length : 0);
    const end = text.slice(tail, tail + closing.length) === closing ? tail + closing.length : tail;
    sentences.push({ start: first.start, end, words });
  }
  return sentences;
}
