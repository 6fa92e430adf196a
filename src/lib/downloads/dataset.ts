/**
 * The whole dataset as downloads: one JSON document, and a zip of the data folder's CSV files
 * (made formula-safe) with a README. The README is written from sources.csv, so the sources and
 * licences it names are always the ones the data cites.
 */
import Papa from 'papaparse';
import { zipSync, strToU8 } from 'fflate';
import type { Source } from '@/lib/model/site-model';
import { writeCsv } from '@/lib/downloads/csv';
import { formatDate } from '@/lib/format';

/** README text naming every source with its date, publisher, address and licence. */
export function datasetReadme(
  sources: readonly Source[],
  files: readonly { name: string; rows: number }[] = [],
): string {
  const notStated = 'not stated by the source';
  const lines = [
    'Role Atlas: data download',
    '',
    'The figures behind Role Atlas, from resume-style skills data. Every figure comes from one of the',
    'sources below; cite the source, not Role Atlas, when you reuse a figure.',
    '',
    'Sources',
    ...sources.flatMap((s) => [
      '',
      `- ${s.title} [${s.id}]`,
      `  Date: ${formatDate(s.date)}${s.dateLabel ? ` (the source says "${s.dateLabel}")` : ''}`,
      `  Publisher: ${s.publisher ?? notStated}`,
      `  Address: ${s.url ?? notStated}`,
      `  Licence: ${s.licence ?? notStated}`,
      ...(s.note ? [`  Note: ${s.note}`] : []),
    ]),
  ];
  if (files.length > 0) {
    lines.push(
      '',
      'Files',
      '',
      ...files.map((f) => `- ${f.name}: ${f.rows} ${f.rows === 1 ? 'row' : 'rows'}`),
      '',
      'Spreadsheet safety: a cell that starts with =, +, -, @, a tab or a carriage return and is not a',
      "plain number (such as -4.6) starts with an apostrophe (') in these files, so spreadsheet programs",
      'show it as text instead of running it as a formula. Remove that apostrophe to get the value as',
      'it is in the data folder.',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A CSV file rewritten formula-safe; also returns its number of data rows. */
export function safeCsvCopy(text: string): { csv: string; rows: number } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  return { csv: writeCsv(parsed.data), rows: Math.max(parsed.data.length - 1, 0) };
}

/**
 * The zip of CSV files plus README.txt. Entries are sorted and stamped with a fixed time (the newest
 * source date), so the same data always gives the same bytes.
 */
export function datasetZip(csvFiles: ReadonlyMap<string, string>, sources: readonly Source[]): Uint8Array {
  const names = [...csvFiles.keys()].sort();
  const copies = names.map((name) => ({ name, ...safeCsvCopy(csvFiles.get(name)!) }));
  const newest =
    sources
      .map((s) => s.date)
      .sort()
      .at(-1) ?? '2000-01-01';
  const mtime = new Date(`${newest}T00:00:00Z`);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {
    'README.txt': [strToU8(datasetReadme(sources, copies)), { mtime }],
  };
  for (const copy of copies) entries[copy.name] = [strToU8(copy.csv), { mtime }];
  return zipSync(entries, { level: 9 });
}
