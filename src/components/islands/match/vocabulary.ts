/** What the matcher derives once from its payload: the text matcher, slugs for the address, names to search. */
import type { MatchData } from '@/lib/match/rank';
import { termSlug } from '@/lib/match/rank';
import { termKey, termMatcher, type TermMatcher } from '@/lib/match/text';

export interface Vocabulary {
  data: MatchData;
  matcher: TermMatcher;
  slugs: string[];
  bySlug: Map<string, number>;
  /** Normalised names, to filter the picker. */
  keys: string[];
}

export function vocabulary(data: MatchData): Vocabulary {
  const keys = data.terms.map(termKey);
  const slugs = keys.map(termSlug);
  return { data, matcher: termMatcher(data.terms), slugs, bySlug: new Map(slugs.map((s, i) => [s, i])), keys };
}

const KIND_WORDS: Record<string, string> = { r: 'resume skill', s: 'O*NET skill', k: 'knowledge', t: 'technology' };

/** "resume skill, O*NET skill" for a term's kind letters. */
export const kindWords = (letters: string): string => [...letters].map((l) => KIND_WORDS[l] ?? l).join(', ');

/** Up to `limit` terms whose name contains every word of `query`, names starting with it first. */
export function findTerms(v: Vocabulary, query: string, limit = 12): number[] {
  const wanted = termKey(query);
  if (!wanted) return [];
  const parts = wanted.split(' ');
  const hits: number[] = [];
  v.keys.forEach((key, i) => {
    if (parts.every((p) => key.includes(p))) hits.push(i);
  });
  const starts = (i: number) => (v.keys[i]!.startsWith(wanted) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b) || v.keys[a]!.length - v.keys[b]!.length).slice(0, limit);
}
