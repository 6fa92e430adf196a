/**
 * The comparison tool's view as chart data: the same ChartData the static pages draw, so the
 * tool's charts, tables and summaries take the same path (layouts, marks, table) as the pages'.
 * Pure. The matrices stay tables (a skill per row, a role per column) with bars on one scale.
 */
import type { ChartData, ChartRow } from '@/lib/charts/chart-data';
import { salaryByIndustryChart } from '@/lib/compare/charts';
import { educationPanelSummary, officialLabel, officialWagesSummary } from '@/lib/compare/tool-summaries';
import type { PairEducation, ToolView } from '@/lib/compare/tool-view';
import { DEGREES } from '@/lib/role/education';
import { figureText, formatWage } from '@/lib/occupation/words';
import { midSentence } from '@/lib/text/sentences';
import type { Figure } from '@/lib/occupation/figures';
import { formatCount } from '@/lib/format';

export const TOOL_CHART_IDS = {
  salary: 'tool-salary-by-industry',
  education: 'tool-education',
  officialWages: 'tool-official-mean-wage',
} as const;

const ids = (sources: readonly { id: string }[]) => sources.map((s) => s.id);

export function toolSalaryChart(view: ToolView): ChartData | undefined {
  return salaryByIndustryChart(view.salaries, {
    id: TOOL_CHART_IDS.salary,
    title: 'Average salary by industry, compared within each industry',
    sourceIds: ids(view.sources),
  });
}

/** Education differences of every picked pair the data compares, one group per degree. */
export function toolEducationChart(view: ToolView): ChartData | undefined {
  const pairs = view.education;
  const [first] = pairs;
  const summary = educationPanelSummary(pairs);
  if (!first || summary === undefined) return undefined;
  // When every pair is seen from the same role, bars are named by the other role alone (the title
  // says against whom); otherwise each bar names its pair.
  const common = pairs.every((pair) => pair.role.id === first.role.id) ? first.role : undefined;
  const label = (pair: PairEducation) =>
    common ? pair.other.title : `${pair.other.title} vs. ${midSentence(pair.role.title)}`;
  return {
    id: TOOL_CHART_IDS.education,
    title: common
      ? `Education compared with ${midSentence(common.plural)}`
      : 'Education differences between the picked roles',
    summary,
    sourceIds: [...new Set(pairs.map((p) => p.sourceId))].sort(),
    columns: [
      { key: 'pair', label: common ? 'Role' : 'Pair (compared role vs. role)', kind: 'text' },
      ...DEGREES.map((d) => ({
        key: d.key,
        label: `${d.label}: difference in percentage points`,
        kind: 'pp' as const,
      })),
      { key: 'verdict', label: "Source's verdict on education level", kind: 'text' },
    ],
    rows: pairs.map((pair): ChartRow => ({
      pair: label(pair),
      mastersPpDiff: pair.mastersPpDiff ?? null,
      doctoralPpDiff: pair.doctoralPpDiff ?? null,
      verdict: pair.verdict ?? null,
    })),
    chart: { kind: 'diverging', labelKey: 'pair', groups: DEGREES.map((d) => ({ valueKey: d.key, label: d.label })) },
  };
}

/**
 * BLS mean wage across all industries: a survey of employers, a different measure from the resume
 * salaries, so it has its own chart and axis. Annual means are bars; an hourly-only or withheld
 * mean is written in words where its bar would be.
 */
export function toolOfficialWagesChart(view: ToolView): ChartData | undefined {
  const rows = view.officialWages;
  const summary = officialWagesSummary(rows);
  if (rows.length === 0 || summary === undefined) return undefined;
  const annual = (figure: Figure | undefined, unit: 'annual' | 'hourly') => {
    if (figure === undefined) return 'not published';
    if (typeof figure !== 'number') return figureText(figure, formatWage(unit));
    return unit === 'annual'
      ? figure
      : `${formatWage(unit)(figure)} an hour: BLS gives hourly wages only, so no bar on this annual axis`;
  };
  const cited = new Set(rows.map((r) => r.figures.sourceId));
  return {
    id: TOOL_CHART_IDS.officialWages,
    title: 'Mean wage across all industries (BLS survey)',
    summary,
    sourceIds: ids(view.officialSources.filter((s) => cited.has(s.id))),
    columns: [
      { key: 'role', label: 'Role', kind: 'text' },
      { key: 'mean', label: 'Mean wage (USD a year)', kind: 'usd' },
      { key: 'median', label: 'Median wage (USD a year)', kind: 'usd' },
      { key: 'employment', label: 'Employment', kind: 'count' },
      { key: 'soc', label: 'Whose figures (SOC)', kind: 'text' },
    ],
    rows: rows.map((row): ChartRow => ({
      role: officialLabel(row),
      mean: annual(row.figures.mean, row.figures.unit),
      median: annual(row.figures.median, row.figures.unit),
      employment:
        row.figures.employment === undefined
          ? null
          : typeof row.figures.employment === 'number'
            ? row.figures.employment
            : figureText(row.figures.employment, formatCount),
      soc: `${row.figures.socTitle} (${row.figures.socCode})`,
    })),
    chart: { kind: 'bar', labelKey: 'role', valueKey: 'mean' },
  };
}
