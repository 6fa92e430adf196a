/**
 * BLS Employment Projections, Table 1.2 (`occupation_projections_<YYYY>-<YY>.csv`) → bls_projections
 * rows: the line items (detailed occupations, or groups BLS projects as one) and the all-occupations
 * total. Column names carry the release's years ("Employment, 2024"), so the reader is made for a
 * release. Markers are never numbers: `—` → not_available, `>=$239,200` → top_coded.
 */
import { EP_EDUCATION, EP_EXPERIENCE, EP_TRAINING } from '@/lib/data/schema';
import type { OutputRow, SourceFileReader } from '@/lib/import/reader';
import { formatNumber, type CellReader } from '@/lib/import/table';

export interface ProjectionRelease {
  /** "2024-34" */
  label: string;
  baseYear: number;
  projectedYear: number;
}

export const PROJECTIONS_FILE = /^occupation_projections_(\d{4})-(\d{2})\.csv$/;

/** The release a file name says, e.g. occupation_projections_2024-34.csv → 2024–2034. */
export function projectionRelease(name: string): ProjectionRelease | undefined {
  const match = PROJECTIONS_FILE.exec(name);
  if (!match) return undefined;
  const baseYear = Number(match[1]);
  const projectedYear = Math.floor(baseYear / 100) * 100 + Number(match[2]);
  return {
    label: `${match[1]}-${match[2]}`,
    baseYear,
    projectedYear: projectedYear < baseYear ? projectedYear + 100 : projectedYear,
  };
}

const NOT_AVAILABLE = '—';
/** BLS's top code for the median wage, e.g. ">=$239,200". */
const TOP_CODED = /^>=\$\d{1,3}(?:,\d{3})*$/;

function columnNames(release: ProjectionRelease) {
  const { baseYear: b, projectedYear: p } = release;
  const span = `${b}–${String(p).slice(2)}`;
  return {
    title: `${b} National Employment Matrix title`,
    code: `${b} National Employment Matrix code`,
    type: 'Occupation type',
    base: `Employment, ${b}`,
    projected: `Employment, ${p}`,
    change: `Employment change, numeric, ${span}`,
    changePct: `Employment change, percent, ${span}`,
    selfEmployed: `Percent self employed, ${b}`,
    openings: `Occupational openings, ${span} annual average`,
    wage: `Median annual wage, dollars, ${b}[1]`,
    education: 'Typical education needed for entry',
    experience: 'Work experience in a related occupation',
    training: 'Typical on-the-job training needed to attain competency in the occupation',
  } as const;
}

/** BLS wrote the last header two ways (with and without a trailing " xlsx"); either is read. */
const OOH = [
  'Related Occupational Outlook Handbook (OOH) content',
  'Related Occupational Outlook Handbook (OOH) content xlsx',
] as const;

type Names = ReturnType<typeof columnNames>;

export interface ProjectionsRead {
  rows: OutputRow[];
  /** Each top-code marker found, as written (e.g. ">=$239,200"), for the source note. */
  topCodes: string[];
}

/** The reader of one release's Table 1.2. */
export function projectionsReader(
  file: string,
  release: ProjectionRelease,
): SourceFileReader<{ sourceId: string }, ProjectionsRead, Names[keyof Names], (typeof OOH)[number]> {
  const names = columnNames(release);
  return {
    file,
    required: Object.values(names),
    optional: OOH,
    read({ table, columns, cells, context }) {
      const rows: OutputRow[] = [];
      const topCodes = new Set<string>();
      const seen = new Map<string, number>();
      // Every name in `names` is required, so it was located.
      const column = (key: keyof Names) => columns[names[key]] as number;
      for (const record of table.records) {
        cells.at(record);
        const code = cells.matching(column('code'), /^\d{2}-\d{4}$/, 'a SOC code such as 11-2022');
        const type = cells.choice(
          column('type'),
          { 'Line item': 'line_item', Summary: 'summary' } as const,
          '"Line item" or "Summary"',
        );
        if (type === 'summary' && code !== '00-0000') continue; // groups are sums of line items; only the total is kept
        const row: OutputRow = {
          soc_code: code,
          title: cells.text(column('title'), 'the occupation title'),
          occupation_type: type === 'summary' ? 'total' : 'line_item',
          base_year: String(release.baseYear),
          projected_year: String(release.projectedYear),
        };
        const thousands = 'a number of thousands, 0 or more, without separators';
        row.employment_base_thousands = numberText(cells, column('base'), thousands, (n) => n >= 0);
        row.employment_projected_thousands = numberText(cells, column('projected'), thousands, (n) => n >= 0);
        row.change_thousands = numberText(cells, column('change'), 'a number of thousands (negative for a decline)');
        row.change_pct = numberText(cells, column('changePct'), 'a percent change (negative for a decline)');
        row.openings_annual_thousands = numberText(cells, column('openings'), thousands, (n) => n >= 0);
        if (cells.raw(column('selfEmployed')) === NOT_AVAILABLE) row.self_employed_pct_flag = 'not_available';
        else
          row.self_employed_pct = numberText(
            cells,
            column('selfEmployed'),
            `a percentage from 0 to 100, or "${NOT_AVAILABLE}"`,
            (n) => n >= 0 && n <= 100,
          );
        const wage = cells.raw(column('wage')) ?? '';
        if (wage === NOT_AVAILABLE) row.median_wage_flag = 'not_available';
        else if (TOP_CODED.test(wage)) {
          row.median_wage_flag = 'top_coded';
          topCodes.add(wage);
        } else
          row.median_wage = numberText(
            cells,
            column('wage'),
            `an amount in dollars greater than 0, "${NOT_AVAILABLE}" or a top code such as ">=$239,200"`,
            (n) => n > 0,
          );
        wordsOrFlag(cells, row, column('education'), 'education', EP_EDUCATION);
        wordsOrFlag(cells, row, column('experience'), 'work_experience', EP_EXPERIENCE);
        wordsOrFlag(cells, row, column('training'), 'job_training', EP_TRAINING);
        const ooh = columns[OOH[0]] ?? columns[OOH[1]];
        if (ooh !== undefined)
          row.ooh_content = cells.choice(
            ooh,
            { 'OOH Content': 'yes', [NOT_AVAILABLE]: 'no' },
            `"OOH Content" or "${NOT_AVAILABLE}"`,
          );
        row.source_id = context.sourceId;
        if (!code || !type) continue;
        if (seen.has(code)) {
          cells.fail(column('code'), `each code once; line ${seen.get(code)} has it`);
          continue;
        }
        seen.set(code, record.line);
        rows.push(row);
      }
      rows.sort((a, b) => (a.soc_code! < b.soc_code! ? -1 : a.soc_code! > b.soc_code! ? 1 : 0));
      return { rows, topCodes: [...topCodes].sort() };
    },
  };
}

function numberText(cells: CellReader, column: number, what: string, check: (n: number) => boolean = () => true) {
  const value = cells.number(column, what, check);
  return value === undefined ? undefined : formatNumber(value);
}

/** A cell of BLS words from a fixed list, or `—` → the `<name>_flag` column says not_available. */
function wordsOrFlag(cells: CellReader, row: OutputRow, column: number, name: string, allowed: readonly string[]) {
  const value = cells.raw(column) ?? '';
  if (value === NOT_AVAILABLE) row[`${name}_flag`] = 'not_available';
  else if (allowed.includes(value)) row[name] = value;
  else cells.fail(column, `one of BLS's categories (${allowed.join('; ')}) or "${NOT_AVAILABLE}"`);
}
