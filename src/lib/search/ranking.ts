/**
 * How matches are scored and collected (the scoring itself is described at the top of engine.ts):
 * one number per match, lower is better, so an entry keeps its best name with one comparison.
 */
import { SEARCH_KINDS, type SearchEntry, type SearchKind } from '@/lib/search/index-format';
import type { NameTable } from '@/lib/search/name-table';

export const MATCH_TIERS = ['exact', 'prefix', 'words', 'prefix-partial', 'words-partial', 'typo'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];
export const [EXACT, PREFIX, WORDS, PREFIX_PARTIAL, WORDS_PARTIAL, TYPO] = MATCH_TIERS.map((_, tier) => tier) as [
  number,
  number,
  number,
  number,
  number,
  number,
];

export const COST_EXACT_WORD = 0;
export const COST_PREFIX_WORD = 1;
export const COST_PER_TYPO = 10;
export const COST_PREFIX_TYPO = 5;
export const COST_OUT_OF_ORDER = 2;

/** Place values of the score: tier, then cost, then the tie-breaks (each below 1e5). */
const TIER_UNIT = 1e8;
const COST_UNIT = 1e5;
const MAX_COST = 999;
const MAX_EXTRA_WORDS = 99;

const KIND_RANK: Record<SearchKind, number> = Object.fromEntries(SEARCH_KINDS.map((k, i) => [k, i])) as Record<
  SearchKind,
  number
>;

/**
 * The score of a match. Ties within a tier and cost go to titles over alternative titles, then
 * roles over skills, employers and industries, then fewer words left unmatched — except among typo
 * matches, where fewer words left over comes before the kind: a misspelt skill typed whole
 * ("custmer satisfacton") beats a longer role name that merely contains the words.
 */
export function matchScore(tier: number, cost: number, alias: number, kind: SearchKind, extraWords: number): number {
  const extra = Math.min(MAX_EXTRA_WORDS, Math.max(0, extraWords));
  const base = tier * TIER_UNIT + Math.min(cost, MAX_COST) * COST_UNIT;
  return tier === TYPO
    ? base + alias * 1e4 + extra * 10 + KIND_RANK[kind]
    : base + alias * 1e4 + KIND_RANK[kind] * 1e3 + extra;
}

export const tierOf = (score: number): number => Math.floor(score / TIER_UNIT);
/** Scores below this are in `tier` or a better one. */
export const tierLimit = (tier: number): number => (tier + 1) * TIER_UNIT;

/**
 * The matches of one search: per entry its best score and the form that gave it. Scratch arrays
 * are reused by every search; `stamp` tells which of their values belong to the current one.
 */
export class MatchCollector {
  private readonly seen: Int32Array;
  private readonly best: Float64Array;
  private readonly bestForm: Int32Array;
  private stamp = 0;
  private queryWords = 0;
  touched: number[] = [];

  constructor(
    private readonly table: NameTable,
    private readonly entries: readonly SearchEntry[],
  ) {
    this.seen = new Int32Array(entries.length);
    this.best = new Float64Array(entries.length);
    this.bestForm = new Int32Array(entries.length);
  }

  /** Starts a new search for a query of `queryWords` words. */
  reset(queryWords: number): void {
    this.stamp++;
    this.touched = [];
    this.queryWords = queryWords;
  }

  /** Records a match of form `form`; its entry keeps its best-scoring form. */
  consider(form: number, tier: number, cost: number): void {
    const { table } = this;
    const entry = table.entry[form]!;
    const score = matchScore(
      tier,
      cost,
      table.isAlias[form]!,
      this.entries[entry]!.kind,
      table.wordCount[form]! - this.queryWords,
    );
    if (this.seen[entry] !== this.stamp) {
      this.seen[entry] = this.stamp;
      this.best[entry] = score;
      this.bestForm[entry] = form;
      this.touched.push(entry);
    } else if (score < this.best[entry]!) {
      this.best[entry] = score;
      this.bestForm[entry] = form;
    }
  }

  /** How many entries matched in `tier` or a better one. */
  countUpTo(tier: number): number {
    const limit = tierLimit(tier);
    return this.touched.filter((entry) => this.best[entry]! < limit).length;
  }

  scoreOf = (entry: number): number => this.best[entry]!;
  formOf = (entry: number): number => this.bestForm[entry]!;

  /**
   * Every matched entry, best first. Equal scores go to the entry more people work in (its weight,
   * from national employment: "nurse" is an alternative title of several occupations, and
   * Registered Nurses is the one most people mean), then by title A to Z.
   */
  ranked(): number[] {
    const { alphabetical } = this.table;
    const weight = (entry: number) => this.entries[entry]!.weight ?? 0;
    return this.touched.sort(
      (a, b) => this.best[a]! - this.best[b]! || weight(b) - weight(a) || alphabetical[a]! - alphabetical[b]!,
    );
  }
}
