/**
 * The charts of a comparison page (/compare/<role>-vs-<other>/), built from the comparison and both
 * role records. Pure: a chart whose data the pair lacks is not produced.
 */
import type { ChartData, ChartRow } from '@/lib/charts/chart-data';
import { recordComparisonOf } from '@/lib/compare/record-comparison';
import { distinctiveSummary } from '@/lib/compare/sentences';
import { distinctiveSkills, hasSkillShares } from '@/lib/compare/skills';
import { salarySummary } from '@/lib/compare/tool-summaries';
import { roleSalaryGroups, type RoleSalaries } from '@/lib/compare/tool-view';
import type { Comparison, RoleRecord, Source } from '@/lib/model/site-model';
import { DEGREES, educationSentence } from '@/lib/role/education';
import { midSentence } from '@/lib/text/sentences';
import { formatList } from '@/lib/format';

/** Chart ids on a comparison page; also the names of their download files. */
export const COMPARISON_CHART_IDS = {
  distinctive: 'distinctive-skills-by-share-of-resumes',
  salaries: 'salary-by-industry',
  education: 'education-difference',
} as const;

/** What a comparison page is built from. */
export interface ComparisonInput {
  comparison: Comparison;
  /** The comparison's first role (`comparison.role`). */
  role: RoleRecord;
  /** The role it is compared with (`comparison.other`). */
  other: RoleRecord;
}

const distinct = (ids: readonly string[]) => [...new Set(ids)].sort();

/** Skills both roles give shares for, with the largest percentage-point gaps either way. */
export function distinctiveSkillsChart({ role, other }: ComparisonInput): ChartData | undefined {
  if (!hasSkillShares(role.skills) || !hasSkillShares(other.skills)) return undefined;
  const gaps = distinctiveSkills(role.skills, other.skills);
  const summary = distinctiveSummary(role, other, gaps);
  const rows = [...gaps.role, ...gaps.other];
  if (rows.length === 0 || summary === undefined) return undefined;
  const cited = [...role.skills, ...other.skills].filter((s) => rows.some((r) => r.slug === s.slug));
  return {
    id: COMPARISON_CHART_IDS.distinctive,
    title: `Skills that set ${midSentence(role.plural)} and ${midSentence(other.plural)} apart, by share of resumes`,
    summary,
    sourceIds: distinct(cited.map((s) => s.sourceId)),
    columns: [
      { key: 'skill', label: 'Skill', kind: 'text' },
      { key: 'roleSharePct', label: `${role.title}: share of resumes (%)`, kind: 'percent' },
      { key: 'otherSharePct', label: `${other.title}: share of resumes (%)`, kind: 'percent' },
      { key: 'gapPp', label: `Difference (${role.title} minus ${other.title}), percentage points`, kind: 'pp' },
    ],
    rows: rows.map((g): ChartRow => ({
      skill: g.name,
      roleSharePct: g.roleSharePct,
      otherSharePct: g.otherSharePct,
      gapPp: g.gapPp,
    })),
    chart: {
      kind: 'diverging',
      labelKey: 'skill',
      groups: [
        {
          valueKey: 'gapPp',
          label: `More common among ${midSentence(role.plural)} (+) or ${midSentence(other.plural)} (−)`,
        },
      ],
    },
  };
}

/** The salary groups the salary chart draws: each role with salary data, the page's first role first. */
export const comparisonSalaryGroups = ({ role, other }: ComparisonInput): RoleSalaries[] =>
  roleSalaryGroups([role, other]);

/**
 * Average salary of several roles, grouped by industry on one scale: salaries are compared only
 * within an industry (averages of different industries are not like for like), industries that
 * more roles have first. The summary names the industries only one role has a figure for.
 */
export function salaryByIndustryChart(
  groups: readonly RoleSalaries[],
  meta: { id: string; title: string; sourceIds: string[] },
): ChartData | undefined {
  const summary = salarySummary({ salaries: [...groups] });
  if (groups.length === 0 || summary === undefined) return undefined;
  const byIndustry = new Map<string, { group: RoleSalaries; usd: number }[]>();
  for (const group of groups)
    for (const s of group.salaries)
      byIndustry.set(s.industry, [...(byIndustry.get(s.industry) ?? []), { group, usd: s.avgSalaryUsd }]);
  const industries = [...byIndustry].sort(
    ([, a], [, b]) => b.length - a.length || Math.max(...b.map((x) => x.usd)) - Math.max(...a.map((x) => x.usd)),
  );
  const alone = industries.filter(([, entries]) => entries.length === 1).map(([industry]) => industry);
  const note =
    groups.length > 1 && alone.length > 0
      ? ` Only one of these roles has a salary on record for ${formatList(alone)}: compare salaries within an industry.`
      : '';
  return {
    id: meta.id,
    title: meta.title,
    summary: `${summary}${note}`,
    sourceIds: meta.sourceIds,
    columns: [
      { key: 'industry', label: 'Industry', kind: 'text' },
      { key: 'role', label: 'Role', kind: 'text' },
      { key: 'avgSalaryUsd', label: 'Average salary (USD a year)', kind: 'usd' },
      { key: 'highest', label: 'Highest-paying industry on record for the role', kind: 'text' },
    ],
    rows: industries.flatMap(([industry, entries]) =>
      [...entries]
        .sort((a, b) => b.usd - a.usd)
        .map(({ group, usd }): ChartRow => ({
          industry,
          role: group.title,
          avgSalaryUsd: usd,
          highest: group.highest.some((h) => h.industry === industry) ? 'yes' : 'no',
        })),
    ),
    chart: { kind: 'grouped-bar', groupKey: 'industry', labelKey: 'role', valueKey: 'avgSalaryUsd' },
  };
}

/** Salary by industry for both roles on one scale, grouped by industry. */
export function comparisonSalaryChart(input: ComparisonInput): ChartData | undefined {
  return salaryByIndustryChart(comparisonSalaryGroups(input), {
    id: COMPARISON_CHART_IDS.salaries,
    title: `Average salary by industry: ${midSentence(input.role.plural)} and ${midSentence(input.other.plural)}`,
    sourceIds: distinct([input.role, input.other].flatMap((r) => r.salaries.map((s) => s.sourceId))),
  });
}

/** The percentage-point differences in degrees, other role against the first, with the source's verdict. */
export function comparisonEducationChart({ comparison }: ComparisonInput): ChartData | undefined {
  const summary = educationSentence(comparison);
  if (summary === undefined) return undefined;
  return {
    id: COMPARISON_CHART_IDS.education,
    title: `Education of ${midSentence(comparison.other.plural)} compared with ${midSentence(comparison.role.plural)}`,
    summary,
    sourceIds: [comparison.sourceId],
    columns: [
      { key: 'role', label: 'Role', kind: 'text' },
      ...DEGREES.map((d) => ({
        key: d.key,
        label: `${d.label}: difference in percentage points`,
        kind: 'pp' as const,
      })),
      { key: 'verdict', label: "Source's verdict on education level", kind: 'text' },
    ],
    rows: [
      {
        role: comparison.other.title,
        mastersPpDiff: comparison.mastersPpDiff ?? null,
        doctoralPpDiff: comparison.doctoralPpDiff ?? null,
        verdict: comparison.educationVerdict ?? null,
      },
    ],
    chart: { kind: 'diverging', labelKey: 'role', groups: DEGREES.map((d) => ({ valueKey: d.key, label: d.label })) },
  };
}

/** Every chart a comparison page shows, in page order. */
export function comparisonCharts(input: ComparisonInput): ChartData[] {
  return [
    distinctiveSkillsChart(input),
    comparisonSalaryChart(input),
    comparisonEducationChart(input),
    recordComparisonOf(input.role, input.other)?.educationChart,
  ].filter((chart): chart is ChartData => chart !== undefined);
}

/** The sources a comparison page may cite: both roles' (which include the comparison's). */
export function comparisonSources({ role, other }: ComparisonInput): Record<string, Source> {
  return { ...role.sources, ...other.sources };
}
