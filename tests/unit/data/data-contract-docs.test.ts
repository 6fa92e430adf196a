/** data/README.md is the contract maintainers read: it must document every file and column the schemas accept. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLES, columnsOf, requiredColumnsOf } from '@/lib/data/tables';

const readme = readFileSync('data/README.md', 'utf8');

/** The rows of the column table under the "### `file`" heading: column → required ("yes"/"no"). */
function documentedColumns(file: string): Map<string, string> {
  const start = readme.indexOf(`### \`${file}\``);
  if (start < 0) return new Map();
  const end = readme.indexOf('\n### ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const columns = new Map<string, string>();
  for (const match of section.matchAll(/^\|\s*`([a-z0-9_]+)`\s*\|[^|]*\|\s*(yes|no)\s*\|/gm))
    columns.set(match[1]!, match[2]!);
  return columns;
}

describe('data/README.md', () => {
  for (const spec of Object.values(TABLES)) {
    it(`documents every column of ${spec.file}, with whether it is required`, () => {
      const documented = documentedColumns(spec.file);
      const required = new Set(requiredColumnsOf(spec));
      expect([...documented.keys()]).toEqual(columnsOf(spec));
      for (const [column, flag] of documented) expect(flag, column).toBe(required.has(column) ? 'yes' : 'no');
    });
  }
});
