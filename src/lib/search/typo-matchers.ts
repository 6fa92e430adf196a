/**
 * Ways of finding the vocabulary words a mistyped query word might mean. A matcher only has to
 * return every plausible candidate (a superset); the engine checks each one with `typoDistance`
 * and keeps those within the allowance, so matchers differ in speed, never in results.
 *
 * Both matchers look only at the words that share a letter with the typed word's first two in
 * their own first two places. One mistake always leaves such a letter (a swap, a missing, extra or
 * wrong first letter included), so single typos are all found; two mistakes are missed only when
 * both fall in the first two letters. The engine closes that gap (word-matches.ts): when a matcher
 * finds no word within one mistake, it checks every word of about the same length itself.
 */
import Fuse, { type FuseIndex } from 'fuse.js/basic';

/** Candidates for `query` (vocabulary positions), allowing `allowance` mistakes. */
export type TypoMatcher = (query: string, allowance: number) => number[];

/** Word subsets kept ready, one per pair of leading letters typed recently. */
const SUBSET_CACHE_SIZE = 64;

interface Subset {
  /** Vocabulary positions, ascending. */
  words: number[];
  texts: string[];
}

/** The words sharing a letter with `first` or `second` in their first two places, built on demand and cached. */
function leadingLetterSubsets<T extends Subset>(vocabulary: readonly string[], extend: (subset: Subset) => T) {
  const byFirst = new Map<string, number[]>();
  const bySecond = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, letter: string | undefined, word: number) => {
    if (letter === undefined) return;
    const list = map.get(letter);
    if (list) list.push(word);
    else map.set(letter, [word]);
  };
  vocabulary.forEach((word, id) => {
    add(byFirst, word[0], id);
    add(bySecond, word[1], id);
  });
  const cache = new Map<string, T>();
  return (query: string): T => {
    const first = query[0] ?? '';
    const second = query[1] ?? '';
    const key = first + second;
    let found = cache.get(key);
    if (!found) {
      const ids = new Set<number>();
      for (const letter of [first, second]) {
        for (const id of byFirst.get(letter) ?? []) ids.add(id);
        for (const id of bySecond.get(letter) ?? []) ids.add(id);
      }
      const words = [...ids].sort((a, b) => a - b);
      found = extend({ words, texts: words.map((id) => vocabulary[id]!) });
      cache.set(key, found);
      if (cache.size > SUBSET_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return found;
  };
}

/**
 * fuse.js over distinct words (the ~10,000 words of 60,000 names), not over the names: what keeps
 * the fuzzy pass within a keystroke. fuse.js counts a swap of two letters as two errors, so it is
 * allowed one more error than the allowance to still find swaps, which `typoDistance` counts as one.
 */
export function fuseTypoMatcher(vocabulary: readonly string[]): TypoMatcher {
  const subsetOf = leadingLetterSubsets(vocabulary, (subset) => ({
    ...subset,
    index: Fuse.createIndex<string>([], subset.texts) as FuseIndex<string>,
  }));
  return (query, allowance) => {
    const { words, texts, index } = subsetOf(query);
    const fuse = new Fuse(
      texts,
      {
        isCaseSensitive: true, // the vocabulary and the query are folded already
        ignoreLocation: true,
        ignoreFieldNorm: true,
        shouldSort: false,
        threshold: Math.min(1, (allowance + 1) / query.length),
      },
      index,
    );
    return fuse.search(query).map((r) => words[r.refIndex]!);
  };
}

/**
 * The letters of `word` that fuse.js matched to `typed`, as [start, end) ranges, to highlight a
 * typo match. Asked only for the few results shown, so the search itself skips match positions.
 */
export function fuseMatchedLetters(typed: string, word: string): [number, number][] {
  const { indices } = Fuse.match(typed, word, {
    isCaseSensitive: true,
    ignoreLocation: true,
    includeMatches: true,
    threshold: 1,
  });
  return (indices ?? []).map(([start, end]) => [start, end + 1]);
}

/**
 * Not used by the site: the alternative measured in bench/search.ts (no fuse.js in the typo
 * lookup). The same subsets, minus words too short to be within the allowance; `typoDistance`
 * (with its early exit) does the rest.
 */
export function scanTypoMatcher(vocabulary: readonly string[]): TypoMatcher {
  const subsetOf = leadingLetterSubsets(vocabulary, (subset) => subset);
  return (query, allowance) => {
    const { words, texts } = subsetOf(query);
    const shortest = query.length - allowance;
    const candidates: number[] = [];
    for (let i = 0; i < words.length; i++) if (texts[i]!.length >= shortest) candidates.push(words[i]!);
    return candidates;
  };
}
