/**
 * The aggregation, engine-neutral: the .sql files of sql/aggregate/ run as they are on any engine that can
 * answer a query with rows (DuckDB for `npm run aggregate`, PostgreSQL in the tests).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A value as engines return it: counts may come as strings (64-bit integers), dates as text. */
export type SqlValue = string | number | bigint | boolean | null | undefined;
export type SqlRow = Record<string, SqlValue>;

export interface SqlEngine {
  /** Runs one statement and returns its rows (none for a statement that returns nothing). */
  query(sql: string): Promise<SqlRow[]>;
}

/** The parameters the SQL reads from its one-row aggregate_params table. */
export interface AggregateParams {
  minRecords: number;
  topSkills: number;
  topEmployers: number;
  topDistinctive: number;
  /** The informative Dirichlet prior is the corpus's own skill counts times this (1: the corpus as it is). */
  priorScale: number;
  /** Critical value of the 95 % intervals and of the distinctiveness threshold. */
  z: number;
}

export const DEFAULT_PARAMS: AggregateParams = {
  minRecords: 30,
  topSkills: 25,
  topEmployers: 20,
  topDistinctive: 10,
  priorScale: 1,
  z: 1.959963984540054,
};

/** The statements of the aggregation, in the order they run; each is sql/aggregate/<name>.sql. */
export const AGGREGATE_QUERIES = [
  'groups',
  'skills',
  'employers',
  'salaries',
  'education',
  'education_diffs',
  'distinctive_skills',
] as const;
export type AggregateName = (typeof AGGREGATE_QUERIES)[number];
export type AggregateResult = Record<AggregateName, SqlRow[]>;

export const SQL_DIR = join(import.meta.dirname, '..', '..', '..', 'sql', 'aggregate');

export async function readAggregateSql(dir = SQL_DIR): Promise<Record<AggregateName, string>> {
  const entries = await Promise.all(
    AGGREGATE_QUERIES.map(async (name) => [name, await readFile(join(dir, `${name}.sql`), 'utf8')] as const),
  );
  return Object.fromEntries(entries) as Record<AggregateName, string>;
}

/** Statements that (re)create aggregate_params, in SQL both engines accept. */
export function paramsSql(params: AggregateParams): string[] {
  const whole = [params.minRecords, params.topSkills, params.topEmployers, params.topDistinctive];
  if (!whole.every((n) => Number.isInteger(n) && n >= 1))
    throw new Error('aggregate parameters must be whole numbers ≥ 1');
  if (!(params.priorScale > 0 && params.z > 0)) throw new Error('prior size and z must be greater than 0');
  return [
    'drop table if exists aggregate_params',
    'create table aggregate_params (min_records integer, top_skills integer, top_employers integer, ' +
      'top_distinctive integer, prior_scale double precision, z double precision)',
    `insert into aggregate_params values (${whole.join(', ')}, ${params.priorScale}, ${params.z})`,
  ];
}

/**
 * Tables the statements share, each sql/aggregate/<name>.sql, made first: the one pass over the long skill table
 * that two statements need.
 */
export const SHARED_TABLES = ['group_skill_counts'] as const;

/** Runs every aggregation statement over the long tables already loaded in the engine. */
export async function runAggregation(engine: SqlEngine, params: AggregateParams): Promise<AggregateResult> {
  for (const statement of paramsSql(params)) await engine.query(statement);
  for (const name of SHARED_TABLES) {
    await engine.query(`drop table if exists ${name}`);
    await engine.query(await readFile(join(SQL_DIR, `${name}.sql`), 'utf8'));
  }
  const sql = await readAggregateSql();
  const result = {} as AggregateResult;
  for (const name of AGGREGATE_QUERIES) result[name] = await engine.query(sql[name]);
  return result;
}
