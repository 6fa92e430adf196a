/**
 * The aggregation SQL is portable: the same sql/aggregate/*.sql run on PostgreSQL 15 over the same long tables
 * gives the same record files, at their published precision, as DuckDB. PostgreSQL missing is a failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, runAggregation, type SqlEngine } from '@/lib/records/engine';
import { contractFiles, contractRows, type RunInfo } from '@/lib/records/output';
import { copyLongTables, startPostgres, type Postgres } from './support/postgres';
import { aggregate, HAND_RECORDS } from './support/run';

let postgres: Postgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

const RUN: RunInfo = { title: 't', date: '2026-12-01', recordsRead: 0, mapped: 0, unmapped: 0, bad: 0, minRecords: 30 };

describe('DuckDB and PostgreSQL', () => {
  for (const minRecords of [30, 5]) {
    it(`give the same figures on the hand-made records (min records ${minRecords})`, async () => {
      const params = { ...DEFAULT_PARAMS, minRecords };
      const written = async (engine: SqlEngine) =>
        contractFiles(contractRows(await runAggregation(engine, params), RUN));
      let duck: Map<string, string> | undefined;
      let pg: Map<string, string> | undefined;
      const run = await aggregate([HAND_RECORDS], {
        params,
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
    });
  }
});
