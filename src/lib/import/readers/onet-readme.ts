/** O*NET `Read Me.txt`: the release's version and month, from its first two lines. */
import type { DataIssue } from '@/lib/data/issues';
import type { Read } from '@/lib/import/table';
import { ONET_FILES } from '@/lib/import/readers/onet-common';

export interface OnetRelease {
  /** "29.3" */
  version: string;
  /** "May 2025 Release", as the Read Me words it. */
  label: string;
  /** First day of the release month, YYYY-MM-DD: the Read Me names a month only. */
  date: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "O*NET 29.3 Database" / "May 2025 Release" → the release. Not a table, so not a SourceFileReader. */
export function readRelease(bytes: Uint8Array): Read<OnetRelease> {
  const file = ONET_FILES.readme;
  const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
  const issues: DataIssue[] = [];
  const version = /^O\*NET (\d+\.\d+) Database$/.exec(lines[0]?.trim() ?? '')?.[1];
  if (!version) {
    issues.push({ file, line: 1, column: 0, found: lines[0], expected: 'the title line "O*NET <version> Database"' });
  }
  const label = lines[1]?.trim() ?? '';
  const month = /^([A-Z][a-z]+) (\d{4}) Release$/.exec(label);
  const monthIndex = month ? MONTHS.indexOf(month[1]!) : -1;
  if (!month || monthIndex < 0) {
    issues.push({ file, line: 2, column: 0, found: label, expected: 'the release line "<Month> <year> Release"' });
  }
  if (issues.length > 0 || !version || !month) return { ok: false, issues };
  const date = `${month[2]}-${String(monthIndex + 1).padStart(2, '0')}-01`;
  return { ok: true, value: { version, label, date } };
}
