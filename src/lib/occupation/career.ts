/**
 * The career parts of an OfficialRecord: BLS projections (job outlook, how to become one), O*NET
 * interests and work styles. Built from the validated tables, joined to O*NET codes the way OEWS is
 * (first 7 characters, else the broad group), so a wider group's projection is never shown as the
 * occupation's own: `matchedBy` says which.
 */
import { INTEREST_AREAS, type BlsProjectionRow, type OnetInterestRow, type OnetWorkStyleRow } from '@/lib/data/schema';
import type { Tables } from '@/lib/data/tables';

type Matched = 'soc-code' | 'soc-parent' | 'soc-broad-group';

/** A value BLS gives, or why it gives none (a flag in words, never a number). */
export type ProjectionFigure<T> = T | 'not_available' | 'top_coded';

export interface Projection {
  socCode: string;
  /** BLS title of the line item, e.g. "Sales managers". */
  socTitle: string;
  baseYear: number;
  projectedYear: number;
  /** Thousands. */
  employmentBase: number;
  /** Thousands. */
  employmentProjected: number;
  /** Thousands, negative for a decline. */
  change: number;
  changePct: number;
  /** Thousands a year, average over the decade. */
  openingsAnnual: number;
  medianWage?: ProjectionFigure<number>;
  education?: ProjectionFigure<string>;
  workExperience?: ProjectionFigure<string>;
  jobTraining?: ProjectionFigure<string>;
  sourceId: string;
}

export interface Outlook {
  matchedBy: Matched;
  projection: Projection;
  /** The "Total, all occupations" row of the same release. */
  allOccupations: Pick<
    Projection,
    'employmentBase' | 'employmentProjected' | 'change' | 'changePct' | 'openingsAnnual'
  >;
}

export type InterestArea = (typeof INTEREST_AREAS)[number];

export interface InterestProfile {
  /** The six RIASEC scores (O*NET OI scale, 1–7), in O*NET's order. */
  scores: { area: InterestArea; score: number }[];
  /** O*NET's high points, highest first (one to three). */
  highPoints: InterestArea[];
  sourceId: string;
}

export interface WorkStyleRating {
  elementId: string;
  name: string;
  /** 0–100 (IM rescaled). */
  importance: number;
  /** 1–5 as O*NET publishes it. */
  imRating: number;
  n?: number;
  /** 95 % confidence interval on the 1–5 scale. */
  ciLower?: number;
  ciUpper?: number;
  suppressRecommended?: true;
}

function toProjection(row: BlsProjectionRow): Projection {
  const flagged = <T>(value: T | undefined, flag: 'not_available' | 'top_coded' | undefined) => value ?? flag;
  const projection: Projection = {
    socCode: row.soc_code,
    socTitle: row.title,
    baseYear: row.base_year,
    projectedYear: row.projected_year,
    employmentBase: row.employment_base_thousands,
    employmentProjected: row.employment_projected_thousands,
    change: row.change_thousands,
    changePct: row.change_pct,
    openingsAnnual: row.openings_annual_thousands,
    sourceId: row.source_id,
  };
  const medianWage = flagged(row.median_wage, row.median_wage_flag);
  const education = flagged(row.education, row.education_flag);
  const workExperience = flagged(row.work_experience, row.work_experience_flag);
  const jobTraining = flagged(row.job_training, row.job_training_flag);
  return {
    ...projection,
    ...(medianWage !== undefined && { medianWage }),
    ...(education !== undefined && { education }),
    ...(workExperience !== undefined && { workExperience }),
    ...(jobTraining !== undefined && { jobTraining }),
  };
}

export interface CareerLookups {
  outlookOf(onetCode: string): Outlook | undefined;
  interestsOf(onetCode: string): InterestProfile | undefined;
  workStylesOf(onetCode: string): WorkStyleRating[];
}

/** Indexes the projection, interest and work-style tables once; each lookup is then O(1). */
export function careerLookups(tables: Tables): CareerLookups {
  const lineItems = new Map<string, BlsProjectionRow>();
  let total: BlsProjectionRow | undefined;
  for (const { row } of tables.blsProjections) {
    if (row.occupation_type === 'total') total = row;
    else lineItems.set(row.soc_code, row);
  }
  const interests = new Map<string, OnetInterestRow>(tables.onetInterests.map(({ row }) => [row.onet_code, row]));
  const styles = new Map<string, OnetWorkStyleRow[]>();
  for (const { row } of tables.onetWorkStyles) {
    const list = styles.get(row.onet_code);
    if (list) list.push(row);
    else styles.set(row.onet_code, [row]);
  }
  return {
    outlookOf(onetCode) {
      if (!total) return undefined;
      const own = onetCode.slice(0, 7);
      const broad = `${own.slice(0, 6)}0`;
      const matchedBy: Matched | undefined = lineItems.has(own)
        ? onetCode.endsWith('.00')
          ? 'soc-code'
          : 'soc-parent'
        : lineItems.has(broad)
          ? 'soc-broad-group'
          : undefined;
      if (!matchedBy) return undefined;
      const { employmentBase, employmentProjected, change, changePct, openingsAnnual } = toProjection(total);
      return {
        matchedBy,
        projection: toProjection(lineItems.get(matchedBy === 'soc-broad-group' ? broad : own)!),
        allOccupations: { employmentBase, employmentProjected, change, changePct, openingsAnnual },
      };
    },
    interestsOf(onetCode) {
      const row = interests.get(onetCode);
      if (!row) return undefined;
      return {
        scores: INTEREST_AREAS.map((area) => ({ area, score: row[area] })),
        highPoints: [row.high_point_1, row.high_point_2, row.high_point_3].filter(
          (a): a is InterestArea => a !== undefined,
        ),
        sourceId: row.source_id,
      };
    },
    workStylesOf(onetCode) {
      return (styles.get(onetCode) ?? [])
        .map((row) => ({
          elementId: row.element_id,
          name: row.element,
          importance: row.importance,
          imRating: row.im_rating,
          ...(row.n !== undefined && { n: row.n }),
          ...(row.ci_lower !== undefined && { ciLower: row.ci_lower }),
          ...(row.ci_upper !== undefined && { ciUpper: row.ci_upper }),
          ...(row.suppress_recommended === 'yes' && { suppressRecommended: true as const }),
        }))
        .sort((a, b) => b.importance - a.importance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
  };
}
