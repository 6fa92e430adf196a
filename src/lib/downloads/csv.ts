/**
 * The site's one CSV writer, for every download and for the importer's data files, built on
 * papaparse's `unparse` (RFC 4180: cells quoted only when they hold a comma, a quote, a line break
 * or edge spaces; quotes doubled). Downloads are formula-safe: a text cell that a spreadsheet would
 * run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe, which
 * spreadsheets show as text; numbers, and text that is a plain number such as "-4.6", stay numbers.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Line ending after every record, the last one included: CRLF (RFC 4180) unless told. */
  newline?: '\r\n' | '\n';
  /** Neutralise formulas (default). Only the importer, writing the data folder's own files, turns it off. */
  formulaSafe?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A cell as text a spreadsheet will not execute. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A cell's text before quoting: numbers as JavaScript writes them (non-finite: blank), text made safe. */
function cellText(value: CsvCell, formulaSafe: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return formulaSafe ? neutraliseFormula(String(value)) : String(value);
}

/** Rows → CSV text, every record ending in the line ending (none for no rows). */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const { newline = '\r\n', formulaSafe = true } = options;
  if (rows.length === 0) return '';
  const cells = rows.map((row) => row.map((value) => cellText(value, formulaSafe)));
  return `${Papa.unparse(cells, { newline, quotes: false, escapeFormulae: false, skipEmptyLines: false })}${newline}`;
}

/** One cell as it is written in a record: made formula-safe and quoted when RFC 4180 requires it. */
export const csvCell = (value: CsvCell): string => writeCsv([[value]]).slice(0, -2);

/** Objects → CSV with a header row, columns in the order given. */
export function recordsToCsv<T extends Record<string, CsvCell>>(
  columns: readonly { key: keyof T & string; header: string }[],
  records: readonly T[],
  options: CsvOptions = {},
): string {
  return writeCsv([columns.map((c) => c.header), ...records.map((r) => columns.map((c) => r[c.key]))], options);
}
