/**
 * Aggregation rows → the record files of the data contract, at their published precision: percentages and
 * z-scores to 2 decimals, dollars to the whole dollar. Both engines are compared at this precision.
 */
import { tableCsv } from '@/lib/import/official';
import { TABLES, type TableName } from '@/lib/data/tables';
import type { AggregateResult, SqlValue } from '@/lib/records/engine';

type OutputRow = Record<string, string | undefined>;

/** A number as the contract writes it: at most `decimals` decimals, no "-0". */
export function fixed(value: SqlValue, decimals: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  const n = Number(Number(value).toFixed(decimals));
  return String(n === 0 ? 0 : n);
}

const pct = (value: SqlValue) =>
  value === null || value === undefined ? undefined : fixed(Math.min(1, Math.max(0, Number(value))) * 100, 2);
const whole = (value: SqlValue) => fixed(value, 0);
const str = (value: SqlValue) => (value === null || value === undefined ? undefined : String(value));
const yesNo = (value: SqlValue) => (Number(value) === 1 ? 'yes' : 'no');

export interface RunInfo {
  title: string;
  date: string;
  recordsRead: number;
  mapped: number;
  unmapped: number;
  bad: number;
  minRecords: number;
}

/** Every record file as rows of strings, keyed by table name (one declarative mapping per file, hence its length). */
// eslint-disable-next-line max-lines-per-function -- one declarative mapping per record file, side by side
export function contractRows(result: AggregateResult, run: RunInfo): Partial<Record<TableName, OutputRow[]>> {
  return {
    recordRun: [
      {
        id: 'records',
        title: run.title,
        date: run.date,
        records_read: String(run.recordsRead),
        mapped: String(run.mapped),
        unmapped: String(run.unmapped),
        bad: String(run.bad),
        min_records: String(run.minRecords),
      },
    ],
    recordGroups: result.groups.map((r) => {
      const suppressed = Number(r.suppressed) === 1;
      return {
        kind: str(r.kind),
        group_id: str(r.group_id),
        records: suppressed ? undefined : str(r.records),
        date_from: suppressed ? undefined : str(r.date_from),
        date_to: suppressed ? undefined : str(r.date_to),
        suppressed: yesNo(r.suppressed),
      };
    }),
    recordSkills: result.skills.map((r) => ({
      kind: str(r.kind),
      group_id: str(r.group_id),
      position: str(r.position),
      skill: str(r.skill),
      listing: str(r.listing),
      records: whole(r.records),
      share_pct: pct(r.share),
      low_pct: pct(r.low),
      high_pct: pct(r.high),
    })),
    recordEmployers: result.employers.map((r) => ({
      kind: str(r.kind),
      group_id: str(r.group_id),
      position: str(r.position),
      employer: str(r.employer),
      records: str(r.records),
    })),
    recordSalaries: result.salaries.map((r) => ({
      kind: str(r.kind),
      group_id: str(r.group_id),
      industry: str(r.industry),
      records: str(r.records),
      suppressed: yesNo(r.suppressed),
      p25_usd: whole(r.p25),
      median_usd: whole(r.median),
      p75_usd: whole(r.p75),
      mean_usd: whole(r.mean),
    })),
    recordEducation: result.education.map((r) => ({
      kind: str(r.kind),
      group_id: str(r.group_id),
      position: str(r.position),
      education: str(r.education),
      records: whole(r.records),
      suppressed: yesNo(r.suppressed),
      listing: str(r.listing),
      share_pct: pct(r.share),
      low_pct: pct(r.low),
      high_pct: pct(r.high),
    })),
    recordEducationDiffs: result.education_diffs.map((r) => ({
      role_id: str(r.role_id),
      other_role_id: str(r.other_role_id),
      education: str(r.education),
      share_pct: pct(r.share),
      other_share_pct: pct(r.other_share),
      pp_diff: fixed(r.pp_diff, 2),
    })),
    recordDistinctiveSkills: result.distinctive_skills.map((r) => ({
      role_id: str(r.role_id),
      other_role_id: str(r.other_role_id),
      side: str(r.side),
      position: str(r.position),
      skill: str(r.skill),
      z: fixed(r.z, 2),
      share_pct: pct(r.share),
      other_share_pct: pct(r.other_share),
    })),
  };
}

/** The tables `npm run aggregate` writes, all of them every run (a table with no rows keeps its header). */
export const RECORD_OUTPUT_TABLES = [
  'recordRun',
  'recordGroups',
  'recordSkills',
  'recordEmployers',
  'recordSalaries',
  'recordEducation',
  'recordEducationDiffs',
  'recordDistinctiveSkills',
] as const satisfies readonly TableName[];

/** The record files' text, file name → CSV. */
export function contractFiles(rows: Partial<Record<TableName, OutputRow[]>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of RECORD_OUTPUT_TABLES) out.set(TABLES[table].file, tableCsv(table, rows[table] ?? []));
  return out;
}
