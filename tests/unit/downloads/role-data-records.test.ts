/**
 * The role CSV carries the figures computed from records: each share with its n and 95 % interval,
 * suppressed figures as the word, every row cited to the run — checked against the files the
 * aggregation writes for the hand-made records.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '@/lib/data/validate';
import { roleCsv } from '@/lib/downloads/role-data';
import { buildSiteModel } from '@/lib/model/site-model';
import { readFolderFiles } from '@/lib/node/read-folder';
import { aggregate, HAND_DATA, HAND_RECORDS, rowsOf } from '../records/support/run';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

const result = await aggregate([HAND_RECORDS]);
const folder = new Map((await readFolderFiles(HAND_DATA)).files);
if (!result.ok) throw new Error(result.problems.join('; '));
for (const [name, text] of result.files) folder.set(name, new TextEncoder().encode(text));
const validation = validateDataFolder(folder);
const model = buildSiteModel(validation.tables);

describe('role CSV with figures computed from records', () => {
  it('validates the hand-made data with its aggregates', () => {
    expect(validation.issues).toEqual([]);
  });

  it('gives every published share with its n and interval, and suppressed figures in words', () => {
    const run = rowsOf(result, 'record_run.csv')[0]!;
    const skills = rowsOf(result, 'record_skills.csv');
    const salaries = rowsOf(result, 'record_salaries.csv');
    let checked = 0;
    for (const role of model.roles) {
      if (!role.records) continue;
      const facts = parse(roleCsv({ record: role }));
      const find = (section: string, label: string) =>
        facts.find((f) => f.section === section && f.label === label)?.value;
      const group = rowsOf(result, 'record_groups.csv').find((g) => g.group_id === role.id)!;
      expect(find('records_group', 'records')).toBe(group.suppressed === 'yes' ? 'suppressed' : group.records);
      expect(find('records_group', 'min_records')).toBe(run.min_records);
      for (const s of skills.filter((r) => r.group_id === role.id)) {
        expect(find('records_skill_share', s.skill!)).toBe(s.share_pct);
        expect(find('records_skill_share_low', s.skill!)).toBe(s.low_pct);
        expect(find('records_skill_share_high', s.skill!)).toBe(s.high_pct);
        expect(find('records_skill_n', s.skill!)).toBe(s.records);
        checked++;
      }
      for (const s of salaries.filter((r) => r.group_id === role.id)) {
        expect(find('records_salary_median', s.industry!)).toBe(s.suppressed === 'yes' ? 'suppressed' : s.median_usd);
        expect(find('records_salary_n', s.industry!)).toBe(s.records);
        checked++;
      }
      for (const f of facts.filter((f) => f.section?.startsWith('records_'))) expect(f.source_id).toBe(run.id);
    }
    expect(checked).toBeGreaterThan(3);
  });
});
