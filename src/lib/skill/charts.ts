/**
 * The chart of a skill page: the share of each role's resumes listing the skill. Roles that list
 * the skill without a known share are not drawn (they stay in the page's list), and a skill with
 * no known share at all gets no chart.
 */
import type { ChartData, ChartRow } from '@/lib/charts/chart-data';
import type { SkillRecord } from '@/lib/model/site-model';
import { leaders, midSentence, numberWord } from '@/lib/text/sentences';
import { formatList, formatPercent } from '@/lib/format';

export const SKILL_CHART_IDS = { shares: 'share-of-resumes-by-role' } as const;

type Listing = { plural: string; sharePct: number };

/** Roles with a known share, highest first (record order among equals). */
function withShares(skill: SkillRecord) {
  return skill.roles
    .filter((r): r is SkillRecord['roles'][number] & { sharePct: number } => r.sharePct !== undefined)
    .map((r, index) => ({ r, index }))
    .sort((a, b) => b.r.sharePct - a.r.sharePct || a.index - b.index)
    .map(({ r }) => r);
}

/**
 * "12% of global account managers list Global Account on their resume." With several roles:
 * "Of the three roles shown, market sales managers list CRM most often: on 9% of their resumes."
 */
export function skillSharesSummary(skillName: string, listings: readonly Listing[]): string | undefined {
  const [first] = listings;
  if (first === undefined) return undefined;
  if (listings.length === 1)
    return `${formatPercent(first.sharePct)} of ${midSentence(first.plural)} list ${skillName} on their resume.`;
  const best = leaders(listings, (l) => l.sharePct);
  const top = best[0]!.sharePct;
  return `Of the ${numberWord(listings.length)} roles shown, ${formatList(best.map((l) => midSentence(l.plural)))} list ${skillName} most often: on ${formatPercent(top)} of their resumes.`;
}

export function skillSharesChart(skill: SkillRecord): ChartData | undefined {
  const listed = withShares(skill);
  const summary = skillSharesSummary(skill.name, listed);
  if (summary === undefined) return undefined;
  return {
    id: SKILL_CHART_IDS.shares,
    title: `Share of resumes listing ${skill.name}, by role`,
    summary,
    sourceIds: [...new Set(listed.map((r) => r.sourceId))].sort(),
    columns: [
      { key: 'role', label: 'Role', kind: 'text' },
      { key: 'sharePct', label: 'Share of resumes (%)', kind: 'percent' },
    ],
    rows: listed.map((r): ChartRow => ({ role: r.title, sharePct: r.sharePct })),
    chart: { kind: 'bar', labelKey: 'role', valueKey: 'sharePct' },
  };
}

/** Every chart of a skill page (none when no share is known). */
export function skillCharts(skill: SkillRecord): ChartData[] {
  return [skillSharesChart(skill)].filter((c): c is ChartData => c !== undefined);
}
