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
 *                     (one mistake in 3–4 letters, two beyond), found by letter masks (typo-matchers.ts) — but only for
 *                     query words that are not words of the index themselves (the relevance floor:
 *                     "cloud" never lists "Clown"); when nothing at all matches, known words get
 *                     their typos too.
 * A short form O*NET gives for a title ("cto", "cpa", "gam": an alternative title written "Chief
 * Technology Officer (CTO)") is an exact match of that alternative title and of every name equal to
 * what it stands for; names whose initials merely spell the query match in tier 2.
 * A plural ending never matters ("registered nurse" is exactly "Registered Nurses"). Tiers 0 and 3
 * also match when the query joins or splits the name's words ("sales force" → "salesforce"), at
 * cost 1. Cost, in tenths: 10 per mistake; +5 when a mistyped last word matched
 * only the start of a word (it is still being typed); +1 per query word that matched only the
 * start of a word.
 * An entry takes the score of its best name. Entries are ordered by tier, then cost, then titles
 * before alternative titles, then kind (role, skill, employer, industry), then fewer words left
 * unmatched (among typo matches, before the kind), then the query words in the order typed, then
 * an entry whose title matched too, then the occupation more people work in (the index's weight),
 * then name — so exact and prefix matches always come before fuzzy ones (ranking.ts).
 *
 * Speed: tiers 0, 1 and 3 are one run of the names sorted by folded form (binary search); tiers 2
 * and 4 combine the postings of matching words from a sorted word list; the typo pass looks only at
 * distinct words (not names), filtered by length and letters before any edit distance is computed.
 * A pass runs only when the tiers above it did not already fill the requested number of results —
 * its matches could not enter the list. fuse.js marks the letters of a typo match to highlight.
 */
import { SEARCH_KINDS, type SearchEntry, type SearchIndex, type SearchKind } from '@/lib/search/index-format';
import { highlightName, type HighlightRange } from '@/lib/search/highlight';
import { buildNameTable, type NameTable } from '@/lib/search/name-table';
import {
  matchShortForm,
  matchWholeNames,
  matchWords,
  wordPassScratch,
  type WordPassScratch,
} from '@/lib/search/passes';
import { MATCH_TIERS, MatchCollector, PREFIX, tierOf, WORDS_PARTIAL, type MatchTier } from '@/lib/search/ranking';
import { searchWords } from '@/lib/search/text';
import { letterMaskTypoMatcher, type TypoMatcher } from '@/lib/search/typo-matchers';
import { createWordLookup, type WordMatches } from '@/lib/search/word-matches';

export { MATCH_TIERS, type MatchTier } from '@/lib/search/ranking';
export { typoCost } from '@/lib/search/word-matches';
export type { HighlightRange } from '@/lib/search/highlight';

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
  /** How many entries matched (at least `hits.length`); every one matches some of the query. */
  matched: number;
  /** `matched` by kind of entry. */
  matchedByKind: Record<SearchKind, number>;
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
  /** How mistyped words are looked up in the vocabulary; by letter masks unless given (see typo-matchers.ts). */
  typoMatcher?: (vocabulary: readonly string[]) => TypoMatcher;
}

/** Query words beyond this many are ignored (nobody types more into a search box). */
const MAX_QUERY_WORDS = 8;

interface SearchState {
  table: NameTable;
  collector: MatchCollector;
  scratch: WordPassScratch;
  lookup: ReturnType<typeof createWordLookup>;
}

/**
 * Runs the passes for one query, best tiers first. Each tier ranks above the next, so once the
 * tiers above a pass fill the list, its matches could not enter it and it is skipped.
 */
function runPasses(state: SearchState, queryWords: string[], limit: number) {
  const { table, collector, scratch, lookup } = state;
  const isLast = (i: number) => i === queryWords.length - 1;
  const lookAll = (withTypos: boolean, typosOfKnownWords = false) =>
    queryWords.map((w, i) => lookup.lookUp(w, isLast(i), { withTypos, typosOfKnownWords }));
  const folded = queryWords.join(' ');
  matchWholeNames(table, collector, folded, queryWords.join(''));
  if (queryWords.length === 1) matchShortForm(table, collector, folded);
  if (collector.countUpTo(PREFIX) >= limit) return { perWord: [] as WordMatches[], complete: false };
  let perWord = lookAll(false);
  matchWords(table, collector, scratch, perWord);
  if (collector.countUpTo(WORDS_PARTIAL) >= limit) return { perWord, complete: false };
  const withTypos = lookAll(true);
  if (withTypos.some((m, i) => m.words.length !== perWord[i]!.words.length)) {
    matchWords(table, collector, scratch, withTypos);
  }
  perWord = withTypos;
  // Nothing at all: a typo may have spelt another word ("nurse" typed as "purse"), so try those too.
  if (collector.touched.length === 0 && queryWords.some((w) => lookup.isKnown(w))) {
    perWord = lookAll(true, true);
    matchWords(table, collector, scratch, perWord);
  }
  return { perWord, complete: true };
}

export function createSearchEngine(index: SearchIndex, options: EngineOptions = {}): SearchEngine {
  const entries = index.entries;
  const countByKind = (positions: readonly number[]) => {
    const counts = Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, 0])) as Record<SearchKind, number>;
    for (const position of positions) counts[entries[position]!.kind]++;
    return counts;
  };
  const table = buildNameTable(entries);
  let typoMatcher: TypoMatcher | undefined;
  const state: SearchState = {
    table,
    collector: new MatchCollector(table, entries),
    scratch: wordPassScratch(table.text.length),
    lookup: createWordLookup(
      table,
      () => (typoMatcher ??= (options.typoMatcher ?? letterMaskTypoMatcher)(table.vocabulary)),
    ),
  };

  function search(query: string, { limit = 10 }: SearchOptions = {}): SearchResults {
    const queryWords = searchWords(query).slice(0, MAX_QUERY_WORDS);
    if (queryWords.length === 0) return { query, hits: [], matched: 0, matchedByKind: countByKind([]), complete: true };
    const { collector } = state;
    collector.reset(queryWords);
    const { perWord, complete } = runPasses(state, queryWords, limit);
    const ranked = collector.ranked();
    const hits = ranked.slice(0, limit).map((position): SearchHit => {
      const form = collector.formOf(position);
      const score = collector.scoreOf(position);
      return {
        entry: entries[position]!,
        position,
        text: table.text[form]!,
        alias: table.isAlias[form] === 1,
        ranges: highlightName(table, table.text[form]!, queryWords, perWord),
        tier: MATCH_TIERS[tierOf(score)]!,
        score,
      };
    });
    return { query, hits, matched: ranked.length, matchedByKind: countByKind(ranked), complete };
  }

  return {
    search,
    suggestions: () => index.suggestions.flatMap((i) => (entries[i] ? [entries[i]] : [])),
    nameCount: entries.reduce((n, e) => n + 1 + (e.aliases?.length ?? 0), 0),
    entries,
  };
}
