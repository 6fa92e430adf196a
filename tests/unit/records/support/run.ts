/** Runs the aggregation on test records and reads back the files it would write. */
import Papa from 'papaparse';
import { readFolderFiles } from '@/lib/node/read-folder';
import { DEFAULT_PARAMS, type AggregateParams } from '@/lib/records/engine';
import type { DuckEngine } from '@/lib/records/duckdb';
import { runAggregate, type RunResult } from '@/lib/records/run';

export const HAND_RECORDS = 'tests/fixtures/records/hand/records.csv';
export const HAND_DATA = 'tests/fixtures/records/hand-data';

export async function aggregate(
  files: string[],
  options: {
    params?: Partial<AggregateParams>;
    maxBadRecords?: number;
    data?: Map<string, Uint8Array>;
    onLongTables?: (engine: DuckEngine) => Promise<void>;
  } = {},
): Promise<RunResult> {
  return runAggregate({
    files,
    dataFolder: options.data ?? (await readFolderFiles(HAND_DATA)).files,
    params: { ...DEFAULT_PARAMS, ...options.params },
    maxBadRecords: options.maxBadRecords ?? 0,
    title: 'Hand-made test records',
    date: '2026-12-01',
    progress: () => {},
    ...(options.onLongTables ? { onLongTables: options.onLongTables } : {}),
  });
}

/** One written file's rows as objects (blank cells are empty strings). */
export function rowsOf(result: RunResult, file: string): Record<string, string>[] {
  if (!result.ok) throw new Error(`the run failed: ${result.problems.join('; ')}`);
  const text = result.files.get(file);
  if (text === undefined) throw new Error(`no ${file} written`);
  return Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
}
