/** BLS Employment Projections Table 1.2 → bls_projections rows, on both releases. Expectations are read from the fixtures. */
import { describe, expect, it } from 'vitest';
import { importProjections, type ProjectionsImport } from '@/lib/import/projections';
import { EP, csvRows, folder, folderWith, text } from './fixtures';

const RELEASES = [
  ['2024-34', 2024, 2034],
  ['2023-33', 2023, 2033],
] as const;

function imported(release?: string, files = folder(EP)): ProjectionsImport {
  const result = importProjections(files, release);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 1));
  return result.value;
}

/** The fixture file's rows, keyed by the matrix code, cells as BLS wrote them. */
function sourceRows(release: string, base: number): Map<string, Record<string, string>> {
  const rows = csvRows(text(EP, `occupation_projections_${release}.csv`));
  return new Map(rows.map((row) => [row[`${base} National Employment Matrix code`]!, row]));
}

describe.each(RELEASES)('importProjections on the %s release', (release, base, projected) => {
  const result = imported(release);
  const source = sourceRows(release, base);
  const byCode = new Map(result.rows.map((row) => [row.soc_code!, row]));
  const span = `${base}–${String(projected).slice(2)}`;

  it('names the release, its years and its source', () => {
    expect(result.release).toEqual({ label: release, baseYear: base, projectedYear: projected });
    expect(result.sourceId).toBe(`bls-ep-${release}`);
    for (const row of result.rows)
      expect(row).toMatchObject({ base_year: String(base), projected_year: String(projected) });
  });

  it('keeps the line items and the all-occupations total, and no other summary row', () => {
    const kept = [...source.values()].filter(
      (row) => row['Occupation type'] === 'Line item' || row[`${base} National Employment Matrix code`] === '00-0000',
    );
    expect(result.rows.map((r) => r.soc_code)).toEqual(
      kept.map((r) => r[`${base} National Employment Matrix code`]).sort(),
    );
    expect(byCode.get('00-0000')).toMatchObject({ occupation_type: 'total', title: 'Total, all occupations' });
    expect(byCode.has('11-0000')).toBe(false);
  });

  it('copies the numbers unchanged, in thousands, with titles stripped of their indent', () => {
    for (const [code, row] of byCode) {
      const raw = source.get(code)!;
      expect(row.title).toBe(raw[`${base} National Employment Matrix title`]!.trim());
      expect(Number(row.employment_base_thousands)).toBe(Number(raw[`Employment, ${base}`]));
      expect(Number(row.employment_projected_thousands)).toBe(Number(raw[`Employment, ${projected}`]));
      expect(Number(row.change_thousands)).toBe(Number(raw[`Employment change, numeric, ${span}`]));
      expect(Number(row.change_pct)).toBe(Number(raw[`Employment change, percent, ${span}`]));
      expect(Number(row.openings_annual_thousands)).toBe(Number(raw[`Occupational openings, ${span} annual average`]));
    }
    expect(result.rows.some((row) => Number(row.change_thousands) < 0)).toBe(true); // a decline keeps its sign
  });

  it('keeps the markers as flags in words, never as numbers', () => {
    for (const [code, row] of byCode) {
      const raw = source.get(code)!;
      const wage = raw[`Median annual wage, dollars, ${base}[1]`]!;
      const expected =
        wage === '—'
          ? [undefined, 'not_available']
          : wage.startsWith('>=$')
            ? [undefined, 'top_coded']
            : [String(Number(wage)), undefined];
      expect([row.median_wage, row.median_wage_flag], code).toEqual(expected);
      const self = raw[`Percent self employed, ${base}`]!;
      expect(self === '—' ? row.self_employed_pct_flag : row.self_employed_pct).toBe(
        self === '—' ? 'not_available' : String(Number(self)),
      );
      const education = raw['Typical education needed for entry']!;
      expect(education === '—' ? row.education_flag : row.education).toBe(
        education === '—' ? 'not_available' : education,
      );
    }
    const flags = result.rows.map((row) => row.median_wage_flag);
    expect(flags).toContain('top_coded');
    expect(flags).toContain('not_available');
    expect(result.topCodes).toEqual(['>=$239,200']);
  });

  it('gives the worker characteristics in BLS words', () => {
    expect(byCode.get('11-2022')).toMatchObject({
      education: "Bachelor's degree",
      work_experience: 'Less than 5 years',
      job_training: 'None',
      ooh_content: 'yes',
    });
  });
});

describe('importProjections', () => {
  it('takes the latest release unless one is asked for', () => {
    expect(imported().release.label).toBe('2024-34');
    expect(imported('2023-33').release.label).toBe('2023-33');
  });

  it('reports a release the folder does not have', () => {
    const result = importProjections(folder(EP), '2022-32');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ file: 'occupation_projections_2022-32.csv', line: 0 });
  });

  it('names file, line and column of a number written as text, and of an unknown education level', () => {
    const name = 'occupation_projections_2024-34.csv';
    const lines = text(EP, name).split('\r\n');
    const at = lines.findIndex((line) => line.includes(',11-2022,'));
    lines[at] = lines[at]!.replace(',619.5,', ',"619,5",').replace("Bachelor's degree", 'Bachelors');
    const result = importProjections(folderWith(EP, { [name]: lines.join('\r\n') }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ file: name, line: at + 1, column: 4, columnName: 'Employment, 2024', found: '619,5' }),
      expect.objectContaining({ file: name, line: at + 1, column: 13, found: 'Bachelors' }),
    ]);
  });

  it('names a renamed column with what the header has', () => {
    const name = 'occupation_projections_2023-33.csv';
    const renamed = text(EP, name).replace('"Employment, 2033"', '"Employment, 2034"');
    const result = importProjections(folderWith(EP, { [name]: renamed }), '2023-33');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.expected).toMatch(/a column named "Employment, 2033"/);
  });
});
