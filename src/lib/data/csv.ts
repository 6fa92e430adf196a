/** Bytes of a CSV file → header and records, each record knowing the line it starts on. */
import Papa from 'papaparse';
import type { DataIssue } from '@/lib/data/issues';

export interface CsvRecord {
  /** 1-based line on which the record starts (quoted cells may span lines). */
  line: number;
  /** Cells as written, untrimmed. */
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; issues: DataIssue[] };

/** 1-based line number of a character offset. */
function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

const SAVE_AS_UTF8 = 'save it as "CSV UTF-8" (in a spreadsheet: Save As › CSV UTF-8; in a text editor: encoding UTF-8)';

/**
 * Whether the bytes are UTF-16 text: a UTF-16 byte-order mark, or (without one) the NUL byte every
 * second byte that Latin text has in UTF-16 — what "Unicode text" in Excel and some editors save.
 */
function utf16Kind(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul >= pairs * 0.9 && evenNul === 0) return 'UTF-16 LE';
  if (evenNul >= pairs * 0.9 && oddNul === 0) return 'UTF-16 BE';
  return undefined;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence; one pass. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min = 0x80; // the smallest second byte allowed (overlong forms and surrogates are not UTF-8)
    let max = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [low, high] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (next === undefined || next < low || next > high) return i;
    }
    i += length;
  }
  return -1;
}

/** Decodes UTF-8 strictly; a byte that is not UTF-8 is reported with its line. UTF-16 is named as such. */
export function decodeUtf8(
  file: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; issues: DataIssue[] } {
  const whole = (expected: string) => ({ ok: false as const, issues: [{ file, line: 0, column: 0, expected }] });
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    return whole(`UTF-8 text, but this file is ${utf16} text (often saved as "Unicode text"); ${SAVE_AS_UTF8}`);
  }
  if (bytes.includes(0)) {
    return whole(`a CSV text file, but it contains binary data (NUL bytes); ${SAVE_AS_UTF8}`);
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    let line = 1;
    for (let i = 0; i < invalid; i++) if (bytes[i] === 0x0a) line++;
    const issue = {
      file,
      line,
      column: 0,
      expected: `UTF-8 text; this line has bytes in another encoding (${SAVE_AS_UTF8})`,
    };
    return { ok: false, issues: [issue] };
  }
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

/**
 * The text with every row ending written as LF, whichever of CRLF, LF or CR each row used, while line
 * breaks inside quoted cells stay exactly as written (RFC 4180 lets a quoted cell hold any). One pass,
 * following quotes the way the parser does: a quote opens a quoted cell only at the start of a cell.
 */
export function normaliseRowEndings(text: string): string {
  if (!text.includes('\r')) return text;
  const parts: string[] = [];
  let from = 0;
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (char === '"' && cellStart) {
      quoted = true;
      cellStart = false;
    } else if (char === '\r') {
      parts.push(text.slice(from, i), '\n');
      if (text[i + 1] === '\n') i++;
      from = i + 1;
      cellStart = true;
    } else cellStart = char === ',' || char === '\n';
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Parses RFC 4180 CSV text, each row ending in CRLF, LF or CR. Blank lines carry no data and are skipped. */
export function parseCsv(file: string, written: string): CsvResult {
  const text = normaliseRowEndings(written);
  if (text.trim() === '') {
    return {
      ok: false,
      issues: [{ file, line: 0, column: 0, expected: 'a header row and data rows, but the file is empty' }],
    };
  }
  const lineOf = lineLocator(text);
  const records: CsvRecord[] = [];
  const issues: DataIssue[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: ',',
    newline: '\n',
    step: (result) => {
      const cells = result.data;
      const line = lineOf(start);
      for (const error of result.errors) {
        issues.push({ file, line, column: 0, expected: `well-formed CSV (${error.message})` });
      }
      if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line, cells });
      start = result.meta.cursor;
      if (text[start] === '\n') start++;
    },
  });
  if (issues.length > 0) return { ok: false, issues };
  const [headerRecord, ...rows] = records;
  if (!headerRecord) {
    return { ok: false, issues: [{ file, line: 0, column: 0, expected: 'a header row, but the file has none' }] };
  }
  return { ok: true, table: { header: headerRecord.cells.map((cell) => cell.trim()), records: rows } };
}
