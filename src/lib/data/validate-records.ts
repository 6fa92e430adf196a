/**
 * Cross-file rules for the record tables: a row about a role names a role of roles.csv, a row about an
 * occupation an O*NET-SOC code of onet_occupations.csv (when that file is in the folder), and both roles of a
 * computed comparison are in roles.csv.
 */
import type { DataIssue } from '@/lib/data/issues';
import { TABLES, type Located, type TableName, type Tables } from '@/lib/data/tables';

const GROUPED: readonly TableName[] = [
  'recordTitles',
  'recordGroups',
  'recordSkills',
  'recordEmployers',
  'recordSalaries',
  'recordEducation',
];

export function checkRecordReferences(tables: Tables, present: ReadonlySet<string>): DataIssue[] {
  const roleIds = new Set(tables.roles.map(({ row }) => row.id));
  const hasOccupations = present.has(TABLES.onetOccupations.file);
  const codes = new Set(tables.onetOccupations.map(({ row }) => row.onet_code));
  const issues: DataIssue[] = [];
  for (const name of GROUPED) {
    for (const { row, line, columns } of tables[name] as Located<{ kind: string; group_id: string }>[]) {
      const known = row.kind === 'role' ? roleIds.has(row.group_id) : !hasOccupations || codes.has(row.group_id);
      if (known) continue;
      issues.push({
        file: TABLES[name].file,
        line,
        column: columns.group_id ?? 0,
        columnName: 'group_id',
        found: row.group_id,
        expected:
          row.kind === 'role'
            ? 'a role id from roles.csv (kind is "role")'
            : 'an O*NET-SOC code from onet_occupations.csv (kind is "occupation")',
      });
    }
  }
  for (const name of ['recordEducationDiffs', 'recordDistinctiveSkills'] as const) {
    for (const { row, line, columns } of tables[name]) {
      for (const column of ['role_id', 'other_role_id'] as const) {
        if (roleIds.has(row[column])) continue;
        issues.push({
          file: TABLES[name].file,
          line,
          column: columns[column] ?? 0,
          columnName: column,
          found: row[column],
          expected: 'a role id from roles.csv',
        });
      }
    }
  }
  return issues;
}
