/**
 * The charts of an occupation's official part (on its page and on a role naming it): BLS wages
 * (percentiles, by sector) and O*NET education and importance ratings, from its OfficialRecord. Pure: a chart whose data the
 * occupation lacks is not produced. Survey measures only; each chart has its own axis and unit and
 * cites its own source (BLS or O*NET), so no chart mixes them with resume figures.
 */
import type { ChartColumn, ChartData, ChartRow } from '@/lib/charts/chart-data';
import type { OccupationRecord, Source } from '@/lib/model/site-model';
import type { ImportanceRating, OfficialRecord } from '@/lib/occupation/figures';
import {
  figureCell,
  PERCENTILES,
  flagWords,
  formatWage,
  topCodedWage,
  educationSentence,
  importanceSentence,
  percentilesSentence,
  sectorSentence,
  sectorWages,
  shortEducationLabel,
  topRatings,
  wageUnit,
  type WageUnit,
} from '@/lib/occupation/words';
import { numberWord } from '@/lib/text/sentences';
import { formatDate, formatDecimal } from '@/lib/format';
import { INTEREST_LABELS, interestsSentence } from '@/lib/occupation/outlook';

/** Chart ids of the official part; also the names of their download files. */
export const OFFICIAL_CHART_IDS = {
  percentiles: 'official-wage-percentiles',
  sectors: 'official-mean-wage-by-sector',
  education: 'official-education-required',
  skills: 'official-skills-by-importance',
  knowledge: 'official-knowledge-by-importance',
  interests: 'official-interests',
  workStyles: 'official-work-styles',
} as const;

/** How many skills and knowledge areas the importance charts show (the JSON download has all). */
export const TOP_RATINGS = 10;

/** A survey's date as its source words it, e.g. "May 2024". */
export function surveyDate(sources: Record<string, Source>, sourceId: string): string {
  const source = sources[sourceId];
  if (!source) throw new Error(`Source "${sourceId}" is cited but missing from the page's record.`);
  return source.dateLabel ?? formatDate(source.date);
}

const wageColumn = (unit: WageUnit, label: string): ChartColumn => ({
  key: 'wage',
  label: `${label} (USD ${unit === 'annual' ? 'a year' : 'an hour'})`,
  kind: unit === 'annual' ? 'usd' : 'usd-hourly',
});

/** BLS's top-coded wage in a unit, from the note of the source the estimate cites. */
export const topCodeOf = (sources: Record<string, Source>, sourceId: string, unit: WageUnit): number | undefined =>
  topCodedWage(sources[sourceId]?.note, unit);

/** BLS wage percentiles, all industries: 10th to 90th, withheld ones in words. */
export function percentilesChart(official: OfficialRecord, sources: Record<string, Source>): ChartData | undefined {
  const national = official.oews?.national;
  if (!national) return undefined;
  const unit = wageUnit(national);
  const wages = national[unit];
  const topCode = topCodeOf(sources, national.sourceId, unit);
  const summary = percentilesSentence(wages, unit, topCode);
  const given = PERCENTILES.filter((p) => wages[p.key] !== undefined);
  if (summary === undefined || given.length === 0) return undefined;
  return {
    id: OFFICIAL_CHART_IDS.percentiles,
    title: `${unit === 'annual' ? 'Annual' : 'Hourly'} wages of ${national.socTitle} from low to high pay, all industries (BLS, ${surveyDate(sources, national.sourceId)})`,
    summary,
    sourceIds: [national.sourceId],
    columns: [{ key: 'percentile', label: 'Percentile', kind: 'text' }, wageColumn(unit, 'Wage')],
    rows: given.map((p): ChartRow => ({
      percentile: p.label,
      wage: figureCell(wages[p.key]!, formatWage(unit), topCode),
    })),
    // Percentiles are positions along one pay scale, not amounts to compare by length: dots.
    chart: { kind: 'dot', labelKey: 'percentile', valueKey: 'wage' },
  };
}

/** BLS mean wage by NAICS sector, highest first and highlighted; withheld sectors last, in words. */
export function sectorsChart(official: OfficialRecord, sources: Record<string, Source>): ChartData | undefined {
  const { unit, sectors, ranked, withheld } = sectorWages(official);
  const [first] = sectors;
  if (!first) return undefined;
  const summary = sectorSentence(sectors, unit);
  if (summary === undefined) return undefined;
  const top = ranked.filter((r) => r.mean === ranked[0]!.mean);
  const highlight = ranked.length > 1 && top.length === 1 ? 0 : undefined;
  return {
    id: OFFICIAL_CHART_IDS.sectors,
    title: `Mean ${unit === 'annual' ? 'annual' : 'hourly'} wage of ${first.socTitle}, by industry sector (BLS, ${surveyDate(sources, first.sourceId)})`,
    summary,
    sourceIds: [...new Set(sectors.map((s) => s.sourceId))].sort(),
    columns: [{ key: 'sector', label: 'Industry sector (NAICS)', kind: 'text' }, wageColumn(unit, 'Mean wage')],
    rows: [
      ...ranked.map((r): ChartRow => ({ sector: r.estimate.industry, wage: r.mean })),
      ...withheld.map((w): ChartRow => ({
        sector: w.estimate.industry,
        wage: flagWords(w.flag, formatWage(unit), topCodeOf(sources, w.estimate.sourceId, unit)),
      })),
    ],
    chart: {
      kind: 'bar',
      labelKey: 'sector',
      valueKey: 'wage',
      ...(highlight !== undefined && { highlightRow: highlight, highlightNote: 'highest' }),
    },
  };
}

/** O*NET's education distribution: percent of respondents naming each level as required, lowest level first. */
export function educationChart(official: OfficialRecord): ChartData | undefined {
  const summary = educationSentence(official.title, official.education);
  if (official.education.length === 0 || summary === undefined) return undefined;
  const caution = official.education.some((e) => e.suppressRecommended);
  return {
    id: OFFICIAL_CHART_IDS.education,
    title: `Education required for ${official.title}: percent of O*NET respondents naming each level`,
    summary,
    sourceIds: [official.onetSourceId],
    columns: [
      { key: 'level', label: 'Required level of education', kind: 'text' },
      { key: 'sharePct', label: 'Respondents naming it (%)', kind: 'percent' },
      ...(caution ? [{ key: 'caution', label: 'O*NET advises caution (low precision)', kind: 'text' as const }] : []),
    ],
    rows: official.education.map((e): ChartRow => ({
      level: shortEducationLabel(e.label),
      sharePct: e.sharePct,
      ...(caution && { caution: e.suppressRecommended ? 'yes' : 'no' }),
    })),
    chart: { kind: 'bar', labelKey: 'level', valueKey: 'sharePct' },
  };
}

function importanceChart(
  official: OfficialRecord,
  ratings: readonly ImportanceRating[],
  id: string,
  noun: { one: string; many: string; column: string },
): ChartData | undefined {
  const shown = topRatings(ratings, TOP_RATINGS);
  const summary = importanceSentence(official.title, ratings, noun);
  if (shown.length === 0 || summary === undefined) return undefined;
  const caution = shown.some((r) => r.suppressRecommended);
  return {
    id,
    title: `The ${shown.length === 1 ? noun.one : `${numberWord(shown.length)} ${noun.many}`} O*NET rates most important for ${official.title} (importance, 0–100)`,
    summary,
    sourceIds: [official.onetSourceId],
    columns: [
      { key: 'name', label: noun.column, kind: 'text' },
      { key: 'importance', label: 'Importance (O*NET, 0–100)', kind: 'score' },
      ...(caution ? [{ key: 'caution', label: 'O*NET advises caution (low precision)', kind: 'text' as const }] : []),
    ],
    rows: shown.map((r): ChartRow => ({
      name: r.name,
      importance: r.importance,
      ...(caution && { caution: r.suppressRecommended ? 'yes' : 'no' }),
    })),
    chart: { kind: 'bar', labelKey: 'name', valueKey: 'importance' },
  };
}

export const skillsImportanceChart = (official: OfficialRecord) =>
  importanceChart(official, official.skills, OFFICIAL_CHART_IDS.skills, {
    one: 'skill',
    many: 'skills',
    column: 'Skill',
  });

export const knowledgeImportanceChart = (official: OfficialRecord) =>
  importanceChart(official, official.knowledge, OFFICIAL_CHART_IDS.knowledge, {
    one: 'knowledge area',
    many: 'knowledge areas',
    column: 'Knowledge area',
  });

/** O*NET's RIASEC profile: the six interest scores on O*NET's 1–7 scale, in O*NET's order. */
export function interestsChart(official: OfficialRecord): ChartData | undefined {
  const profile = official.interests;
  const summary = interestsSentence(official);
  if (!profile || summary === undefined) return undefined;
  const high = new Set(profile.highPoints);
  return {
    id: OFFICIAL_CHART_IDS.interests,
    title: `Interest profile of ${official.title}: O*NET's six RIASEC scores (1–7)`,
    summary,
    sourceIds: [profile.sourceId],
    columns: [
      { key: 'area', label: 'Interest area', kind: 'text' },
      { key: 'score', label: 'Score (O*NET, 1–7)', kind: 'score' },
      { key: 'highPoint', label: 'O*NET high point', kind: 'text' },
    ],
    rows: profile.scores.map((s): ChartRow => ({
      area: INTEREST_LABELS[s.area],
      score: s.score,
      highPoint: high.has(s.area) ? `yes (${ordinal(profile.highPoints.indexOf(s.area) + 1)})` : 'no',
    })),
    chart: { kind: 'bar', labelKey: 'area', valueKey: 'score' },
  };
}

const ordinal = (n: number) => ['first', 'second', 'third'][n - 1] ?? String(n);

/** O*NET's work styles by importance (0–100), highest first, with the number of respondents. */
export function workStylesChart(official: OfficialRecord): ChartData | undefined {
  const styles = official.workStyles;
  const [top] = styles;
  if (!top) return undefined;
  const withN = styles.some((s) => s.n !== undefined);
  const withCi = styles.some((s) => s.ciLower !== undefined && s.ciUpper !== undefined);
  return {
    id: OFFICIAL_CHART_IDS.workStyles,
    title: `Work styles O*NET rates for ${official.title} (importance, 0–100)`,
    summary: `O*NET rates ${top.name} the most important of ${numberWord(styles.length)} work styles for ${official.title}, at ${formatDecimal(top.importance)} out of 100.`,
    sourceIds: [official.onetSourceId],
    columns: [
      { key: 'name', label: 'Work style', kind: 'text' },
      { key: 'importance', label: 'Importance (O*NET, 0–100)', kind: 'score' },
      ...(withN ? [{ key: 'n', label: 'Respondents (n)', kind: 'count' as const }] : []),
      ...(withCi ? [{ key: 'ci', label: '95% interval of the 1–5 rating', kind: 'text' as const }] : []),
    ],
    rows: styles.map((s): ChartRow => ({
      name: s.name,
      importance: s.importance,
      ...(withN && { n: s.n ?? null }),
      ...(withCi && {
        ci:
          s.ciLower !== undefined && s.ciUpper !== undefined
            ? `${formatDecimal(s.ciLower)}–${formatDecimal(s.ciUpper)} (rating ${formatDecimal(s.imRating)})`
            : 'not given',
      }),
    })),
    chart: { kind: 'bar', labelKey: 'name', valueKey: 'importance' },
  };
}

/** Every chart of an occupation's official part, in page order. */
export function officialCharts(occupation: Pick<OccupationRecord, 'official' | 'sources'>): ChartData[] {
  const { official, sources } = occupation;
  return [
    percentilesChart(official, sources),
    sectorsChart(official, sources),
    educationChart(official),
    skillsImportanceChart(official),
    knowledgeImportanceChart(official),
    interestsChart(official),
    workStylesChart(official),
  ].filter((chart): chart is ChartData => chart !== undefined);
}
