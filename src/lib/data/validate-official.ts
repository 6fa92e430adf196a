/**
 * Cross-file rules for the official tables (O*NET, BLS): every O*NET-SOC code, education category
 * and job zone referenced exists, occupation ids do not collide with hand-made role ids, and an
 * official source does not reuse a hand-made source's id.
 */
import { append, type DataIssue } from '@/lib/data/issues';
import { TABLES, type TableName } from '@/lib/data/tables';
import type { KnownKeys, Located, Tables, checkReference } from '@/lib/data/validate';

type Rows = Located<Record<string, unknown>>[];

/**
 * What references into `target` may point at: its valid keys plus its rejected ones; `null` when
 * nothing should be checked (the file is there but unreadable, already reported once). A file that
 * is absent while others refer to it gets one file-level problem per referring file instead.
 */
function referable(
  target: TableName,
  rejected: Record<TableName, KnownKeys>,
  present: ReadonlySet<string>,
): KnownKeys | 'absent' {
  return present.has(TABLES[target].file) ? rejected[target] : 'absent';
}

export function checkOfficialReferences(
  tables: Tables,
  rejected: Record<TableName, KnownKeys>,
  present: ReadonlySet<string>,
  reference: typeof checkReference,
): DataIssue[] {
  const issues: DataIssue[] = [];

  /** Every `column` of `from` names a key of `target` (`keyOf` gives the key of a target row). */
  const check = (
    from: TableName,
    column: string,
    target: TableName,
    keyOf: (row: Record<string, unknown>) => string,
  ) => {
    const rows = tables[from] as Rows;
    if (rows.length === 0) return;
    const known = referable(target, rejected, present);
    if (known === 'absent') {
      // Only one problem per file, however many rows refer to the missing file.
      if (!issues.some((issue) => issue.file === TABLES[from].file && issue.line === 0)) {
        issues.push({
          file: TABLES[from].file,
          line: 0,
          column: 0,
          expected: `${TABLES[target].file} next to it: its ${column} values refer to that file, which is missing`,
        });
      }
      return;
    }
    const ids = new Set((tables[target] as Rows).map(({ row }) => keyOf(row)));
    append(issues, reference(TABLES[from].file, rows, column, ids, TABLES[target].file, known));
  };

  const onetCode = (row: Record<string, unknown>) => String(row.onet_code);
  for (const from of [
    'onetAlternateTitles',
    'onetImportance',
    'onetTechnologySkills',
    'onetTasks',
    'onetEducation',
    'onetRelatedOccupations',
  ] as const) {
    check(from, 'onet_code', 'onetOccupations', onetCode);
  }
  check('onetRelatedOccupations', 'related_onet_code', 'onetOccupations', onetCode);
  check('onetEducation', 'category', 'onetEducationLevels', (row) => String(row.category));

  // A hand-made role may name an occupation; checked only when the official data is there.
  const occupationKeys = rejected.onetOccupations;
  if (present.has(TABLES.onetOccupations.file) && occupationKeys !== null) {
    const codes = new Set(tables.onetOccupations.map(({ row }) => row.onet_code));
    const naming = tables.roles.filter(({ row }) => row.onet_code !== undefined) as Rows;
    issues.push(
      ...reference(TABLES.roles.file, naming, 'onet_code', codes, TABLES.onetOccupations.file, occupationKeys),
    );
  }
  if (present.has(TABLES.onetJobZones.file) && rejected.onetJobZones !== null) {
    const zones = new Set(tables.onetJobZones.map(({ row }) => String(row.job_zone)));
    const zoned = tables.onetOccupations.filter(({ row }) => row.job_zone !== undefined) as Rows;
    issues.push(
      ...reference(
        TABLES.onetOccupations.file,
        zoned,
        'job_zone',
        zones,
        TABLES.onetJobZones.file,
        rejected.onetJobZones,
      ),
    );
  }

  const roleIds = new Set(tables.roles.map(({ row }) => row.id));
  for (const { row, line, columns } of tables.onetOccupations) {
    if (!roleIds.has(row.id)) continue;
    issues.push({
      file: TABLES.onetOccupations.file,
      line,
      column: columns.id ?? 0,
      columnName: 'id',
      found: row.id,
      expected: 'an id no row of roles.csv uses: occupations and hand-made roles share one set of page ids',
    });
  }

  for (const { row, line, columns } of tables.onetRelatedOccupations) {
    if (row.related_onet_code !== row.onet_code) continue;
    issues.push({
      file: TABLES.onetRelatedOccupations.file,
      line,
      column: columns.related_onet_code ?? 0,
      columnName: 'related_onet_code',
      found: row.related_onet_code,
      expected: 'an occupation other than onet_code: an occupation is not related to itself',
    });
  }

  const handMadeSources = new Set(tables.sources.map(({ row }) => row.id));
  for (const { row, line, columns } of tables.officialSources) {
    if (!handMadeSources.has(row.id)) continue;
    issues.push({
      file: TABLES.officialSources.file,
      line,
      column: columns.id ?? 0,
      columnName: 'id',
      found: row.id,
      expected: 'an id sources.csv does not use: both files share one set of source ids',
    });
  }
  return issues;
}
