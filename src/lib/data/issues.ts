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
  const found = issue.found === undefined ? '' : `found ${JSON.stringify(issue.found)}; `;
  return `${where}${column}: ${found}expected ${issue.expected}`;
}

/** Issues sorted for reading: by file, then line, then column. */
export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.expected.localeCompare(b.expected),
  );
}
