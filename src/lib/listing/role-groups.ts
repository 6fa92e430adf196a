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
