/** data/README.md documents the raw record input exactly as the loader reads it (src/lib/records/contract.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, RAW_COLUMNS, SALARY_PERIODS } from '@/lib/records/contract';

const readme = readFileSync('data/README.md', 'utf8');
const start = readme.indexOf('### Raw records');
const section = readme.slice(start, readme.indexOf('\n### ', start + 1));

describe('data/README.md, raw records', () => {
  it('documents every raw column, in order, with whether it is required', () => {
    expect(start).toBeGreaterThan(0);
    const documented = [...section.matchAll(/^\|\s*`([a-z0-9_]+)`\s*\|[^|]*\|\s*(yes|no)\s*\|/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(documented).toEqual(RAW_COLUMNS.map((c) => [c.name, c.required ? 'yes' : 'no']));
  });

  it('names every education level and salary period the loader accepts', () => {
    for (const level of EDUCATION_LEVELS) expect(section).toContain(`\`${level}\``);
    for (const period of Object.keys(SALARY_PERIODS)) expect(section).toContain(`\`${period}\``);
    expect(section).toContain('2,080');
  });
});
