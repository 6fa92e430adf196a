/** The chart of an employer page: its open jobs for each role it hires for. */
import type { ChartData, ChartRow } from '@/lib/charts/chart-data';
import type { EmployerRecord } from '@/lib/model/site-model';
import { leaders, midSentence, numberWord, possessive } from '@/lib/text/sentences';
import { formatCount, formatList } from '@/lib/format';

export const EMPLOYER_CHART_IDS = { jobs: 'open-jobs-by-role' } as const;

type Hiring = { plural: string; openJobs: number };

const jobs = (n: number) => `${formatCount(n)} open ${n === 1 ? 'job' : 'jobs'}`;

/**
 * "Iron Mountain has 93 open jobs for global account managers." With several roles: "Of Iron
 * Mountain's 120 open jobs across the two roles shown, the most are for global account managers: 93."
 */
export function employerJobsSummary(employerName: string, hiring: readonly Hiring[]): string | undefined {
  const [first] = hiring;
  if (first === undefined) return undefined;
  if (hiring.length === 1) return `${employerName} has ${jobs(first.openJobs)} for ${midSentence(first.plural)}.`;
  const total = hiring.reduce((sum, h) => sum + h.openJobs, 0);
  const best = leaders(hiring, (h) => h.openJobs);
  const most = best[0]!.openJobs;
  const whom = formatList(best.map((h) => midSentence(h.plural)));
  return `Of ${possessive(employerName)} ${jobs(total)} across the ${numberWord(hiring.length)} roles shown, the most are for ${whom}: ${formatCount(most)}${best.length > 1 ? ' each' : ''}.`;
}

export function employerJobsChart(employer: EmployerRecord): ChartData | undefined {
  const hiring = [...employer.roles].sort((a, b) => b.openJobs - a.openJobs);
  const summary = employerJobsSummary(employer.name, hiring);
  if (summary === undefined) return undefined;
  return {
    id: EMPLOYER_CHART_IDS.jobs,
    title: `Open jobs at ${employer.name}, by role`,
    summary,
    sourceIds: [...new Set(hiring.map((h) => h.sourceId))].sort(),
    columns: [
      { key: 'role', label: 'Role', kind: 'text' },
      { key: 'openJobs', label: 'Open jobs', kind: 'count' },
    ],
    rows: hiring.map((h): ChartRow => ({ role: h.title, openJobs: h.openJobs })),
    chart: { kind: 'bar', labelKey: 'role', valueKey: 'openJobs' },
  };
}

/** Every chart of an employer page. */
export function employerCharts(employer: EmployerRecord): ChartData[] {
  return [employerJobsChart(employer)].filter((c): c is ChartData => c !== undefined);
}
