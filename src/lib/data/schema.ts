/**
 * The data contract: one zod schema per CSV file (one concept each). Cells arrive as trimmed
 * strings, with empty cells removed, so `.optional()` means "may be left blank".
 * data/README.md documents every column; tests/unit/data-contract-docs.test.ts keeps the two in step.
 */
import { z } from 'zod';

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
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

export type SourceRow = z.infer<typeof SourceRow>;
export type RoleRow = z.infer<typeof RoleRow>;
export type ResponsibilityRow = z.infer<typeof ResponsibilityRow>;
export type SkillRow = z.infer<typeof SkillRow>;
export type EmployerRow = z.infer<typeof EmployerRow>;
export type SalaryRow = z.infer<typeof SalaryRow>;
export type ComparisonRow = z.infer<typeof ComparisonRow>;
export type ComparisonSkillRow = z.infer<typeof ComparisonSkillRow>;
