/**
 * Sentences and orderings for the official part of a page (O*NET and BLS survey figures),
 * computed from an occupation's OfficialRecord. A BLS figure may be a flag instead of a number: it is
 * then written in words ("not available"), never as a number. Each sentence function returns
 * undefined when the data cannot support it, and the page leaves it out.
 */
import type {
  EducationShare,
  Figure,
  FigureFlag,
  ImportanceRating,
  OccupationTask,
  OewsEstimate,
  OfficialRecord,
  RelatedOccupation,
  Technology,
  WageFigures,
} from '@/lib/occupation/figures';
import { formatCount, formatDecimal, formatList, formatPercent, formatUsd, formatUsdHourly } from '@/lib/format';
import { leaders, midSentence, numberWord } from '@/lib/text/sentences';
import { matchKey } from '@/lib/text/slug';

/** Why BLS withholds a figure, in words a reader understands. */
export const FLAG_WORDS: Record<FigureFlag, string> = {
  not_available: 'not available',
  top_coded: 'at or above the top-coded wage',
  less_than_half_percent: 'less than 0.5%',
};

/**
 * BLS's top-coding threshold as its source states it: the OEWS source's note quotes BLS's footnote
 * "# = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year". Undefined
 * when the note does not say (the words then stand without the figure).
 */
export function topCodedWage(note: string | undefined, unit: 'annual' | 'hourly'): number | undefined {
  const match =
    /# = indicates a wage equal to or greater than \$([\d,]+(?:\.\d+)?) per hour or \$([\d,]+(?:\.\d+)?) per year/.exec(
      note ?? '',
    );
  if (!match) return undefined;
  const value = Number((unit === 'hourly' ? match[1]! : match[2]!).replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** A flag in words; a top-coded wage says its threshold when known: "at or above $239,200". */
export function flagWords(flag: FigureFlag, format?: (n: number) => string, topCode?: number): string {
  return flag === 'top_coded' && topCode !== undefined && format ? `at or above ${format(topCode)}` : FLAG_WORDS[flag];
}

/** A figure as text: the number formatted, or the reason BLS gives instead of one (with the top-code's figure). */
export function figureText(figure: Figure | undefined, format: (n: number) => string, topCode?: number): string {
  if (figure === undefined) return 'not published';
  return typeof figure === 'number' ? format(figure) : flagWords(figure, format, topCode);
}

/** A figure as a table or download cell: the number as it is, or the reason BLS gives instead of one. */
export const figureCell = (figure: Figure, format?: (n: number) => string, topCode?: number): number | string =>
  typeof figure === 'number' ? figure : flagWords(figure, format, topCode);

/** The wage unit BLS publishes for an estimate: annual unless it releases hourly wages only. */
export type WageUnit = 'annual' | 'hourly';

export function wageUnit(estimate: Pick<OewsEstimate, 'wagesReleased'>): WageUnit {
  return estimate.wagesReleased === 'hourly_only' ? 'hourly' : 'annual';
}

export const formatWage = (unit: WageUnit) => (unit === 'annual' ? formatUsd : formatUsdHourly);
const per = (unit: WageUnit) => (unit === 'annual' ? 'a year' : 'an hour');

/** The estimate whose SOC code and title say whose figures these are (national, else any sector). */
function anyEstimate(official: OfficialRecord): OewsEstimate | undefined {
  return official.oews?.national ?? official.oews?.bySector[0];
}

/**
 * Whose BLS figures these are, when they are not the occupation's own: undefined for an exact SOC
 * match, else e.g. "BLS does not publish figures for Chief Sustainability Officers on their own:
 * these are the figures of the SOC occupation that includes it, Chief Executives (SOC 11-1011)."
 */
export function blsCoverageSentence(official: OfficialRecord): string | undefined {
  const estimate = anyEstimate(official);
  if (!official.oews || !estimate) return undefined;
  const group = `${estimate.socTitle} (SOC ${estimate.socCode})`;
  switch (official.oews.matchedBy) {
    case 'soc-code':
      return undefined;
    case 'soc-parent':
      return `BLS does not publish figures for ${official.title} on their own: these are the figures of the SOC occupation that includes it, ${group}.`;
    case 'soc-broad-group':
      return `BLS publishes figures only for the broad group ${group}, which includes ${official.title}: these are the group's figures.`;
  }
}

/**
 * "BLS estimates 603,710 jobs for Sales Managers in the United States in May 2024, with a mean
 * wage of $160,930 a year and a median of $138,060." A withheld figure gets its own sentence in
 * words ("The 90th percentile…", "The median wage is at or above the top-coded wage."). `when` is
 * the survey's date as its source words it.
 */
export function nationalSentence(estimate: OewsEstimate, when: string): string | undefined {
  const unit = wageUnit(estimate);
  const { mean, median } = estimate[unit];
  const money = formatWage(unit);
  const pay: string[] = [];
  if (typeof mean === 'number') pay.push(`a mean wage of ${money(mean)} ${per(unit)}`);
  if (typeof median === 'number')
    pay.push(pay.length > 0 ? `a median of ${money(median)}` : `a median wage of ${money(median)} ${per(unit)}`);
  const withheld = [
    ['mean', mean],
    ['median', median],
  ].flatMap(([label, figure]) =>
    typeof figure === 'string' ? [`The ${label} wage is ${FLAG_WORDS[figure as FigureFlag]}.`] : [],
  );
  const jobs = estimate.employment;
  const where = `for ${estimate.socTitle} in the United States in ${when}`;
  let opening: string | undefined;
  if (typeof jobs === 'number')
    opening = `BLS estimates ${formatCount(jobs)} ${jobs === 1 ? 'job' : 'jobs'} ${where}${pay.length > 0 ? `, with ${formatList(pay)}` : ''}.`;
  else if (jobs !== undefined)
    opening = `BLS gives no employment figure ${where} (${FLAG_WORDS[jobs]})${pay.length > 0 ? `; it gives ${formatList(pay)}` : ''}.`;
  else if (pay.length > 0) opening = `BLS gives ${formatList(pay)} ${where}.`;
  else if (withheld.length > 0) opening = `BLS gives no employment figure ${where}.`;
  return opening === undefined ? undefined : [opening, ...withheld].join(' ');
}

/** Whether BLS gives any figure (or reason for its absence) for employment or wages in an estimate. */
export function hasNationalFigures(estimate: OewsEstimate): boolean {
  const wages = estimate[wageUnit(estimate)];
  return estimate.employment !== undefined || Object.values(wages).some((w) => w !== undefined);
}

export const PERCENTILES = [
  { key: 'p10', label: '10th percentile', ordinal: '10th' },
  { key: 'p25', label: '25th percentile', ordinal: '25th' },
  { key: 'median', label: 'Median (50th percentile)', ordinal: '50th' },
  { key: 'p75', label: '75th percentile', ordinal: '75th' },
  { key: 'p90', label: '90th percentile', ordinal: '90th' },
] as const satisfies readonly { key: keyof WageFigures; label: string; ordinal: string }[];

/**
 * "Wages run from $66,910 a year at the 10th percentile to $201,490 at the 75th; the 90th
 * percentile is at or above the top-coded wage."
 */
export function percentilesSentence(wages: WageFigures, unit: WageUnit, topCode?: number): string | undefined {
  const given = PERCENTILES.flatMap((p) => (wages[p.key] === undefined ? [] : [{ ...p, figure: wages[p.key]! }]));
  const numbers = given.filter((p): p is typeof p & { figure: number } => typeof p.figure === 'number');
  const flagged = given.filter((p) => typeof p.figure !== 'number');
  const money = formatWage(unit);
  const parts: string[] = [];
  const [low] = numbers;
  const high = numbers.at(-1);
  if (low && high && low !== high)
    parts.push(
      `Wages run from ${money(low.figure)} ${per(unit)} at the ${low.ordinal} percentile to ${money(high.figure)} at the ${high.ordinal}`,
    );
  else if (low) parts.push(`The ${low.ordinal} percentile wage is ${money(low.figure)} ${per(unit)}`);
  const byFlag = new Map<FigureFlag, string[]>();
  for (const p of flagged)
    byFlag.set(p.figure as FigureFlag, [...(byFlag.get(p.figure as FigureFlag) ?? []), p.ordinal]);
  for (const [flag, ordinals] of byFlag) {
    const many = ordinals.length > 1;
    const words = flagWords(flag, money, topCode);
    const said = flag === 'top_coded' && topCode !== undefined ? `${words} ${per(unit)} (BLS's top-coded wage)` : words;
    parts.push(`the ${formatList(ordinals)} ${many ? 'percentiles are' : 'percentile is'} ${said}`);
  }
  if (parts.length === 0) return undefined;
  const text = parts.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** Sector estimates with a published mean wage, highest first (code order among equals). */
export function sectorsByMeanWage(sectors: readonly OewsEstimate[], unit: WageUnit) {
  return sectors
    .flatMap((s) => {
      const mean = s[unit].mean;
      return typeof mean === 'number' ? [{ estimate: s, mean }] : [];
    })
    .sort((a, b) => b.mean - a.mean);
}

/** Sectors whose mean wage BLS withholds, with the reason. */
export function withheldSectors(sectors: readonly OewsEstimate[], unit: WageUnit) {
  return sectors.flatMap((s) => {
    const mean = s[unit].mean;
    return typeof mean === 'string' ? [{ estimate: s, flag: mean }] : [];
  });
}

/** The sector wages a page shows: in the national estimate's unit, published ones ranked, withheld ones with reasons. */
export function sectorWages(official: OfficialRecord) {
  const sectors = official.oews?.bySector ?? [];
  const reference = official.oews?.national ?? sectors[0];
  const unit = reference ? wageUnit(reference) : 'annual';
  return { unit, sectors, ranked: sectorsByMeanWage(sectors, unit), withheld: withheldSectors(sectors, unit) };
}

/**
 * "Of the 6 sectors with a published mean wage, Information pays Sales Managers the most: $191,240
 * a year on average." One sector alone is not called the highest.
 */
export function sectorSentence(sectors: readonly OewsEstimate[], unit: WageUnit): string | undefined {
  const ranked = sectorsByMeanWage(sectors, unit);
  const [first] = ranked;
  if (!first) return undefined;
  const who = first.estimate.socTitle;
  const money = `${formatWage(unit)(first.mean)} ${per(unit)}`;
  if (ranked.length === 1)
    return `${first.estimate.industry} is the only sector with a published mean wage for ${who}: ${money}.`;
  const best = leaders(ranked, (r) => r.mean);
  const names = formatList(best.map((r) => r.estimate.industry));
  return best.length === 1
    ? `Of the ${numberWord(ranked.length)} sectors with a published mean wage, ${names} pays ${who} the most: ${money} on average.`
    : `Of the ${numberWord(ranked.length)} sectors with a published mean wage, ${names} pay ${who} the most: ${money} each on average.`;
}

/** "The mean wage is not available for Agriculture, Forestry, Fishing and Hunting." */
export function withheldSectorsSentence(sectors: readonly OewsEstimate[], unit: WageUnit): string | undefined {
  const withheld = withheldSectors(sectors, unit);
  if (withheld.length === 0) return undefined;
  const byFlag = new Map<FigureFlag, string[]>();
  for (const w of withheld) byFlag.set(w.flag, [...(byFlag.get(w.flag) ?? []), w.estimate.industry]);
  const clauses = [...byFlag].map(([flag, names]) =>
    flag === 'not_available'
      ? `not available for ${formatList(names)}`
      : `${FLAG_WORDS[flag]} for ${formatList(names)}`,
  );
  return `BLS gives no figure for the mean wage in some sectors: it is ${formatList(clauses)}.`;
}

/**
 * A text without a parenthesis closing it: "Global Account Manager (GAM)" → "Global Account Manager".
 * Found by two scans, where a regex (/\s*\([^)]*\)\s*$/) would try every "(" and every
 * space against the rest of the text: quadratic on a long run of either.
 */
export function withoutClosingParenthesis(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return text;
  // The earliest "(" after the previous ")", as the regex would take it.
  const open = trimmed.indexOf('(', trimmed.lastIndexOf(')', trimmed.length - 2) + 1);
  if (open < 0) return text;
  return trimmed.slice(0, open).trimEnd();
}

/**
 * An O*NET education level short enough for a chart label: O*NET's own wording up to its
 * explanation ("Post-Secondary Certificate - awarded for…" → "Post-Secondary Certificate",
 * "Associate's Degree (or other 2-year degree)" → "Associate's Degree").
 */
export function shortEducationLabel(label: string): string {
  const short = withoutClosingParenthesis(label.split(' - ')[0]!).trim();
  return short === '' ? label : short;
}

/**
 * "Bachelor's Degree is the level respondents most often name as required for Sales Managers:
 * 65.2% of them." Levels level at the top are named together.
 */
export function educationSentence(title: string, education: readonly EducationShare[]): string | undefined {
  const best = leaders(education, (e) => e.sharePct);
  const [first] = best;
  if (!first || first.sharePct <= 0) return undefined;
  const share = formatPercent(first.sharePct);
  if (best.length === 1)
    return `${shortEducationLabel(first.label)} is the level respondents most often name as required for ${title}: ${share} of them.`;
  return `${formatList(best.map((e) => shortEducationLabel(e.label)))} are the levels respondents most often name as required for ${title}: ${share} each.`;
}

/** The highest-rated items first, as the record keeps them; at most `count`. */
export function topRatings(ratings: readonly ImportanceRating[], count: number): ImportanceRating[] {
  return ratings.slice(0, count);
}

/**
 * "By O*NET's importance rating (0–100), the most important skill for Sales Managers is Speaking,
 * at 75." Items level at the top are named together.
 */
export function importanceSentence(
  title: string,
  ratings: readonly ImportanceRating[],
  noun: { one: string; many: string },
): string | undefined {
  const best = leaders(ratings, (r) => r.importance);
  const [first] = best;
  if (!first) return undefined;
  const score = formatDecimal(first.importance);
  return best.length === 1
    ? `By O*NET's importance rating (0–100), the most important ${noun.one} for ${title} is ${first.name}, at ${score}.`
    : `By O*NET's importance rating (0–100), the most important ${noun.many} for ${title} are ${formatList(best.map((r) => r.name))}, at ${score} each.`;
}

const TASK_ORDER = { core: 0, supplemental: 1, unrated: 2 } as const;

/** Core tasks first, then supplemental, then unrated; O*NET's order within each. */
export function orderedTasks(tasks: readonly OccupationTask[]): OccupationTask[] {
  return tasks
    .map((task, index) => ({ task, index }))
    .sort((a, b) => TASK_ORDER[a.task.type ?? 'unrated'] - TASK_ORDER[b.task.type ?? 'unrated'] || a.index - b.index)
    .map(({ task }) => task);
}

const TIER_ORDER = { 'primary-short': 0, 'primary-long': 1, supplemental: 2 } as const;

/** Primary related occupations first (O*NET's short list, then its long list), then supplemental; by rank. */
export function orderedRelated(related: readonly RelatedOccupation[]): RelatedOccupation[] {
  return [...related].sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || a.position - b.position);
}

export const isPrimary = (r: RelatedOccupation) => r.tier !== 'supplemental';

/**
 * The technologies worth showing first: in demand, then hot, then the rest, O*NET's order within
 * each; at most `count`. The page's JSON download holds them all.
 */
export function featuredTechnologies(technologies: readonly Technology[], count: number): Technology[] {
  const rank = (t: Technology) => (t.inDemand ? 0 : t.hot ? 1 : 2);
  return technologies
    .map((t, index) => ({ t, index }))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.index - b.index)
    .slice(0, count)
    .map(({ t }) => t);
}

/**
 * "O*NET lists 103 technologies used by Sales Managers; 40 of them are hot technologies, and 5 are
 * in demand for this occupation."
 */
export function technologySentence(title: string, technologies: readonly Technology[]): string | undefined {
  if (technologies.length === 0) return undefined;
  const hot = technologies.filter((t) => t.hot).length;
  const inDemand = technologies.filter((t) => t.inDemand).length;
  const flagged = technologies.some((t) => t.inDemand !== undefined);
  const listed = `O*NET lists ${formatCount(technologies.length)} ${technologies.length === 1 ? 'technology' : 'technologies'} used by ${title}`;
  const hotText = `${formatCount(hot)} ${hot === 1 ? 'is a hot technology' : 'are hot technologies'}`;
  const demandText = `${formatCount(inDemand)} ${inDemand === 1 ? 'is' : 'are'} in demand for this occupation`;
  return flagged ? `${listed}: ${hotText}, and ${demandText}.` : `${listed}: ${hotText}.`;
}

/** The O*NET alternative title a role's own title matches, ignoring case and a closing "(GAM)". */
export function matchingAlternativeTitle(
  roleTitle: string,
  alternativeTitles: readonly { title: string }[],
): string | undefined {
  const want = matchKey(roleTitle);
  return alternativeTitles.find((t) => matchKey(withoutClosingParenthesis(t.title)) === want)?.title;
}

/**
 * The words opening the official part: survey figures, not resumes; and, on a resume role that
 * names the occupation (`namedBy`), which occupation and why.
 */
export function officialIntro(official: OfficialRecord, namedBy?: { title: string }): string[] {
  const surveys = official.oews
    ? 'survey figures from the U.S. Bureau of Labor Statistics (BLS) and O*NET'
    : 'survey figures from O*NET';
  const lines = [`These are ${surveys}, not figures from resumes.`];
  if (namedBy) {
    const occupation = `${official.title} (O*NET-SOC ${official.onetCode})`;
    const title = matchingAlternativeTitle(namedBy.title, official.alternativeTitles);
    lines.push(
      title
        ? `They are the figures for the occupation the title ${midSentence(namedBy.title)} maps to, ${occupation}: O*NET lists “${title}” among its alternative titles.`
        : `They are the figures for the occupation this role maps to, ${occupation}.`,
    );
  }
  return lines;
}

/** "The 30 shown are the first of 47 in O*NET; this page's JSON download lists them all." — undefined when all are shown. */
export function shownOfSentence(shown: number, total: number, what: string): string | undefined {
  if (shown >= total) return undefined;
  return `${formatCount(shown)} of the ${formatCount(total)} ${what} are shown here; this page's JSON download lists them all.`;
}

/** "O*NET places Sales Managers in Job Zone Four: Considerable Preparation Needed (zone 4 of 5)." */
export function jobZoneSentence(official: Pick<OfficialRecord, 'title' | 'jobZone'>): string | undefined {
  const zone = official.jobZone;
  if (!zone) return undefined;
  return `O*NET places ${official.title} in ${zone.name} (zone ${zone.zone} of 5, from little to extensive preparation).`;
}

/** The credit lines the official sources ask for, once each, in citation order. */
export function officialAttributions(
  official: OfficialRecord,
  sources: Record<string, { attribution?: string }>,
): string[] {
  const ids = [
    official.onetSourceId,
    official.oews?.national?.sourceId,
    ...(official.oews?.bySector ?? []).map((s) => s.sourceId),
  ];
  const lines = ids.flatMap((id) => (id && sources[id]?.attribution ? [sources[id].attribution] : []));
  return [...new Set(lines)];
}
