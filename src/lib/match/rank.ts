/**
 * Ranking roles and occupations by the skills a person has. Each role carries a sparse vector of
 * weights over the vocabulary (MatchData); a person's skills are terms with a rating. A role's score
 * is the share of its total weight the person covers: the sum, over the person's skills the role
 * has, of weight × rating, divided by the sum of all the role's weights (its coverage: 100 % means every
 * element that counts for the role, at the top rating); a role's missing elements are the rest,
 * heaviest first. Coverage alone would favour roles with few elements (everything a barista needs is
 * inside a sales manager's resume), so roles are ranked by their fit: the geometric mean of coverage
 * and use, the share of the person's skills (by rating) that count for the role.
 */

/** What a term is in the site's data; one term can be several (a resume skill and an O*NET skill). */
export type TermKind = 'resume' | 'skill' | 'knowledge' | 'technology';

export const KIND_LETTER: Record<TermKind, string> = { resume: 'r', skill: 's', knowledge: 'k', technology: 't' };

/** The compact payload the matcher fetches: the vocabulary and every role's sparse vector. */
export interface MatchData {
  /** Display names of the vocabulary terms (their index is their id in the vectors). */
  terms: string[];
  /** Per term, the letters of its kinds (KIND_LETTER), e.g. "rs". */
  kinds: string[];
  roles: MatchRole[];
}

export interface MatchRole {
  id: string;
  title: string;
  /** "r": a resume role, "o": an O*NET occupation. */
  kind: 'r' | 'o';
  /** Term index and weight pairs, flattened: [term, weight, term, weight, …], heaviest first. */
  v: number[];
}

/** How well a person has a skill: 1 learning, 2 working knowledge, 3 strong (the default). */
export type Rating = 1 | 2 | 3;
export const RATINGS: readonly Rating[] = [1, 2, 3];
export const DEFAULT_RATING: Rating = 3;
export const ratingFactor = (rating: Rating): number => rating / 3;

export interface Contribution {
  term: number;
  weight: number;
  rating: Rating;
  /** Percentage points of the score this skill brings: weight × rating factor / total weight × 100. */
  points: number;
}

export interface RankedRole {
  role: MatchRole;
  /** Share of the role's weight covered, 0–100. */
  scorePct: number;
  /** Share of the person's skills (each by its rating factor) that count for the role, 0–100. */
  usedPct: number;
  /** What roles are ranked by: √(coverage × use), 0–100. */
  fitPct: number;
  /** The person's skills that count for this role, most points first. */
  counts: Contribution[];
  /** The role's elements the person did not choose, heaviest first. */
  missing: { term: number; weight: number }[];
  totalWeight: number;
}

/**
 * Every role with a score above zero, best fit first (ties: more skills counting, then title). Linear in
 * the total size of the vectors.
 */
export function rankRoles(
  roles: readonly MatchRole[],
  chosen: ReadonlyMap<number, Rating>,
  missingCount = 5,
): RankedRole[] {
  const ranked: RankedRole[] = [];
  if (chosen.size === 0) return ranked;
  let person = 0;
  for (const rating of chosen.values()) person += ratingFactor(rating);
  for (const role of roles) {
    let total = 0;
    const counts: Contribution[] = [];
    const missing: { term: number; weight: number }[] = [];
    for (let i = 0; i < role.v.length; i += 2) {
      const term = role.v[i]!;
      const weight = role.v[i + 1]!;
      total += weight;
      const rating = chosen.get(term);
      if (rating !== undefined) counts.push({ term, weight, rating, points: weight * ratingFactor(rating) });
      else if (missing.length < missingCount) missing.push({ term, weight });
    }
    if (counts.length === 0 || total === 0) continue;
    let covered = 0;
    let used = 0;
    for (const c of counts) {
      covered += c.points;
      used += ratingFactor(c.rating);
      c.points = (c.points / total) * 100;
    }
    counts.sort((a, b) => b.points - a.points || a.term - b.term);
    const scorePct = (covered / total) * 100;
    const usedPct = (used / person) * 100;
    ranked.push({
      role,
      scorePct,
      usedPct,
      fitPct: Math.sqrt(scorePct * usedPct),
      counts,
      missing,
      totalWeight: total,
    });
  }
  return ranked.sort(
    (a, b) =>
      b.fitPct - a.fitPct ||
      b.counts.length - a.counts.length ||
      (a.role.title < b.role.title ? -1 : a.role.title > b.role.title ? 1 : 0),
  );
}

/** A term's slug in the address (?skills=a,b): its key with spaces as hyphens (keys hold no hyphen). */
export const termSlug = (key: string): string => key.replaceAll(' ', '-');

/** "?skills=a,b:2" — the chosen skills, a rating written only when not the default. Never any text. */
export function skillsSearch(chosen: ReadonlyMap<number, Rating>, slugs: readonly string[]): string {
  if (chosen.size === 0) return '';
  const parts = [...chosen].map(([term, rating]) =>
    rating === DEFAULT_RATING ? slugs[term]! : `${slugs[term]!}:${rating}`,
  );
  return `?skills=${parts.join(',')}`;
}

/** The chosen skills an address names (unknown slugs and ratings are ignored). */
export function parseSkills(search: string, bySlug: ReadonlyMap<string, number>): Map<number, Rating> {
  const chosen = new Map<number, Rating>();
  const value = new URLSearchParams(search).get('skills');
  if (!value) return chosen;
  for (const part of value.split(',')) {
    const [slug = '', level] = part.split(':');
    const term = bySlug.get(slug);
    if (term === undefined) continue;
    const rating = Number(level ?? DEFAULT_RATING);
    chosen.set(term, (RATINGS as readonly number[]).includes(rating) ? (rating as Rating) : DEFAULT_RATING);
  }
  return chosen;
}
