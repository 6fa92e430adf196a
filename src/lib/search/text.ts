/**
 * How search reads text: case, accents and punctuation never matter, so "Product manager/sales",
 * "product  MANAGER sales" and "prodúct manager-sales" are the same four words to it.
 */

/** Letters and digits (with their combining marks) form words; everything else separates them. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const MARKS = /\p{M}+/gu;

/** One word as search compares it: lower case, accents removed. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

/** The folded words of a text, in order. */
export function searchWords(text: string): string[] {
  // Most names are plain ASCII: the same words, without Unicode normalisation (ten times faster).
  if (ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldWord(match[0]);
    if (folded) words.push(folded);
  }
  return words;
}

/** A text as search compares whole strings: its folded words joined by single spaces. */
export function foldText(text: string): string {
  return searchWords(text).join(' ');
}

/** A word of a displayed text and where it sits in that text (end exclusive). */
export interface WordSpan {
  folded: string;
  start: number;
  end: number;
}

/** The words of a displayed text with their positions, to highlight matches in the original. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldWord(match[0]);
    if (folded) spans.push({ folded, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Small words left out of initials, so "Head of Sales" abbreviates as "hs". */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Whether a folded word is one of the small words left out of initials. */
export const isMinorWord = (word: string): boolean => MINOR_WORDS.has(word);

/** The initials of a multi-word name ("Global account manager" → "gam"); empty for one word. */
export function initials(words: readonly string[]): string {
  const major = words.filter((w) => !isMinorWord(w));
  return major.length >= 2 ? major.map((w) => w[0]).join('') : '';
}

/** Words whose plural adds "es" rather than "s": coach → coaches, box → boxes, class → classes, bus → buses. */
const ES_PLURAL = /(?:ss|us|x|z|ch|sh)$/;

/** Whether two folded words differ only by a plural ending: "nurse" / "nurses", "coach" / "coaches". */
export function pluralPair(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || !long.startsWith(short)) return false;
  const ending = long.slice(short.length);
  return ending === 's' || (ending === 'es' && ES_PLURAL.test(short));
}

/** The singular forms a folded word may have: "nurses" → ["nurse"], "coaches" → ["coache", "coach"]. */
export function singulars(word: string): string[] {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return [];
  const forms = [word.slice(0, -1)];
  if (word.endsWith('es') && ES_PLURAL.test(word.slice(0, -2))) forms.push(word.slice(0, -2));
  return forms;
}

/**
 * How many typing mistakes a query word may contain and still match: none in one- or
 * two-letter words (anything would match), one in three- or four-letter words, two beyond.
 */
export function typoAllowance(length: number): number {
  if (length <= 2) return 0;
  return length <= 4 ? 1 : 2;
}

/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two
 * neighbouring letters as one mistake (optimal string alignment). Gives up early and returns
 * `max + 1` as soon as the distance must exceed `max`, which keeps scans of long lists fast.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows.length < width * 3) rows = new Int32Array(width * 6);
  // Three rows of one reused buffer: two rows back (for swaps), the previous row, the current one.
  let beforePrevious = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[beforePrevious + j - 2]! + 1);
      }
      rows[current + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(rows[previous + b.length]!, max + 1);
}

/** The rows typoDistance works in, reused by every call (grown when a longer word comes). */
let rows = new Int32Array(256);
