/**
 * Rules that span files and are not references (those are declared in data/tables.ts and checked
 * by data/references.ts): a comparison is between two different roles and each pair comes once; an
 * occupation is not related to itself; occupation page ids do not collide with hand-made role ids;
 * an official source does not reuse a hand-made source's id; a display name names a listed skill and
 * changes only its capitals.
 */
import type { DataIssue } from '@/lib/data/issues';
import { TABLES, type Tables } from '@/lib/data/tables';
import { matchKey } from '@/lib/text/slug';

function checkComparisonPairs(tables: Tables): DataIssue[] {
  const issues: DataIssue[] = [];
  const pairLines = new Map<string, number>();
  for (const { row, line, columns } of tables.comparisons) {
    if (row.role_id === row.other_role_id) {
      issues.push({
        file: TABLES.comparisons.file,
        line,
        column: columns.other_role_id ?? 0,
        columnName: 'other_role_id',
        found: row.other_role_id,
        expected: 'a role other than role_id: a role is not compared with itself',
      });
    }
    const pair = [row.role_id, row.other_role_id].sort().join('\u0000');
    const first = pairLines.get(pair);
    if (first !== undefined) {
      issues.push({
        file: TABLES.comparisons.file,
        line,
        column: columns.role_id ?? 0,
        columnName: 'role_id + other_role_id',
        found: `${row.role_id}, ${row.other_role_id}`,
        expected: `each pair of roles once, in either order; line ${first} compares the same two roles`,
      });
    } else pairLines.set(pair, line);
  }
  return issues;
}

function checkOfficialRules(tables: Tables): DataIssue[] {
  const issues: DataIssue[] = [];
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

/** A display name names a skill the other files list, and differs from it in capitals only. */
function checkSkillNames(tables: Tables): DataIssue[] {
  const listed = new Set([...tables.skills, ...tables.comparisonSkills].map(({ row }) => matchKey(row.skill)));
  const issues: DataIssue[] = [];
  for (const { row, line, columns } of tables.skillNames) {
    if (!listed.has(matchKey(row.skill))) {
      issues.push({
        file: TABLES.skillNames.file,
        line,
        column: columns.skill ?? 0,
        columnName: 'skill',
        found: row.skill,
        expected: 'a skill listed in skills.csv or comparison_skills.csv (compared ignoring case)',
      });
    } else if (matchKey(row.display_name) !== matchKey(row.skill)) {
      issues.push({
        file: TABLES.skillNames.file,
        line,
        column: columns.display_name ?? 0,
        columnName: 'display_name',
        found: row.display_name,
        expected: `the skill's own name with only its capitals changed, e.g. "${row.skill.toUpperCase()}"`,
      });
    }
  }
  return issues;
}

/** Every cross-file rule that is not a declared reference. */
export function checkCrossFileRules(tables: Tables): DataIssue[] {
  return [...checkComparisonPairs(tables), ...checkOfficialRules(tables), ...checkSkillNames(tables)];
}
