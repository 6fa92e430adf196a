/**
 * BLS Employment Projections folder → bls_projections.csv rows for one release: the one asked for
 * (`2024-34`), else the latest file in the folder. Pure: file bytes in, rows out.
 */
import type { DataIssue } from '@/lib/data/issues';
import { prepareReader, type OutputRow } from '@/lib/import/reader';
import { projectionRelease, projectionsReader, type ProjectionRelease } from '@/lib/import/readers/bls-projections';
import { parseCsvFile, type Read } from '@/lib/import/table';

export interface ProjectionsImport {
  release: ProjectionRelease;
  sourceId: string;
  rows: OutputRow[];
  /** Top-code markers as BLS wrote them, e.g. ">=$239,200". */
  topCodes: string[];
}

export function importProjections(files: ReadonlyMap<string, Uint8Array>, release?: string): Read<ProjectionsImport> {
  const names = [...files.keys()].sort();
  const releases = names
    .map((name) => ({ name, release: projectionRelease(name) }))
    .filter((f): f is { name: string; release: ProjectionRelease } => f.release !== undefined)
    .sort((a, b) => b.release.baseYear - a.release.baseYear);
  const chosen = release === undefined ? releases[0] : releases.find((f) => f.release.label === release);
  if (!chosen) {
    const issue: DataIssue = {
      file: `occupation_projections_${release ?? '<YYYY>-<YY>'}.csv`,
      line: 0,
      column: 0,
      expected: `a BLS Employment Projections Table 1.2 file in the --ep folder; the folder has ${names.join(', ') || 'no files'}`,
    };
    return { ok: false, issues: [issue] };
  }
  const parsed = parseCsvFile(chosen.name, files.get(chosen.name)!);
  if (!parsed.ok) return parsed;
  const reader = prepareReader(projectionsReader(chosen.name, chosen.release), parsed.value);
  if (!reader.ok) return reader;
  const sourceId = `bls-ep-${chosen.release.label}`;
  const { value, issues } = reader.value({ sourceId });
  if (issues.length > 0) return { ok: false, issues };
  if (!value.rows.some((row) => row.occupation_type === 'total')) {
    return {
      ok: false,
      issues: [{ file: chosen.name, line: 0, column: 0, expected: 'the "Total, all occupations" row, code 00-0000' }],
    };
  }
  return { ok: true, value: { release: chosen.release, sourceId, rows: value.rows, topCodes: value.topCodes } };
}
