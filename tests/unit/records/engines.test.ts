/**
 * The aggregation SQL is portable: the same sql/aggregate/*.sql run on PostgreSQL 15 over the same long tables
 * gives the same record files, at their published precision, as DuckDB. PostgreSQL missing is a failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, runAggregation, type SqlEngine } from '@/lib/records/engine';
import { contractFiles, contractRows, type RunInfo } from '@/lib/records/output';
import { copyLongTables, startPostgres, type Postgres } from './support/postgres';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFolderFiles } from '@/lib/node/read-folder';
import { syntheticCsv } from '@/lib/records/synthetic';
import { aggregate, HAND_RECORDS } from './support/run';

let postgres: Postgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

const RUN: RunInfo = { title: 't', date: '2026-12-01', recordsRead: 0, mapped: 0, unmapped: 0, bad: 0, minRecords: 30 };

/** 4,000 synthetic records for the seed roles: many skills, ties, suppressed industries, bad and unmapped records. */
async function syntheticFile(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'atlas-engines-'));
  const file = join(folder, 'synthetic-records.csv');
  const roles = [
    { id: 'global-account-manager', title: 'Global account manager', skills: ['Global Account', 'Cloud'] },
    { id: 'market-sales-manager', title: 'Market sales manager', skills: ['Market Research'] },
    { id: 'product-manager-sales', title: 'Product manager/sales', skills: ['Product Management'] },
  ];
  await writeFile(file, [...syntheticCsv({ records: 4000, seed: 7, roles })].join(''));
  return file;
}

const CASES = [
  { name: 'the hand-made records (min records 30)', file: async () => HAND_RECORDS, minRecords: 30, data: undefined },
  { name: 'the hand-made records (min records 5)', file: async () => HAND_RECORDS, minRecords: 5, data: undefined },
  { name: '4,000 synthetic records for the seed roles', file: syntheticFile, minRecords: 30, data: 'data' },
];

describe('DuckDB and PostgreSQL', () => {
  for (const { name, file, minRecords, data } of CASES) {
    it(`give the same figures on ${name}`, async () => {
      const params = { ...DEFAULT_PARAMS, minRecords };
      const written = async (engine: SqlEngine) =>
        contractFiles(contractRows(await runAggregation(engine, params), RUN));
      let duck: Map<string, string> | undefined;
      let pg: Map<string, string> | undefined;
      const run = await aggregate([await file()], {
        params,
        maxBadRecords: 100,
        ...(data && { data: (await readFolderFiles(data)).files }),
        onLongTables: async (engine) => {
          await copyLongTables(engine, postgres);
          duck = await written(engine);
          pg = await written(postgres);
        },
      });
      if (!run.ok) throw new Error(run.problems.join('; '));
      expect(pg && duck).toBeDefined();
      for (const [file, text] of duck!) {
        expect(pg!.get(file), file).toBe(text);
        if (file !== 'record_run.csv')
          expect(text.trim().split('\n').length, `${file} has data rows`).toBeGreaterThan(1);
      }
      // And the DuckDB side is what the run writes.
      expect(duck!.get('record_skills.csv')).toBe(run.files.get('record_skills.csv'));
    }, 120_000);
  }
});
