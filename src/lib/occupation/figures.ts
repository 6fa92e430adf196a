/**
 * Validated official tables → one OfficialRecord per O*NET occupation: the figures of its
 * occupation record, shown beside (never mixed with) the resume figures of a role that names it.
 * Pure and deterministic.
 *
 * BLS publishes by 6-digit SOC code; O*NET codes add a suffix (11-2022.00 → 11-2022). An O*NET
 * specialty (11-1011.03) gets its SOC occupation's figures, and where BLS publishes only the broad
 * group (13-1020 for 13-1021…13-1023) that group's; `oews.matchedBy` says which, so a page never
 * presents a wider group's figures as the occupation's own.
 */
import type { Tables } from '@/lib/data/tables';
import type { BlsOewsRow } from '@/lib/data/schema';
import { similarOccupations, type SimilarOccupation } from '@/lib/career/similar';
import { careerLookups, type InterestProfile, type Outlook, type WorkStyleRating } from '@/lib/occupation/career';

/** Why BLS left a figure out: `*`/`**` not available, `#` at or above the top-coded wage, `~` under 0.5 %. */
export type FigureFlag = 'not_available' | 'top_coded' | 'less_than_half_percent';

/**
 * A published number, or — as a word, never as a number — the reason BLS gives instead of one
 * (check with `typeof figure === 'number'`). Absent when BLS leaves the cell empty.
 */
export type Figure = number | FigureFlag;

/** Wages in one unit (US dollars per hour, or per year). */
export interface WageFigures {
  mean?: Figure;
  p10?: Figure;
  p25?: Figure;
  median?: Figure;
  p75?: Figure;
  p90?: Figure;
}

/** BLS OEWS employment and wages of one SOC occupation in all industries (naics 000000) or one sector. */
export interface OewsEstimate {
  socCode: string;
  socTitle: string;
  naics: string;
  industry: string;
  employment?: Figure;
  employmentRsePct?: Figure;
  /** Percent of the sector's employment in this occupation (sector estimates only). */
  industryEmploymentPct?: Figure;
  /** Percent of the sector's establishments reporting the occupation (sector estimates only). */
  establishmentsReportingPct?: Figure;
  hourly: WageFigures;
  annual: WageFigures;
  meanWageRsePct?: Figure;
  wagesReleased?: 'annual_only' | 'hourly_only';
  sourceId: string;
}

/** O*NET importance of a skill or knowledge area: 0–100 (IM rating rescaled). Not a share of resumes. */
export interface ImportanceRating {
  elementId: string;
  name: string;
  importance: number;
  /** O*NET recommends suppressing the rating (low precision). */
  suppressRecommended?: true;
}

export interface Technology {
  name: string;
  commodity: string;
  hot: boolean;
  /** Absent in O*NET releases without the In Demand flag. */
  inDemand?: boolean;
}

export interface OccupationTask {
  id: number;
  text: string;
  type?: 'core' | 'supplemental';
}

/** Percent of respondents saying this level of education is required. */
export interface EducationShare {
  category: number;
  label: string;
  sharePct: number;
  suppressRecommended?: true;
}

export interface RelatedOccupation {
  onetCode: string;
  /** Page id of the related occupation. */
  id: string;
  title: string;
  tier: 'primary-short' | 'primary-long' | 'supplemental';
  position: number;
}

/** Everything official about one O*NET occupation. */
export interface OfficialRecord {
  onetCode: string;
  /** O*NET title, e.g. "Sales Managers". */
  title: string;
  jobZone?: { zone: number; name: string };
  /** O*NET alternate titles, in O*NET's order. */
  alternativeTitles: { title: string; shortTitle?: string }[];
  /** Skills by importance, highest first. */
  skills: ImportanceRating[];
  /** Knowledge areas by importance, highest first. */
  knowledge: ImportanceRating[];
  /** In O*NET's order; `hot` and `inDemand` mark the ones to highlight. */
  technologies: Technology[];
  /** In O*NET's order. */
  tasks: OccupationTask[];
  /** By category, lowest level first. */
  education: EducationShare[];
  /** By O*NET's rank, closest first. */
  related: RelatedOccupation[];
  /** BLS OEWS figures, when BLS publishes the occupation or its broad group. */
  oews?: {
    /**
     * "soc-code": the occupation is the SOC occupation BLS publishes (an O*NET code ending .00);
     * "soc-parent": it is a specialty within that SOC occupation, whose figures these are;
     * "soc-broad-group": BLS publishes only the broad group containing it, whose figures these are.
     */
    matchedBy: OewsMatch;
    /** All industries together. */
    national?: OewsEstimate;
    /** By NAICS sector, in code order. */
    bySector: OewsEstimate[];
  };
  /** BLS Employment Projections of the occupation (or the group BLS projects it in). */
  outlook?: Outlook;
  /** O*NET RIASEC interest profile. */
  interests?: InterestProfile;
  /** O*NET work styles by importance, highest first. */
  workStyles: WorkStyleRating[];
  /** The occupations closest by skill and knowledge importance, closest first (see career/similar.ts). */
  similar: SimilarOccupation[];
  /** Source of the O*NET figures (official_sources.csv). */
  onetSourceId: string;
}

function groupBy<T>(rows: readonly { row: T }[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const { row } of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function figure(value: number | undefined, flag: FigureFlag | undefined): Figure | undefined {
  return value ?? flag;
}

/** Optional properties without `undefined` values, so the JSON stays small and stable. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function wages(row: BlsOewsRow, unit: 'hourly' | 'annual'): WageFigures {
  return defined({
    mean: figure(row[`${unit}_mean`], row[`${unit}_mean_flag`]),
    p10: figure(row[`${unit}_p10`], row[`${unit}_p10_flag`]),
    p25: figure(row[`${unit}_p25`], row[`${unit}_p25_flag`]),
    median: figure(row[`${unit}_median`], row[`${unit}_median_flag`]),
    p75: figure(row[`${unit}_p75`], row[`${unit}_p75_flag`]),
    p90: figure(row[`${unit}_p90`], row[`${unit}_p90_flag`]),
  });
}

export function toOewsEstimate(row: BlsOewsRow): OewsEstimate {
  return defined({
    socCode: row.soc_code,
    socTitle: row.soc_title,
    naics: row.naics,
    industry: row.industry,
    employment: figure(row.employment, row.employment_flag),
    employmentRsePct: figure(row.employment_rse_pct, row.employment_rse_pct_flag),
    industryEmploymentPct: figure(row.industry_employment_pct, row.industry_employment_pct_flag),
    establishmentsReportingPct: figure(row.establishments_reporting_pct, row.establishments_reporting_pct_flag),
    hourly: wages(row, 'hourly'),
    annual: wages(row, 'annual'),
    meanWageRsePct: figure(row.mean_wage_rse_pct, row.mean_wage_rse_pct_flag),
    wagesReleased: row.wages_released,
    sourceId: row.source_id,
  });
}

export type OewsMatch = 'soc-code' | 'soc-parent' | 'soc-broad-group';

/** The BLS SOC code whose figures describe an O*NET occupation: its own, else its broad group's. */
export function socCodeFor(
  onetCode: string,
  published: ReadonlySet<string>,
): { socCode: string; matchedBy: OewsMatch } | undefined {
  const own = onetCode.slice(0, 7);
  if (published.has(own)) return { socCode: own, matchedBy: onetCode.endsWith('.00') ? 'soc-code' : 'soc-parent' };
  const broad = `${own.slice(0, 6)}0`;
  if (published.has(broad)) return { socCode: broad, matchedBy: 'soc-broad-group' };
  return undefined;
}

const byImportance = (a: ImportanceRating, b: ImportanceRating) =>
  b.importance - a.importance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The official rows of every occupation, grouped by code once, for building the records. */
function officialLookups(tables: Tables) {
  const detailed = tables.blsOews.filter(({ row }) => row.soc_level === 'detailed');
  const oews = groupBy(detailed, (row) => row.soc_code);
  return {
    occupations: new Map(tables.onetOccupations.map(({ row }) => [row.onet_code, row])),
    zones: new Map(tables.onetJobZones.map(({ row }) => [row.job_zone, row.name])),
    levels: new Map(tables.onetEducationLevels.map(({ row }) => [row.category, row.label])),
    titles: groupBy(tables.onetAlternateTitles, (row) => row.onet_code),
    ratings: groupBy(tables.onetImportance, (row) => row.onet_code),
    technologies: groupBy(tables.onetTechnologySkills, (row) => row.onet_code),
    tasks: groupBy(tables.onetTasks, (row) => row.onet_code),
    education: groupBy(tables.onetEducation, (row) => row.onet_code),
    related: groupBy(tables.onetRelatedOccupations, (row) => row.onet_code),
    oews,
    published: new Set(oews.keys()),
    career: careerLookups(tables),
  };
}

type Lookups = ReturnType<typeof officialLookups>;
type OccupationRow = Tables['onetOccupations'][number]['row'];

function ratingsOf(code: string, domain: 'skill' | 'knowledge', lookups: Lookups): ImportanceRating[] {
  return (lookups.ratings.get(code) ?? [])
    .filter((r) => r.domain === domain)
    .map((r) =>
      defined({
        elementId: r.element_id,
        name: r.element,
        importance: r.importance,
        suppressRecommended: r.suppress_recommended === 'yes' ? (true as const) : undefined,
      }),
    )
    .sort(byImportance);
}

/** BLS figures of the SOC occupation (or broad group) an O*NET occupation falls in, if BLS publishes it. */
function oewsOf(code: string, lookups: Lookups): OfficialRecord['oews'] {
  const soc = socCodeFor(code, lookups.published);
  if (!soc) return undefined;
  const estimates = lookups.oews.get(soc.socCode)!;
  const national = estimates.find((r) => r.naics === '000000');
  return {
    matchedBy: soc.matchedBy,
    ...(national && { national: toOewsEstimate(national) }),
    bySector: estimates
      .filter((r) => r.naics !== '000000')
      .sort((a, b) => (a.naics < b.naics ? -1 : a.naics > b.naics ? 1 : 0))
      .map(toOewsEstimate),
  };
}

function officialRecord(occupation: OccupationRow, lookups: Lookups): OfficialRecord {
  const code = occupation.onet_code;
  const zoneName = occupation.job_zone === undefined ? undefined : lookups.zones.get(occupation.job_zone);
  return defined({
    onetCode: code,
    title: occupation.title,
    jobZone:
      occupation.job_zone !== undefined && zoneName !== undefined
        ? { zone: occupation.job_zone, name: zoneName }
        : undefined,
    alternativeTitles: (lookups.titles.get(code) ?? []).map((t) =>
      defined({ title: t.title, shortTitle: t.short_title }),
    ),
    skills: ratingsOf(code, 'skill', lookups),
    knowledge: ratingsOf(code, 'knowledge', lookups),
    technologies: (lookups.technologies.get(code) ?? []).map((t) =>
      defined({
        name: t.technology,
        commodity: t.commodity_title,
        hot: t.hot === 'yes',
        inDemand: t.in_demand === undefined ? undefined : t.in_demand === 'yes',
      }),
    ),
    tasks: (lookups.tasks.get(code) ?? []).map((t) => defined({ id: t.task_id, text: t.task, type: t.task_type })),
    education: (lookups.education.get(code) ?? [])
      .map((e) =>
        defined({
          category: e.category,
          label: lookups.levels.get(e.category)!,
          sharePct: e.share_pct,
          suppressRecommended: e.suppress_recommended === 'yes' ? (true as const) : undefined,
        }),
      )
      .sort((a, b) => a.category - b.category),
    related: (lookups.related.get(code) ?? [])
      .map((r) => {
        const other = lookups.occupations.get(r.related_onet_code)!;
        return { onetCode: other.onet_code, id: other.id, title: other.title, tier: r.tier, position: r.position };
      })
      .sort((a, b) => a.position - b.position),
    oews: oewsOf(code, lookups),
    outlook: lookups.career.outlookOf(code),
    interests: lookups.career.interestsOf(code),
    workStyles: lookups.career.workStylesOf(code),
    similar: [],
    onetSourceId: occupation.source_id,
  });
}

/** One OfficialRecord per occupation in onet_occupations.csv, by O*NET-SOC code. */
export function buildOfficialRecords(tables: Tables): Map<string, OfficialRecord> {
  const records = new Map<string, OfficialRecord>();
  if (tables.onetOccupations.length === 0) return records;
  const lookups = officialLookups(tables);
  for (const occupation of lookups.occupations.values())
    records.set(occupation.onet_code, officialRecord(occupation, lookups));
  attachSimilar(records, (code) => lookups.occupations.get(code)!.id);
  return records;
}

/** Fills every record's `similar` list, from all pairs of records at once; `pageId` gives each one's page. */
function attachSimilar(records: Map<string, OfficialRecord>, pageId: (onetCode: string) => string): void {
  const similar = similarOccupations(
    [...records.values()].map((r) => {
      const national = r.oews?.national;
      const median = national && national.wagesReleased !== 'hourly_only' ? national.annual.median : undefined;
      return {
        ...r,
        roleId: pageId(r.onetCode),
        ...(typeof median === 'number' && { medianAnnualWage: median }),
        ...(r.outlook && { projectedChangePct: r.outlook.projection.changePct }),
      };
    }),
  );
  for (const record of records.values()) record.similar = similar.get(record.onetCode) ?? [];
}

/** Every source an official record cites. */
export function officialSourceIds(record: OfficialRecord): string[] {
  const ids = [record.onetSourceId];
  if (record.oews?.national) ids.push(record.oews.national.sourceId);
  if (record.outlook) ids.push(record.outlook.projection.sourceId);
  for (const estimate of record.oews?.bySector ?? []) ids.push(estimate.sourceId);
  return ids;
}
