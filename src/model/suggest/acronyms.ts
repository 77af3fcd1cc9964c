// The acronym rule layer: which acronym names the same thing as which expansion, read from how the text says so.
import { displayLabel, mentionKey, plainChars } from './normalise';
import type { Mention } from './mentions';
import type { Sentence } from './tokens';

/**
 * Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions in biomedical text": match
 * the short form's letters right to left inside the long form, the first letter at the start of a word. Returns
 * where the long form starts in `long`, or -1.
 */
export function expansionStart(short: string, long: string): number {
  const s = short.toLowerCase();
  const l = plainChars(long).toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si] ?? '';
    if (!/[a-z0-9]/.test(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[a-z0-9]/.test(l[li - 1] ?? '')))) li--;
    if (li < 0) return -1;
    li--;
    si--;
  }
  return l.lastIndexOf(' ', li) + 1;
}

/** The words before `end` in the sentence that may hold a long form: at most min(n + 5, 2n) words, commas allowed. */
function windowBefore(
  text: string,
  sentence: Sentence,
  end: number,
  letters: number,
): { start: number; end: number } | undefined {
  const words = sentence.words.filter((w) => w.end <= end);
  const limit = Math.min(letters + 5, letters * 2);
  let first = words.length;
  for (let k = words.length - 1; k >= 0 && words.length - k <= limit; k--) {
    const w = words[k];
    if (!w) break;
    if (k < words.length - 1 && w.breakAfter) {
      const next = words[k + 1];
      const gap = next ? plainChars(text.slice(w.end, next.start)).replace(/^'s?/, '') : '';
      if (!/^,\s*$/.test(gap)) break;
    }
    first = k;
  }
  const a = words[first];
  const b = words[words.length - 1];
  return a && b ? { start: a.start, end: b.end } : undefined;
}

/** Words that join the parts of one name in capitals ("Ministry of Defence", "Intelligence and Investigation"). */
const NAME_JOINERS = new Set(['of', 'and', 'for', '&', 'de', 'der', 'van', 'von']);

/**
 * The words in capitals that end at `end`, joined by small words, as one name of two words or more; undefined
 * when the word before `end` is not in capitals. A joining word counts only between two words in capitals.
 */
function capitalisedRunBefore(sentence: Sentence, end: number): { start: number; end: number } | undefined {
  const words = sentence.words.filter((w) => w.end <= end);
  let k = words.length - 1;
  const last = words[k];
  if (!last?.capitalised || last.acronym) return undefined;
  let first = k;
  for (k = k - 1; k >= 0; k--) {
    const w = words[k];
    if (!w || w.breakAfter) break;
    if (w.capitalised && !w.acronym) first = k;
    else if (!(NAME_JOINERS.has(w.lower) && words[k - 1]?.capitalised === true && !words[k - 1]?.breakAfter))
      break;
  }
  const a = words[first];
  return a && first < words.length - 1 ? { start: a.start, end: last.end } : undefined;
}

export interface AcronymFindings {
  /** Pairs of mentions that name the same thing. */
  links: [Mention, Mention][];
  /** Long forms that no other rule found as one mention ("chemical, biological, radiological and nuclear"). */
  expansions: Mention[];
}

/**
 * Links in one sentence: "Long Form (LF)", "LF (Long Form)", a code with digits after a name in capitals
 * ("Security Service (MI5)", which no letter matching can find), and "A, otherwise known as B".
 */
export function acronymFindings(text: string, sentence: Sentence, mentions: Mention[]): AcronymFindings {
  const links: [Mention, Mention][] = [];
  const expansions: Mention[] = [];
  const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const endingAt = (end: number) => ordered.filter((m) => m.end === end);
  const link = (a: Mention, b: Mention) => {
    if (a.key !== b.key) links.push([a, b]);
  };
  const expansion = (start: number, end: number): Mention => {
    const inner = ordered.find((m) => m.start === start && m.end === end);
    if (inner) return inner;
    const surface = text.slice(start, end);
    const m: Mention = {
      start,
      end,
      key: mentionKey(surface),
      label: displayLabel(surface),
      kind: 'expansion',
      sentence: ordered[0]?.sentence ?? 0,
      words: sentence.words.filter((w) => w.start >= start && w.end <= end),
    };
    expansions.push(m);
    return m;
  };

  for (const acr of ordered.filter((m) => m.kind === 'acronym')) {
    const before = plainChars(text.slice(Math.max(sentence.start, acr.start - 3), acr.start));
    const after = text.slice(acr.end, acr.end + 1);
    if (/\(\s*$/.test(before) && after === ')') {
      // Long Form (LF)
      const open = text.lastIndexOf('(', acr.start);
      const window = windowBefore(text, sentence, open, acr.label.replace(/[^A-Za-z0-9]/g, '').length);
      if (!window) continue;
      const long = text.slice(window.start, window.end);
      const at = expansionStart(acr.label, long);
      if (at >= 0 && at < long.length) {
        const exp = expansion(window.start + at, window.end);
        link(acr, exp);
        // A name that ends with the long form is the same thing ("UK Secret Intelligence Service (SIS)").
        for (const m of endingAt(window.end)) if (m.kind === 'name' && m.start <= exp.start) link(acr, m);
      } else if (/[0-9]/.test(acr.label)) {
        // A code with digits is not made of initials: the name in capitals right before it is its expansion.
        for (const m of endingAt(window.end)) if (m.kind === 'name') link(acr, m);
      } else {
        // Initials of another language ("Fiscal Intelligence and Investigation Service (FIOD)", Dutch initials):
        // the name in capitals right before the brackets, small joining words included, is still its long form.
        const run = capitalisedRunBefore(sentence, window.end);
        if (run) link(acr, expansion(run.start, run.end));
      }
      continue;
    }
    const rest = text.slice(acr.end, Math.min(sentence.end, acr.end + 200));
    const paren = /^\s*\(([^()]+)\)/.exec(rest);
    if (paren?.[1] !== undefined) {
      // LF (Long Form)
      const contentStart = acr.end + paren[0].indexOf('(') + 1;
      const content = paren[1];
      const at = expansionStart(acr.label, content);
      if (at === 0 || (at > 0 && /^\s*$/.test(content.slice(0, at)))) {
        const trimmed = content.trimEnd();
        link(acr, expansion(contentStart + at, contentStart + trimmed.length));
      }
    }
  }

  // A, otherwise known as B
  for (let k = 0; k + 1 < ordered.length; k++) {
    const a = ordered[k];
    if (!a) continue;
    const b = ordered.slice(k + 1).find((m) => m.start >= a.end);
    if (!b) continue;
    const between = plainChars(text.slice(a.end, b.start));
    if (
      /^[\s)\]]*[,;:-]?\s*(?:(?:otherwise|also|better|commonly|widely|formerly|now)\s+)?known\s+as\s+$/i.test(
        between,
      )
    ) {
      link(a, b);
    }
  }
  return { links, expansions };
}

/** "UK" and "United Kingdom": an acronym whose letters are the initials of a name in capitals elsewhere in the text. */
export function initialsLinks(mentions: Mention[]): [Mention, Mention][] {
  const byInitials = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.kind !== 'name' || m.words.length < 2) continue;
    if (!m.words.every((w) => w.capitalised && !w.acronym)) continue;
    const initials = m.words.map((w) => w.text[0] ?? '').join('');
    if (!byInitials.has(initials)) byInitials.set(initials, m);
  }
  const links: [Mention, Mention][] = [];
  for (const m of mentions) {
    if (m.kind !== 'acronym' || !/^[A-Z]+$/.test(m.label)) continue;
    const name = byInitials.get(m.label);
    if (name) links.push([m, name]);
  }
  return links;
}
