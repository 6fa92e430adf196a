/** The official-file extracts in tests/fixtures, as bytes, and read back as rows to derive expectations. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export const ONET_29 = 'tests/fixtures/onet-29.3-mini';
export const ONET_27 = 'tests/fixtures/onet-27.0-mini';
export const BLS = 'tests/fixtures/bls-mini';
export const EP = 'tests/fixtures/bls-ep-mini';

export function folder(path: string): Map<string, Uint8Array> {
  return new Map(readdirSync(path).map((name) => [name, new Uint8Array(readFileSync(join(path, name)))]));
}

/** A fixture folder with some files replaced (text) or removed (null). */
export function folderWith(path: string, changes: Record<string, string | Uint8Array | null>): Map<string, Uint8Array> {
  const files = folder(path);
  for (const [name, content] of Object.entries(changes)) {
    if (content === null) files.delete(name);
    else files.set(name, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  return files;
}

export function text(path: string, name: string): string {
  return readFileSync(join(path, name), 'utf8');
}

/** Rows of an O*NET tab-delimited file, each with its 1-based line number. */
export function tabRows(path: string, name: string): { line: number; cells: Record<string, string> }[] {
  const [header, ...lines] = text(path, name).split('\n');
  const names = header!.split('\t');
  return lines
    .map((line, index) => ({ line: index + 2, text: line }))
    .filter(({ text: t }) => t !== '')
    .map(({ line, text: t }) => {
      const cells = t.split('\t');
      return { line, cells: Object.fromEntries(names.map((n, i) => [n, cells[i]!])) };
    });
}

/** Rows of a CSV text, header row as keys. */
export function csvRows(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
}

/** An O*NET file with the cell in `column` of data line `line` (1-based file line) replaced. */
export function withTabCell(path: string, name: string, line: number, column: string, value: string): string {
  const lines = text(path, name).split('\n');
  const names = lines[0]!.split('\t');
  const cells = lines[line - 1]!.split('\t');
  cells[names.indexOf(column)] = value;
  lines[line - 1] = cells.join('\t');
  return lines.join('\n');
}
