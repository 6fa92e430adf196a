/** Expected values for browser tests, read from the seed CSVs and the generated catalogue, never typed. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Catalogue } from '@/lib/model/site-model';

/** Rows of a data/ CSV file; blank cells are empty strings. */
export function csvRows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/** A column of a row, failing loudly when the CSV has no such column. */
export function cell(row: Record<string, string>, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`CSV row has no column "${column}"`);
  return value;
}

/** The catalogue the build read (names ↔ slugs). */
export function generatedCatalogue(): Catalogue {
  return JSON.parse(readFileSync('.generated/catalogue.json', 'utf8')) as Catalogue;
}

/** Text with runs of whitespace made single spaces, for comparing page text. */
export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
