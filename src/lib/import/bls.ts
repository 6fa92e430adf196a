/**
 * BLS OEWS national files → rows of bls_oews.csv. Pure: file bytes in, rows out.
 *
 * Reads `national_M<year>_dl.csv` (all industries) and `natsector_M<year>_dl.csv` (by NAICS sector),
 * keeping detailed occupations and the all-occupations total, and the titles of the SOC major groups
 * (e.g. 11-0000 Management Occupations) from the national file. BLS markers are never read as numbers:
 * each becomes an empty value plus a flag column saying why (`*`, `**` → not_available,
 * `#` → top_coded, `~` → less_than_half_percent). Any other text in a number column is an error.
 */
import Papa from 'papaparse';
import type { DataIssue } from '@/lib/data/issues';
import { prepareReader, type Columns, type OutputRow, type SourceFileReader } from '@/lib/import/reader';
import { formatNumber, parseBlsCsv, type CellReader, type Read } from '@/lib/import/table';

export interface BlsImport {
  year: number;
  sourceId: string;
  /** The field-description sheet's notes on the markers, in BLS's words; empty when that file is absent. */
  markerNotes: string[];
  rows: OutputRow[];
  /** SOC major groups (soc_major_groups.csv rows): code NN-0000 and BLS's title, by code. */
  majorGroups: OutputRow[];
  notes: string[];
}

/** A kept row and where it was read, to point at the first of two duplicates. */
interface Kept {
  row: OutputRow;
  line: number;
  file: string;
}

type Flag = 'not_available' | 'top_coded' | 'less_than_half_percent';

/** Which markers a kind of column may hold, and what each means. */
const MARKERS: Record<'employment' | 'wage' | 'wageError' | 'industryShare' | 'reporting', Record<string, Flag>> = {
  employment: { '**': 'not_available' },
  wage: { '*': 'not_available', '#': 'top_coded' },
  wageError: { '*': 'not_available' },
  industryShare: { '**': 'not_available' },
  reporting: { '**': 'not_available', '~': 'less_than_half_percent' },
};

/** Output column → BLS column, the kind of value, and whether BLS may leave it empty. */
const MEASURES = [
  ['employment', 'TOT_EMP', 'employment', 'count'],
  ['employment_rse_pct', 'EMP_PRSE', 'employment', 'number'],
  ['industry_employment_pct', 'PCT_TOTAL', 'industryShare', 'percent-sector'],
  ['establishments_reporting_pct', 'PCT_RPT', 'reporting', 'percent-sector'],
  ['hourly_mean', 'H_MEAN', 'wage', 'money'],
  ['annual_mean', 'A_MEAN', 'wage', 'money'],
  ['mean_wage_rse_pct', 'MEAN_PRSE', 'wageError', 'number'],
  ['hourly_p10', 'H_PCT10', 'wage', 'money'],
  ['hourly_p25', 'H_PCT25', 'wage', 'money'],
  ['hourly_median', 'H_MEDIAN', 'wage', 'money'],
  ['hourly_p75', 'H_PCT75', 'wage', 'money'],
  ['hourly_p90', 'H_PCT90', 'wage', 'money'],
  ['annual_p10', 'A_PCT10', 'wage', 'money'],
  ['annual_p25', 'A_PCT25', 'wage', 'money'],
  ['annual_median', 'A_MEDIAN', 'wage', 'money'],
  ['annual_p75', 'A_PCT75', 'wage', 'money'],
  ['annual_p90', 'A_PCT90', 'wage', 'money'],
] as const;

const REQUIRED_COLUMNS = [
  'AREA',
  'NAICS',
  'NAICS_TITLE',
  'I_GROUP',
  'OCC_CODE',
  'OCC_TITLE',
  'O_GROUP',
  ...MEASURES.map(([, column]) => column),
  'ANNUAL',
  'HOURLY',
] as const;

const NATIONAL = /^national_M(\d{4})_dl\.csv$/i;
const SECTOR = /^natsector_M(\d{4})_dl\.csv$/i;

/** The year to import: the one asked for, else the latest with a national file. */
export function blsYears(names: readonly string[]): number[] {
  return names
    .map((name) => NATIONAL.exec(name)?.[1])
    .filter((year): year is string => year !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
}

function expectedFile(names: readonly string[], pattern: RegExp, year: number, what: string): string | DataIssue {
  const found = names.find((name) => pattern.exec(name)?.[1] === String(year));
  if (found) return found;
  return {
    file: what.replace('<year>', String(year)),
    line: 0,
    column: 0,
    expected: `this BLS OEWS file in the --bls folder; the folder has ${names.filter((n) => /\.csv$/i.test(n)).join(', ') || 'no CSV files'}`,
  };
}

/**
 * The reader of one OEWS file (national: cross-industry; by sector): its kept rows (detailed
 * occupations and the total) go into the context's `rows`, shared by both files to catch duplicates.
 */
function oewsReader(
  file: string,
  industryGroup: 'cross-industry' | 'sector',
): SourceFileReader<{ sourceId: string; rows: Map<string, Kept> }, void, (typeof REQUIRED_COLUMNS)[number]> {
  return {
    file,
    required: REQUIRED_COLUMNS,
    read({ table, columns, cells, context }) {
      for (const record of table.records) {
        cells.at(record);
        const level = cells.raw(columns.O_GROUP);
        if (level !== 'detailed' && level !== 'total') continue; // major, minor and broad groups are not imported
        const row = readRow(cells, columns, level, industryGroup);
        row.source_id = context.sourceId;
        const code = row.soc_code;
        const naics = row.naics;
        if (!code || !naics) continue;
        const key = `${code}\u0000${naics}`;
        const first = context.rows.get(key);
        if (first) {
          cells.fail(
            columns.OCC_CODE,
            `each occupation once per industry; ${first.file} line ${first.line} has ${code} in industry ${naics} too`,
          );
          continue;
        }
        context.rows.set(key, { row, line: record.line, file: table.file });
      }
    },
  };
}

/**
 * The reader of the national file's SOC major groups (O_GROUP "major", e.g. 11-0000 Management
 * Occupations): code and BLS's title only, for soc_major_groups.csv; their figures are not imported.
 */
function majorGroupReader(
  file: string,
): SourceFileReader<{ sourceId: string }, OutputRow[], 'OCC_CODE' | 'OCC_TITLE' | 'O_GROUP'> {
  return {
    file,
    required: ['OCC_CODE', 'OCC_TITLE', 'O_GROUP'],
    read({ table, columns, cells, context }) {
      const groups = new Map<string, OutputRow>();
      for (const record of table.records) {
        cells.at(record);
        if (cells.raw(columns.O_GROUP) !== 'major') continue;
        const code = cells.matching(columns.OCC_CODE, /^\d{2}-0000$/, 'a SOC major group code such as 11-0000');
        const title = cells.text(columns.OCC_TITLE, 'the major group title');
        if (code && title) groups.set(code, { soc_code: code, title, source_id: context.sourceId });
      }
      return [...groups.values()].sort((a, b) => compare(a.soc_code!, b.soc_code!));
    },
  };
}

/** One OEWS record → a bls_oews row (without its source); markers become flags. */
function readRow(
  cells: CellReader,
  columns: Columns<(typeof REQUIRED_COLUMNS)[number], never>,
  level: string,
  industryGroup: 'cross-industry' | 'sector',
): OutputRow {
  cells.choice(columns.AREA, { '99': true }, '99 (the whole U.S.): only national files are imported');
  cells.choice(columns.I_GROUP, { [industryGroup]: true }, `"${industryGroup}" in this file`);
  const code = cells.matching(columns.OCC_CODE, /^\d{2}-\d{4}$/, 'a 6-digit SOC code such as 11-2022');
  const title = cells.text(columns.OCC_TITLE, 'the occupation title');
  const naics = cells.matching(
    columns.NAICS,
    /^(?:\d{6}|\d{2}(?:-\d{2})?)$/,
    'a NAICS code: 000000 for all industries, or a sector such as 42 or 31-33',
  );
  const industry = cells.text(columns.NAICS_TITLE, 'the industry title');
  const annualOnly = cells.choice(columns.ANNUAL, { TRUE: true, '': false }, '"TRUE" or empty');
  const hourlyOnly = cells.choice(columns.HOURLY, { TRUE: true, '': false }, '"TRUE" or empty');
  if (annualOnly && hourlyOnly) cells.fail(columns.HOURLY, 'empty: ANNUAL already says only annual wages are released');
  const row: OutputRow = { soc_code: code, soc_title: title, soc_level: level, naics, industry };
  for (const [name, column, markerKind, kind] of MEASURES) {
    const at = columns[column];
    const value = cells.raw(at) ?? '';
    const markers = MARKERS[markerKind];
    const flag = markers[value];
    if (flag) {
      row[`${name}_flag`] = flag;
      continue;
    }
    if (value === '' && kind === 'percent-sector' && industryGroup === 'cross-industry') continue; // BLS publishes these per sector only
    const markerText = Object.keys(markers)
      .map((marker) => `"${marker}"`)
      .join(' or ');
    const number = cells.number(at, `${describe(kind)}, or the BLS marker ${markerText}`, (n) =>
      kind === 'count'
        ? Number.isInteger(n) && n >= 0
        : kind === 'money'
          ? n > 0
          : n >= 0 && (kind !== 'percent-sector' || n <= 100),
    );
    if (number !== undefined) row[name] = formatNumber(number);
  }
  row.wages_released = annualOnly ? 'annual_only' : hourlyOnly ? 'hourly_only' : undefined;
  return row;
}

function describe(kind: (typeof MEASURES)[number][3]): string {
  switch (kind) {
    case 'count':
      return 'a whole number of 0 or more, without separators';
    case 'money':
      return 'an amount greater than 0, without $ or separators';
    case 'percent-sector':
      return 'a percentage from 0 to 100';
    case 'number':
      return 'a number of 0 or more';
  }
}

/**
 * The marker notes of the field-description sheet in BLS's words, e.g.
 * "# = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year".
 */
function markerNotes(bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true }).data;
  return rows
    .map((cells) => (cells[0] ?? '').replace(/\s+/g, ' ').trim())
    .filter((cell) => /^(?:\*\*|\*|#|~) ?=/.test(cell))
    .map((cell) => cell.replace(/^(\S+) ?= ?/, '$1 = '));
}

/** Converts a BLS folder (file name → bytes) for one survey year: `year`, else the latest national file's. */
export function importBls(files: ReadonlyMap<string, Uint8Array>, year?: number): Read<BlsImport> {
  const names = [...files.keys()].sort();
  const chosen = year ?? blsYears(names)[0];
  if (chosen === undefined) {
    return {
      ok: false,
      issues: [
        {
          file: 'national_M<year>_dl.csv',
          line: 0,
          column: 0,
          expected: `a BLS OEWS national file in the --bls folder; the folder has ${names.join(', ') || 'no files'}`,
        },
      ],
    };
  }
  const national = expectedFile(names, NATIONAL, chosen, 'national_M<year>_dl.csv');
  const sector = expectedFile(names, SECTOR, chosen, 'natsector_M<year>_dl.csv');
  const missing = [national, sector].filter((f): f is DataIssue => typeof f !== 'string');
  if (missing.length > 0) return { ok: false, issues: missing };

  const sourceId = `bls-oews-${chosen}`;
  const issues: DataIssue[] = [];
  const rows = new Map<string, Kept>();
  let majorGroups: OutputRow[] = [];
  for (const [file, group] of [
    [national as string, 'cross-industry'],
    [sector as string, 'sector'],
  ] as const) {
    const parsed = parseBlsCsv(file, files.get(file)!);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const reader = prepareReader(oewsReader(file, group), parsed.value);
    if (reader.ok) issues.push(...reader.value({ sourceId, rows }).issues);
    else issues.push(...reader.issues);
    if (group !== 'cross-industry') continue; // the major groups' titles are read from the national file
    const groupReader = prepareReader(majorGroupReader(file), parsed.value);
    if (!groupReader.ok) continue; // its columns are a subset of the OEWS reader's, already reported missing
    const read = groupReader.value({ sourceId });
    issues.push(...read.issues);
    majorGroups = read.value;
  }
  if (issues.length > 0) return { ok: false, issues };

  const sorted = [...rows.values()]
    .map(({ row }) => row)
    .sort((a, b) => compare(a.soc_code!, b.soc_code!) || compare(a.naics!, b.naics!));
  const descriptions = names.find((name) => name.toLowerCase() === `field_descriptions_m${chosen}.csv`);
  const markers = markerNotes(descriptions ? files.get(descriptions) : undefined);
  const notes =
    markers.length > 0
      ? []
      : [
          `field_descriptions_M${chosen}.csv is not in the folder: the source note describes the markers without BLS's own words.`,
        ];
  return { ok: true, value: { year: chosen, sourceId, rows: sorted, majorGroups, notes, markerNotes: markers } };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
