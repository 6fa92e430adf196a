/**
 * The vocabulary words one query word can stand for, cheapest first: itself, words it begins,
 * its singular, and — when asked — words it may be a typo of.
 *
 * The relevance floor: a query word that is itself a word of the vocabulary is taken as typed, and
 * gets no typo alternatives ("cloud" never brings "Clown" or "Flour"); the engine asks again with
 * `typosOfKnownWords` only when a search found nothing at all (a typo that spells another word).
 */
import { lowerBound, type NameTable } from '@/lib/search/name-table';
import { COST_EXACT_WORD, COST_PER_TYPO, COST_PREFIX_TYPO, COST_PREFIX_WORD } from '@/lib/search/ranking';
import { pluralPair, singulars, typoAllowance, typoDistance } from '@/lib/search/text';
import type { TypoMatcher } from '@/lib/search/typo-matchers';

export interface WordMatches {
  words: number[];
  costs: number[];
  /** The words matched only with typos; for those matched only at their start, how many letters. */
  typos: Map<number, number | undefined>;
  postings: number;
}

export interface WordLookup {
  /** True when typos are wanted; `typosOfKnownWords` lifts the floor (see above). */
  withTypos: boolean;
  typosOfKnownWords?: boolean;
}

/** Mistakes allowed in a word still being typed when it matches only the start of a word. */
const PREFIX_TYPO_ALLOWANCE = 1;
const MEMO_SIZE = 256;

/**
 * The cost of reading `typed` as vocabulary word `word` within `allowance` mistakes: as the
 * whole word, or — for the word still being typed, four letters or more — as its beginning
 * with at most one mistake ("manger" is not yet "management", but "managm" may become it).
 */
export function typoCost(
  typed: string,
  word: string,
  allowance: number,
  isLast: boolean,
): { cost: number; prefix: boolean; length: number } | undefined {
  const whole = typoDistance(typed, word, allowance);
  if (whole <= allowance) return { cost: whole * COST_PER_TYPO, prefix: false, length: word.length };
  if (!isLast || typed.length < 4) return undefined;
  let best: { distance: number; length: number } | undefined;
  const longest = Math.min(word.length - 1, typed.length + PREFIX_TYPO_ALLOWANCE);
  for (let length = typed.length - PREFIX_TYPO_ALLOWANCE; length <= longest; length++) {
    const distance = typoDistance(typed, word.slice(0, length), PREFIX_TYPO_ALLOWANCE);
    if (distance <= PREFIX_TYPO_ALLOWANCE && (!best || distance < best.distance)) best = { distance, length };
  }
  return best && { cost: best.distance * COST_PER_TYPO + COST_PREFIX_TYPO, prefix: true, length: best.length };
}

/** A memoised lookup of the words each query word can stand for (see WordMatches). */
export function createWordLookup(table: NameTable, typoMatcher: () => TypoMatcher) {
  const { vocabulary, vocabularyId, postings } = table;
  const memo = new Map<string, WordMatches>();

  const isKnown = (word: string) =>
    vocabularyId.has(word) || singulars(word).some((singular) => vocabularyId.has(singular));

  function addTypos(word: string, isLast: boolean, cost: Map<number, number>, typos: WordMatches['typos']): void {
    const allowance = typoAllowance(word.length);
    if (allowance === 0) return;
    for (const candidate of typoMatcher()(word, allowance)) {
      if (cost.has(candidate)) continue;
      const found = typoCost(word, vocabulary[candidate]!, allowance, isLast);
      if (found === undefined) continue;
      cost.set(candidate, found.cost);
      typos.set(candidate, found.prefix ? found.length : undefined);
    }
  }

  function lookUp(word: string, isLast: boolean, { withTypos, typosOfKnownWords = false }: WordLookup): WordMatches {
    const key = `${isLast ? 1 : 0}${withTypos ? 1 : 0}${typosOfKnownWords ? 1 : 0}${word}`;
    const cached = memo.get(key);
    if (cached) {
      memo.delete(key);
      memo.set(key, cached);
      return cached;
    }
    const cost = new Map<number, number>();
    const typos = new Map<number, number | undefined>();
    for (let i = lowerBound(vocabulary, word); i < vocabulary.length && vocabulary[i]!.startsWith(word); i++) {
      const whole = vocabulary[i]!.length === word.length || pluralPair(vocabulary[i]!, word);
      cost.set(i, whole ? COST_EXACT_WORD : COST_PREFIX_WORD);
    }
    for (const singular of singulars(word)) {
      const id = vocabularyId.get(singular);
      if (id !== undefined) cost.set(id, COST_EXACT_WORD);
    }
    if (withTypos && (typosOfKnownWords || !isKnown(word))) {
      // The word was looked up while it was being typed: its whole-word typos are among those.
      const whileTyped = !isLast ? memo.get(`11${typosOfKnownWords ? 1 : 0}${word}`) : undefined;
      if (whileTyped) {
        for (const [candidate, prefix] of whileTyped.typos) {
          if (prefix !== undefined || cost.has(candidate)) continue;
          cost.set(candidate, whileTyped.costs[whileTyped.words.indexOf(candidate)]!);
          typos.set(candidate, undefined);
        }
      } else addTypos(word, isLast, cost, typos);
    }
    const ordered = [...cost].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    const matches: WordMatches = {
      words: ordered.map(([w]) => w),
      costs: ordered.map(([, c]) => c),
      typos,
      postings: ordered.reduce((sum, [w]) => sum + postings[w]!.length, 0),
    };
    memo.set(key, matches);
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
    return matches;
  }

  return { lookUp, isKnown };
}
