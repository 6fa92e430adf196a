/**
 * Each kind of bad record is reported with its file, line, field, the value found and what was expected;
 * by default the run fails and writes nothing; --max-bad-records accepts them, all still listed, none counted.
 */
import { describe, expect, it } from 'vitest';
import { RecordFileError } from '@/lib/records/load';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregate, rowsOf } from './support/run';

const BAD = ['tests/fixtures/records/bad/records.csv', 'tests/fixtures/records/bad/skills.csv'];

describe('bad records', () => {
  it('fail the run by default, listing the first ones and the count', async () => {
    const result = await aggregate(BAD);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.badCount).toBe(9);
    expect(result.problems[0]).toContain('9 bad records, more than --max-bad-records 0 accepts');
  });

  it('are each reported with file, line, field, value found and what was expected', async () => {
    const result = await aggregate(BAD, { maxBadRecords: 9 });
    if (!result.ok) throw new Error(result.problems.join('; '));
    const bad = result.bad.map((b) => [b.file, b.line, b.field, b.found]);
    expect(bad).toEqual([
      ['records.csv', 3, 'salary', '52k'],
      ['records.csv', 4, 'education', 'phd'],
      ['records.csv', 5, 'date', '2024-02-30'],
      ['records.csv', 6, 'title', ''],
      ['records.csv', 7, 'record_id', 'r1'],
      ['records.csv', 8, '(row)', 'r7,Account Manager,a,b,c,1,year,master,2024-01-01,extra'],
      ['records.csv', 9, 'salary_period', 'week'],
      ['skills.csv', 3, 'record_id', 'r404'],
      ['skills.csv', 4, 'skill', ''],
    ]);
    const expected = Object.fromEntries(result.bad.map((b) => [b.field, b.expected]));
    expect(expected.salary).toMatch(/number greater than 0/);
    expect(expected.education).toMatch(/one of none, high-school, associate, bachelor, master, doctoral/);
    expect(expected.date).toMatch(/real calendar date written YYYY-MM-DD/);
    expect(expected.title).toMatch(/required/);
    expect(expected.record_id).toMatch(/unique record_id; records.csv line 2 has the same|valid record/);
    expect(expected['(row)']).toMatch(/header's columns/);
    expect(expected.salary_period).toMatch(/one of year, month, hour/);
  });

  it('once accepted, are left out of every count but the bad one', async () => {
    const result = await aggregate(BAD, { maxBadRecords: 9, params: { minRecords: 1 } });
    // Valid: r1 (line 2) and r9; both "Account Manager"; the duplicate r1 on line 7 is bad, not a second record.
    expect(rowsOf(result, 'record_run.csv')[0]).toMatchObject({
      records_read: '9',
      mapped: '2',
      unmapped: '0',
      bad: '9',
    });
    expect(rowsOf(result, 'record_skills.csv').map((r) => [r.skill, r.listing])).toEqual([
      ['Negotiation', '1'],
      ['Python', '1'],
    ]);
  });

  it('one more than accepted fails the run', async () => {
    expect((await aggregate(BAD, { maxBadRecords: 8 })).ok).toBe(false);
  });

  it('a file with an unknown or a missing column stops the run with the column named', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'atlas-records-'));
    await writeFile(join(folder, 'a.csv'), 'record_id,titel\n1,x\n');
    await expect(aggregate([join(folder, 'a.csv')])).rejects.toThrow(
      new RecordFileError(
        'a.csv',
        1,
        'column 2 is "titel"; expected one of record_id, title, skills, employer, industry, salary, salary_period, education, date',
      ),
    );
    await writeFile(join(folder, 'b.csv'), 'record_id,skills\n1,x\n');
    await expect(aggregate([join(folder, 'b.csv')])).rejects.toThrow(/a column named "title" \(required\)/);
  });
});
