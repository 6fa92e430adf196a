/**
 * The data contract: one zod schema per CSV file (one concept each). Cells arrive as trimmed
 * strings, with empty cells removed, so `.optional()` means "may be left blank".
 * data/README.md documents every column; tests/unit/data-contract-docs.test.ts keeps the two in step.
 */
import { z } from 'zod';

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/**
 * Longest id: ids become folder and file names (a comparison page's folder holds two, `<id>-vs-<id>`),
 * and most file systems allow 255 bytes per name; the longest O*NET slug is 99 characters.
 */
export const MAX_ID_LENGTH = 120;

const id = z
  .string()
  .max(MAX_ID_LENGTH, {
    error: (issue) =>
      `an id of at most ${MAX_ID_LENGTH} characters (ids become file names and page addresses); this one has ${String(issue.input).length}`,
  })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'an id of lowercase letters, digits and single hyphens, e.g. "global-account-manager"',
  });

const text = z.string();

/** A number typed as a spreadsheet would show it, with what is expected spelled out. */
function numberCell(expected: string, check: (value: number) => boolean) {
  return z.string().regex(PLAIN_NUMBER, { error: expected }).transform(Number).refine(check, { error: expected });
}

const percent = numberCell(
  'a percentage from 0 to 100, written without a % sign, e.g. 12 or 12.5',
  (n) => n >= 0 && n <= 100,
);
const percentagePoints = numberCell(
  'a difference in percentage points from -100 to 100, written without a % sign, e.g. -4.6 or 0.1',
  (n) => n >= -100 && n <= 100,
);
const count = numberCell(
  'a whole number of 0 or more, without thousands separators, e.g. 93',
  (n) => Number.isInteger(n) && n >= 0,
);
const position = numberCell(
  'a whole number of 1 or more giving the order, e.g. 1',
  (n) => Number.isInteger(n) && n >= 1,
);
const usdPerYear = numberCell(
  'an amount in US dollars per year greater than 0, without $ or thousands separators, e.g. 119239',
  (n) => n > 0,
);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date written YYYY-MM-DD, e.g. 2025-01-08' })
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    {
      error: 'a real calendar date written YYYY-MM-DD, e.g. 2025-01-08',
    },
  );
const url = z.string().regex(/^https?:\/\/\S+$/, { error: 'an address starting with http:// or https://' });
const onetCode = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, { error: 'an O*NET-SOC code such as 11-2022.00' });

/** sources.csv — where figures come from; every other row cites one by id. */
export const SourceRow = z.object({
  /** Id other files cite in their source_id column, e.g. "career-page-gam". */
  id,
  /** Title of the publication or page. */
  title: text,
  /** Who published it; blank when the source does not say. */
  publisher: text.optional(),
  /** Date of the version used, YYYY-MM-DD. */
  date: isoDate,
  /** The date as the source words it, e.g. "Updated January 8, 2025". */
  date_label: text.optional(),
  /** Web address of the source. */
  url: url.optional(),
  /** Licence or terms the figures are used under. */
  licence: text.optional(),
  /** Anything a reader should know about the source. */
  note: text.optional(),
  /** Credit line the licence asks pages to show with the figures, in the publisher's words. */
  attribution: text.optional(),
});

/** roles.csv — every role (occupation or job title) that gets a page. */
export const RoleRow = z.object({
  /** Stable URL slug, e.g. "global-account-manager"; part of public URLs. */
  id,
  /** Title as the source writes it, e.g. "Global account manager". */
  title: text,
  /** Plural used in computed sentences, e.g. "Global account managers". */
  title_plural: text.optional(),
  /** What the role does, in the source's words. */
  description: text.optional(),
  /** O*NET-SOC code of the matching official occupation, e.g. "11-2022.00". */
  onet_code: onetCode.optional(),
  /** Source of the title and description. */
  source_id: id,
});

/** responsibilities.csv — resume lines describing what a role does, in order. */
export const ResponsibilityRow = z.object({
  /** Role the line belongs to. */
  role_id: id,
  /** Order on the page, 1 first. */
  position,
  /** The resume line as written. */
  text,
  /** Source of the line. */
  source_id: id,
});

/** skills.csv — skills of a role, hard or soft, with the share of resumes listing them. */
export const SkillRow = z.object({
  /** Role that lists the skill. */
  role_id: id,
  /** Skill name as it should be displayed; matched across roles ignoring case. */
  skill: text,
  /** "hard" (a competence listed on resumes) or "soft" (a personal trait). */
  kind: z.enum(['hard', 'soft'], { error: 'either "hard" or "soft"' }),
  /** Percent of the role's resumes that list the skill, 0–100; blank when unknown. */
  resume_share_pct: percent.optional(),
  /** A resume line showing the skill in use. */
  example: text.optional(),
  /** Why the skill matters for the role (soft skills). */
  why_it_matters: text.optional(),
  /** Source of the figure and lines. */
  source_id: id,
});

/** employers.csv — employers hiring for a role. */
export const EmployerRow = z.object({
  /** Role the jobs are for. */
  role_id: id,
  /** Employer name as displayed. */
  employer: text,
  /** Number of open jobs for the role at this employer. */
  open_jobs: count,
  /** Source of the count. */
  source_id: id,
});

/** salaries.csv — average yearly salary of a role in an industry. */
export const SalaryRow = z.object({
  /** Role paid. */
  role_id: id,
  /** Industry name as displayed, e.g. "Technology". */
  industry: text,
  /** Average salary, US dollars per year. */
  avg_salary_usd: usdPerYear,
  /** Source of the figure. */
  source_id: id,
});

/** comparisons.csv — one row per pair of roles the source compares. */
export const ComparisonRow = z.object({
  /** The role compared against (the "from" side). */
  role_id: id,
  /** The other role. */
  other_role_id: id,
  /** How much more (+) or less (−) likely the other role is to hold a Master's degree, in percentage points. */
  masters_pp_diff: percentagePoints.optional(),
  /** The same for a Doctoral degree, in percentage points. */
  doctoral_pp_diff: percentagePoints.optional(),
  /** The source's own verdict on the other role's education level: "similar", "lower" or "higher". */
  education_verdict: z
    .enum(['similar', 'lower', 'higher'], { error: 'one of "similar", "lower", "higher"' })
    .optional(),
  /** Source of the comparison. */
  source_id: id,
});

/** comparison_skills.csv — the skills that set each side of a comparison apart. */
export const ComparisonSkillRow = z.object({
  /** The comparison's role_id, as in comparisons.csv. */
  role_id: id,
  /** The comparison's other_role_id, as in comparisons.csv. */
  other_role_id: id,
  /** Which side the skill sets apart: "role" or "other". */
  side: z.enum(['role', 'other'], { error: 'either "role" or "other"' }),
  /** Order within the side, 1 first. */
  position,
  /** Skill name; matched against skills.csv ignoring case. */
  skill: text,
  /** Source of the list. */
  source_id: id,
});

/**
 * soc_major_groups.csv — the SOC major groups (the first two digits of an occupation's code) with the
 * titles BLS publishes for them; written by the importer from the OEWS national file.
 */
export const SocMajorGroupRow = z.object({
  /** The group's code, NN-0000. */
  soc_code: z.string().regex(/^\d{2}-0000$/, { error: 'a SOC major group code such as 11-0000' }),
  /** BLS's title of the group, e.g. "Management Occupations". */
  title: text,
  /** Source (in official_sources.csv). */
  source_id: id,
});

/**
 * skill_names.csv — how a skill name the source writes only in lowercase is displayed ("gam" → "GAM").
 * Only the capitals may differ from the source's spelling; the source's files stay as written.
 */
export const SkillNameRow = z.object({
  /** The skill as skills.csv or comparison_skills.csv writes it; matched ignoring case. */
  skill: text,
  /** The same name with the capitals it is displayed with, e.g. "GAM" or "Salesforce". */
  display_name: text,
});

/*
 * Official statistics, written by `npm run import:official` (never edited by hand): O*NET occupations
 * and their ratings, and BLS OEWS employment and wages. Importance ratings and survey wages are
 * measures of their own, never mixed with the resume shares above.
 */

const socCode = z.string().regex(/^\d{2}-\d{4}$/, { error: 'a 6-digit SOC code such as 11-2022' });
const naicsCode = z.string().regex(/^(?:\d{6}|\d{2}(?:-\d{2})?)$/, {
  error: 'a NAICS code: 000000 for all industries together, or a sector such as 42 or 31-33',
});
const elementId = z.string().regex(/^\d+(?:\.[A-Za-z0-9]+)+$/, {
  error: 'an O*NET content model element id such as 2.A.1.a',
});
const yesNo = z.enum(['yes', 'no'], { error: 'either "yes" or "no"' });
const jobZone = numberCell('a job zone, a whole number from 1 to 5', (n) => Number.isInteger(n) && n >= 1 && n <= 5);
const score = numberCell('a score from 0 to 100, e.g. 72.5', (n) => n >= 0 && n <= 100);
const imRating = numberCell('an O*NET importance rating from 1 to 5, e.g. 3.88', (n) => n >= 1 && n <= 5);
const commodityCode = z.string().regex(/^\d{8}$/, { error: 'an 8-digit UNSPSC commodity code such as 43232303' });
const usdPerHour = numberCell('a wage in US dollars per hour greater than 0, e.g. 77.37', (n) => n > 0);
const rsePct = numberCell('a relative standard error in percent, 0 or more, e.g. 0.8', (n) => n >= 0);
/** BLS markers, kept as words: `*` and `**` → not_available, `#` → top_coded, `~` → less_than_half_percent. */
const wageFlag = z.enum(['not_available', 'top_coded'], { error: '"not_available" or "top_coded"' });
const estimateFlag = z.enum(['not_available'], { error: '"not_available"' });
const reportingFlag = z.enum(['not_available', 'less_than_half_percent'], {
  error: '"not_available" or "less_than_half_percent"',
});

/** A value column and the flag column saying why it is blank: never both filled. */
function valueOrFlag<S extends z.ZodObject>(schema: S, values: readonly string[]): S {
  return schema.superRefine((row: Record<string, unknown>, context) => {
    for (const value of values) {
      if (row[value] !== undefined && row[`${value}_flag`] !== undefined) {
        context.addIssue({
          code: 'custom',
          path: [`${value}_flag`],
          message: `an empty cell: ${value} has a number, so it needs no flag (a flag explains a missing value)`,
        });
      }
    }
  }) as S;
}

/** onet_occupations.csv — O*NET occupations; each one is also a role with its own page. */
export const OnetOccupationRow = z.object({
  /** URL slug of the occupation's page, unique across roles.csv too, e.g. "sales-managers". */
  id,
  /** O*NET-SOC code, e.g. "11-2022.00". */
  onet_code: onetCode,
  /** O*NET title, e.g. "Sales Managers". */
  title: text,
  /** O*NET description of the occupation. */
  description: text.optional(),
  /** O*NET job zone 1–5 (preparation needed); blank when O*NET gives none. */
  job_zone: jobZone.optional(),
  /** Source of the occupation, from official_sources.csv. */
  source_id: id,
});

/** onet_alternate_titles.csv — other titles an occupation goes by (O*NET Alternate Titles). */
export const OnetAlternateTitleRow = z.object({
  /** Occupation the title belongs to. */
  onet_code: onetCode,
  /** The alternate title, e.g. "Global Account Manager (GAM)". */
  title: text,
  /** Short form of the title, e.g. "GAM"; blank when O*NET gives none. */
  short_title: text.optional(),
  /** Source of the title. */
  source_id: id,
});

/** onet_importance.csv — how important a skill or knowledge area is to an occupation (O*NET IM scale). */
export const OnetImportanceRow = z.object({
  /** Occupation rated. */
  onet_code: onetCode,
  /** "skill" (O*NET Skills) or "knowledge" (O*NET Knowledge). */
  domain: z.enum(['skill', 'knowledge'], { error: 'either "skill" or "knowledge"' }),
  /** O*NET content model element id, e.g. "2.A.1.a". */
  element_id: elementId,
  /** Element name, e.g. "Reading Comprehension". */
  element: text,
  /** Importance 0–100: the IM rating rescaled, (im_rating − 1) / 4 × 100. Not a share of resumes. */
  importance: score,
  /** The IM rating as O*NET publishes it, 1 (not important) to 5 (extremely important). */
  im_rating: imRating,
  /** "yes" when O*NET recommends suppressing the rating for low precision. */
  suppress_recommended: yesNo.optional(),
  /** Source of the rating. */
  source_id: id,
});

/** onet_technology_skills.csv — software and technology used in an occupation. */
export const OnetTechnologyRow = z.object({
  /** Occupation using the technology. */
  onet_code: onetCode,
  /** The technology as O*NET names it, e.g. "Salesforce software". */
  technology: text,
  /** UNSPSC commodity code of its category. */
  commodity_code: commodityCode,
  /** Category name, e.g. "Customer relationship management CRM software". */
  commodity_title: text,
  /** "yes" when O*NET marks it a Hot Technology (often named in job postings). */
  hot: yesNo,
  /** "yes" when O*NET marks it In Demand for the occupation; blank in releases without the flag. */
  in_demand: yesNo.optional(),
  /** Source of the row. */
  source_id: id,
});

/** onet_tasks.csv — task statements of an occupation, in O*NET's order. */
export const OnetTaskRow = z.object({
  /** Occupation the task belongs to. */
  onet_code: onetCode,
  /** O*NET task id. */
  task_id: position,
  /** The task statement. */
  task: text,
  /** "core" or "supplemental" as O*NET rates it; blank when not rated. */
  task_type: z.enum(['core', 'supplemental'], { error: 'either "core" or "supplemental"' }).optional(),
  /** Source of the task. */
  source_id: id,
});

/** onet_education_levels.csv — the categories of O*NET's Required Level of Education scale (RL). */
export const OnetEducationLevelRow = z.object({
  /** Category number, 1 (less than high school) upwards. */
  category: position,
  /** Category as O*NET describes it, e.g. "Bachelor's Degree". */
  label: text,
  /** Source of the label. */
  source_id: id,
});

/** onet_education.csv — share of an occupation's respondents saying each education level is required. */
export const OnetEducationRow = z.object({
  /** Occupation surveyed. */
  onet_code: onetCode,
  /** Education level, a category of onet_education_levels.csv. */
  category: position,
  /** Percent of respondents naming this level as required, 0–100. */
  share_pct: percent,
  /** "yes" when O*NET recommends suppressing the figure for low precision. */
  suppress_recommended: yesNo.optional(),
  /** Source of the figure. */
  source_id: id,
});

/** onet_job_zones.csv — what each O*NET job zone means. */
export const OnetJobZoneRow = z.object({
  /** Job zone number, 1–5. */
  job_zone: jobZone,
  /** Name, e.g. "Job Zone Four: Considerable Preparation Needed". */
  name: text,
  /** Experience typically needed. */
  experience: text.optional(),
  /** Education typically needed. */
  education: text.optional(),
  /** Job training typically needed. */
  training: text.optional(),
  /** Example occupations. */
  examples: text.optional(),
  /** Specific vocational preparation range, e.g. "(7.0 to < 8.0)". */
  svp_range: text.optional(),
  /** Source of the description. */
  source_id: id,
});

/** onet_related_occupations.csv — occupations O*NET lists as related, by tier and rank. */
export const OnetRelatedOccupationRow = z.object({
  /** Occupation the list belongs to. */
  onet_code: onetCode,
  /** The related occupation. */
  related_onet_code: onetCode,
  /** "primary-short", "primary-long" or "supplemental", closest first. */
  tier: z.enum(['primary-short', 'primary-long', 'supplemental'], {
    error: 'one of "primary-short", "primary-long", "supplemental"',
  }),
  /** Rank in the occupation's list, 1 closest. */
  position,
  /** Source of the list. */
  source_id: id,
});

/** bls_oews.csv — BLS OEWS national employment and wages of an occupation, in all industries or one sector. */
export const BlsOewsRow = valueOrFlag(
  z.object({
    /** SOC code of the occupation as BLS publishes it, e.g. "11-2022"; 00-0000 is all occupations. */
    soc_code: socCode,
    /** BLS title of the occupation. */
    soc_title: text,
    /** "detailed" for an occupation, "total" for all occupations. */
    soc_level: z.enum(['detailed', 'total'], { error: 'either "detailed" or "total"' }),
    /** NAICS industry: 000000 for all industries together, else a sector code. */
    naics: naicsCode,
    /** Industry name as BLS writes it, e.g. "Cross-industry" or "Wholesale Trade". */
    industry: text,
    /** Employment, rounded to the nearest 10 (excludes the self-employed). */
    employment: count.optional(),
    /** Why employment is blank: "not_available" (BLS `**`). */
    employment_flag: estimateFlag.optional(),
    /** Relative standard error of the employment estimate, percent. */
    employment_rse_pct: rsePct.optional(),
    /** Why employment_rse_pct is blank: "not_available" (BLS `**`). */
    employment_rse_pct_flag: estimateFlag.optional(),
    /** Percent of the industry's employment in this occupation (sector rows only). */
    industry_employment_pct: percent.optional(),
    /** Why industry_employment_pct is blank: "not_available" (BLS `**`). */
    industry_employment_pct_flag: estimateFlag.optional(),
    /** Percent of the industry's establishments reporting the occupation (sector rows only). */
    establishments_reporting_pct: percent.optional(),
    /** Why it is blank: "less_than_half_percent" (BLS `~`) or "not_available" (BLS `**`). */
    establishments_reporting_pct_flag: reportingFlag.optional(),
    /** Mean wage, US dollars per hour. */
    hourly_mean: usdPerHour.optional(),
    /** Why hourly_mean is blank: "not_available" (`*`) or "top_coded" (`#`, at or above BLS's top wage). */
    hourly_mean_flag: wageFlag.optional(),
    /** Mean wage, US dollars per year. */
    annual_mean: usdPerYear.optional(),
    /** Why annual_mean is blank: "not_available" (`*`) or "top_coded" (`#`). */
    annual_mean_flag: wageFlag.optional(),
    /** Relative standard error of the mean wage, percent. */
    mean_wage_rse_pct: rsePct.optional(),
    /** Why mean_wage_rse_pct is blank: "not_available" (BLS `*`). */
    mean_wage_rse_pct_flag: estimateFlag.optional(),
    /** 10th percentile wage, US dollars per hour. */
    hourly_p10: usdPerHour.optional(),
    /** Why hourly_p10 is blank: "not_available" or "top_coded". */
    hourly_p10_flag: wageFlag.optional(),
    /** 25th percentile wage, US dollars per hour. */
    hourly_p25: usdPerHour.optional(),
    /** Why hourly_p25 is blank: "not_available" or "top_coded". */
    hourly_p25_flag: wageFlag.optional(),
    /** Median wage, US dollars per hour. */
    hourly_median: usdPerHour.optional(),
    /** Why hourly_median is blank: "not_available" or "top_coded". */
    hourly_median_flag: wageFlag.optional(),
    /** 75th percentile wage, US dollars per hour. */
    hourly_p75: usdPerHour.optional(),
    /** Why hourly_p75 is blank: "not_available" or "top_coded". */
    hourly_p75_flag: wageFlag.optional(),
    /** 90th percentile wage, US dollars per hour. */
    hourly_p90: usdPerHour.optional(),
    /** Why hourly_p90 is blank: "not_available" or "top_coded". */
    hourly_p90_flag: wageFlag.optional(),
    /** 10th percentile wage, US dollars per year. */
    annual_p10: usdPerYear.optional(),
    /** Why annual_p10 is blank: "not_available" or "top_coded". */
    annual_p10_flag: wageFlag.optional(),
    /** 25th percentile wage, US dollars per year. */
    annual_p25: usdPerYear.optional(),
    /** Why annual_p25 is blank: "not_available" or "top_coded". */
    annual_p25_flag: wageFlag.optional(),
    /** Median wage, US dollars per year. */
    annual_median: usdPerYear.optional(),
    /** Why annual_median is blank: "not_available" or "top_coded". */
    annual_median_flag: wageFlag.optional(),
    /** 75th percentile wage, US dollars per year. */
    annual_p75: usdPerYear.optional(),
    /** Why annual_p75 is blank: "not_available" or "top_coded". */
    annual_p75_flag: wageFlag.optional(),
    /** 90th percentile wage, US dollars per year. */
    annual_p90: usdPerYear.optional(),
    /** Why annual_p90 is blank: "not_available" or "top_coded". */
    annual_p90_flag: wageFlag.optional(),
    /** "annual_only" or "hourly_only" when BLS releases only one kind of wage for the occupation. */
    wages_released: z
      .enum(['annual_only', 'hourly_only'], { error: '"annual_only", "hourly_only" or empty' })
      .optional(),
    /** Source of the estimates. */
    source_id: id,
  }),
  [
    'employment',
    'employment_rse_pct',
    'industry_employment_pct',
    'establishments_reporting_pct',
    'hourly_mean',
    'annual_mean',
    'mean_wage_rse_pct',
    'hourly_p10',
    'hourly_p25',
    'hourly_median',
    'hourly_p75',
    'hourly_p90',
    'annual_p10',
    'annual_p25',
    'annual_median',
    'annual_p75',
    'annual_p90',
  ],
);

/** O*NET RIASEC interest areas, in O*NET's order (Holland codes R, I, A, S, E, C). */
export const INTEREST_AREAS = [
  'realistic',
  'investigative',
  'artistic',
  'social',
  'enterprising',
  'conventional',
] as const;
const interestScore = numberCell('an O*NET interest score from 1 to 7, e.g. 5.33', (n) => n >= 1 && n <= 7);
const interestArea = z.enum(INTEREST_AREAS, {
  error: 'one of realistic, investigative, artistic, social, enterprising, conventional',
});

/** onet_interests.csv — an occupation's RIASEC interest profile (O*NET Interests, OI scale 1–7) and high points. */
export const OnetInterestRow = z.object({
  /** Occupation profiled. */
  onet_code: onetCode,
  /** Realistic score, 1–7. */
  realistic: interestScore,
  /** Investigative score, 1–7. */
  investigative: interestScore,
  /** Artistic score, 1–7. */
  artistic: interestScore,
  /** Social score, 1–7. */
  social: interestScore,
  /** Enterprising score, 1–7. */
  enterprising: interestScore,
  /** Conventional score, 1–7. */
  conventional: interestScore,
  /** The highest interest area (O*NET's first high point). */
  high_point_1: interestArea.optional(),
  /** The second high point; blank when O*NET names none. */
  high_point_2: interestArea.optional(),
  /** The third high point; blank when O*NET names none. */
  high_point_3: interestArea.optional(),
  /** Source of the profile. */
  source_id: id,
});

const imBound = numberCell(
  'a bound of a confidence interval on the importance scale, e.g. 4.44',
  (n) => n >= 0 && n <= 6,
);

/** onet_work_styles.csv — how important a work style is to an occupation (O*NET IM scale), with its precision. */
export const OnetWorkStyleRow = z.object({
  /** Occupation rated. */
  onet_code: onetCode,
  /** O*NET content model element id, e.g. "1.C.1.a". */
  element_id: elementId,
  /** Work style, e.g. "Achievement/Effort". */
  element: text,
  /** Importance 0–100: the IM rating rescaled, (im_rating − 1) / 4 × 100. */
  importance: score,
  /** The IM rating as O*NET publishes it, 1–5. */
  im_rating: imRating,
  /** Number of respondents behind the rating. */
  n: count.optional(),
  /** Standard error of the rating. */
  standard_error: rsePct.optional(),
  /** Lower bound of O*NET's 95% confidence interval, on the 1–5 scale. */
  ci_lower: imBound.optional(),
  /** Upper bound of O*NET's 95% confidence interval, on the 1–5 scale. */
  ci_upper: imBound.optional(),
  /** "yes" when O*NET recommends suppressing the rating for low precision. */
  suppress_recommended: yesNo.optional(),
  /** Source of the rating. */
  source_id: id,
});

/** BLS "Typical education needed for entry", verbatim. */
export const EP_EDUCATION = [
  'No formal educational credential',
  'High school diploma or equivalent',
  'Some college, no degree',
  'Postsecondary nondegree award',
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  'Doctoral or professional degree',
] as const;
/** BLS "Work experience in a related occupation", verbatim. */
export const EP_EXPERIENCE = ['None', 'Less than 5 years', '5 years or more'] as const;
/** BLS "Typical on-the-job training needed to attain competency in the occupation", verbatim. */
export const EP_TRAINING = [
  'None',
  'Short-term on-the-job training',
  'Moderate-term on-the-job training',
  'Long-term on-the-job training',
  'Apprenticeship',
  'Internship/residency',
] as const;
const year = numberCell('a year, e.g. 2024', (n) => Number.isInteger(n) && n >= 1900 && n <= 2200);
const thousands = numberCell('a number of thousands, 0 or more, e.g. 619.5', (n) => n >= 0);
const signedNumber = numberCell('a number, negative for a decline, e.g. -3.2 or 29', () => true);

/** bls_projections.csv — BLS Employment Projections (Table 1.2): employment now and in ten years, openings, entry requirements. */
export const BlsProjectionRow = valueOrFlag(
  z.object({
    /** SOC code as BLS publishes it (National Employment Matrix code); 00-0000 is all occupations. */
    soc_code: socCode,
    /** BLS title, without the leading spaces of its hierarchy. */
    title: text,
    /** "line_item" for an occupation (or a group BLS projects as one), "total" for all occupations. */
    occupation_type: z.enum(['line_item', 'total'], { error: 'either "line_item" or "total"' }),
    /** Year the projection starts from. */
    base_year: year,
    /** Year projected to, ten years on. */
    projected_year: year,
    /** Employment in the base year, thousands. */
    employment_base_thousands: thousands,
    /** Projected employment, thousands. */
    employment_projected_thousands: thousands,
    /** Change in employment over the ten years, thousands (negative for a decline). */
    change_thousands: signedNumber,
    /** Change in employment, percent (negative for a decline). */
    change_pct: signedNumber,
    /** Percent of the base year's workers who are self-employed. */
    self_employed_pct: percent.optional(),
    /** Why self_employed_pct is blank: "not_available" (BLS `—`). */
    self_employed_pct_flag: estimateFlag.optional(),
    /** Openings a year on average over the ten years, thousands. */
    openings_annual_thousands: thousands,
    /** Median annual wage, US dollars (OEWS, the base year's May estimates). */
    median_wage: usdPerYear.optional(),
    /** Why median_wage is blank: "not_available" (`—`) or "top_coded" (e.g. `>=$239,200`). */
    median_wage_flag: wageFlag.optional(),
    /** Typical education needed for entry, BLS's words. */
    education: z.enum(EP_EDUCATION, { error: `one of: ${EP_EDUCATION.join('; ')}` }).optional(),
    /** Why education is blank: "not_available" (`—`). */
    education_flag: estimateFlag.optional(),
    /** Work experience in a related occupation, BLS's words. */
    work_experience: z.enum(EP_EXPERIENCE, { error: `one of: ${EP_EXPERIENCE.join('; ')}` }).optional(),
    /** Why work_experience is blank: "not_available" (`—`). */
    work_experience_flag: estimateFlag.optional(),
    /** Typical on-the-job training, BLS's words. */
    job_training: z.enum(EP_TRAINING, { error: `one of: ${EP_TRAINING.join('; ')}` }).optional(),
    /** Why job_training is blank: "not_available" (`—`). */
    job_training_flag: estimateFlag.optional(),
    /** "yes" when the Occupational Outlook Handbook has a profile of the occupation. */
    ooh_content: yesNo.optional(),
    /** Source of the projection. */
    source_id: id,
  }),
  ['self_employed_pct', 'median_wage', 'education', 'work_experience', 'job_training'],
);

export type SourceRow = z.infer<typeof SourceRow>;
export type RoleRow = z.infer<typeof RoleRow>;
export type ResponsibilityRow = z.infer<typeof ResponsibilityRow>;
export type SkillRow = z.infer<typeof SkillRow>;
export type EmployerRow = z.infer<typeof EmployerRow>;
export type SalaryRow = z.infer<typeof SalaryRow>;
export type ComparisonRow = z.infer<typeof ComparisonRow>;
export type ComparisonSkillRow = z.infer<typeof ComparisonSkillRow>;
export type OnetOccupationRow = z.infer<typeof OnetOccupationRow>;
export type OnetAlternateTitleRow = z.infer<typeof OnetAlternateTitleRow>;
export type OnetImportanceRow = z.infer<typeof OnetImportanceRow>;
export type OnetTechnologyRow = z.infer<typeof OnetTechnologyRow>;
export type OnetTaskRow = z.infer<typeof OnetTaskRow>;
export type OnetEducationLevelRow = z.infer<typeof OnetEducationLevelRow>;
export type OnetEducationRow = z.infer<typeof OnetEducationRow>;
export type OnetJobZoneRow = z.infer<typeof OnetJobZoneRow>;
export type OnetRelatedOccupationRow = z.infer<typeof OnetRelatedOccupationRow>;
export type BlsOewsRow = z.infer<typeof BlsOewsRow>;
export type OnetInterestRow = z.infer<typeof OnetInterestRow>;
export type OnetWorkStyleRow = z.infer<typeof OnetWorkStyleRow>;
export type BlsProjectionRow = z.infer<typeof BlsProjectionRow>;

/*
 * Figures computed from raw records by `npm run aggregate` (never edited by hand), and the two hand-written
 * files that command reads: which titles mean which role or occupation, and which skill names mean the same.
 * A row is about a role (kind "role", group_id a role id) or an O*NET occupation (kind "occupation", group_id
 * its O*NET-SOC code). Suppressed figures (from fewer records than the run's min_records) are blank.
 */

const groupKind = z.enum(['role', 'occupation'], { error: 'either "role" or "occupation"' });
const groupId = z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\d{2}-\d{4}\.\d{2})$/, {
  error: 'a role id such as "global-account-manager" or an O*NET-SOC code such as 11-2022.00',
});
const anyNumber = numberCell('a number, e.g. 3.25 or -1.5', () => true);
const shareOfRecords = numberCell(
  'a percentage from 0 to 100 with up to 2 decimals, e.g. 12.35',
  (n) => n >= 0 && n <= 100,
);
const usdAmount = numberCell('an amount in US dollars per year, 0 or more, e.g. 88500', (n) => n >= 0);
const flag01 = z.enum(['yes', 'no'], { error: 'either "yes" or "no"' });

/** record_titles.csv — job titles (and their variants) that mean a role or an O*NET occupation. */
export const RecordTitleRow = z.object({
  /** "role" or "occupation". */
  kind: groupKind,
  /** The role id or O*NET-SOC code the title means. */
  group_id: groupId,
  /** A title as records write it; matched ignoring case, spacing, punctuation and plural endings. */
  title: text,
});

/** record_skill_aliases.csv — skill names that mean the same skill. */
export const RecordSkillAliasRow = z.object({
  /** A name as records write it, e.g. "Communication Skills"; matched ignoring case, spacing, punctuation, _ and -. */
  alias: text,
  /** The name to count and show it under, e.g. "Communication". */
  skill: text,
});

/** record_run.csv — the aggregation run the record figures come from (one row). */
export const RecordRunRow = z.object({
  /** Source id the record figures cite, always "records". */
  id,
  /** What the records are, e.g. "Synthetic resumes (generated)". */
  title: text,
  /** Day of the run, YYYY-MM-DD. */
  date: isoDate,
  /** Records read, valid or not. */
  records_read: count,
  /** Records whose title maps to a role or occupation. */
  mapped: count,
  /** Valid records whose title maps to nothing. */
  unmapped: count,
  /** Bad records accepted with --max-bad-records (listed in the run's report, never counted). */
  bad: count,
  /** Figures from fewer records than this are not published. */
  min_records: position,
});

/** record_groups.csv — records per role or occupation. */
export const RecordGroupRow = z.object({
  /** "role" or "occupation". */
  kind: groupKind,
  /** Role id or O*NET-SOC code. */
  group_id: groupId,
  /** Number of records; blank when suppressed. */
  records: count.optional(),
  /** Earliest record date; blank when suppressed or undated. */
  date_from: isoDate.optional(),
  /** Latest record date; blank when suppressed or undated. */
  date_to: isoDate.optional(),
  /** "yes" when there are fewer records than min_records, so no figure is published. */
  suppressed: flag01,
});

/** record_skills.csv — the top skills of a role or occupation, with the share of records listing each. */
export const RecordSkillRow = z.object({
  /** "role" or "occupation". */
  kind: groupKind,
  /** Role id or O*NET-SOC code. */
  group_id: groupId,
  /** Rank, 1 = listed by the most records. */
  position,
  /** Skill display name (after normalisation and aliases). */
  skill: text,
  /** Records listing the skill. */
  listing: count,
  /** Records of the role or occupation (the share's n). */
  records: count,
  /** Percent of the records listing the skill. */
  share_pct: shareOfRecords,
  /** Lower bound of the 95 % Wilson score interval, percent. */
  low_pct: shareOfRecords,
  /** Upper bound of the 95 % Wilson score interval, percent. */
  high_pct: shareOfRecords,
});

/** record_employers.csv — employers with at least min_records records of a role or occupation. */
export const RecordEmployerRow = z.object({
  /** "role" or "occupation". */
  kind: groupKind,
  /** Role id or O*NET-SOC code. */
  group_id: groupId,
  /** Rank, 1 = the most records. */
  position,
  /** Employer name as records write it (the most common spelling). */
  employer: text,
  /** Records at this employer. */
  records: count,
});

/** record_salaries.csv — yearly salary by industry, from records stating both. */
export const RecordSalaryRow = z.object({
  /** "role" or "occupation". */
  kind: groupKind,
  /** Role id or O*NET-SOC code. */
  group_id: groupId,
  /** Industry name as records write it. */
  industry: text,
  /** Records with a salary in this industry (always shown). */
  records: count,
  /** "yes" when records is below min_records: the figures are blank. */
  suppressed: flag01,
  /** First quartile, US dollars per year. */
  p25_usd: usdAmount.optional(),
  /** Median, US dollars per year. */
  median_usd: usdAmount.optional(),
  /** Third quartile, US dollars per year. */
  p75_usd: usdAmount.optional(),
  /** Mean, US dollars per year. */
  mean_usd: usdAmount.optional(),
});

/** record_education.csv — share of records at each highest education level, out of those stating one. */
export const RecordEducationRow = z.object({
  /** "role" or "occupation". */
  kind: groupKind,
  /** Role id or O*NET-SOC code. */
  group_id: groupId,
  /** Order of the level, 1 = none … 6 = doctoral. */
  position,
  /** One of none, high-school, associate, bachelor, master, doctoral. */
  education: z.enum(['none', 'high-school', 'associate', 'bachelor', 'master', 'doctoral'], {
    error: 'one of none, high-school, associate, bachelor, master, doctoral',
  }),
  /** Records stating an education level (the share's n). */
  records: count,
  /** "yes" when records is below min_records: the figures are blank. */
  suppressed: flag01,
  /** Records at this level. */
  listing: count.optional(),
  /** Percent of records at this level. */
  share_pct: shareOfRecords.optional(),
  /** Lower bound of the 95 % Wilson score interval, percent. */
  low_pct: shareOfRecords.optional(),
  /** Upper bound of the 95 % Wilson score interval, percent. */
  high_pct: shareOfRecords.optional(),
});

/** record_education_diffs.csv — education differences of every pair of roles with published education. */
export const RecordEducationDiffRow = z.object({
  /** One role (the "from" side). */
  role_id: id,
  /** The other role. */
  other_role_id: id,
  /** Education level. */
  education: z.enum(['none', 'high-school', 'associate', 'bachelor', 'master', 'doctoral'], {
    error: 'one of none, high-school, associate, bachelor, master, doctoral',
  }),
  /** Percent of role_id's records at this level. */
  share_pct: shareOfRecords,
  /** Percent of other_role_id's records at this level. */
  other_share_pct: shareOfRecords,
  /** other_share_pct − share_pct, in percentage points. */
  pp_diff: percentagePoints,
});

/** record_distinctive_skills.csv — skills that set each side of a pair of roles apart (weighted log-odds). */
export const RecordDistinctiveSkillRow = z.object({
  /** One role. */
  role_id: id,
  /** The other role. */
  other_role_id: id,
  /** "role" when the skill is more typical of role_id, "other" of other_role_id. */
  side: z.enum(['role', 'other'], { error: 'either "role" or "other"' }),
  /** Rank within the side, 1 = the most distinctive. */
  position,
  /** Skill display name. */
  skill: text,
  /** z-score of the weighted log-odds ratio (positive: more typical of role_id). */
  z: anyNumber,
  /** Percent of role_id's records listing the skill. */
  share_pct: shareOfRecords,
  /** Percent of other_role_id's records listing the skill. */
  other_share_pct: shareOfRecords,
});
