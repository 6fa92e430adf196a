/**
 * The charts of figures computed from raw records (a role's `records`). Each share carries its n and its 95 %
 * interval (row fields `n`, `low`, `high`; the data table shows them); a suppressed figure is the words
 * "fewer than N records" in place of its number, which the bar chart writes in place of the bar.
 */
import type { ChartData, ChartRow } from '@/lib/charts/chart-data';
import type { RolePageRecord } from '@/lib/model/site-model';
import type { RecordFigures } from '@/lib/model/record-figures';
import { midSentence } from '@/lib/text/sentences';
import { formatCount, formatPercent, formatPointsDiff, formatUsd } from '@/lib/format';
import { EDUCATION_LABELS } from '@/lib/records/contract';

/** What the charts read of a page's record, of either kind. */
type Page = Pick<RolePageRecord, 'plural' | 'records'>;

export const RECORD_CHART_IDS = {
  skills: 'records-skills-by-share',
  salaries: 'records-salary-by-industry',
  education: 'records-education',
  educationCompared: 'records-education-compared',
} as const;

/** The levels the comparison chart draws (the lower three are rare on these roles' resumes). */
const COMPARED_LEVELS = ['bachelor', 'master', 'doctoral'] as const;

/** "fewer than 30 records": how a suppressed figure reads. */
export const suppressedWords = (records: Pick<RecordFigures, 'minRecords'>): string =>
  `fewer than ${formatCount(records.minRecords)} records`;

/** "95% interval 35.2%–64.8%". */
export const intervalWords = (low: number, high: number): string =>
  `95% interval ${formatPercent(low)}–${formatPercent(high)}`;

const INTERVAL_COLUMNS = [
  { key: 'low', label: '95% interval, low (%)', kind: 'percent' },
  { key: 'high', label: '95% interval, high (%)', kind: 'percent' },
  { key: 'n', label: 'Records (n)', kind: 'count' },
] as const;

export function recordSkillsChart(role: Page): ChartData | undefined {
  const records = role.records;
  if (!records || records.suppressed || records.skills.length === 0) return undefined;
  const top = records.skills[0]!;
  return {
    id: RECORD_CHART_IDS.skills,
    title: `Share of ${midSentence(role.plural)}' resumes listing each skill (computed from records)`,
    summary:
      `${top.name} is the skill listed most often: on ${formatPercent(top.sharePct)} of ${formatCount(top.records)} ` +
      `resumes (${intervalWords(top.lowPct, top.highPct)}).`,
    sourceIds: [records.sourceId],
    columns: [
      { key: 'skill', label: 'Skill', kind: 'text' },
      { key: 'sharePct', label: 'Share of resumes (%)', kind: 'percent' },
      ...INTERVAL_COLUMNS,
    ],
    rows: records.skills.map((s): ChartRow => ({
      skill: s.name,
      sharePct: s.sharePct,
      low: s.lowPct,
      high: s.highPct,
      n: s.records,
    })),
    chart: { kind: 'bar', labelKey: 'skill', valueKey: 'sharePct', lowKey: 'low', highKey: 'high', nKey: 'n' },
  };
}

export function recordSalaryChart(role: Page): ChartData | undefined {
  const records = role.records;
  if (!records || records.suppressed || records.salaries.length === 0) return undefined;
  const shown = records.salaries.filter((s) => !s.suppressed && s.medianUsd !== undefined);
  const rows = [...records.salaries].sort(
    (a, b) => (b.medianUsd ?? -1) - (a.medianUsd ?? -1) || a.industry.localeCompare(b.industry, 'en'),
  );
  const best = shown.length > 0 ? rows[0]! : undefined;
  const withheld = records.salaries.length - shown.length;
  const summary = [
    best &&
      `${best.industry} pays the highest median salary, ${formatUsd(best.medianUsd!)} a year ` +
        `(middle half ${formatUsd(best.p25Usd!)}–${formatUsd(best.p75Usd!)}, from ${formatCount(best.records)} records).`,
    withheld > 0 &&
      `${formatCount(withheld)} ${withheld === 1 ? 'industry has' : 'industries have'} ${suppressedWords(records)}, so no figure is published.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    id: RECORD_CHART_IDS.salaries,
    title: `Median salary of ${midSentence(role.plural)}, by industry (computed from records)`,
    summary,
    sourceIds: [records.sourceId],
    columns: [
      { key: 'industry', label: 'Industry', kind: 'text' },
      { key: 'medianUsd', label: 'Median salary (USD a year)', kind: 'usd' },
      { key: 'p25Usd', label: 'First quartile (USD)', kind: 'usd' },
      { key: 'p75Usd', label: 'Third quartile (USD)', kind: 'usd' },
      { key: 'meanUsd', label: 'Mean (USD)', kind: 'usd' },
      { key: 'n', label: 'Records (n)', kind: 'count' },
    ],
    // A suppressed industry shows no figure at all, its count included: each cell says why.
    rows: rows.map((s): ChartRow => {
      const withheld = s.suppressed ? suppressedWords(records) : null;
      return {
        industry: s.industry,
        medianUsd: withheld ?? s.medianUsd ?? null,
        p25Usd: withheld ?? s.p25Usd ?? null,
        p75Usd: withheld ?? s.p75Usd ?? null,
        meanUsd: withheld ?? s.meanUsd ?? null,
        n: withheld ?? s.records,
      };
    }),
    chart: { kind: 'bar', labelKey: 'industry', valueKey: 'medianUsd' },
  };
}

export function recordEducationChart(role: Page): ChartData | undefined {
  const records = role.records;
  if (!records || records.suppressed || records.education.length === 0) return undefined;
  const stated = records.education[0]!.records;
  const suppressed = records.education.some((e) => e.suppressed);
  const top = [...records.education].sort((a, b) => (b.sharePct ?? -1) - (a.sharePct ?? -1))[0]!;
  return {
    id: RECORD_CHART_IDS.education,
    title: `Highest education of ${midSentence(role.plural)} (computed from records)`,
    summary: suppressed
      ? `${formatCount(stated)} records state an education level: ${suppressedWords(records)}, so no share is published.`
      : `${top.label} is the most common highest level: ${formatPercent(top.sharePct!)} of the ${formatCount(stated)} ` +
        `records that state one (${intervalWords(top.lowPct!, top.highPct!)}).`,
    sourceIds: [records.sourceId],
    columns: [
      { key: 'level', label: 'Highest education', kind: 'text' },
      { key: 'sharePct', label: 'Share of records (%)', kind: 'percent' },
      ...INTERVAL_COLUMNS,
    ],
    rows: records.education.map((e): ChartRow => ({
      level: e.label,
      sharePct: e.suppressed ? suppressedWords(records) : (e.sharePct ?? null),
      low: e.suppressed ? suppressedWords(records) : (e.lowPct ?? null),
      high: e.suppressed ? suppressedWords(records) : (e.highPct ?? null),
      n: e.suppressed ? suppressedWords(records) : e.records,
    })),
    chart: { kind: 'bar', labelKey: 'level', valueKey: 'sharePct', lowKey: 'low', highKey: 'high', nKey: 'n' },
  };
}

export function recordEducationComparedChart(role: Page): ChartData | undefined {
  const compared = role.records?.comparisons.filter((c) => c.education.length > 0) ?? [];
  if (!role.records || compared.length === 0) return undefined;
  const at = (c: (typeof compared)[number], level: string) => c.education.find((e) => e.level === level);
  const master = compared
    .map((c) => ({ c, diff: at(c, 'master')?.ppDiff }))
    .filter((x): x is { c: (typeof compared)[number]; diff: number } => x.diff !== undefined)
    .sort((a, b) => b.diff - a.diff || a.c.otherTitle.localeCompare(b.c.otherTitle, 'en'))[0];
  const summary = master
    ? `${master.c.otherTitle} differs most in Master's degrees: ${formatPercent(at(master.c, 'master')!.otherSharePct)} ` +
      `against ${formatPercent(at(master.c, 'master')!.sharePct)} for ${midSentence(role.plural)} ` +
      `(${formatPointsDiff(master.diff)}).`
    : `Education of ${formatCount(compared.length)} related roles compared with ${midSentence(role.plural)}.`;
  return {
    id: RECORD_CHART_IDS.educationCompared,
    title: `Education of other roles compared with ${midSentence(role.plural)} (computed from records)`,
    summary,
    sourceIds: [role.records.sourceId],
    columns: [
      { key: 'role', label: 'Other role', kind: 'text' },
      ...COMPARED_LEVELS.map((level) => ({
        key: level,
        label: `${EDUCATION_LABELS[level]} (difference, percentage points)`,
        kind: 'pp' as const,
      })),
    ],
    rows: compared.map((c): ChartRow => ({
      role: c.otherTitle,
      ...Object.fromEntries(COMPARED_LEVELS.map((level) => [level, at(c, level)?.ppDiff ?? null])),
    })),
    chart: {
      kind: 'diverging',
      labelKey: 'role',
      groups: COMPARED_LEVELS.map((level) => ({ valueKey: level, label: EDUCATION_LABELS[level] })),
    },
  };
}

/** Every records chart of a role page, in page order; charts without data are left out. */
export function recordCharts(role: Page): ChartData[] {
  return [
    recordSkillsChart(role),
    recordSalaryChart(role),
    recordEducationChart(role),
    recordEducationComparedChart(role),
  ].filter((chart): chart is ChartData => chart !== undefined);
}
