/**
 * The charts of an official comparison page (two related O*NET occupations, /compare/<a>-vs-<b>/):
 * BLS mean wage by sector for both, O*NET education for both, and the skills whose O*NET importance
 * differs most. Pure: a chart whose data the pair lacks is not produced. Each chart cites its own
 * source (BLS or O*NET) and holds only what it shows (the ten most distinctive skills, not all 35).
 */
import type { ChartData, ChartRow } from '@/lib/charts/chart-data';
import {
  distinctiveImportance,
  distinctiveImportanceSentence,
  educationComparisonSentence,
  educationRows,
  sectorComparisonSentence,
  sectorGroup,
  type SectorGroup,
} from '@/lib/compare/occupation-figures';
import type { OccupationRecord, Source } from '@/lib/model/site-model';
import type { OfficialComparison } from '@/lib/compare/occupation-pairs';
import { flagWords, formatWage } from '@/lib/occupation/words';
import { surveyDate, topCodeOf } from '@/lib/occupation/charts';

/** Chart ids on an official comparison page; also the names of their download files. */
export const OFFICIAL_COMPARISON_CHART_IDS = {
  sectors: 'mean-wage-by-sector',
  education: 'education-required',
  skills: 'distinctive-skills-by-importance',
} as const;

/** How many skills set each side apart at most (so at most twice this many rows). */
export const DISTINCTIVE_PER_SIDE = 5;

/** What an official comparison page is built from: the pair and both occupations' records. */
export interface OfficialComparisonInput {
  comparison: OfficialComparison;
  /** The record of `comparison.role`. */
  role: OccupationRecord;
  /** The record of `comparison.other`. */
  other: OccupationRecord;
}

const sides = ({ comparison, role, other }: OfficialComparisonInput) =>
  [
    { title: comparison.role.title, official: role.official },
    { title: comparison.other.title, official: other.official },
  ] as const;

/**
 * Both occupations' sector groups when they can share one wage axis: both have sector figures, in
 * the same unit, and they are not the same SOC figures. Else undefined.
 */
export function comparableSectorGroups(input: OfficialComparisonInput): [SectorGroup, SectorGroup] | undefined {
  const [a, b] = sides(input).map((s) => sectorGroup(s, s.official));
  if (!a || !b || a.unit !== b.unit) return undefined;
  const soc = (r: OccupationRecord) => r.official.oews?.bySector[0]?.socCode;
  if (soc(input.role) === soc(input.other)) return undefined;
  return [a, b];
}

/** BLS mean wage by NAICS sector for both occupations on one axis, grouped by occupation. */
export function sectorComparisonChart(input: OfficialComparisonInput): ChartData | undefined {
  const groups = comparableSectorGroups(input);
  const summary = groups && sectorComparisonSentence(groups);
  if (!groups || summary === undefined) return undefined;
  const [a, b] = groups;
  const unit = a.unit;
  const sourceIds = [...new Set([...a.sourceIds, ...b.sourceIds])].sort();
  return {
    id: OFFICIAL_COMPARISON_CHART_IDS.sectors,
    title: `Mean ${unit === 'annual' ? 'annual' : 'hourly'} wage by industry sector: ${a.title} and ${b.title} (BLS, ${surveyDate(input.role.sources, sourceIds[0]!)})`,
    summary,
    sourceIds,
    columns: [
      { key: 'occupation', label: 'Occupation', kind: 'text' },
      { key: 'sector', label: 'Industry sector (NAICS)', kind: 'text' },
      {
        key: 'wage',
        label: `Mean wage (USD ${unit === 'annual' ? 'a year' : 'an hour'})`,
        kind: unit === 'annual' ? 'usd' : 'usd-hourly',
      },
      { key: 'highest', label: 'Highest-paying sector for the occupation', kind: 'text' },
    ],
    rows: groups.flatMap((g) => [
      ...g.ranked.map((r): ChartRow => ({
        occupation: g.title,
        sector: r.industry,
        wage: r.mean,
        highest: g.ranked.length > 1 && g.highest.some((h) => h.industry === r.industry) ? 'yes' : 'no',
      })),
      ...g.withheld.map((w): ChartRow => ({
        occupation: g.title,
        sector: w.industry,
        wage: flagWords(w.flag, formatWage(unit), topCodeOf(input.role.sources, sourceIds[0]!, unit)),
        highest: 'no',
      })),
    ]),
    chart: {
      kind: 'grouped-bar',
      groupKey: 'occupation',
      labelKey: 'sector',
      valueKey: 'wage',
      highlightKey: 'highest',
      highlightNote: 'highest',
    },
  };
}

/** O*NET's education distributions of both occupations, grouped by occupation, on one 0–100 axis. */
export function educationComparisonChart(input: OfficialComparisonInput): ChartData | undefined {
  const [a, b] = sides(input);
  // Levels neither occupation's respondents name carry no difference: left out of the chart.
  const rows = educationRows(a.official.education, b.official.education).filter((r) => r.rolePct > 0 || r.otherPct > 0);
  const summary = educationComparisonSentence(a, b, rows);
  if (rows.length === 0 || summary === undefined) return undefined;
  const levels = new Set(rows.map((r) => r.category));
  const cautious = (official: typeof a.official) =>
    new Set(official.education.filter((e) => e.suppressRecommended && levels.has(e.category)).map((e) => e.category));
  const [cautionA, cautionB] = [cautious(a.official), cautious(b.official)];
  const caution = cautionA.size + cautionB.size > 0;
  return {
    id: OFFICIAL_COMPARISON_CHART_IDS.education,
    title: `Education required: percent of O*NET respondents naming each level, ${a.title} and ${b.title}`,
    summary,
    sourceIds: [...new Set([a.official.onetSourceId, b.official.onetSourceId])].sort(),
    columns: [
      { key: 'occupation', label: 'Occupation', kind: 'text' },
      { key: 'level', label: 'Required level of education', kind: 'text' },
      { key: 'sharePct', label: 'Respondents naming it (%)', kind: 'percent' },
      ...(caution ? [{ key: 'caution', label: 'O*NET advises caution (low precision)', kind: 'text' as const }] : []),
    ],
    rows: [
      ...rows.map((r): ChartRow => ({
        occupation: a.title,
        level: r.label,
        sharePct: r.rolePct,
        ...(caution && { caution: cautionA.has(r.category) ? 'yes' : 'no' }),
      })),
      ...rows.map((r): ChartRow => ({
        occupation: b.title,
        level: r.label,
        sharePct: r.otherPct,
        ...(caution && { caution: cautionB.has(r.category) ? 'yes' : 'no' }),
      })),
    ],
    chart: { kind: 'grouped-bar', groupKey: 'occupation', labelKey: 'level', valueKey: 'sharePct' },
  };
}

/** The skills whose O*NET importance differs most between the two, either way, in importance points. */
export function distinctiveImportanceChart(input: OfficialComparisonInput): ChartData | undefined {
  const [a, b] = sides(input);
  const gaps = distinctiveImportance(a.official.skills, b.official.skills, DISTINCTIVE_PER_SIDE);
  const summary = distinctiveImportanceSentence(a, b, gaps);
  const rows = [...gaps.role, ...gaps.other];
  if (rows.length === 0 || summary === undefined) return undefined;
  const caution = rows.some((r) => r.caution);
  return {
    id: OFFICIAL_COMPARISON_CHART_IDS.skills,
    title: `Skills O*NET rates most differently for ${a.title} and ${b.title}, in importance points (0–100 scale)`,
    summary,
    sourceIds: [...new Set([a.official.onetSourceId, b.official.onetSourceId])].sort(),
    columns: [
      { key: 'skill', label: 'Skill', kind: 'text' },
      { key: 'roleImportance', label: `${a.title}: importance (O*NET, 0–100)`, kind: 'score' },
      { key: 'otherImportance', label: `${b.title}: importance (O*NET, 0–100)`, kind: 'score' },
      {
        key: 'gap',
        label: `Difference (${a.title} minus ${b.title}), O*NET importance points`,
        kind: 'score-diff',
      },
      ...(caution ? [{ key: 'caution', label: 'O*NET advises caution (low precision)', kind: 'text' as const }] : []),
    ],
    rows: rows.map((g): ChartRow => ({
      skill: g.name,
      roleImportance: g.roleImportance,
      otherImportance: g.otherImportance,
      gap: g.gap,
      ...(caution && { caution: g.caution ? 'yes' : 'no' }),
    })),
    chart: {
      kind: 'diverging',
      labelKey: 'skill',
      groups: [
        {
          valueKey: 'gap',
          label: `Rated more important for ${a.title} (+) or ${b.title} (−)`,
        },
      ],
    },
  };
}

/** Every chart of an official comparison page, in page order. */
export function officialComparisonCharts(input: OfficialComparisonInput): ChartData[] {
  return [sectorComparisonChart(input), educationComparisonChart(input), distinctiveImportanceChart(input)].filter(
    (chart): chart is ChartData => chart !== undefined,
  );
}

/** The sources an official comparison page may cite: both occupations'. */
export function officialComparisonSources({ role, other }: OfficialComparisonInput): Record<string, Source> {
  return { ...role.sources, ...other.sources };
}
