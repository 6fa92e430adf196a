/**
 * The charts of a role page, built from its record. Pure: a chart whose data the role lacks is not
 * produced, so the page (and the downloads) simply have one chart fewer.
 */
import type { ChartData, ChartRow } from '@/lib/charts/chart-data';
import type { RoleRecord } from '@/lib/model/site-model';
import { DEGREES, educationSummary } from '@/lib/role/education';
import { employersChartSummary } from '@/lib/employer/words';
import { highestPaying, highestPayingSentence } from '@/lib/role/salary';
import { rankedSkills, skillsChartSummary } from '@/lib/skill/words';
import { midSentence } from '@/lib/text/sentences';

/** Chart ids on a role page; also the names of their download files. */
export const ROLE_CHART_IDS = {
  skills: 'skills-by-share-of-resumes',
  employers: 'top-employers-by-open-jobs',
  salaries: 'salary-by-industry',
  education: 'education-compared-with-related-roles',
} as const;

const distinct = (ids: readonly string[]) => [...new Set(ids)].sort();

export function skillsChart(role: RoleRecord): ChartData | undefined {
  const ranked = rankedSkills(role.skills);
  const summary = skillsChartSummary(role, role.skills);
  if (ranked.length === 0 || summary === undefined) return undefined;
  const listed = role.skills.filter((s) => s.sharePct !== undefined);
  return {
    id: ROLE_CHART_IDS.skills,
    title: `Share of ${midSentence(role.plural)} listing each skill on their resume`,
    summary,
    sourceIds: distinct(listed.map((s) => s.sourceId)),
    columns: [
      { key: 'skill', label: 'Skill', kind: 'text' },
      { key: 'sharePct', label: 'Share of resumes (%)', kind: 'percent' },
    ],
    rows: ranked.map((s): ChartRow => ({ skill: s.name, sharePct: s.sharePct })),
    chart: { kind: 'bar', labelKey: 'skill', valueKey: 'sharePct' },
  };
}

export function employersChart(role: RoleRecord): ChartData | undefined {
  const summary = employersChartSummary(role, role.employers);
  if (role.employers.length === 0 || summary === undefined) return undefined;
  return {
    id: ROLE_CHART_IDS.employers,
    title: `Open jobs for ${midSentence(role.plural)}, by employer`,
    summary,
    sourceIds: distinct(role.employers.map((e) => e.sourceId)),
    columns: [
      { key: 'employer', label: 'Employer', kind: 'text' },
      { key: 'openJobs', label: 'Open jobs', kind: 'count' },
    ],
    rows: [...role.employers]
      .sort((a, b) => b.openJobs - a.openJobs)
      .map((e): ChartRow => ({ employer: e.name, openJobs: e.openJobs })),
    chart: { kind: 'bar', labelKey: 'employer', valueKey: 'openJobs' },
  };
}

export function salaryChart(role: RoleRecord): ChartData | undefined {
  const summary = highestPayingSentence(role, role.salaries);
  if (role.salaries.length === 0 || summary === undefined) return undefined;
  const rows = [...role.salaries].sort((a, b) => b.avgSalaryUsd - a.avgSalaryUsd);
  const best = highestPaying(rows);
  // "Highest" means something only against another industry, and only when one industry leads.
  const highlight = rows.length > 1 && best.length === 1 ? rows.indexOf(best[0]!) : undefined;
  return {
    id: ROLE_CHART_IDS.salaries,
    title: `Average salary of ${midSentence(role.plural)}, by industry`,
    summary,
    sourceIds: distinct(rows.map((s) => s.sourceId)),
    columns: [
      { key: 'industry', label: 'Industry', kind: 'text' },
      { key: 'avgSalaryUsd', label: 'Average salary (USD a year)', kind: 'usd' },
    ],
    rows: rows.map((s): ChartRow => ({ industry: s.industry, avgSalaryUsd: s.avgSalaryUsd })),
    chart: {
      kind: 'bar',
      labelKey: 'industry',
      valueKey: 'avgSalaryUsd',
      ...(highlight !== undefined && { highlightRow: highlight, highlightNote: 'highest' }),
    },
  };
}

export function educationChart(role: RoleRecord): ChartData | undefined {
  const compared = role.comparisons.filter((c) => DEGREES.some((d) => c[d.key] !== undefined));
  const summary = educationSummary(role, compared);
  if (compared.length === 0 || summary === undefined) return undefined;
  return {
    id: ROLE_CHART_IDS.education,
    title: `Education of related roles compared with ${midSentence(role.plural)}`,
    summary,
    sourceIds: distinct(compared.map((c) => c.sourceId)),
    columns: [
      { key: 'role', label: 'Related role', kind: 'text' },
      ...DEGREES.map((d) => ({
        key: d.key,
        label: `${d.label} (difference, percentage points)`,
        kind: 'pp' as const,
      })),
    ],
    rows: compared.map((c): ChartRow => ({
      role: c.other.title,
      mastersPpDiff: c.mastersPpDiff ?? null,
      doctoralPpDiff: c.doctoralPpDiff ?? null,
    })),
    chart: { kind: 'diverging', labelKey: 'role', groups: DEGREES.map((d) => ({ valueKey: d.key, label: d.label })) },
  };
}

/** Every chart a role page shows, in page order; charts without data are left out. */
export function roleCharts(role: RoleRecord): ChartData[] {
  return [skillsChart(role), employersChart(role), salaryChart(role), educationChart(role)].filter(
    (chart): chart is ChartData => chart !== undefined,
  );
}
