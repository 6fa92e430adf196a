/** A problem found in a data folder, pinned to the file, line and column a person must fix. */
export interface DataIssue {
  /** File name inside the data folder, e.g. "skills.csv". */
  file: string;
  /** 1-based line in the file; 0 when the problem is the file as a whole. */
  line: number;
  /** 1-based column number; 0 when the problem is a whole row or file. */
  column: number;
  /** Column name, when there is one. */
  columnName?: string;
  /** The value found, as written. */
  found?: string;
  /** What was expected instead, in words. */
  expected: string;
}

/** "data/skills.csv:5:4 (resume_share_pct): found "12.5%"; expected a percentage …" */
export function formatIssue(issue: DataIssue, folder = 'data'): string {
  const where = [`${folder}/${issue.file}`, issue.line || undefined, issue.column || undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const column = issue.columnName ? ` (column ${issue.columnName})` : '';
  const found = issue.found === undefined ? '' : `found ${shownValue(issue.found)}; `;
  return `${where}${column}: ${found}expected ${issue.expected}`;
}

/** Longest value a message quotes in full; a longer one is cut, with its length said. */
const MAX_SHOWN = 80;

/** A found value as a message quotes it: "12.5%", or the start of a long one and how long it is. */
export function shownValue(value: string): string {
  if (value.length <= MAX_SHOWN) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, MAX_SHOWN))}… (${value.length.toLocaleString('en-US')} characters)`;
}

/** Issues sorted for reading: by file, then line, then column. */
export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.expected.localeCompare(b.expected),
  );
}

/** Adds many issues to a list; push(...list) overflows the call stack beyond about 100,000 items. */
export function append<T>(list: T[], more: readonly T[]): void {
  for (const item of more) list.push(item);
}
