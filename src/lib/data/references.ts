/**
 * The one check of references between files: every reference the table registry declares
 * (REFERENCES in data/tables.ts), for hand-made and imported files alike. A value must be the key
 * of a row of a target file; a problem names the file, line and column of the referring cell, what
 * was found, and what was expected (with a "did you mean" when a known id is close).
 */
import { append, type DataIssue } from '@/lib/data/issues';
import {
  REFERENCES,
  TABLES,
  type KnownKeys,
  type Located,
  type Reference,
  type TableName,
  type Tables,
} from '@/lib/data/tables';
import { didYouMean } from '@/lib/text/did-you-mean';
import { matchKey } from '@/lib/text/slug';

type Rows = readonly Located<Record<string, unknown>>[];

/** What one referring file sees of its targets: the keys it may name, or why nothing is checked. */
type Targets =
  | { state: 'checked'; ids: Set<string>; rejected: Set<string>; label: string }
  | { state: 'absent'; label: string }
  | { state: 'unreadable' };

function targetsOf(
  reference: Reference,
  tables: Tables,
  rejected: Record<TableName, KnownKeys>,
  present: ReadonlySet<string>,
): Targets {
  const there = reference.to.filter((name) => present.has(TABLES[name].file));
  if (there.length === 0) return { state: 'absent', label: TABLES[reference.to[0]!].file };
  if (there.some((name) => rejected[name] === null)) return { state: 'unreadable' };
  const ids = new Set<string>();
  const rejectedKeys = new Set<string>();
  for (const name of there) {
    const spec = TABLES[name];
    for (const { row } of tables[name] as Rows) ids.add(spec.key.map((column) => String(row[column])).join('\u0000'));
    for (const key of rejected[name] ?? []) rejectedKeys.add(key);
  }
  return { state: 'checked', ids, rejected: rejectedKeys, label: there.map((name) => TABLES[name].file).join(' or ') };
}

/** The problems of one declared reference of `file`'s rows; the target files are already resolved. */
export function checkReferenceRows(
  file: string,
  rows: Rows,
  reference: Reference,
  targets: Extract<Targets, { state: 'checked' }>,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const [first] = reference.columns;
  const single = reference.columns.length === 1;
  // One suggestion per distinct bad value, from one copy of the ids: a file of many rows naming the same
  // missing id costs one search, not one per row.
  const candidates = single ? [...targets.ids] : [];
  const hints = new Map<string, string | undefined>();
  const hintFor = (value: string) => {
    if (!hints.has(value)) hints.set(value, didYouMean(value, candidates));
    return hints.get(value);
  };
  for (const { row, line, columns } of rows) {
    const values = reference.columns.map((column) => row[column]);
    if (values.some((value) => value === undefined)) continue; // a blank optional cell names nothing
    const found = values.map(String);
    if (targets.ids.has(found.join('\u0000'))) continue;
    // Rows already reported as invalid are known by their key, compared as keys are (ignoring case).
    if (targets.rejected.has(found.map(matchKey).join('\u0000'))) continue;
    const hint = single ? hintFor(found[0]!) : undefined;
    issues.push({
      file,
      line,
      column: columns[first!] ?? 0,
      columnName: reference.columns.join(' + '),
      found: found.join(', '),
      expected:
        reference.expected ??
        `an id from ${targets.label}${hint ? `: did you mean "${hint}"?` : targets.ids.size ? '' : ', which has none'}`,
    });
  }
  return issues;
}

/** Every declared reference of every file: one problem per bad cell, or one per file whose target is missing. */
export function checkReferences(
  tables: Tables,
  rejected: Record<TableName, KnownKeys>,
  present: ReadonlySet<string>,
): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const name of Object.keys(TABLES) as TableName[]) {
    const file = TABLES[name].file;
    const rows = tables[name] as Rows;
    if (rows.length === 0) continue;
    let missingReported = false;
    for (const reference of REFERENCES[name] as readonly Reference[]) {
      const targets = targetsOf(reference, tables, rejected, present);
      if (targets.state === 'unreadable') continue; // its file's own problem is reported once
      if (targets.state === 'absent') {
        // One problem per file, however many of its rows or columns refer to the missing file.
        if (reference.whenAbsent === 'report' && !missingReported) {
          issues.push({
            file,
            line: 0,
            column: 0,
            expected: `${targets.label} next to it: its ${reference.columns.join(' + ')} values refer to that file, which is missing`,
          });
          missingReported = true;
        }
        continue;
      }
      append(issues, checkReferenceRows(file, rows, reference, targets));
    }
  }
  return issues;
}
