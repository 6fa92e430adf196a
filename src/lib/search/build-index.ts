/**
 * Builds the search index from the site model (run by the data step). Every detail line is
 * computed from the records, and every path is a page the site builds: roles, skills and employers
 * open their own pages; an industry, which has no page of its own, opens the page of the role with
 * the highest average salary in it (where its salary figure is shown) and names that role.
 */
import type { RolePageRecord, SiteModel } from '@/lib/model/site-model';
import { formatCount, pluralize } from '@/lib/format';
import { FEATURED_ROLE_ID } from '@/lib/listing/featured';
import { pagePath } from '@/lib/site/urls';
import { SEARCH_INDEX_FORMAT, type SearchEntry, type SearchIndex } from '@/lib/search/index-format';

/** How many of the most-listed skills and the employers with most jobs the empty search box suggests. */
const SUGGESTED_SKILLS = 4;
const SUGGESTED_EMPLOYERS = 2;

/**
 * Alternative titles of a role: O*NET's, on the occupation's own entry only (a hand-made role that
 * maps to the occupation is found by its own title), searched like titles. The role's own title
 * and repeats are left out.
 */
function alternativeTitles(role: RolePageRecord): string[] {
  const titles = role.kind === 'occupation' ? role.official.alternativeTitles.map((t) => t.title) : [];
  const own = role.title.toLowerCase();
  return [...new Set(titles.map((t) => t.trim()).filter((t) => t && t.toLowerCase() !== own))];
}

/** The role's tie-break weight (index-schema.ts): from its occupation's own national employment. */
function employmentWeight(role: RolePageRecord): number | undefined {
  if (role.kind !== 'occupation' || role.official.oews?.matchedBy !== 'soc-code') return undefined;
  const employment = role.official.oews.national?.employment;
  return typeof employment === 'number' && employment >= 1 ? Math.round(10 * Math.log10(employment)) : undefined;
}

function roleDetail(role: RolePageRecord): string {
  if (role.kind === 'occupation') return 'Role';
  const skills = role.skills.length + role.softSkills.length;
  const parts = ['Role'];
  if (skills > 0) parts.push(pluralize(skills, 'skill'));
  if (role.employers.length > 0) parts.push(pluralize(role.employers.length, 'employer'));
  return parts.join(' · ');
}

export function buildSearchIndex(model: SiteModel): SearchIndex {
  const entries: SearchEntry[] = [];

  for (const role of [...model.roles, ...model.occupations]) {
    const aliases = alternativeTitles(role);
    const weight = employmentWeight(role);
    entries.push({
      kind: 'role',
      title: role.title,
      path: pagePath('roles', role.id),
      detail: roleDetail(role),
      ...(aliases.length > 0 && { aliases }),
      ...(weight !== undefined && { weight }),
    });
  }

  for (const skill of model.skills) {
    const [only] = skill.roles;
    const detail =
      skill.roles.length === 1 && only
        ? `Skill · listed for ${only.title}`
        : skill.roles.length > 1
          ? `Skill · listed for ${pluralize(skill.roles.length, 'role')}`
          : `Skill · named in ${pluralize(skill.comparisons.length, 'comparison')}`;
    entries.push({ kind: 'skill', title: skill.name, path: pagePath('skills', skill.slug), detail });
  }

  for (const employer of model.employers) {
    entries.push({
      kind: 'employer',
      title: employer.name,
      path: pagePath('employers', employer.slug),
      detail: `Employer · ${pluralize(employer.totalOpenJobs, 'open job')} · hiring for ${pluralize(employer.roles.length, 'role')}`,
    });
  }

  for (const industry of model.catalogue.industries) {
    const paying = model.roles
      .flatMap((role) =>
        role.salaries.filter((s) => s.industry === industry).map((s) => ({ role, salary: s.avgSalaryUsd })),
      )
      .sort((a, b) => b.salary - a.salary);
    const [top] = paying;
    if (!top) continue;
    const detail =
      paying.length === 1
        ? `Industry · average salary for ${top.role.title}`
        : `Industry · salaries for ${formatCount(paying.length)} roles; highest for ${top.role.title}`;
    entries.push({ kind: 'industry', title: industry, path: pagePath('roles', top.role.id), detail });
  }

  return { format: SEARCH_INDEX_FORMAT, entries, suggestions: suggestions(model, entries) };
}

/** The featured role, the most-listed skills and the employers with most open jobs, as entry positions. */
function suggestions(model: SiteModel, entries: readonly SearchEntry[]): number[] {
  const at = (kind: SearchEntry['kind'], path: string) => entries.findIndex((e) => e.kind === kind && e.path === path);
  const featured = model.roles.find((r) => r.id === FEATURED_ROLE_ID) ?? model.roles[0];
  const skills = model.catalogue.skills
    .filter((s) => s.maxSharePct !== undefined)
    .sort((a, b) => b.maxSharePct! - a.maxSharePct! || a.name.localeCompare(b.name, 'en'))
    .slice(0, SUGGESTED_SKILLS);
  const employers = [...model.catalogue.employers]
    .sort((a, b) => b.totalOpenJobs - a.totalOpenJobs || a.name.localeCompare(b.name, 'en'))
    .slice(0, SUGGESTED_EMPLOYERS);
  return [
    ...(featured ? [at('role', pagePath('roles', featured.id))] : []),
    ...skills.map((s) => at('skill', pagePath('skills', s.slug))),
    ...employers.map((e) => at('employer', pagePath('employers', e.slug))),
  ].filter((i) => i >= 0);
}

/** The index as the file the site serves: compact JSON, one line. */
export function serializeSearchIndex(index: SearchIndex): string {
  return `${JSON.stringify(index)}\n`;
}
