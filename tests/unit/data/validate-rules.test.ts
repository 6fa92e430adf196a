import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '@/lib/data/validate';
import { formatIssue } from '@/lib/data/issues';
import { editLine, seedFiles, seedText, seedWith } from '../support/data-folder';

/** Replaces the cell under `column` in the given data line of a seed file. */
function setCell(file: string, dataLine: number, column: string, value: string): string {
  const header = seedText(file).split('\n')[0]!.split(',');
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column} in ${file}`);
  return editLine(file, dataLine, (line) => {
    // Seed lines used here have no quoted commas before the edited column.
    const cells = line.split(',');
    cells[index] = value;
    return cells.join(',');
  });
}

const ROLE_LINE = (id: string) => `${id},Someone,,,,career-page-gam`;

interface Case {
  name: string;
  files: Record<string, string | Uint8Array | null>;
  expected: { file: string; line: number; column: number; found?: string; expected: RegExp };
}

const cases: Case[] = [
  {
    name: 'a percentage with a % sign',
    files: { 'skills.csv': setCell('skills.csv', 1, 'resume_share_pct', '12.5%') },
    expected: {
      file: 'skills.csv',
      line: 2,
      column: 4,
      found: '12.5%',
      expected: /percentage from 0 to 100.*without a % sign/,
    },
  },
  {
    name: 'a percentage that is not a number',
    files: { 'skills.csv': setCell('skills.csv', 2, 'resume_share_pct', 'abc') },
    expected: { file: 'skills.csv', line: 3, column: 4, found: 'abc', expected: /percentage from 0 to 100/ },
  },
  {
    name: 'a percentage above 100',
    files: { 'skills.csv': setCell('skills.csv', 1, 'resume_share_pct', '120') },
    expected: { file: 'skills.csv', line: 2, column: 4, found: '120', expected: /from 0 to 100/ },
  },
  {
    name: 'a negative percentage',
    files: { 'skills.csv': setCell('skills.csv', 1, 'resume_share_pct', '-1') },
    expected: { file: 'skills.csv', line: 2, column: 4, found: '-1', expected: /from 0 to 100/ },
  },
  {
    name: 'a negative job count',
    files: { 'employers.csv': setCell('employers.csv', 2, 'open_jobs', '-3') },
    expected: { file: 'employers.csv', line: 3, column: 3, found: '-3', expected: /whole number of 0 or more/ },
  },
  {
    name: 'a fractional job count',
    files: { 'employers.csv': setCell('employers.csv', 1, 'open_jobs', '9.5') },
    expected: { file: 'employers.csv', line: 2, column: 3, found: '9.5', expected: /whole number/ },
  },
  {
    name: 'a zero salary',
    files: { 'salaries.csv': setCell('salaries.csv', 1, 'avg_salary_usd', '0') },
    expected: { file: 'salaries.csv', line: 2, column: 3, found: '0', expected: /greater than 0/ },
  },
  {
    name: 'a salary written with $ and separators',
    files: { 'salaries.csv': setCell('salaries.csv', 3, 'avg_salary_usd', '"$108,541"') },
    expected: {
      file: 'salaries.csv',
      line: 4,
      column: 3,
      found: '$108,541',
      expected: /without \$ or thousands separators/,
    },
  },
  {
    name: 'a kind that is neither hard nor soft',
    files: { 'skills.csv': setCell('skills.csv', 1, 'kind', 'medium') },
    expected: { file: 'skills.csv', line: 2, column: 3, found: 'medium', expected: /"hard" or "soft"/ },
  },
  {
    name: 'an education verdict the contract does not know',
    files: { 'comparisons.csv': setCell('comparisons.csv', 1, 'education_verdict', 'better') },
    expected: {
      file: 'comparisons.csv',
      line: 2,
      column: 5,
      found: 'better',
      expected: /"similar", "lower", "higher"/,
    },
  },
  {
    name: 'a percentage-point difference out of range',
    files: { 'comparisons.csv': setCell('comparisons.csv', 1, 'masters_pp_diff', '-146') },
    expected: { file: 'comparisons.csv', line: 2, column: 3, found: '-146', expected: /-100 to 100/ },
  },
  {
    name: 'a date that is not a calendar date',
    files: { 'sources.csv': setCell('sources.csv', 1, 'date', '2025-02-30') },
    expected: { file: 'sources.csv', line: 2, column: 4, found: '2025-02-30', expected: /real calendar date/ },
  },
  {
    name: 'an id with capitals and spaces',
    files: { 'roles.csv': `${seedText('roles.csv').trimEnd()}\nNew Role,New role,,,,career-page-gam\n` },
    expected: {
      file: 'roles.csv',
      line: 7,
      column: 1,
      found: 'New Role',
      expected: /lowercase letters, digits and single hyphens/,
    },
  },
  {
    name: 'an empty required cell',
    files: { 'employers.csv': setCell('employers.csv', 3, 'employer', '') },
    expected: { file: 'employers.csv', line: 4, column: 2, expected: /required/ },
  },
  {
    name: 'a row with an extra cell',
    files: { 'employers.csv': editLine('employers.csv', 1, (line) => `${line},extra`) },
    expected: { file: 'employers.csv', line: 2, column: 0, found: '5 cells', expected: /4 cells/ },
  },
  {
    name: 'a missing required column',
    files: {
      'employers.csv': seedText('employers.csv')
        .split('\n')
        .map((line) =>
          line
            .split(',')
            .filter((_, i) => i !== 2)
            .join(','),
        )
        .join('\n'),
    },
    expected: { file: 'employers.csv', line: 1, column: 0, expected: /column named "open_jobs" \(required\)/ },
  },
  {
    name: 'a misspelt required column, with a hint',
    files: { 'salaries.csv': seedText('salaries.csv').replace('industry', 'industyr') },
    expected: { file: 'salaries.csv', line: 1, column: 2, found: 'industyr', expected: /did you mean/ },
  },
  {
    name: 'an unknown optional column, with a hint',
    files: { 'skills.csv': seedText('skills.csv').replace('why_it_matters', 'why_it_maters') },
    expected: {
      file: 'skills.csv',
      line: 1,
      column: 6,
      found: 'why_it_maters',
      expected: /did you mean "why_it_matters"/,
    },
  },
  {
    name: 'a column given twice',
    files: {
      'employers.csv': 'role_id,employer,open_jobs,source_id,open_jobs\nglobal-account-manager,X,1,career-page-gam,1\n',
    },
    expected: { file: 'employers.csv', line: 1, column: 5, found: 'open_jobs', expected: /each column once/ },
  },
  {
    name: 'an empty file',
    files: { 'employers.csv': '' },
    expected: { file: 'employers.csv', line: 0, column: 0, expected: /empty/ },
  },
  {
    name: 'a file that is not UTF-8',
    files: {
      'employers.csv': new Uint8Array([
        ...new TextEncoder().encode(`${seedText('employers.csv')}global-account-manager,Soci`),
        0xe9,
        ...new TextEncoder().encode('t,1,career-page-gam\n'),
      ]),
    },
    expected: { file: 'employers.csv', line: 5, column: 0, expected: /UTF-8/ },
  },
  {
    name: 'a file that is not CSV text',
    files: { 'employers.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) },
    expected: { file: 'employers.csv', line: 0, column: 0, expected: /binary/ },
  },
  {
    name: 'a spreadsheet instead of a CSV',
    files: { 'employers.xlsx': new Uint8Array([0x50, 0x4b]) },
    expected: { file: 'employers.xlsx', line: 0, column: 0, expected: /export this spreadsheet as "CSV UTF-8"/ },
  },
  {
    name: 'a CSV file the contract does not know',
    files: { 'employer.csv': seedText('employers.csv') },
    expected: { file: 'employer.csv', line: 0, column: 0, expected: /did you mean "employers.csv"/ },
  },
  {
    name: 'a missing required file',
    files: { 'sources.csv': null },
    expected: { file: 'sources.csv', line: 0, column: 0, expected: /every data folder needs it/ },
  },
  {
    name: 'a duplicate key, compared ignoring case',
    files: {
      'employers.csv': `${seedText('employers.csv').trimEnd()}\nglobal-account-manager,iron  mountain,1,career-page-gam\n`,
    },
    expected: {
      file: 'employers.csv',
      line: 5,
      column: 2,
      expected: /unique role_id \+ employer; line 2 has the same/,
    },
  },
  {
    name: 'a duplicate position in responsibilities',
    files: { 'responsibilities.csv': setCell('responsibilities.csv', 2, 'position', '1') },
    expected: { file: 'responsibilities.csv', line: 3, column: 2, expected: /line 2 has the same/ },
  },
  {
    name: 'a row for a role that does not exist',
    files: {
      'employers.csv': `${seedText('employers.csv').trimEnd()}\nglobal-acount-manager,Acme,3,career-page-gam\n`,
    },
    expected: {
      file: 'employers.csv',
      line: 5,
      column: 1,
      found: 'global-acount-manager',
      expected: /id from roles.csv: did you mean "global-account-manager"/,
    },
  },
  {
    name: 'a source that does not exist',
    files: { 'salaries.csv': setCell('salaries.csv', 2, 'source_id', 'nowhere') },
    expected: { file: 'salaries.csv', line: 3, column: 4, found: 'nowhere', expected: /id from sources.csv/ },
  },
  {
    name: 'a comparison of a role with itself',
    files: {
      'comparisons.csv': `${seedText('comparisons.csv').trimEnd()}\nmarket-sales-manager,market-sales-manager,,,,career-page-gam\n`,
    },
    expected: { file: 'comparisons.csv', line: 6, column: 2, expected: /not compared with itself/ },
  },
  {
    name: 'the same pair compared twice, in reverse order',
    files: {
      'comparisons.csv': `${seedText('comparisons.csv').trimEnd()}\nmarket-sales-manager,global-account-manager,,,,career-page-gam\n`,
    },
    expected: {
      file: 'comparisons.csv',
      line: 6,
      column: 1,
      expected: /each pair of roles once, in either order; line 3/,
    },
  },
  {
    name: 'comparison skills for a pair that is not compared',
    files: {
      'roles.csv': `${seedText('roles.csv').trimEnd()}\n${ROLE_LINE('new-role')}\n`,
      'comparison_skills.csv': `${seedText('comparison_skills.csv').trimEnd()}\nnew-role,market-sales-manager,role,1,cloud,career-page-gam\n`,
    },
    expected: {
      file: 'comparison_skills.csv',
      line: 34,
      column: 1,
      expected: /pair of roles listed in comparisons.csv/,
    },
  },
  {
    name: 'a display name that changes more than capitals',
    files: { 'skill_names.csv': 'skill,display_name\ngam,Global Account Manager\n' },
    expected: { file: 'skill_names.csv', line: 2, column: 2, expected: /only its capitals changed/ },
  },
  {
    name: 'a display name for a skill no file lists',
    files: { 'skill_names.csv': 'skill,display_name\ngam,GAM\nsql,SQL\n' },
    expected: { file: 'skill_names.csv', line: 3, column: 1, expected: /a skill listed in skills.csv/ },
  },
];

describe('validateDataFolder', () => {
  it('accepts the seed data folder', () => {
    const { issues, rowCounts } = validateDataFolder(seedFiles());
    expect(issues.map((i) => formatIssue(i))).toEqual([]);
    expect(rowCounts['roles.csv']).toBe(seedText('roles.csv').trim().split('\n').length - 1);
  });

  it.each(cases)('reports $name as one issue with file, line and column', ({ files, expected }) => {
    const { issues } = validateDataFolder(seedWith(files));
    expect(issues.map((i) => formatIssue(i))).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({ file: expected.file, line: expected.line, column: expected.column });
    if (expected.found !== undefined) expect(issue!.found).toBe(expected.found);
    expect(issue!.expected).toMatch(expected.expected);
  });

  it('reports every problem at once, sorted by file and line', () => {
    const { issues } = validateDataFolder(
      seedWith({
        'skills.csv': setCell('skills.csv', 1, 'resume_share_pct', '120'),
        'employers.csv': setCell('employers.csv', 2, 'open_jobs', '-1'),
        'salaries.csv': setCell('salaries.csv', 1, 'avg_salary_usd', 'lots'),
      }),
    );
    expect(issues.map((i) => `${i.file}:${i.line}`)).toEqual(['employers.csv:3', 'salaries.csv:2', 'skills.csv:2']);
  });

  it('accepts a folder with only the required files', () => {
    const only = new Map([...seedFiles()].filter(([name]) => name === 'sources.csv' || name === 'roles.csv'));
    expect(validateDataFolder(only).issues).toEqual([]);
  });

  it('ignores files that are not CSV, such as a README', () => {
    const files = seedWith({ 'README.md': '# notes' });
    expect(validateDataFolder(files).issues).toEqual([]);
  });
});

describe('formatIssue', () => {
  it('names file, line, column, the value found and what was expected', () => {
    expect(
      formatIssue({
        file: 'skills.csv',
        line: 2,
        column: 4,
        columnName: 'resume_share_pct',
        found: '12.5%',
        expected: 'a percentage',
      }),
    ).toBe('data/skills.csv:2:4 (column resume_share_pct): found "12.5%"; expected a percentage');
  });
});
