/**
 * The raw record input of `npm run aggregate`: one row per resume (or job posting). data/README.md documents it
 * ("Raw records"); tests/unit/records/contract-docs.test.ts keeps the two in step.
 */

export interface RawColumn {
  name: string;
  required: boolean;
  /** What the column holds, in the words the docs use. */
  meaning: string;
}

export const RAW_COLUMNS: readonly RawColumn[] = [
  { name: 'record_id', required: true, meaning: 'unique id of the record' },
  { name: 'title', required: true, meaning: 'the job title as written (free text)' },
  { name: 'skills', required: false, meaning: 'the skills listed, in one cell, separated by `;`' },
  { name: 'employer', required: false, meaning: 'employer name as written' },
  { name: 'industry', required: false, meaning: 'industry name' },
  { name: 'salary', required: false, meaning: 'a number' },
  { name: 'salary_period', required: false, meaning: '`year` (default), `month` or `hour`' },
  { name: 'education', required: false, meaning: 'highest level reached' },
  { name: 'date', required: false, meaning: 'date of the record, `YYYY-MM-DD`' },
];

/** Columns of the optional long skills file (one row per record and skill). */
export const LONG_SKILL_COLUMNS = ['record_id', 'skill'] as const;

/** Highest education levels, lowest first; the page labels follow. */
export const EDUCATION_LEVELS = ['none', 'high-school', 'associate', 'bachelor', 'master', 'doctoral'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  none: 'No formal qualification',
  'high-school': 'High school',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctoral: 'Doctoral degree',
};

/** A salary's period → its yearly factor, as BLS converts: 2,080 working hours or 12 months a year. */
export const SALARY_PERIODS = { year: 1, month: 12, hour: 2080 } as const;

/** Below this many records a figure is not published (configurable with --min-records). */
export const DEFAULT_MIN_RECORDS = 30;

/** The input files of the mapping, kept in the data folder beside the outputs (hand-written). */
export const TITLE_MAP_FILE = 'record_titles.csv';
export const SKILL_ALIAS_FILE = 'record_skill_aliases.csv';
