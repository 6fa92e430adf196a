/** Which CSV files make up a data folder, the schema each follows, and what makes a row unique. */
import type { z } from 'zod';
import { matchKey } from '@/lib/text/slug';
import {
  BlsOewsRow,
  ComparisonRow,
  ComparisonSkillRow,
  EmployerRow,
  OnetAlternateTitleRow,
  OnetEducationLevelRow,
  OnetEducationRow,
  OnetImportanceRow,
  OnetJobZoneRow,
  OnetOccupationRow,
  OnetRelatedOccupationRow,
  OnetTaskRow,
  OnetTechnologyRow,
  ResponsibilityRow,
  RoleRow,
  SalaryRow,
  SkillNameRow,
  SocMajorGroupRow,
  SkillRow,
  SourceRow,
} from '@/lib/data/schema';

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
  blsOews: table({ file: 'bls_oews.csv', schema: BlsOewsRow, required: false, key: ['soc_code', 'naics'] }),
  socMajorGroups: table({
    file: 'soc_major_groups.csv',
    schema: SocMajorGroupRow,
    required: false,
    key: ['soc_code'],
  }),
} as const;

export type TableName = keyof typeof TABLES;

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
