/**
 * How matches are scored and collected (the scoring itself is described at the top of engine.ts):
 * one number per match, lower is better, so an entry keeps its best name with one comparison.
 */
import { SEARCH_KINDS, type SearchEntry, type SearchKind } from '@/lib/search/index-format';
import type { NameTable } from '@/lib/search/name-table';
import { pluralPair } from '@/lib/search/text';

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
 * roles over skills, employers and industries, then fewer words left unmatched, then words in the
 * order typed — except among typo matches, where fewer words left over comes before the kind: a
 * misspelt skill typed whole ("custmer satisfacton") beats a longer role name that merely
 * contains the words. Word order comes last: "assistants medical" means Medical Assistants, not a
 * long title that happens to hold both words in that order.
 */
export function matchScore(
  tier: number,
  cost: number,
  alias: number,
  kind: SearchKind,
  extraWords: number,
  outOfOrder: number,
): number {
  const extra = Math.min(MAX_EXTRA_WORDS, Math.max(0, extraWords));
  const base = tier * TIER_UNIT + Math.min(cost, MAX_COST) * COST_UNIT + alias * 1e4 + outOfOrder;
  return tier === TYPO ? base + extra * 100 + KIND_RANK[kind] * 10 : base + KIND_RANK[kind] * 1e3 + extra * 10;
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
  /** Per entry: the stamp of the search that last checked its title, and the answer (1 holds every query word). */
  private readonly titleChecked: Int32Array;
  private readonly titleHolds: Uint8Array;
  private words: readonly string[] = [];
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
    this.titleChecked = new Int32Array(entries.length);
    this.titleHolds = new Uint8Array(entries.length);
  }

  /** Starts a new search for the query's folded words. */
  reset(words: readonly string[]): void {
    this.stamp++;
    this.touched = [];
    this.queryWords = words.length;
    this.words = words;
  }

  /** Whether the entry's title holds every query word, whole or begun ("nurse" in "Registered Nurses"). */
  private titleHoldsQuery(entry: number): number {
    if (this.titleChecked[entry] !== this.stamp) {
      const title = this.table.titleWords[entry]!;
      const holds = this.words.every((q) => title.some((w) => w.startsWith(q) || pluralPair(w, q)));
      this.titleChecked[entry] = this.stamp;
      this.titleHolds[entry] = holds ? 1 : 0;
    }
    return this.titleHolds[entry]!;
  }

  /**
   * Records a match of form `form`; its entry keeps its best-scoring form. `outOfOrder` is 1 when
   * the name matched the query other than as typed (words in another order, a singular for a plural).
   */
  consider(form: number, tier: number, cost: number, outOfOrder = 0): void {
    const { table } = this;
    const entry = table.entry[form]!;
    const score = matchScore(
      tier,
      cost,
      table.isAlias[form]!,
      this.entries[entry]!.kind,
      table.wordCount[form]! - this.queryWords,
      outOfOrder,
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
   * Every matched entry, best first. Equal scores go first to an entry whose title holds the query
   * words too ("financial advisor" is an alternative title of two occupations, one of them
   * Personal Financial Advisors), then to the one more people work in (its weight, from national
   * employment: "nurse" is an alternative title of three nursing occupations, and Registered
   * Nurses is the one most people mean), then by title A to Z.
   */
  ranked(): number[] {
    const { alphabetical } = this.table;
    const titled = (entry: number) => this.titleHoldsQuery(entry);
    const weight = (entry: number) => this.entries[entry]!.weight ?? 0;
    return this.touched.sort(
      (a, b) =>
        this.best[a]! - this.best[b]! ||
        titled(b) - titled(a) ||
        weight(b) - weight(a) ||
        alphabetical[a]! - alphabetical[b]!,
    );
  }
}
