/** The home page's featured role and the key figures picked from its record. */
import type { RoleRecord } from '@/lib/model/site-model';
import { leaders } from '@/lib/text/sentences';

/** The role the site is about; featured first on the home page. */
export const FEATURED_ROLE_ID = 'global-account-manager';

/** A figure with every item level at it (usually one), in record order. */
export interface Leading<T> {
  value: number;
  items: T[];
}

export interface KeyFigures {
  /** The hard skills listed on the largest share of the role's resumes. */
  topSkill?: Leading<{ name: string; slug: string }>;
  /** The employers with the most open jobs for the role. */
  topEmployer?: Leading<{ name: string; slug: string }>;
  /** The industries paying the role the highest average salary, and how many industries have a figure. */
  topSalary?: Leading<{ industry: string }> & { industryCount: number };
}

function leading<T, U>(items: readonly T[], value: (item: T) => number, pick: (item: T) => U): Leading<U> | undefined {
  const best = leaders(items, value);
  return best.length === 0 ? undefined : { value: value(best[0]!), items: best.map(pick) };
}

/** Key figures of a role; each is absent when the role has no data for it. */
export function keyFigures(role: RoleRecord): KeyFigures {
  const shared = role.skills.filter((s): s is typeof s & { sharePct: number } => s.sharePct !== undefined);
  const topSkill = leading(
    shared,
    (s) => s.sharePct,
    (s) => ({ name: s.name, slug: s.slug }),
  );
  const topEmployer = leading(
    role.employers,
    (e) => e.openJobs,
    (e) => ({ name: e.name, slug: e.slug }),
  );
  const topSalary = leading(
    role.salaries,
    (s) => s.avgSalaryUsd,
    (s) => ({ industry: s.industry }),
  );
  return {
    ...(topSkill && { topSkill }),
    ...(topEmployer && { topEmployer }),
    ...(topSalary && { topSalary: { ...topSalary, industryCount: role.salaries.length } }),
  };
}
