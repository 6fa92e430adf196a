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

/** Decodes UTF-8 strictly; a byte that is not UTF-8 is reported with its line. */
export function decodeUtf8(
  file: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; issues: DataIssue[] } {
  if (bytes.includes(0)) {
    return {
      ok: false,
      issues: [
        {
          file,
          line: 0,
          column: 0,
          expected: 'a CSV text file, but it contains binary data (NUL bytes); save it as "CSV UTF-8"',
        },
      ],
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    // Find the first byte sequence that does not decode, to say where it is.
    let offset = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let end = 1; end <= bytes.length; end++) {
      try {
        decoder.decode(bytes.subarray(offset, end));
        offset = end;
      } catch {
        if (end - offset >= 4) break;
      }
    }
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    return {
      ok: false,
      issues: [
        {
          file,
          line,
          column: 0,
          expected: 'UTF-8 text; this line has bytes in another encoding (save the file as "CSV UTF-8")',
        },
      ],
    };
  }
}

/** Parses RFC 4180 CSV text. Blank lines carry no data and are skipped. */
export function parseCsv(file: string, text: string): CsvResult {
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
    newline: text.includes('\r\n') ? '\r\n' : '\n',
    step: (result) => {
      const cells = result.data;
      const line = lineOf(start);
      for (const error of result.errors) {
        issues.push({ file, line, column: 0, expected: `well-formed CSV (${error.message})` });
      }
      if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line, cells });
      start = result.meta.cursor;
      while (text[start] === '\r' || text[start] === '\n') {
        if (text[start] === '\n') {
          start++;
          break;
        }
        start++;
      }
    },
  });
  if (issues.length > 0) return { ok: false, issues };
  const [headerRecord, ...rows] = records;
  if (!headerRecord) {
    return { ok: false, issues: [{ file, line: 0, column: 0, expected: 'a header row, but the file has none' }] };
  }
  return { ok: true, table: { header: headerRecord.cells.map((cell) => cell.trim()), records: rows } };
}
