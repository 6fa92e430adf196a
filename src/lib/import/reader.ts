/**
 * The common shape of every importer's readers: one reader per source file. A reader names its file
 * and the columns it needs (found by header name, so order and extra columns do not matter), and turns
 * the file's records into a value — rows for an output table, or a lookup later readers depend on
 * (handed to them as `context`). Every bad cell becomes an issue pinned to file, line and column.
 */
import type { DataIssue } from '@/lib/data/issues';
import { CellReader, locateColumns, type RawTable, type Read } from '@/lib/import/table';

/** A row of an output table: column → cell text (undefined = empty). */
export type OutputRow = Record<string, string | undefined>;

/** Where each named column is in the file: required ones always, optional ones when the layout has them. */
export type Columns<R extends string, O extends string> = Record<R, number> & Partial<Record<O, number>>;

export interface ReaderInput<R extends string, O extends string, Context> {
  table: RawTable;
  columns: Columns<R, O>;
  /** The reader's cell reader: its issues are collected after `read` returns. */
  cells: CellReader;
  context: Context;
  /** Problems with the file as a whole (not one cell). */
  issues: DataIssue[];
  /** What a maintainer should know about this input (layout differences, merged duplicates). */
  notes: string[];
}

export interface SourceFileReader<Context, Value, R extends string = string, O extends string = never> {
  readonly file: string;
  readonly required: readonly R[];
  readonly optional?: readonly O[];
  read(input: ReaderInput<R, O, Context>): Value;
}

/** A reader whose columns were found: call it with its context to read the file. */
export type PreparedReader<Context, Value> = (context: Context) => {
  value: Value;
  issues: DataIssue[];
  notes: string[];
};

/**
 * Finds a reader's columns in its table. Done for every file before any is read, so that a wrong
 * layout is reported for all files at once, before thousands of cell errors it would cause.
 */
export function prepareReader<Context, Value, R extends string, O extends string>(
  reader: SourceFileReader<Context, Value, R, O>,
  table: RawTable,
  missing: readonly string[] = [],
): Read<PreparedReader<Context, Value>> {
  const located = locateColumns(table, reader.required, reader.optional ?? []);
  if (!located.ok) return located;
  return {
    ok: true,
    value: (context) => {
      const cells = new CellReader(table, missing);
      const issues: DataIssue[] = [];
      const notes: string[] = [];
      const value = reader.read({ table, columns: located.value, cells, context, issues, notes });
      return { value, issues: [...issues, ...cells.issues], notes };
    },
  };
}
