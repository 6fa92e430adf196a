/**
 * "Similar occupations by skills" for every occupation: the 10 closest by the cosine of their O*NET
 * skill and knowledge importance profiles (see similarity.ts), each with the wage and outlook
 * difference and the three elements whose importance rises most in the target. Computed once in
 * the data step, for all pairs.
 */
import { importanceGaps, nearestNeighbours } from '@/lib/career/similarity';

/** How many similar occupations each page lists. */
export const SIMILAR_SHOWN = 10;
/** How many rising skills each entry names. */
const RISING_SHOWN = 3;

interface Rating {
  elementId: string;
  name: string;
  importance: number;
}

/** What this needs of an occupation (a structural slice of OfficialRecord). */
export interface SimilarInput {
  onetCode: string;
  roleId: string;
  title: string;
  skills: readonly Rating[];
  knowledge: readonly Rating[];
  related: readonly { onetCode: string }[];
  /** BLS median annual wage (OEWS, all industries), when BLS publishes it as a number. */
  medianAnnualWage?: number;
  /** BLS projected change in employment over the decade, percent. */
  projectedChangePct?: number;
}

export interface SimilarOccupation {
  onetCode: string;
  /** Page id. */
  id: string;
  title: string;
  /** Cosine similarity of the two importance profiles, 0–1, three decimals. */
  similarity: number;
  /** The target's median annual wage minus this occupation's, US dollars (both from BLS OEWS). */
  wageDifference?: number;
  /** The target's projected change minus this occupation's, percentage points (BLS projections). */
  outlookDifferencePp?: number;
  /** Up to three skills or knowledge areas rated more important in the target, by the rise. */
  rising: { name: string; from: number; to: number; gap: number }[];
  /** O*NET lists the target among this occupation's related occupations too. */
  onetRelated?: true;
}

const round = (n: number, decimals: number) => Number(n.toFixed(decimals));

export function similarOccupations(occupations: readonly SimilarInput[]): Map<string, SimilarOccupation[]> {
  const byCode = new Map(occupations.map((o) => [o.onetCode, o]));
  const ratingsOf = (o: SimilarInput) => [...o.skills, ...o.knowledge];
  const neighbours = nearestNeighbours(
    occupations.map((o) => ({
      key: o.onetCode,
      ratings: new Map(ratingsOf(o).map((r) => [r.elementId, r.importance])),
    })),
    SIMILAR_SHOWN,
  );
  const result = new Map<string, SimilarOccupation[]>();
  for (const from of occupations) {
    const related = new Set(from.related.map((r) => r.onetCode));
    const list = (neighbours.get(from.onetCode) ?? []).map(({ key, similarity }): SimilarOccupation => {
      const to = byCode.get(key)!;
      const rising = importanceGaps(ratingsOf(from), ratingsOf(to))
        .filter((g) => g.gap > 0)
        .slice(0, RISING_SHOWN)
        .map(({ name, from: a, to: b, gap }) => ({ name, from: a, to: b, gap }));
      return {
        onetCode: to.onetCode,
        id: to.roleId,
        title: to.title,
        similarity: round(similarity, 3),
        ...(from.medianAnnualWage !== undefined &&
          to.medianAnnualWage !== undefined && { wageDifference: to.medianAnnualWage - from.medianAnnualWage }),
        ...(from.projectedChangePct !== undefined &&
          to.projectedChangePct !== undefined && {
            outlookDifferencePp: round(to.projectedChangePct - from.projectedChangePct, 1),
          }),
        rising,
        ...(related.has(to.onetCode) && { onetRelated: true as const }),
      };
    });
    result.set(from.onetCode, list);
  }
  return result;
}
