/**
 * Ways of finding the vocabulary words a mistyped query word might mean. A matcher only has to
 * return every plausible candidate (a superset); the engine checks each one with `typoDistance`
 * and keeps those within the allowance, so matchers differ in speed, never in results.
 */
import Fuse, { type FuseIndex } from 'fuse.js/basic';

/** A vocabulary word that may match, with the letters fuse.js matched (inclusive pairs) when known. */
export interface TypoCandidate {
  word: number;
  indices?: readonly (readonly [number, number])[];
}

/** Candidates for `query`, allowing `allowance` mistakes, among the sorted vocabulary. */
export type TypoMatcher = (query: string, allowance: number) => TypoCandidate[];

/**
 * fuse.js over the distinct words of every searchable name — the ~10,000 distinct words rather
 * than the 60,000 names they make up — and of those only the words that share a letter with the
 * typed word's first two in their own first two places. One mistake always leaves such a letter
 * (a swap, a missing, extra or wrong first letter included), so single typos are all found; two
 * mistakes are missed only when both fall in the first two letters. That cuts the words fuse.js
 * scans to about a quarter. fuse.js counts a swap of two letters as two errors, so it is allowed
 * one more error than the allowance to still find swaps, which `typoDistance` counts as one.
 */
export function fuseTypoMatcher(vocabulary: readonly string[]): TypoMatcher {
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

  const subsets = new Map<string, { words: number[]; texts: string[]; index: FuseIndex<string> }>();
  const subset = (first: string, second: string) => {
    const key = first + second;
    let found = subsets.get(key);
    if (!found) {
      const ids = new Set<number>();
      for (const letter of [first, second]) {
        for (const id of byFirst.get(letter) ?? []) ids.add(id);
        for (const id of bySecond.get(letter) ?? []) ids.add(id);
      }
      const words = [...ids].sort((a, b) => a - b);
      const texts = words.map((id) => vocabulary[id]!);
      found = { words, texts, index: Fuse.createIndex<string>([], texts) };
      subsets.set(key, found);
      if (subsets.size > SUBSET_CACHE_SIZE) subsets.delete(subsets.keys().next().value!);
    }
    return found;
  };

  return (query, allowance) => {
    const { words, texts, index } = subset(query[0] ?? '', query[1] ?? '');
    const fuse = new Fuse(
      texts,
      {
        isCaseSensitive: true, // the vocabulary and the query are folded already
        ignoreLocation: true,
        ignoreFieldNorm: true,
        includeMatches: true,
        shouldSort: false,
        threshold: Math.min(1, (allowance + 1) / query.length),
      },
      index,
    );
    return fuse.search(query).map((r) => ({ word: words[r.refIndex]!, indices: r.matches?.[0]?.indices }));
  };
}

/** Word subsets kept ready for fuse.js, one per pair of leading letters typed recently. */
const SUBSET_CACHE_SIZE = 64;

/**
 * Not used by the site: the alternative measured in bench/search.ts. A plain scan of the
 * vocabulary, skipping words whose length rules them out, with `typoDistance` doing the rest.
 */
export function scanTypoMatcher(vocabulary: readonly string[]): TypoMatcher {
  return (query, allowance) => {
    const candidates: TypoCandidate[] = [];
    const shortest = query.length - allowance;
    for (let word = 0; word < vocabulary.length; word++) {
      if (vocabulary[word]!.length >= shortest) candidates.push({ word });
    }
    return candidates;
  };
}
