/**
 * Validates a whole data folder: every file, every row, every cross-file reference.
 * Pure: bytes in, typed rows and every issue out. Nothing is dropped silently: a row
 * with a problem is reported, and any issue stops the data step.
 */
import { decodeUtf8, parseCsv, type CsvTable } from '@/lib/data/csv';
import { append, sortIssues, type DataIssue } from '@/lib/data/issues';
import { checkCrossFileRules } from '@/lib/data/cross-file-rules';
import { checkReferences } from '@/lib/data/references';
import { checkRecordReferences } from '@/lib/data/validate-records';
import {
  TABLES,
  columnsOf,
  keyOf,
  requiredColumnsOf,
  type KnownKeys,
  type Located,
  type TableName,
  type TableSpec,
  type Tables,
} from '@/lib/data/tables';
import { didYouMean } from '@/lib/text/did-you-mean';

export interface ValidationResult {
  tables: Tables;
  issues: DataIssue[];
  /** Data rows read per file present. */
  rowCounts: Record<string, number>;
}

const KNOWN_FILES = Object.values(TABLES).map((spec) => spec.file);

function emptyTables(): Tables {
  return Object.fromEntries(Object.keys(TABLES).map((name) => [name, []])) as unknown as Tables;
}

/** A list of names for a message, cut after a few, each name cut when very long. */
function shownList(names: readonly string[]): string {
  const shown = names.slice(0, 40).map((name) => (name.length > 80 ? `${name.slice(0, 80)}…` : name));
  return `${shown.join(', ')}${names.length > shown.length ? `, and ${names.length - shown.length} more` : ''}`;
}

/** Header problems: unknown, duplicated and missing columns. A misspelt required column is one problem, not two. */
function checkHeader(spec: TableSpec, header: string[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const known = columnsOf(spec);
  const knownSet = new Set(known);
  // Sets, not header.includes() per column: a header of a hundred thousand cells stays one pass.
  const inHeader = new Set(header);
  const missing = new Set(requiredColumnsOf(spec).filter((name) => !inHeader.has(name)));
  const absent = known.filter((k) => !inHeader.has(k));
  const seen = new Set<string>();
  header.forEach((name, index) => {
    const column = index + 1;
    if (seen.has(name)) {
      issues.push({
        file: spec.file,
        line: 1,
        column,
        found: name,
        expected: 'each column once; this column name appears twice',
      });
    }
    seen.add(name);
    if (knownSet.has(name)) return;
    const hint = didYouMean(name, absent);
    if (hint && missing.has(hint)) {
      missing.delete(hint);
      issues.push({
        file: spec.file,
        line: 1,
        column,
        found: name,
        expected: `the required column "${hint}": did you mean it?`,
      });
    } else {
      issues.push({
        file: spec.file,
        line: 1,
        column,
        found: name,
        expected: hint ? `a known column: did you mean "${hint}"?` : `one of the columns ${known.join(', ')}`,
      });
    }
  });
  for (const name of missing) {
    issues.push({
      file: spec.file,
      line: 1,
      column: 0,
      expected: `a column named "${name}" (required); the header has ${shownList(header)}`,
    });
  }
  return issues;
}

/** Rows of one file, validated against its schema. */
function readRows(
  spec: TableSpec,
  table: CsvTable,
): { rows: Located<Record<string, unknown>>[]; issues: DataIssue[]; rejectedKeys: Set<string> } {
  const issues: DataIssue[] = [];
  const rows: Located<Record<string, unknown>>[] = [];
  const rejectedKeys = new Set<string>();
  const columns = Object.fromEntries(table.header.map((name, index) => [name, index + 1]));
  const known = new Set(columnsOf(spec));
  const seenKeys = new Map<string, number>();

  for (const record of table.records) {
    if (record.cells.length !== table.header.length) {
      issues.push({
        file: spec.file,
        line: record.line,
        column: 0,
        found: `${record.cells.length} cells`,
        expected: `${table.header.length} cells, one per header column (check for an unquoted comma)`,
      });
      continue;
    }
    const input: Record<string, string> = {};
    table.header.forEach((name, index) => {
      const value = record.cells[index]!.trim();
      if (known.has(name) && value !== '') input[name] = value;
    });
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) {
      rejectedKeys.add(spec.key.map((column) => input[column] ?? '').join('\u0000'));
      const reported = new Set<string>();
      for (const problem of parsed.error.issues) {
        const name = String(problem.path[0] ?? '');
        if (reported.has(name)) continue;
        reported.add(name);
        const missing = input[name] === undefined;
        issues.push({
          file: spec.file,
          line: record.line,
          column: columns[name] ?? 0,
          columnName: name,
          ...(missing ? {} : { found: input[name] }),
          expected: missing ? 'a value: this column is required' : problem.message,
        });
      }
      continue;
    }
    const row = parsed.data as Record<string, unknown>;
    const key = keyOf(spec, row);
    const firstLine = seenKeys.get(key);
    if (firstLine !== undefined) {
      issues.push({
        file: spec.file,
        line: record.line,
        column: columns[spec.key[spec.key.length - 1]!] ?? 0,
        columnName: spec.key.join(' + '),
        found: spec.key.map((column) => String(row[column])).join(', '),
        expected: `a unique ${spec.key.join(' + ')}; line ${firstLine} has the same (compared ignoring case)`,
      });
      continue;
    }
    seenKeys.set(key, record.line);
    rows.push({ row, line: record.line, columns });
  }
  return { rows, issues, rejectedKeys };
}

/**
 * Validates every file of a data folder, given as file name → bytes.
 * Files that are not CSV (a README, notes.txt) are ignored; spreadsheets and unknown CSV files are an error.
 */
export function validateDataFolder(files: ReadonlyMap<string, Uint8Array>): ValidationResult {
  const issues: DataIssue[] = [];
  const tables = emptyTables();
  const rowCounts: Record<string, number> = {};
  const rejected = Object.fromEntries(Object.keys(TABLES).map((name) => [name, null])) as Record<TableName, KnownKeys>;

  for (const name of [...files.keys()].sort()) {
    if (/\.(xlsx?|ods|numbers)$/i.test(name)) {
      issues.push({
        file: name,
        line: 0,
        column: 0,
        expected: 'CSV files only: export this spreadsheet as "CSV UTF-8"',
      });
    } else if (/\.csv$/i.test(name) && !KNOWN_FILES.includes(name)) {
      const hint = didYouMean(name, KNOWN_FILES);
      issues.push({
        file: name,
        line: 0,
        column: 0,
        expected: hint
          ? `a known data file: did you mean "${hint}"?`
          : `one of the data files ${KNOWN_FILES.join(', ')}`,
      });
    }
  }

  for (const [name, spec] of Object.entries(TABLES) as [TableName, TableSpec][]) {
    const bytes = files.get(spec.file);
    if (!bytes) {
      if (spec.required)
        issues.push({ file: spec.file, line: 0, column: 0, expected: 'this file: every data folder needs it' });
      continue;
    }
    const decoded = decodeUtf8(spec.file, bytes);
    if (!decoded.ok) {
      append(issues, decoded.issues);
      continue;
    }
    const parsed = parseCsv(spec.file, decoded.text);
    if (!parsed.ok) {
      append(issues, parsed.issues);
      continue;
    }
    const headerIssues = checkHeader(spec, parsed.table.header);
    append(issues, headerIssues);
    if (headerIssues.some((issue) => issue.expected.includes('required'))) continue; // every row would repeat a missing column
    const { rows, issues: rowIssues, rejectedKeys } = readRows(spec, parsed.table);
    append(issues, rowIssues);
    rejected[name] = rejectedKeys;
    rowCounts[spec.file] = parsed.table.records.length;
    (tables[name] as Located<Record<string, unknown>>[]) = rows;
  }

  const present = new Set(files.keys());
  append(issues, checkReferences(tables, rejected, present));
  append(issues, checkCrossFileRules(tables));
  append(issues, checkRecordReferences(tables, present));
  return { tables, issues: sortIssues(issues), rowCounts };
}
