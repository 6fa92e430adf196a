/**
 * `npm run import:official` as one pure function: the raw O*NET, BLS OEWS and BLS projections folders (file name → bytes)
 * in, the importer's own CSV files out (file name → text), or every problem found.
 * Output is deterministic: fixed column order (the schema's), fixed row order, fixed number format.
 */
import type { DataIssue } from '@/lib/data/issues';
import { writeCsv } from '@/lib/downloads/csv';
import { TABLES, columnsOf, type TableName } from '@/lib/data/tables';
import { importBls } from '@/lib/import/bls';
import { importOnet } from '@/lib/import/onet';
import type { OutputRow } from '@/lib/import/reader';
import { importProjections } from '@/lib/import/projections';
import { blsSource, onetSource, projectionsSource } from '@/lib/import/sources';

/** The tables the importer writes; it never touches any other file of a data folder. */
export const IMPORTED_TABLES = [
  'officialSources',
  'onetOccupations',
  'onetAlternateTitles',
  'onetImportance',
  'onetTechnologySkills',
  'onetTasks',
  'onetEducationLevels',
  'onetEducation',
  'onetJobZones',
  'onetRelatedOccupations',
  'onetInterests',
  'onetWorkStyles',
  'blsOews',
  'socMajorGroups',
  'blsProjections',
] as const satisfies readonly TableName[];

export const IMPORTED_FILES: readonly string[] = IMPORTED_TABLES.map((name) => TABLES[name].file);

export interface OfficialInput {
  /** The O*NET folder's files. */
  onet: ReadonlyMap<string, Uint8Array>;
  /** The BLS folder's files. */
  bls: ReadonlyMap<string, Uint8Array>;
  /** Page ids hand-made roles already use (roles.csv of the target folder). */
  takenRoleIds: ReadonlySet<string>;
  /** BLS survey year; the latest national file's when absent. */
  blsYear?: number;
  /** The BLS Employment Projections folder's files; without it bls_projections.csv is written with no rows. */
  ep?: ReadonlyMap<string, Uint8Array>;
  /** Projections release, e.g. "2024-34"; the latest file's when absent. */
  epRelease?: string;
}

export type OfficialResult =
  | { ok: true; files: Map<string, string>; rowCounts: Record<string, number>; notes: string[] }
  | { ok: false; onetIssues: DataIssue[]; blsIssues: DataIssue[]; epIssues: DataIssue[] };

/** RFC 4180 CSV with the table's columns in schema order, LF line endings, values exactly as imported. */
export function tableCsv(table: TableName, rows: readonly OutputRow[]): string {
  const columns = columnsOf(TABLES[table]);
  return writeCsv([columns, ...rows.map((row) => columns.map((column) => row[column]))], {
    newline: '\n',
    formulaSafe: false,
  });
}

export function importOfficial(input: OfficialInput): OfficialResult {
  const onet = importOnet(input.onet, input.takenRoleIds);
  const bls = importBls(input.bls, input.blsYear);
  const ep = input.ep ? importProjections(input.ep, input.epRelease) : undefined;
  if (!onet.ok || !bls.ok || (ep && !ep.ok)) {
    return {
      ok: false,
      onetIssues: onet.ok ? [] : onet.issues,
      blsIssues: bls.ok ? [] : bls.issues,
      epIssues: !ep || ep.ok ? [] : ep.issues,
    };
  }
  const projections = ep?.ok ? ep.value : undefined;

  const tables: Record<(typeof IMPORTED_TABLES)[number], OutputRow[]> = {
    officialSources: [
      blsSource(bls.value.sourceId, bls.value.year, bls.value.markerNotes),
      onetSource(onet.value.sourceId, onet.value.release),
      ...(projections ? [projectionsSource(projections.sourceId, projections.release, projections.topCodes)] : []),
    ].sort((a, b) => (a.id! < b.id! ? -1 : 1)),
    ...onet.value.tables,
    blsOews: bls.value.rows,
    socMajorGroups: bls.value.majorGroups,
    blsProjections: projections?.rows ?? [],
  };
  const files = new Map<string, string>();
  const rowCounts: Record<string, number> = {};
  for (const name of IMPORTED_TABLES) {
    files.set(TABLES[name].file, tableCsv(name, tables[name]));
    rowCounts[TABLES[name].file] = tables[name].length;
  }
  const epNotes = projections ? [] : ['No --ep folder: bls_projections.csv was written without rows.'];
  return { ok: true, files, rowCounts, notes: [...onet.value.notes, ...bls.value.notes, ...epNotes] };
}
