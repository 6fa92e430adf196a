/**
 * Comparison pages for related O*NET occupations, derived from O*NET's related-occupation lists.
 * Pure and deterministic: the same records give the same comparisons, ids and order.
 *
 * Only O*NET's "primary-short" tier is used: its closest five or so occupations for each
 * occupation. In O*NET 29.3 that already gives 3,461 distinct pairs (6,754 with the "primary-long"
 * tier as well, nearly twice the pages); the short list is what O*NET itself shows first as an
 * occupation's related occupations, so these are the pairs worth a page of their own. Any pair,
 * listed or not, can still be compared in the comparison tool.
 */
import type { OfficialRecord, RelatedOccupation } from '@/lib/occupation/figures';

/** The related-occupation tier that gets comparison pages. */
export const OFFICIAL_COMPARISON_TIER: RelatedOccupation['tier'] = 'primary-short';

/** An occupation as a comparison or a role naming it links to it: its page id and O*NET title. */
export interface OccupationRef {
  /** Page id of the occupation (/roles/<id>/). */
  id: string;
  /** O*NET title, plural (e.g. "Sales Managers"). */
  title: string;
  /** O*NET-SOC code, e.g. "11-2022.00". */
  onetCode: string;
}

/** Two occupations O*NET lists as closely related, shown on one comparison page. */
export interface OfficialComparison {
  /** URL id "<role>-vs-<other>" of role page ids; a numeric suffix only if that id is already taken. */
  id: string;
  /** The occupation listing `other` among its closest; the lower O*NET code when both list each other. */
  role: OccupationRef;
  other: OccupationRef;
  /** O*NET's rank of `other` among the occupations related to `role` (1 = closest). */
  rank: number;
  /** O*NET's rank of `role` among those related to `other`, when `other` lists it in the same tier. */
  reverseRank?: number;
  /** Source of the related-occupation lists: the O*NET release. */
  sourceId: string;
}

/** One official comparison as an occupation that takes part in it links to it. */
export interface OfficialComparisonLink {
  /** Comparison page id. */
  id: string;
  /** The other occupation of the pair. */
  other: OccupationRef;
}

const byCode = (a: { onetCode: string }, b: { onetCode: string }) =>
  a.onetCode < b.onetCode ? -1 : a.onetCode > b.onetCode ? 1 : 0;

const closest = (record: OfficialRecord) =>
  record.related.filter((r) => r.tier === OFFICIAL_COMPARISON_TIER).sort((a, b) => a.position - b.position);

/** An occupation as the pairs are derived from it: its page id and its official figures. */
export interface PairedOccupation {
  id: string;
  official: OfficialRecord;
}

/**
 * Every pair once: occupations in O*NET code order, each with the occupations on its short list in
 * rank order, skipping pairs already met. So a pair is oriented from the occupation that lists the
 * other, and from the lower code when both list each other. `takenIds` (the data's own
 * comparisons) are never reused: a clash gets "-2", "-3"… in this same order.
 */
export function deriveOfficialComparisons(
  occupations: Iterable<PairedOccupation>,
  takenIds: ReadonlySet<string> = new Set(),
): OfficialComparison[] {
  const sorted = [...occupations].sort((a, b) => byCode(a.official, b.official));
  const byOnetCode = new Map(sorted.map((o) => [o.official.onetCode, o]));
  const ref = (o: PairedOccupation): OccupationRef => ({
    id: o.id,
    title: o.official.title,
    onetCode: o.official.onetCode,
  });
  const seen = new Set<string>();
  const ids = new Set(takenIds);
  const comparisons: OfficialComparison[] = [];
  for (const record of sorted) {
    for (const related of closest(record.official)) {
      const other = byOnetCode.get(related.onetCode);
      if (!other || other.official.onetCode === record.official.onetCode) continue;
      const pair = [record.official.onetCode, other.official.onetCode].sort().join(' ');
      if (seen.has(pair)) continue;
      seen.add(pair);
      const base = `${record.id}-vs-${other.id}`;
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      const back = closest(other.official).find((r) => r.onetCode === record.official.onetCode);
      comparisons.push({
        id,
        role: ref(record),
        other: ref(other),
        rank: related.position,
        ...(back && { reverseRank: back.position }),
        sourceId: record.official.onetSourceId,
      });
    }
  }
  return comparisons;
}

/**
 * For each occupation (by page id), the comparisons it takes part in, seen from its side: the
 * occupations it lists first (by its rank), then those listing it (by code). Built once for all.
 */
export function officialComparisonIndex(
  comparisons: readonly OfficialComparison[],
): Map<string, OfficialComparisonLink[]> {
  const index = new Map<string, { link: OfficialComparisonLink; order: [number, string] }[]>();
  const add = (occupationId: string, link: OfficialComparisonLink, order: [number, string]) => {
    const list = index.get(occupationId);
    if (list) list.push({ link, order });
    else index.set(occupationId, [{ link, order }]);
  };
  for (const c of comparisons) {
    add(c.role.id, { id: c.id, other: c.other }, [c.rank, c.other.onetCode]);
    add(c.other.id, { id: c.id, other: c.role }, [c.reverseRank ?? Infinity, c.role.onetCode]);
  }
  return new Map(
    [...index].map(([occupationId, list]) => [
      occupationId,
      list
        .sort((a, b) => a.order[0] - b.order[0] || (a.order[1] < b.order[1] ? -1 : a.order[1] > b.order[1] ? 1 : 0))
        .map((l) => l.link),
    ]),
  );
}
