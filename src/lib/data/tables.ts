/** Which CSV files make up a data folder, the schema each follows, and what makes a row unique. */
import type { z } from 'zod';
import { matchKey } from '@/lib/text/slug';
import {
  ComparisonRow,
  ComparisonSkillRow,
  EmployerRow,
  ResponsibilityRow,
  RoleRow,
  SalaryRow,
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
