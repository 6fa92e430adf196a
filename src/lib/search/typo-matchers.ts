/**
 * Ways of finding the vocabulary words a mistyped query word might mean. A matcher only has to
 * return every plausible candidate (a superset); the engine checks each one with `typoDistance`
 * and keeps those within the allowance, so a complete matcher changes speed, never results (one
 * that misses words loses results: fuse.js's threshold only approximates the allowance).
 *
 * The engine's matcher (letterMaskTypoMatcher) filters words by length and by the letters they
 * hold, which no typo can get around, so it misses nothing. The two older ones look only at the
 * words that share a letter with the typed word's first two in their own first two places: one
 * mistake always leaves such a letter, but two mistakes both in the first two letters do not, so
 * when they find no word within one mistake they check every word of about the same length.
 */
import Fuse, { type FuseIndex } from 'fuse.js/basic';
import { typoDistance } from '@/lib/search/text';

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

/** Vocabulary positions by word length. */
function byLength(vocabulary: readonly string[]): number[][] {
  const lists: number[][] = [];
  vocabulary.forEach((word, id) => (lists[word.length] ??= []).push(id));
  return lists;
}

/**
 * Closes the gap of the leading-letter matchers: two mistakes both in a word's first two letters.
 * When they found no word within one mistake, every word of about the same length is a candidate.
 */
function closingTheGap(vocabulary: readonly string[], matcher: TypoMatcher): TypoMatcher {
  let lengths: number[][] | undefined;
  return (query, allowance) => {
    const found = matcher(query, allowance);
    if (allowance < 2 || found.some((id) => typoDistance(query, vocabulary[id]!, 1) <= 1)) return found;
    lengths ??= byLength(vocabulary);
    const all = new Set(found);
    for (let length = query.length - allowance; length <= query.length + allowance; length++) {
      for (const id of lengths[length] ?? []) all.add(id);
    }
    return [...all];
  };
}

/** One bit per letter (letters beyond a–z share bits, which only makes the bound looser). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Mistakes allowed in a word still being typed when it matches only a word's start (word-matches.ts). */
const PREFIX_TYPO_ALLOWANCE = 1;

/**
 * The engine's matcher: no index to build, nothing missed. Each mistake can bring at most one
 * letter the word lacks and take away at most one it has, so a word within `allowance` mistakes
 * differs in length by at most that, lacks at most that many of the typed letters, and has at most
 * that many the typed word lacks: a bit mask per word checks the last two in one step. For a word
 * still being typed (four letters or more), longer words whose start is within one mistake qualify
 * too: they lack at most one of the typed letters and keep one of its first two letters up front.
 */
export function letterMaskTypoMatcher(vocabulary: readonly string[]): TypoMatcher {
  const masks = Int32Array.from(vocabulary, letterMask);
  const lengths = byLength(vocabulary);
  const longest = lengths.length - 1;
  return (query, allowance) => {
    const typed = letterMask(query);
    const out: number[] = [];
    const first = query.charCodeAt(0);
    const second = query.charCodeAt(1);
    for (let length = Math.max(1, query.length - allowance); length <= longest; length++) {
      const whole = length <= query.length + allowance;
      const prefix = query.length >= 4 && length >= query.length;
      if (!whole && !prefix) break;
      for (const id of lengths[length] ?? []) {
        const mask = masks[id]!;
        const lacking = bitCount(typed & ~mask);
        if (whole && lacking <= allowance && bitCount(mask & ~typed) <= allowance) out.push(id);
        else if (prefix && lacking <= PREFIX_TYPO_ALLOWANCE) {
          const word = vocabulary[id]!;
          const a = word.charCodeAt(0);
          const b = word.charCodeAt(1);
          if (a === first || a === second || b === first || b === second) out.push(id);
        }
      }
    }
    return out;
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
  return closingTheGap(vocabulary, (query, allowance) => {
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
  });
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
 * Not used by the site: an alternative measured in bench/search.ts. The same subsets as fuse.js's,
 * minus words too short to be within the allowance; `typoDistance` (with its early exit) does the rest.
 */
export function scanTypoMatcher(vocabulary: readonly string[]): TypoMatcher {
  const subsetOf = leadingLetterSubsets(vocabulary, (subset) => subset);
  return closingTheGap(vocabulary, (query, allowance) => {
    const { words, texts } = subsetOf(query);
    const shortest = query.length - allowance;
    const candidates: number[] = [];
    for (let i = 0; i < words.length; i++) if (texts[i]!.length >= shortest) candidates.push(words[i]!);
    return candidates;
  });
}
