/** Roles from resume data (the hand-made roles.csv) apart from the O*NET occupations the importer adds. */
import type { Catalogue } from '@/lib/model/site-model';

type RoleEntry = Catalogue['roles'][number];

export interface RoleGroups {
  /** Roles with resume-derived figures, in data order. */
  resumeRoles: RoleEntry[];
  /** O*NET occupations with official figures only, A to Z. */
  occupations: RoleEntry[];
}

export function groupRoles(roles: readonly RoleEntry[]): RoleGroups {
  return {
    resumeRoles: roles.filter((role) => role.kind === 'role'),
    occupations: roles
      .filter((role) => role.kind === 'occupation')
      .sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id)),
  };
}

/** Occupations of one SOC major group: the first two digits of their O*NET-SOC code. */
export interface MajorGroup {
  /** "11" */
  code: string;
  /** BLS's title of the group; absent when the data has none (e.g. group 55). */
  title?: string;
  /** Source of the title. */
  sourceId?: string;
  occupations: RoleEntry[];
}

/**
 * Occupations grouped by SOC major group, groups in code order, occupations in the order given
 * (A to Z from groupRoles). Titles come from the data (catalogue.socMajorGroups), never from code.
 */
export function byMajorGroup(
  occupations: readonly RoleEntry[],
  titles: readonly { code: string; title: string; sourceId: string }[],
): MajorGroup[] {
  const named = new Map(titles.map((t) => [t.code, t]));
  const groups = new Map<string, RoleEntry[]>();
  for (const occupation of occupations) {
    const code = occupation.onetCode?.slice(0, 2);
    if (code === undefined) continue;
    const list = groups.get(code);
    if (list) list.push(occupation);
    else groups.set(code, [occupation]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, list]) => {
      const title = named.get(code);
      return { code, ...(title && { title: title.title, sourceId: title.sourceId }), occupations: list };
    });
}
