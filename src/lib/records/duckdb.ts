/** DuckDB, embedded: the engine `npm run aggregate` runs on. Nothing to start; it reads CSV, gzip and Parquet itself. */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { SqlEngine, SqlRow } from '@/lib/records/engine';

export interface DuckEngine extends SqlEngine {
  connection: DuckDBConnection;
  close(): void;
}

/** RECORDS_PROFILE=1: each statement's wall and CPU time (all threads) on stderr, to see where a run's time goes. */
const profiling = Boolean(process.env.RECORDS_PROFILE);

function profileLine(ms: number, cpu: NodeJS.CpuUsage, sql: string): void {
  const text = sql
    .replace(/--[^\n]*\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const seconds = (value: number) => value.toFixed(2).padStart(6);
  process.stderr.write(
    `profile ${seconds(ms / 1000)} s wall ${seconds((cpu.user + cpu.system) / 1e6)} s CPU  ${text.slice(0, 100)}\n`,
  );
}

/**
 * An in-memory database that spills to a temporary folder past `memoryLimit` (DuckDB's own setting), so tens of
 * millions of records fit in a small machine's memory.
 */
export async function openDuckDb(memoryLimit = process.env.RECORDS_MEMORY_LIMIT ?? '1200MB'): Promise<DuckEngine> {
  const temp = await mkdtemp(join(tmpdir(), 'atlas-duckdb-'));
  const instance = await DuckDBInstance.create(':memory:', {
    preserve_insertion_order: 'true',
    memory_limit: memoryLimit,
    temp_directory: temp,
  });
  const connection = await instance.connect();
  return {
    connection,
    async query(sql) {
      const started = profiling ? performance.now() : 0;
      const cpu = profiling ? process.cpuUsage() : undefined;
      const reader = await connection.runAndReadAll(sql);
      const rows = reader.getRowObjectsJson() as SqlRow[];
      if (cpu) profileLine(performance.now() - started, process.cpuUsage(cpu), sql);
      return rows;
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

/** A string as a SQL literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Appends rows of strings (null for a blank) to an existing table, fast. */
export async function appendRows(
  connection: DuckDBConnection,
  table: string,
  rows: Iterable<readonly (string | null)[]>,
): Promise<void> {
  const appender = await connection.createAppender(table);
  for (const row of rows) {
    for (const value of row) {
      if (value === null) appender.appendNull();
      else appender.appendVarchar(value);
    }
    appender.endRow();
  }
  appender.closeSync();
}
