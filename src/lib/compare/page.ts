/**
 * Everything a comparison page shows, from the comparison and both role records. Pure: the route
 * loads the records, the components draw this; a section without data is absent here.
 */
import {
  COMPARISON_CHART_IDS,
  comparisonCharts,
  comparisonSalaryGroups,
  comparisonSources,
  type ComparisonInput,
} from '@/lib/compare/charts';
import type { ChartData } from '@/lib/charts/chart-data';
import { recordComparisonOf, type RecordComparisonView } from '@/lib/compare/record-comparison';
import { missingSalaryNotes } from '@/lib/compare/sentences';
import { sharedSkills, type SharedSkill } from '@/lib/compare/skills';
import type { RoleSalaries } from '@/lib/compare/tool-view';
import type { RoleRef, SkillMention, Source } from '@/lib/model/site-model';
import { educationVerdictSentence } from '@/lib/role/education';

export interface ComparisonSide extends RoleRef {
  description?: string;
  /** Skills the source names as setting this side apart. */
  apart: SkillMention[];
}

export interface ComparisonPageView {
  id: string;
  title: string;
  /** The data's first role, then the role it is compared with. */
  sides: [ComparisonSide, ComparisonSide];
  /** Source of the comparison itself (skills apart, education). */
  sourceId: string;
  /** Skills both roles list; empty when none. */
  shared: SharedSkill[];
  distinctiveChart?: ChartData;
  salaryChart?: ChartData;
  salaryGroups: RoleSalaries[];
  /** "No salary data for …" for a role without salaries (shown only when the other has some). */
  salaryNotes: string[];
  educationChart?: ChartData;
  /** The source's verdict on education, attributed to it, in its words. */
  verdictSentence?: string;
  /** The pair compared on figures computed from raw records; absent without records for both. */
  records?: RecordComparisonView;
  /** Every source the page may cite. */
  sources: Record<string, Source>;
}

export function comparisonPageView(input: ComparisonInput): ComparisonPageView {
  const { comparison, role, other } = input;
  const charts = new Map(comparisonCharts(input).map((chart) => [chart.id, chart]));
  const side = (record: typeof role, apart: SkillMention[]): ComparisonSide => ({
    id: record.id,
    title: record.title,
    plural: record.plural,
    ...(record.description && { description: record.description }),
    apart,
  });
  const verdictSentence = educationVerdictSentence(comparison);
  const salaryChart = charts.get(COMPARISON_CHART_IDS.salaries);
  const distinctiveChart = charts.get(COMPARISON_CHART_IDS.distinctive);
  const educationChart = charts.get(COMPARISON_CHART_IDS.education);
  const records = recordComparisonOf(role, other);
  return {
    id: comparison.id,
    title: `${role.title} vs. ${other.title}`,
    sides: [side(role, comparison.roleSkills), side(other, comparison.otherSkills)],
    sourceId: comparison.sourceId,
    shared: sharedSkills([...role.skills, ...role.softSkills], [...other.skills, ...other.softSkills]),
    ...(distinctiveChart && { distinctiveChart }),
    ...(salaryChart && { salaryChart }),
    salaryGroups: comparisonSalaryGroups(input),
    salaryNotes: salaryChart ? missingSalaryNotes([role, other]) : [],
    ...(educationChart && { educationChart }),
    ...(verdictSentence && { verdictSentence }),
    ...(records && { records }),
    sources: comparisonSources(input),
  };
}
