/**
 * The search engine shared by the dialog, the results page and the bench. Pure: an index in,
 * ranked results out; the same query always gives the same list.
 *
 * Scoring — every searchable name (an entry's title, or one of its alternative titles) gets a
 * tier, and within it a cost. Whole words typed count for more than beginnings of words:
 *   0 exact           the whole name equals the query (ignoring case, accents and punctuation);
 *   1 prefix          the name starts with the query, ending on a whole word ("sales" → "Sales management");
 *   2 words           every query word is a whole word of the name, in any order ("sales" → "Market sales
 *                     manager"), or the query is the name's initials ("gam" → "Global account manager");
 *   3 prefix-partial  the name starts with the query, its last word unfinished ("glob" → "Global …");
 *   4 words-partial   every query word starts a word of the name, in any order ("acc man");
 *   5 typo            every query word matches a word of the name, some only within the typo allowance
 *                     (one mistake in 3–4 letters, two beyond), found with fuse.js.
 * A plural ending never matters ("registered nurse" is exactly "Registered Nurses"). Tiers 0 and 3
 * also match when the query joins or splits the name's words ("sales force" → "salesforce"), at
 * cost 1. Cost, in tenths: 10 per mistake; +5 when a mistyped last word matched
 * only the start of a word (it is still being typed); +1 per query word that matched only the
 * start of a word; +2 when the query words match the name's words in another order than typed.
 * An entry takes the score of its best name. Entries are ordered by tier, then cost, then titles
 * before alternative titles, then kind (role, skill, employer, industry), then fewer words left
 * unmatched, then name — so exact and prefix matches always come before fuzzy ones, and roles
 * come before skills and employers when everything else ties.
 *
 * Speed: tiers 0, 1 and 3 are one run of the names sorted by folded form (binary search); tiers 2
 * and 4 combine the postings of matching words from a sorted word list; the typo pass runs fuse.js
 * only over distinct words (not names). A pass runs only when the tiers above it did not already
 * fill the requested number of results — its matches could not enter the list.
 */
import {
  foldText,
  initials,
  isMinorWord,
  pluralPair,
  searchWords,
  singulars,
  typoAllowance,
  typoDistance,
  wordSpans,
} from '@/lib/search/text';
import { SEARCH_KINDS, type SearchEntry, type SearchIndex, type SearchKind } from '@/lib/search/index-format';
import { fuseMatchedLetters, fuseTypoMatcher, type TypoMatcher } from '@/lib/search/typo-matchers';

export const MATCH_TIERS = ['exact', 'prefix', 'words', 'prefix-partial', 'words-partial', 'typo'] as const;
const [EXACT, PREFIX, WORDS, PREFIX_PARTIAL, WORDS_PARTIAL, TYPO] = MATCH_TIERS.map((_, tier) => tier) as [
  number,
  number,
  number,
  number,
  number,
  number,
];
export type MatchTier = (typeof MATCH_TIERS)[number];

/** A part of a displayed text to highlight: [start, end) in UTF-16 code units. */
export type HighlightRange = readonly [number, number];

export interface SearchHit {
  entry: SearchEntry;
  /** Position of the entry in the index. */
  position: number;
  /** The name that matched: the title, or the alternative title that matched best. */
  text: string;
  /** True when `text` is an alternative title rather than the title. */
  alias: boolean;
  /** Parts of `text` the query matched, in order, not overlapping. */
  ranges: HighlightRange[];
  tier: MatchTier;
  /** Lower is better; see the scoring at the top of this file. */
  score: number;
}

export interface SearchResults {
  query: string;
  hits: SearchHit[];
  /** How many entries matched (at least `hits.length`). */
  matched: number;
  /** False when the typo pass was skipped because exact and prefix matches filled the list. */
  complete: boolean;
}

export interface SearchOptions {
  /** How many results to return; 10 unless given. */
  limit?: number;
}

export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchResults;
  /** The index's suggestions for an empty search box, in order. */
  suggestions(): SearchEntry[];
  /** How many names (titles and alternative titles) are searched. */
  readonly nameCount: number;
  readonly entries: readonly SearchEntry[];
}

export interface EngineOptions {
  /** How mistyped words are looked up in the vocabulary; fuse.js unless given (see typo-matchers.ts). */
  typoMatcher?: (vocabulary: readonly string[]) => TypoMatcher;
}

/** Query words beyond this many are ignored (nobody types more into a search box). */
const MAX_QUERY_WORDS = 8;
const KIND_RANK: Record<SearchKind, number> = Object.fromEntries(SEARCH_KINDS.map((k, i) => [k, i])) as Record<
  SearchKind,
  number
>;
const COST_EXACT_WORD = 0;
const COST_PREFIX_WORD = 1;
const COST_PER_TYPO = 10;
const COST_PREFIX_TYPO = 5;
const COST_OUT_OF_ORDER = 2;
const MEMO_SIZE = 256;
/** Mistakes allowed in a word still being typed when it matches only the start of a word. */
const PREFIX_TYPO_ALLOWANCE = 1;

/** The vocabulary words one query word can stand for, cheapest first, with their cost. */
interface WordMatches {
  words: number[];
  costs: number[];
  /** The words matched only with typos; for those matched only at their start, how many letters. */
  typos: Map<number, number | undefined>;
  postings: number;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in `ids` (sorted by `form`) whose form is not below `value`. */
function lowerBoundBy(ids: Int32Array, form: readonly string[], value: string): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (form[ids[mid]!]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeRanges(ranges: HighlightRange[]): HighlightRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > start) merged.push([start, end]);
  }
  return merged;
}

export function createSearchEngine(index: SearchIndex, options: EngineOptions = {}): SearchEngine {
  const entries = index.entries;

  // Every searchable name, flattened: its entry, whether it is an alternative title, its folded form.
  const nameEntry: number[] = [];
  const nameIsAlias: number[] = [];
  const nameText: string[] = [];
  const nameFolded: string[] = [];
  const nameCompact: string[] = [];
  const nameWordCount: number[] = [];
  const postingsByWord = new Map<string, number[]>();
  const byInitials = new Map<string, number[]>();
  entries.forEach((entry, position) => {
    const names = [entry.title, ...(entry.aliases ?? [])];
    names.forEach((text, n) => {
      const id = nameText.length;
      const words = searchWords(text);
      nameEntry.push(position);
      nameIsAlias.push(n === 0 ? 0 : 1);
      nameText.push(text);
      nameFolded.push(words.join(' '));
      nameCompact.push(words.join(''));
      nameWordCount.push(words.length);
      for (const word of words) {
        const list = postingsByWord.get(word);
        if (!list) postingsByWord.set(word, [id]);
        else if (list.at(-1) !== id) list.push(id);
      }
      const abbreviation = initials(words);
      if (abbreviation) {
        const list = byInitials.get(abbreviation);
        if (!list) byInitials.set(abbreviation, [id]);
        else list.push(id);
      }
    });
  });
  const nameCount = nameText.length;
  const vocabulary = [...postingsByWord.keys()].sort();
  const postings = vocabulary.map((word) => Int32Array.from(postingsByWord.get(word)!));
  const vocabularyId = new Map(vocabulary.map((word, id) => [word, id]));
  postingsByWord.clear();

  // Entries by name, for the last tie-break.
  const alphabetical = new Int32Array(entries.length);
  entries
    .map((entry, position) => ({ key: foldText(entry.title), position }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.position - b.position))
    .forEach(({ position }, rank) => (alphabetical[position] = rank));

  let typoMatcher: TypoMatcher | undefined;
  const matchTypos = (word: string, allowance: number) =>
    (typoMatcher ??= (options.typoMatcher ?? fuseTypoMatcher)(vocabulary))(word, allowance);

  // Names sorted by their folded and their compact form: names starting with the query form one run.
  const byName = (form: string[]) =>
    Int32Array.from(form.keys()).sort((a, b) => (form[a]! < form[b]! ? -1 : form[a]! > form[b]! ? 1 : a - b));
  const byFolded = byName(nameFolded);
  const byCompact = byName(nameCompact);

  // Scratch arrays reused by every search, valid where their stamp equals the current search's or pass's.
  const passSeen = new Int32Array(nameCount);
  const wordsMatched = new Uint8Array(nameCount);
  const nameCost = new Int32Array(nameCount);
  const entrySeen = new Int32Array(entries.length);
  const bestScore = new Float64Array(entries.length);
  const bestName = new Int32Array(entries.length);
  let searchStamp = 0;
  let passStamp = 0;
  let touched: number[] = [];
  let queryLength = 0;

  const memo = new Map<string, WordMatches>();

  /** The vocabulary words a query word can stand for; typos only when asked (they cost a fuse.js search). */
  function wordMatches(word: string, isLast: boolean, withTypos: boolean): WordMatches {
    const key = `${isLast ? 1 : 0}${withTypos ? 1 : 0}${word}`;
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
    const allowance = typoAllowance(word.length);
    // A finished word that exists is taken as typed; only the word being typed may still be a typo.
    const finishedAndKnown = !isLast && vocabulary[lowerBound(vocabulary, word)] === word;
    // The word was looked up while it was being typed: its whole-word typos are among those.
    const whileTyped = !isLast && withTypos ? memo.get(`11${word}`) : undefined;
    if (whileTyped && !finishedAndKnown) {
      for (const [candidate, prefix] of whileTyped.typos) {
        if (prefix !== undefined || cost.has(candidate)) continue;
        cost.set(candidate, whileTyped.costs[whileTyped.words.indexOf(candidate)]!);
        typos.set(candidate, undefined);
      }
    } else if (withTypos && allowance > 0 && !finishedAndKnown) {
      for (const candidate of matchTypos(word, allowance)) {
        if (cost.has(candidate)) continue;
        const found = typoCost(word, vocabulary[candidate]!, allowance, isLast);
        if (found === undefined) continue;
        cost.set(candidate, found.cost);
        typos.set(candidate, found.prefix ? found.length : undefined);
      }
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

  /** Records a match of `name`; its entry keeps its best-scoring name. */
  function consider(name: number, tier: number, cost: number): void {
    const entry = nameEntry[name]!;
    const extraWords = Math.min(99, Math.max(0, nameWordCount[name]! - queryLength));
    const score =
      tier * 1e7 +
      Math.min(cost, 999) * 1e4 +
      nameIsAlias[name]! * 1e3 +
      KIND_RANK[entries[entry]!.kind] * 100 +
      extraWords;
    if (entrySeen[entry] !== searchStamp) {
      entrySeen[entry] = searchStamp;
      bestScore[entry] = score;
      bestName[entry] = name;
      touched.push(entry);
    } else if (score < bestScore[entry]!) {
      bestScore[entry] = score;
      bestName[entry] = name;
    }
  }

  /**
   * Tiers 0, 1 and 3: names equal to or starting with the query, found by binary search. A plural
   * ending makes no difference ("sales manager" is exactly "Sales Managers", and the other way).
   */
  function matchWholeNames(folded: string, compact: string): void {
    const lastSpace = folded.lastIndexOf(' ');
    const lastWord = folded.slice(lastSpace + 1);
    for (let i = lowerBoundBy(byFolded, nameFolded, folded); i < nameCount; i++) {
      const name = byFolded[i]!;
      const text = nameFolded[name]!;
      if (!text.startsWith(folded)) break;
      // The name's word the last query word falls in: typed whole (or but for a plural ending), or not.
      const wordEnd = text.indexOf(' ', folded.length);
      const nameWord = text.slice(lastSpace + 1, wordEnd < 0 ? undefined : wordEnd);
      const whole = nameWord === lastWord || pluralPair(nameWord, lastWord);
      consider(name, !whole ? PREFIX_PARTIAL : wordEnd < 0 ? EXACT : PREFIX, 0);
    }
    // A plural query finds singular names, as whole words only.
    for (const singular of singulars(lastWord)) {
      const shorter = folded.slice(0, lastSpace + 1) + singular;
      for (let i = lowerBoundBy(byFolded, nameFolded, shorter); i < nameCount; i++) {
        const name = byFolded[i]!;
        const text = nameFolded[name]!;
        if (!text.startsWith(shorter)) break;
        if (text.length === shorter.length) consider(name, EXACT, 0);
        else if (text[shorter.length] === ' ') consider(name, PREFIX, 0);
      }
    }
    // The query may join or split words ("salesforce" / "sales force"): that costs a word start.
    for (let i = lowerBoundBy(byCompact, nameCompact, compact); i < nameCount; i++) {
      const name = byCompact[i]!;
      if (!nameCompact[name]!.startsWith(compact)) break;
      consider(name, nameCompact[name]!.length === compact.length ? EXACT : PREFIX_PARTIAL, COST_PREFIX_WORD);
    }
  }

  /** Tiers 2 and 3: names in which every query word matches a word. The rarest query word goes first. */
  function matchWords(perWord: WordMatches[]): void {
    const stamp = ++passStamp;
    const order = perWord.map((_, i) => i).sort((a, b) => perWord[a]!.postings - perWord[b]!.postings);
    const candidates: number[] = [];
    order.forEach((q, step) => {
      const { words, costs } = perWord[q]!;
      for (let k = 0; k < words.length; k++) {
        const list = postings[words[k]!]!;
        const cost = costs[k]!;
        for (let p = 0; p < list.length; p++) {
          const name = list[p]!;
          if (step === 0) {
            if (passSeen[name] !== stamp) {
              passSeen[name] = stamp;
              wordsMatched[name] = 1;
              nameCost[name] = cost;
              candidates.push(name);
            }
          } else if (passSeen[name] === stamp && wordsMatched[name] === step) {
            wordsMatched[name] = step + 1;
            nameCost[name] = nameCost[name]! + cost;
          }
        }
      }
    });
    const matchedSets = perWord.length > 1 ? perWord.map((m) => new Set(m.words)) : [];
    for (const name of candidates) {
      if (wordsMatched[name] !== perWord.length) continue;
      const typed = nameCost[name]!;
      const cost = typed + (matchedSets.length > 0 && !inOrder(name, matchedSets) ? COST_OUT_OF_ORDER : 0);
      consider(name, typed >= COST_PER_TYPO ? TYPO : typed > 0 ? WORDS_PARTIAL : WORDS, cost);
    }
  }

  /** Whether the query words match words of the name in the order they were typed. */
  function inOrder(name: number, matchedSets: Set<number>[]): boolean {
    const words = nameFolded[name]!.split(' ');
    let from = 0;
    for (const matched of matchedSets) {
      while (from < words.length && !matched.has(vocabularyId.get(words[from]!)!)) from++;
      if (from === words.length) return false;
      from++;
    }
    return true;
  }

  function highlight(name: number, tier: number, folded: string, queryWords: string[], perWord: WordMatches[]) {
    const text = nameText[name]!;
    const spans = wordSpans(text);
    const ranges: HighlightRange[] = [];
    if (tier === WORDS && queryWords.length === 1 && initials(spans.map((s) => s.folded)) === folded) {
      const major = spans.filter((s) => !isMinorWord(s.folded));
      return mergeRanges(major.map((s) => [s.start, s.start + 1] as const));
    }
    for (const span of spans) {
      const vocabularyWord = lowerBound(vocabulary, span.folded);
      for (let q = 0; q < queryWords.length; q++) {
        const word = queryWords[q]!;
        if (span.folded.startsWith(word)) {
          ranges.push([span.start, Math.min(span.end, span.start + word.length)]);
          break;
        }
        if (pluralPair(span.folded, word)) {
          ranges.push([span.start, span.end]);
          break;
        }
        const typos = perWord[q]?.typos;
        if (typos?.has(vocabularyWord) && vocabulary[vocabularyWord] === span.folded) {
          const prefix = typos.get(vocabularyWord);
          const marks: HighlightRange[] = prefix ? [[0, prefix]] : fuseMatchedLetters(word, span.folded);
          for (const [s, e] of marks) ranges.push([span.start + s, Math.min(span.end, span.start + e)]);
          break;
        }
      }
    }
    return mergeRanges(ranges);
  }

  function search(query: string, { limit = 10 }: SearchOptions = {}): SearchResults {
    const queryWords = searchWords(query).slice(0, MAX_QUERY_WORDS);
    const folded = queryWords.join(' ');
    if (!folded) return { query, hits: [], matched: 0, complete: true };
    searchStamp++;
    touched = [];
    queryLength = queryWords.length;
    const isLast = (i: number) => i === queryWords.length - 1;

    // Each tier ranks above the next, so once the tiers above a pass fill the list, its matches
    // could not enter it.
    const atBest = (tier: number) => touched.filter((entry) => bestScore[entry]! < (tier + 1) * 1e7).length;
    let perWord: WordMatches[] = [];
    let complete = false;
    matchWholeNames(folded, queryWords.join(''));
    if (atBest(PREFIX) < limit) {
      if (queryWords.length === 1 && folded.length >= 2) {
        for (const name of byInitials.get(folded) ?? []) consider(name, WORDS, 0);
      }
      perWord = queryWords.map((w, i) => wordMatches(w, isLast(i), false));
      matchWords(perWord);
      if (atBest(WORDS_PARTIAL) < limit) {
        const withTypos = queryWords.map((w, i) => wordMatches(w, isLast(i), true));
        if (withTypos.some((m, i) => m.words.length !== perWord[i]!.words.length)) matchWords(withTypos);
        perWord = withTypos;
        complete = true;
      }
    }

    const ranked = touched.sort((a, b) => bestScore[a]! - bestScore[b]! || alphabetical[a]! - alphabetical[b]!);
    const hits = ranked.slice(0, limit).map((position): SearchHit => {
      const name = bestName[position]!;
      const score = bestScore[position]!;
      const tier = Math.floor(score / 1e7);
      return {
        entry: entries[position]!,
        position,
        text: nameText[name]!,
        alias: nameIsAlias[name] === 1,
        ranges: highlight(name, tier, folded, queryWords, perWord),
        tier: MATCH_TIERS[tier]!,
        score,
      };
    });
    return { query, hits, matched: ranked.length, complete };
  }

  return {
    search,
    suggestions: () => index.suggestions.flatMap((i) => (entries[i] ? [entries[i]] : [])),
    nameCount,
    entries,
  };
}

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
