/**
 * The same records as CSV, gzip CSV, Parquet and JSON Lines, or with the skills in a long record_id,skill file,
 * give the same figures: loading is separate from aggregating.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDuckDb, sqlString } from '@/lib/records/duckdb';
import { recordFiles } from '@/lib/records/files';
import { aggregate, HAND_RECORDS } from './support/run';

const folder = await mkdtemp(join(tmpdir(), 'atlas-formats-'));
const engine = await openDuckDb();
const source = `read_csv(${sqlString(resolve(HAND_RECORDS))}, all_varchar = true, header = true)`;
const copy = (query: string, file: string, options: string) =>
  engine.query(`copy (${query}) to ${sqlString(join(folder, file))} (${options})`);
await copy(`select * from ${source}`, 'records.csv.gz', "format csv, header true, compression 'gzip'");
await copy(`select * from ${source}`, 'records.parquet', 'format parquet');
await copy(`select * from ${source}`, 'records.jsonl', 'format json');
// Long form: the records without their skills cell, and one row per record and skill.
await copy(`select * exclude (skills) from ${source}`, 'long.csv', 'format csv, header true');
await copy(
  `select record_id, unnest(string_split(skills, ';')) as skill from ${source} where skills is not null`,
  'long-skills.csv',
  'format csv, header true',
);
engine.close();

const expected = await aggregate([HAND_RECORDS]);
if (!expected.ok) throw new Error(expected.problems.join('; '));
const figures = (files: Map<string, string>) => [...files].filter(([name]) => name !== 'record_run.csv');

describe('record formats', () => {
  for (const file of ['records.csv.gz', 'records.parquet', 'records.jsonl']) {
    it(`${file} gives the same figures as the CSV`, async () => {
      const result = await aggregate([join(folder, file)]);
      if (!result.ok) throw new Error(result.problems.join('; '));
      expect(figures(result.files)).toEqual(figures(expected.files));
    });
  }

  it('a long record_id,skill file gives the same figures as the skills cell', async () => {
    const result = await aggregate([join(folder, 'long.csv'), join(folder, 'long-skills.csv')]);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(figures(result.files)).toEqual(figures(expected.files));
  });

  it('a folder is read as its record files in name order', async () => {
    expect((await recordFiles(folder)).map((f) => f.slice(folder.length + 1))).toEqual([
      'long-skills.csv',
      'long.csv',
      'records.csv.gz',
      'records.jsonl',
      'records.parquet',
    ]);
  });
});
