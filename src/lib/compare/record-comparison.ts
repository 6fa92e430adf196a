/**
 * The comparison of two roles computed from raw records (`npm run aggregate`), for their comparison
 * page: education shares side by side with the difference in percentage points, and the skills the
 * weighted log-odds ratio finds distinctive of each side. Absent unless both roles are published
 * from the same records (the first role's `records.comparisons` then holds the pair).
 */
import type { ChartData, ChartRow } from '@/lib/charts/chart-data';
import type { RecordComparison } from '@/lib/model/record-figures';
import type { RoleRecord } from '@/lib/model/site-model';
import { distinctiveSkillsList } from '@/lib/role/record-sentences';
import { midSentence } from '@/lib/text/sentences';
import { formatDecimal, formatPercent } from '@/lib/format';

export const RECORD_COMPARISON_CHART_ID = 'records-education-difference';

export interface RecordComparisonView {
  sourceId: string;
  comparison: RecordComparison;
  /** Absent when no education level has figures on both sides. */
  educationChart?: ChartData;
  /** The skills more typical of each role (sides without any left out), as a list with both shares. */
  distinctive: { title: string; skills: string }[];
}

/** The computed comparison of `role` with `other`, seen from `role`; undefined when the records hold none. */
export function recordComparisonOf(role: RoleRecord, other: RoleRecord): RecordComparisonView | undefined {
  const comparison = role.records?.comparisons.find((c) => c.otherId === other.id);
  if (!role.records || !comparison) return undefined;
  if (comparison.education.length === 0 && comparison.roleSkills.length + comparison.otherSkills.length === 0)
    return undefined;
  const educationChart = recordEducationDifferenceChart(role, other, comparison, role.records.sourceId);
  const distinctive = [
    {
      title: role.title,
      list: comparison.roleSkills.map((s) => ({ name: s.name, own: s.sharePct, other: s.otherSharePct })),
    },
    {
      title: other.title,
      list: comparison.otherSkills.map((s) => ({ name: s.name, own: s.otherSharePct, other: s.sharePct })),
    },
  ]
    .filter((side) => side.list.length > 0)
    .map((side) => ({ title: side.title, skills: distinctiveSkillsList(side.list) }));
  return { sourceId: role.records.sourceId, comparison, ...(educationChart && { educationChart }), distinctive };
}

function recordEducationDifferenceChart(
  role: RoleRecord,
  other: RoleRecord,
  comparison: RecordComparison,
  sourceId: string,
): ChartData | undefined {
  if (comparison.education.length === 0) return undefined;
  const largest = [...comparison.education].sort(
    (a, b) => Math.abs(b.ppDiff) - Math.abs(a.ppDiff) || a.label.localeCompare(b.label, 'en'),
  )[0]!;
  const gap = formatDecimal(Math.abs(largest.ppDiff));
  const summary =
    largest.ppDiff === 0
      ? `Both roles list each level of education equally often: ${formatPercent(largest.sharePct)} for ${largest.label}.`
      : `The largest difference is in ${largest.label}: ${formatPercent(largest.otherSharePct)} for ` +
        `${midSentence(other.plural)} against ${formatPercent(largest.sharePct)} for ${midSentence(role.plural)}, ` +
        `${gap} percentage points ${largest.ppDiff > 0 ? 'more' : 'fewer'}.`;
  return {
    id: RECORD_COMPARISON_CHART_ID,
    title: `Education of ${midSentence(other.plural)} compared with ${midSentence(role.plural)}, computed from records`,
    summary,
    sourceIds: [sourceId],
    columns: [
      { key: 'level', label: 'Education', kind: 'text' },
      { key: 'roleShare', label: `${role.title}: share of resumes (%)`, kind: 'percent' },
      { key: 'otherShare', label: `${other.title}: share of resumes (%)`, kind: 'percent' },
      { key: 'ppDiff', label: 'Difference (percentage points)', kind: 'pp' },
    ],
    rows: comparison.education.map((e): ChartRow => ({
      level: e.label,
      roleShare: e.sharePct,
      otherShare: e.otherSharePct,
      ppDiff: e.ppDiff,
    })),
    chart: { kind: 'diverging', labelKey: 'level', groups: [{ valueKey: 'ppDiff', label: 'Difference' }] },
  };
}
