/** BLS OEWS files → bls_oews rows: every marker kept as a flag, never as a number. Expectations come from the fixture. */
import { describe, expect, it } from 'vitest';
import { importBls, type BlsImport } from '@/lib/import/bls';
import { BLS, csvRows, folder, folderWith, text } from './fixtures';

const NATIONAL = 'national_M2024_dl.csv';
const SECTOR = 'natsector_M2024_dl.csv';

/** Output column → BLS column, and which flag each marker becomes there. */
const MEASURES: [string, string][] = [
  ['employment', 'TOT_EMP'],
  ['employment_rse_pct', 'EMP_PRSE'],
  ['industry_employment_pct', 'PCT_TOTAL'],
  ['establishments_reporting_pct', 'PCT_RPT'],
  ['hourly_mean', 'H_MEAN'],
  ['annual_mean', 'A_MEAN'],
  ['mean_wage_rse_pct', 'MEAN_PRSE'],
  ['hourly_p10', 'H_PCT10'],
  ['hourly_p25', 'H_PCT25'],
  ['hourly_median', 'H_MEDIAN'],
  ['hourly_p75', 'H_PCT75'],
  ['hourly_p90', 'H_PCT90'],
  ['annual_p10', 'A_PCT10'],
  ['annual_p25', 'A_PCT25'],
  ['annual_median', 'A_MEDIAN'],
  ['annual_p75', 'A_PCT75'],
  ['annual_p90', 'A_PCT90'],
];
const FLAG_OF_MARKER: Record<string, string> = {
  '*': 'not_available',
  '**': 'not_available',
  '#': 'top_coded',
  '~': 'less_than_half_percent',
};

function imported(files: Map<string, Uint8Array>, year?: number): BlsImport {
  const result = importBls(files, year);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 1));
  return result.value;
}

function issuesOf(files: Map<string, Uint8Array>, year?: number) {
  const result = importBls(files, year);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

const raw = [...csvRows(text(BLS, NATIONAL)), ...csvRows(text(BLS, SECTOR))];
const kept = raw.filter((r) => r.O_GROUP === 'detailed' || r.O_GROUP === 'total');

describe('importBls on the 2024 extract', () => {
  const result = imported(folder(BLS));

  it('the fixture holds every BLS marker', () => {
    const cells = raw.flatMap((r) => Object.values(r));
    for (const marker of ['*', '**', '#', '~']) expect(cells, marker).toContain(marker);
  });

  it('keeps detailed occupations and the all-occupations total, one row per occupation and industry', () => {
    expect(result.rows).toHaveLength(kept.length);
    expect(raw.length).toBeGreaterThan(kept.length); // the major and broad rows were skipped
    expect(result.rows.map((r) => r.soc_level)).not.toContain('broad');
    expect(result.year).toBe(2024);
    expect(result.sourceId).toBe('bls-oews-2024');
  });

  it("collects the national file's SOC major groups (code and title) into majorGroups, and no sector rows", () => {
    const majors = csvRows(text(BLS, NATIONAL)).filter((r) => r.O_GROUP === 'major');
    expect(majors.length).toBeGreaterThan(0);
    expect(result.majorGroups).toEqual(
      majors
        .map((r) => ({ soc_code: r.OCC_CODE, title: r.OCC_TITLE, source_id: 'bls-oews-2024' }))
        .sort((a, b) => (a.soc_code! < b.soc_code! ? -1 : 1)),
    );
    for (const group of result.majorGroups) expect(group.soc_code).toMatch(/^\d{2}-0000$/);
  });

  it('turns every marker into an empty value plus its flag, and every number into the same number', () => {
    let markers = 0;
    for (const source of kept) {
      const row = result.rows.find((r) => r.soc_code === source.OCC_CODE && r.naics === source.NAICS)!;
      expect(row, `${source.OCC_CODE} ${source.NAICS}`).toBeDefined();
      for (const [column, blsColumn] of MEASURES) {
        const cell = source[blsColumn]!;
        if (cell in FLAG_OF_MARKER) {
          markers++;
          expect(row[column], `${source.OCC_CODE} ${source.NAICS} ${column}`).toBeUndefined();
          expect(row[`${column}_flag`]).toBe(FLAG_OF_MARKER[cell]);
        } else if (cell === '') {
          expect(row[column]).toBeUndefined();
          expect(row[`${column}_flag`]).toBeUndefined();
        } else {
          expect(Number(row[column])).toBe(Number(cell));
          expect(row[`${column}_flag`]).toBeUndefined();
        }
      }
    }
    expect(markers).toBeGreaterThan(0);
  });

  it('says when only annual or only hourly wages are released', () => {
    for (const source of kept) {
      const row = result.rows.find((r) => r.soc_code === source.OCC_CODE && r.naics === source.NAICS)!;
      const expected = source.ANNUAL === 'TRUE' ? 'annual_only' : source.HOURLY === 'TRUE' ? 'hourly_only' : undefined;
      expect(row.wages_released).toBe(expected);
    }
    expect(result.rows.map((r) => r.wages_released)).toEqual(expect.arrayContaining(['annual_only', 'hourly_only']));
  });

  it('sorts by SOC code, then industry (all industries first)', () => {
    const keys = result.rows.map((r) => `${r.soc_code} ${r.naics}`);
    expect(keys).toEqual([...keys].sort());
    expect(result.rows[0]).toMatchObject({ soc_code: '00-0000', naics: '000000' });
  });

  it("quotes BLS's own notes on the markers from the field descriptions", () => {
    expect(result.markerNotes).toHaveLength(4);
    expect(result.markerNotes.find((n) => n.startsWith('# ='))).toMatch(/\$115\.00 per hour or \$239,200 per year/);
  });
});

describe('BLS layouts and choices', () => {
  it('accepts lowercase column names (BLS has used both)', () => {
    const lower = (csv: string) => csv.replace(/^[^\n]+/, (header) => header.toLowerCase());
    const result = imported(
      folderWith(BLS, { [NATIONAL]: lower(text(BLS, NATIONAL)), [SECTOR]: lower(text(BLS, SECTOR)) }),
    );
    expect(result.rows).toEqual(imported(folder(BLS)).rows);
  });

  it('reads without the field descriptions, and says what is then missing', () => {
    const result = imported(folderWith(BLS, { 'field_descriptions_M2024.csv': null }));
    expect(result.markerNotes).toEqual([]);
    expect(result.notes.join(' ')).toMatch(/field_descriptions_M2024\.csv is not in the folder/);
  });

  it('names the national file of a year that is not there', () => {
    const issues = issuesOf(folder(BLS), 2023);
    expect(issues.map((i) => i.file)).toEqual(['national_M2023_dl.csv', 'natsector_M2023_dl.csv']);
    expect(issues[0]!.expected).toMatch(/the folder has .*national_M2024_dl\.csv/);
  });

  it('names a missing sector file', () => {
    const issues = issuesOf(folderWith(BLS, { [SECTOR]: null }));
    expect(issues).toEqual([expect.objectContaining({ file: SECTOR, line: 0 })]);
  });
});

describe('bad BLS values', () => {
  /** The national file with `column` of the Sales Managers row set to `value`; returns it and that row's line. */
  function salesManagersWith(column: string, value: string): { csv: string; line: number; columnNumber: number } {
    const lines = text(BLS, NATIONAL).split('\n');
    const header = lines[0]!.split(',');
    const index = lines.findIndex((l) => l.includes(',11-2022,Sales Managers,detailed,'));
    const cells = lines[index]!.split(',');
    cells[header.indexOf(column)] = value.includes(',') ? `"${value}"` : value;
    lines[index] = cells.join(',');
    return { csv: lines.join('\n'), line: index + 1, columnNumber: header.indexOf(column) + 1 };
  }

  it.each([
    ['A_MEAN', 'N/A', /amount greater than 0.*"\*" or "#"/],
    ['A_MEAN', '160,930', /without \$ or separators/],
    ['TOT_EMP', '*', /whole number.*"\*\*"/], // `*` marks wages; employment uses `**`
    ['H_PCT90', '~', /"\*" or "#"/],
    ['H_MEAN', '', /amount greater than 0/],
  ])('%s = "%s" is an error naming file, line and column', (column, value, expected) => {
    const { csv, line, columnNumber } = salesManagersWith(column, value);
    const issues = issuesOf(folderWith(BLS, { [NATIONAL]: csv }));
    expect(issues).toEqual([
      expect.objectContaining({ file: NATIONAL, line, column: columnNumber, columnName: column, found: value }),
    ]);
    expect(issues[0]!.expected).toMatch(expected);
  });

  it('rejects a state file given as national (AREA is not 99)', () => {
    const { csv, line } = salesManagersWith('AREA', '06');
    const issues = issuesOf(folderWith(BLS, { [NATIONAL]: csv }));
    expect(issues).toEqual([expect.objectContaining({ file: NATIONAL, line, columnName: 'AREA' })]);
  });

  it('names a missing column', () => {
    const csv = text(BLS, NATIONAL).replace('A_MEDIAN', 'A_MEDIAM');
    const issues = issuesOf(folderWith(BLS, { [NATIONAL]: csv }));
    expect(issues).toEqual([expect.objectContaining({ file: NATIONAL, line: 1 })]);
    expect(issues[0]!.expected).toMatch(/a column named "A_MEDIAN" \(is "A_MEDIAM" it\?\)/);
  });
});
