/** What the comparison index (/compare/) says about the comparisons of related O*NET occupations. */
import type { Catalogue } from '@/lib/model/site-model';
import type { OfficialComparison } from '@/lib/compare/occupation-pairs';

/** The official comparisons of one occupation that a hand-made role names (e.g. a global account manager → Sales Managers). */
export interface FeaturedOccupation {
  /** The hand-made role naming the occupation. */
  role: { id: string; title: string };
  occupation: { id: string; title: string };
  comparisons: OfficialComparison[];
}

/**
 * For each hand-made role that names an O*NET occupation, that occupation's comparison pages, in
 * page order: the way into the official comparisons from the roles the site is about.
 */
export function featuredOccupations(
  roles: Catalogue['roles'],
  comparisons: readonly OfficialComparison[],
): FeaturedOccupation[] {
  const occupations = new Map(roles.filter((r) => r.kind === 'occupation').map((r) => [r.id, r]));
  return roles.flatMap((role) => {
    const occupation = role.occupationId === undefined ? undefined : occupations.get(role.occupationId);
    if (!occupation) return [];
    const own = comparisons.filter((c) => c.role.id === occupation.id || c.other.id === occupation.id);
    return own.length === 0
      ? []
      : [
          {
            role: { id: role.id, title: role.title },
            occupation: { id: occupation.id, title: occupation.title },
            comparisons: own,
          },
        ];
  });
}
