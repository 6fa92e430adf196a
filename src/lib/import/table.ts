/**
 * Reading the raw official files: tab-delimited O*NET text and BLS CSV, both turned into a header and
 * numbered records, and a cell reader that names file, line and column for every bad value.
 */
import { parseCsv } from '@/lib/data/csv';
import type { DataIssue } from '@/lib/data/issues';
import { didYouMean } from '@/lib/text/did-you-mean';

export interface RawRecord {
  /** 1-based line in the file. */
  line: number;
  cells: string[];
}

export interface RawTable {
  file: string;
  header: string[];
  records: RawRecord[];
}

export type Read<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

/** Strict UTF-8, or the line of the first byte that is not. */
export function decodeText(file: string, bytes: Uint8Array): Read<string> {
  if (bytes.includes(0)) {
    return { ok: false, issues: [{ file, line: 0, column: 0, expected: 'a text file, but it holds binary data' }] };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        break;
      }
      lineStart = i + 1;
      line++;
    }
    return {
      ok: false,
      issues: [{ file, line, column: 0, expected: 'UTF-8 text; this line has bytes in another encoding' }],
    };
  }
}

/** O*NET's text layout: tab-separated, no quoting, one record per line, a header first. */
export function parseTabText(file: string, bytes: Uint8Array): Read<RawTable> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  const lines = decoded.value.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const [headerLine, ...rest] = lines;
  if (!headerLine?.trim()) {
    return {
      ok: false,
      issues: [{ file, line: 1, column: 0, expected: 'a header row of tab-separated column names' }],
    };
  }
  if (!headerLine.includes('\t')) {
    return {
      ok: false,
      issues: [
        {
          file,
          line: 1,
          column: 0,
          found: headerLine.slice(0, 80),
          expected: 'tab-separated column names (O*NET text layout)',
        },
      ],
    };
  }
  const header = headerLine.split('\t').map((name) => name.trim());
  const records: RawRecord[] = [];
  const issues: DataIssue[] = [];
  rest.forEach((text, index) => {
    if (text.trim() === '') return;
    const cells = text.split('\t');
    const line = index + 2;
    if (cells.length !== header.length) {
      issues.push({
        file,
        line,
        column: 0,
        found: `${cells.length} cells`,
        expected: `${header.length} tab-separated cells, one per header column`,
      });
    } else records.push({ line, cells });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { file, header, records } };
}

/** An RFC 4180 CSV file with a header row; every record must have one cell per header column. */
export function parseCsvFile(file: string, bytes: Uint8Array): Read<RawTable> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseCsv(file, decoded.value);
  if (!parsed.ok) return parsed;
  const { header, records } = parsed.table;
  const issues: DataIssue[] = [];
  for (const record of records) {
    if (record.cells.length !== header.length) {
      issues.push({
        file,
        line: record.line,
        column: 0,
        found: `${record.cells.length} cells`,
        expected: `${header.length} cells, one per header column`,
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { file, header, records } };
}

/** A BLS OEWS CSV file; column names are matched ignoring case (BLS has used both). */
export function parseBlsCsv(file: string, bytes: Uint8Array): Read<RawTable> {
  const parsed = parseCsvFile(file, bytes);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...parsed.value, header: parsed.value.header.map((name) => name.toUpperCase()) } };
}

/**
 * Finds the columns a reader needs by name, so that column order and extra columns do not matter
 * and a missing optional column (an older layout) is known. Missing required columns are issues.
 */
export function locateColumns<R extends string, O extends string = never>(
  table: RawTable,
  required: readonly R[],
  optional: readonly O[] = [],
): Read<Record<R, number> & Partial<Record<O, number>>> {
  const index = new Map<string, number>();
  table.header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const issues: DataIssue[] = [];
  for (const name of required) {
    if (index.has(name)) continue;
    const unclaimed = table.header.filter(
      (h) => !(required as readonly string[]).includes(h) && !(optional as readonly string[]).includes(h),
    );
    const hint = didYouMean(name, unclaimed);
    issues.push({
      file: table.file,
      line: 1,
      column: 0,
      expected: `a column named "${name}"${hint ? ` (is "${hint}" it?)` : ''}; the header has ${table.header.join(', ')}`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const found: Record<string, number> = {};
  for (const name of [...required, ...optional]) {
    const at = index.get(name);
    if (at !== undefined) found[name] = at;
  }
  return { ok: true, value: found as Record<R, number> & Partial<Record<O, number>> };
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Reads cells of one record; each bad cell becomes an issue pinned to its line and column. */
export class CellReader {
  readonly issues: DataIssue[] = [];
  private record: RawRecord = { line: 0, cells: [] };

  constructor(
    readonly table: RawTable,
    /** The text a file writes for "no value" (O*NET: "n/a"); an empty cell always means none. */
    private readonly missing: readonly string[] = [],
  ) {}

  at(record: RawRecord): this {
    this.record = record;
    return this;
  }

  get line(): number {
    return this.record.line;
  }

  /** The cell as written, trimmed; undefined when the column is absent from this layout. */
  raw(column: number | undefined): string | undefined {
    return column === undefined ? undefined : (this.record.cells[column] ?? '').trim();
  }

  /** Reports the cell in `column` as not what was `expected`. */
  fail(column: number, expected: string): undefined {
    this.issues.push({
      file: this.table.file,
      line: this.record.line,
      column: column + 1,
      columnName: this.table.header[column],
      found: this.raw(column),
      expected,
    });
    return undefined;
  }

  /** Text, or undefined for an empty or "no value" cell. */
  optionalText(column: number | undefined): string | undefined {
    const value = this.raw(column);
    return value === undefined || value === '' || this.missing.includes(value) ? undefined : value;
  }

  /** Text that must be there. */
  text(column: number, what: string): string | undefined {
    return this.optionalText(column) ?? this.fail(column, what);
  }

  /** A value matching `pattern`. */
  matching(column: number, pattern: RegExp, what: string): string | undefined {
    const value = this.raw(column) ?? '';
    return pattern.test(value) ? value : this.fail(column, what);
  }

  /** A plain number (no units, no separators) passing `check`. */
  number(column: number, what: string, check: (n: number) => boolean = () => true): number | undefined {
    const value = this.raw(column) ?? '';
    if (PLAIN_NUMBER.test(value) && check(Number(value))) return Number(value);
    return this.fail(column, what);
  }

  /** One of the cell values in `choices`, mapped to its meaning. */
  choice<T>(column: number, choices: Record<string, T>, what: string): T | undefined {
    const value = this.raw(column) ?? '';
    return Object.hasOwn(choices, value) ? choices[value] : this.fail(column, what);
  }
}

/** A number written the same way every run: shortest exact form, at most `decimals` decimals. */
export function formatNumber(value: number, decimals = 6): string {
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
