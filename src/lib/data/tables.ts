/**
 * Which CSV files make up a data folder, the schema each follows, what makes a row unique, and
 * which of its columns refer to rows of other files (checked for every file alike by
 * data/references.ts, hand-made and imported).
 */
import type { z } from 'zod';
import { matchKey } from '@/lib/text/slug';
import {
  BlsOewsRow,
  BlsProjectionRow,
  ComparisonRow,
  ComparisonSkillRow,
  EmployerRow,
  OnetAlternateTitleRow,
  OnetEducationLevelRow,
  OnetEducationRow,
  OnetImportanceRow,
  OnetInterestRow,
  OnetJobZoneRow,
  OnetOccupationRow,
  OnetRelatedOccupationRow,
  OnetTaskRow,
  OnetTechnologyRow,
  OnetWorkStyleRow,
  RecordDistinctiveSkillRow,
  RecordEducationDiffRow,
  RecordEducationRow,
  RecordEmployerRow,
  RecordGroupRow,
  RecordRunRow,
  RecordSalaryRow,
  RecordSkillAliasRow,
  RecordSkillRow,
  RecordTitleRow,
  ResponsibilityRow,
  RoleRow,
  SalaryRow,
  SkillNameRow,
  SocMajorGroupRow,
  SkillRow,
  SourceRow,
} from '@/lib/data/schema';

/**
 * Columns of one file whose values together name a row of another file by that file's key (a
 * blank optional cell names nothing). With several target files, the row may be in any of them.
 */
export interface Reference<Column extends string = string> {
  columns: readonly Column[];
  to: readonly TableName[];
  /**
   * When none of the target files is in the folder: "report" it once for the referring file;
   * "skip" when the reference holds only once the target is there (official data not imported),
   * or when the target is a required file, whose absence is reported on its own.
   */
  whenAbsent: 'report' | 'skip';
  /** What a problem says is expected, when "an id from <file>" does not fit (e.g. a pair of columns). */
  expected?: string;
}

export interface TableSpec<S extends z.ZodObject = z.ZodObject> {
  /** File name inside the data folder. */
  file: string;
  /** Row schema. */
  schema: S;
  /** Whether a data folder must contain the file. */
  required: boolean;
  /** Columns whose values together may appear only once (compared ignoring case). */
  key: readonly (keyof z.infer<S> & string)[];
}

function table<S extends z.ZodObject>(spec: TableSpec<S>): TableSpec<S> {
  return spec;
}

/** Every `source_id` names a source, hand-made or official. */
const CITES = { columns: ['source_id'], to: ['sources', 'officialSources'], whenAbsent: 'skip' } as const;
const ROLE = <C extends 'role_id' | 'other_role_id'>(column: C) =>
  ({ columns: [column], to: ['roles'], whenAbsent: 'skip' }) as const;
/** A column naming an O*NET occupation of onet_occupations.csv, which the O*NET files need beside them. */
const OCCUPATION = <C extends 'onet_code' | 'related_onet_code'>(column: C) =>
  ({ columns: [column], to: ['onetOccupations'], whenAbsent: 'report' }) as const;

export const TABLES = {
  sources: table({ file: 'sources.csv', schema: SourceRow, required: true, key: ['id'] }),
  roles: table({ file: 'roles.csv', schema: RoleRow, required: true, key: ['id'] }),
  responsibilities: table({
    file: 'responsibilities.csv',
    schema: ResponsibilityRow,
    required: false,
    key: ['role_id', 'position'],
  }),
  skills: table({ file: 'skills.csv', schema: SkillRow, required: false, key: ['role_id', 'skill'] }),
  employers: table({ file: 'employers.csv', schema: EmployerRow, required: false, key: ['role_id', 'employer'] }),
  salaries: table({ file: 'salaries.csv', schema: SalaryRow, required: false, key: ['role_id', 'industry'] }),
  comparisons: table({
    file: 'comparisons.csv',
    schema: ComparisonRow,
    required: false,
    key: ['role_id', 'other_role_id'],
  }),
  comparisonSkills: table({
    file: 'comparison_skills.csv',
    schema: ComparisonSkillRow,
    required: false,
    key: ['role_id', 'other_role_id', 'side', 'skill'],
  }),
  skillNames: table({ file: 'skill_names.csv', schema: SkillNameRow, required: false, key: ['skill'] }),
  // Written by `npm run import:official`; a folder without them simply has no official figures.
  officialSources: table({ file: 'official_sources.csv', schema: SourceRow, required: false, key: ['id'] }),
  onetOccupations: table({
    file: 'onet_occupations.csv',
    schema: OnetOccupationRow,
    required: false,
    key: ['onet_code'],
  }),
  onetAlternateTitles: table({
    file: 'onet_alternate_titles.csv',
    schema: OnetAlternateTitleRow,
    required: false,
    key: ['onet_code', 'title'],
  }),
  onetImportance: table({
    file: 'onet_importance.csv',
    schema: OnetImportanceRow,
    required: false,
    key: ['onet_code', 'element_id'],
  }),
  onetTechnologySkills: table({
    file: 'onet_technology_skills.csv',
    schema: OnetTechnologyRow,
    required: false,
    key: ['onet_code', 'technology'],
  }),
  onetTasks: table({ file: 'onet_tasks.csv', schema: OnetTaskRow, required: false, key: ['onet_code', 'task_id'] }),
  onetEducationLevels: table({
    file: 'onet_education_levels.csv',
    schema: OnetEducationLevelRow,
    required: false,
    key: ['category'],
  }),
  onetEducation: table({
    file: 'onet_education.csv',
    schema: OnetEducationRow,
    required: false,
    key: ['onet_code', 'category'],
  }),
  onetJobZones: table({ file: 'onet_job_zones.csv', schema: OnetJobZoneRow, required: false, key: ['job_zone'] }),
  onetRelatedOccupations: table({
    file: 'onet_related_occupations.csv',
    schema: OnetRelatedOccupationRow,
    required: false,
    key: ['onet_code', 'related_onet_code'],
  }),
  onetInterests: table({ file: 'onet_interests.csv', schema: OnetInterestRow, required: false, key: ['onet_code'] }),
  onetWorkStyles: table({
    file: 'onet_work_styles.csv',
    schema: OnetWorkStyleRow,
    required: false,
    key: ['onet_code', 'element_id'],
  }),
  blsOews: table({ file: 'bls_oews.csv', schema: BlsOewsRow, required: false, key: ['soc_code', 'naics'] }),
  socMajorGroups: table({
    file: 'soc_major_groups.csv',
    schema: SocMajorGroupRow,
    required: false,
    key: ['soc_code'],
  }),
  // Hand-written inputs of `npm run aggregate`, and the record figures it writes (see data/README.md).
  recordTitles: table({ file: 'record_titles.csv', schema: RecordTitleRow, required: false, key: ['title'] }),
  recordSkillAliases: table({
    file: 'record_skill_aliases.csv',
    schema: RecordSkillAliasRow,
    required: false,
    key: ['alias'],
  }),
  recordRun: table({ file: 'record_run.csv', schema: RecordRunRow, required: false, key: ['id'] }),
  recordGroups: table({
    file: 'record_groups.csv',
    schema: RecordGroupRow,
    required: false,
    key: ['kind', 'group_id'],
  }),
  recordSkills: table({
    file: 'record_skills.csv',
    schema: RecordSkillRow,
    required: false,
    key: ['kind', 'group_id', 'skill'],
  }),
  recordEmployers: table({
    file: 'record_employers.csv',
    schema: RecordEmployerRow,
    required: false,
    key: ['kind', 'group_id', 'employer'],
  }),
  recordSalaries: table({
    file: 'record_salaries.csv',
    schema: RecordSalaryRow,
    required: false,
    key: ['kind', 'group_id', 'industry'],
  }),
  recordEducation: table({
    file: 'record_education.csv',
    schema: RecordEducationRow,
    required: false,
    key: ['kind', 'group_id', 'education'],
  }),
  recordEducationDiffs: table({
    file: 'record_education_diffs.csv',
    schema: RecordEducationDiffRow,
    required: false,
    key: ['role_id', 'other_role_id', 'education'],
  }),
  recordDistinctiveSkills: table({
    file: 'record_distinctive_skills.csv',
    schema: RecordDistinctiveSkillRow,
    required: false,
    key: ['role_id', 'other_role_id', 'skill'],
  }),
  blsProjections: table({
    file: 'bls_projections.csv',
    schema: BlsProjectionRow,
    required: false,
    key: ['soc_code'],
  }),
} as const;

export type TableName = keyof typeof TABLES;

/** Each file's references to other files (data/references.ts checks them all, for every file alike). */
export const REFERENCES = {
  sources: [],
  // A role may name an O*NET occupation: checked once the official data is there.
  roles: [CITES, { columns: ['onet_code'], to: ['onetOccupations'], whenAbsent: 'skip' }],
  responsibilities: [ROLE('role_id'), CITES],
  skills: [ROLE('role_id'), CITES],
  employers: [ROLE('role_id'), CITES],
  salaries: [ROLE('role_id'), CITES],
  comparisons: [ROLE('role_id'), ROLE('other_role_id'), CITES],
  comparisonSkills: [
    ROLE('role_id'),
    ROLE('other_role_id'),
    {
      columns: ['role_id', 'other_role_id'],
      to: ['comparisons'],
      whenAbsent: 'skip',
      expected: 'a pair of roles listed in comparisons.csv with the same role_id and other_role_id',
    },
    CITES,
  ],
  // Whether each names a listed skill is a cross-file rule (matched ignoring case): data/cross-file-rules.ts.
  skillNames: [],
  officialSources: [],
  // The O*NET files need onet_occupations.csv beside them; job zones are checked when their file is there.
  onetOccupations: [{ columns: ['job_zone'], to: ['onetJobZones'], whenAbsent: 'skip' }, CITES],
  onetAlternateTitles: [OCCUPATION('onet_code'), CITES],
  onetImportance: [OCCUPATION('onet_code'), CITES],
  onetTechnologySkills: [OCCUPATION('onet_code'), CITES],
  onetTasks: [OCCUPATION('onet_code'), CITES],
  onetEducationLevels: [CITES],
  onetEducation: [
    OCCUPATION('onet_code'),
    { columns: ['category'], to: ['onetEducationLevels'], whenAbsent: 'report' },
    CITES,
  ],
  onetJobZones: [CITES],
  onetRelatedOccupations: [OCCUPATION('onet_code'), OCCUPATION('related_onet_code'), CITES],
  onetInterests: [OCCUPATION('onet_code'), CITES],
  onetWorkStyles: [OCCUPATION('onet_code'), CITES],
  blsOews: [CITES],
  socMajorGroups: [CITES],
  // Record files: a row's group_id names a role or an occupation depending on its kind, which a declared
  // reference cannot say; data/validate-records.ts checks them all (and the role pairs), with its own tests.
  recordTitles: [],
  recordSkillAliases: [],
  recordRun: [],
  recordGroups: [],
  recordSkills: [],
  recordEmployers: [],
  recordSalaries: [],
  recordEducation: [],
  recordEducationDiffs: [],
  recordDistinctiveSkills: [],
  blsProjections: [CITES],
} as const satisfies { [K in TableName]: readonly Reference<keyof z.infer<(typeof TABLES)[K]['schema']> & string>[] };

/** A validated row and where it stands in its file. */
export interface Located<T> {
  row: T;
  line: number;
  /** 1-based column number of each column name in this file's header. */
  columns: Record<string, number>;
}

export type Tables = { [K in TableName]: Located<z.infer<(typeof TABLES)[K]['schema']>>[] };

/**
 * What references may point at beyond the valid rows: the keys of rows already reported as
 * invalid (so one bad row is one problem, not one per row that cites it). `null` when the file
 * itself could not be read: that is reported once, and references to it are not checked.
 */
export type KnownKeys = Set<string> | null;

/** The columns of a table, in the order data/README.md documents them. */
export function columnsOf(spec: TableSpec): string[] {
  return Object.keys(spec.schema.shape);
}

/** Which columns a row cannot be left without. */
export function requiredColumnsOf(spec: TableSpec): string[] {
  return Object.entries(spec.schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([name]) => name);
}

/** Value of a row's unique key, compared ignoring case and repeated spaces. */
export function keyOf(spec: TableSpec, row: Record<string, unknown>): string {
  return spec.key.map((column) => matchKey(String(row[column] ?? ''))).join('\u0000');
}
