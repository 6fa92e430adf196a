/** DuckDB, embedded: the engine `npm run aggregate` runs on. Nothing to start; it reads CSV, gzip and Parquet itself. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { SqlEngine, SqlRow } from '@/lib/records/engine';

export interface DuckEngine extends SqlEngine {
  connection: DuckDBConnection;
  close(): void;
}

export async function openDuckDb(): Promise<DuckEngine> {
  const instance = await DuckDBInstance.create(':memory:', { preserve_insertion_order: 'true' });
  const connection = await instance.connect();
  return {
    connection,
    async query(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJson() as SqlRow[];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
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
