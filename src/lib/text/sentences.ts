/** Small pieces every computed sentence uses: number words, names mid-sentence, ties at a cut-off. */
import { formatCount } from '@/lib/format';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** 3 → "three"; numbers above ten stay in figures. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : formatCount(n);
}

/**
 * A title as it reads inside a sentence: "Global account managers" → "global account managers".
 * Only a capital followed by a lower-case letter is lowered, so "IT managers" stays as written.
 */
/** "Sales Managers'", "Acme's": the possessive of a name, as English writes it after a final s. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

export function midSentence(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
}

/** Starts a sentence with a capital: "managers, account executive" → "Managers, account executive". */
export function sentenceStart(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/**
 * The first `n` items of a list sorted highest first, plus any items after the cut-off that tie
 * with the last one kept, so a sentence naming "the top three" can say who else is level.
 */
export function topWithTies<T>(sorted: readonly T[], n: number, value: (item: T) => number): { top: T[]; tied: T[] } {
  const top = sorted.slice(0, n);
  const last = top.at(-1);
  if (last === undefined) return { top, tied: [] };
  const tied = sorted.slice(n).filter((item) => value(item) === value(last));
  return { top, tied };
}

/** Items sharing the highest value, in list order. */
export function leaders<T>(items: readonly T[], value: (item: T) => number): T[] {
  if (items.length === 0) return [];
  const best = items.reduce((max, item) => Math.max(max, value(item)), -Infinity);
  return items.filter((item) => value(item) === best);
}
