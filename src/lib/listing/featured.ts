/** The home page's featured role and the key figures picked from its record. */
import type { RoleRecord } from '@/lib/data/model';

/** The role the site is about; featured first on the home page. */
export const FEATURED_ROLE_ID = 'global-account-manager';

export interface KeyFigures {
  /** The hard skill listed on the largest share of the role's resumes. */
  topSkill?: { name: string; slug: string; sharePct: number };
  /** The employer with the most open jobs for the role. */
  topEmployer?: { name: string; slug: string; openJobs: number };
  /** The industry paying the role the highest average salary. */
  topSalary?: { industry: string; avgSalaryUsd: number };
}

function maxBy<T>(items: readonly T[], value: (item: T) => number | undefined): T | undefined {
  let best: T | undefined;
  let bestValue = -Infinity;
  for (const item of items) {
    const v = value(item);
    if (v !== undefined && v > bestValue) [best, bestValue] = [item, v];
  }
  return best;
}

/** Key figures of a role; each is absent when the role has no data for it. Ties go to the first in the record. */
export function keyFigures(role: RoleRecord): KeyFigures {
  const skill = maxBy(role.skills, (s) => s.sharePct);
  const employer = maxBy(role.employers, (e) => e.openJobs);
  const salary = maxBy(role.salaries, (s) => s.avgSalaryUsd);
  return {
    ...(skill?.sharePct !== undefined && {
      topSkill: { name: skill.name, slug: skill.slug, sharePct: skill.sharePct },
    }),
    ...(employer && { topEmployer: { name: employer.name, slug: employer.slug, openJobs: employer.openJobs } }),
    ...(salary && { topSalary: { industry: salary.industry, avgSalaryUsd: salary.avgSalaryUsd } }),
  };
}
