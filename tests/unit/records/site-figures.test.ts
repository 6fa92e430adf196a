/** Record files → what role pages show: counts and years, intervals, suppressed figures in words, comparisons from both sides. */
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { readFolderFiles } from '@/lib/node/read-folder';
import { recordEducationComparedChart, recordSalaryChart, recordSkillsChart } from '@/lib/role/record-charts';
import { recordCountSentence } from '@/lib/role/record-sentences';
import { aggregate, HAND_DATA, HAND_RECORDS } from './support/run';

const run = await aggregate([HAND_RECORDS]);
if (!run.ok) throw new Error(run.problems.join('; '));
const folder = (await readFolderFiles(HAND_DATA)).files;
for (const [name, text] of run.files) folder.set(name, new TextEncoder().encode(text));
const checked = validateDataFolder(folder);
const model = buildSiteModel(checked.tables);
const role = (id: string) => model.roles.find((r) => r.id === id)!;

describe('record figures on role pages', () => {
  it('the folder with the written record files passes the data step', () => {
    expect(checked.issues).toEqual([]);
  });

  it('says how many resumes the figures come from, and which years', () => {
    expect(recordCountSentence(role('account-manager').records!)).toBe('From 40 resumes, 2019–2024.');
    expect(role('account-manager').sources.records?.title).toBe('Hand-made test records');
  });

  it('carries each share with its n and interval into the chart rows and summary', () => {
    const chart = recordSkillsChart(role('account-manager'))!;
    expect(chart.rows[1]).toEqual({ skill: 'Communication', sharePct: 50, low: 35.2, high: 64.8, n: 40 });
    expect(chart.summary).toBe(
      'Negotiation is the skill listed most often: on 100% of 40 resumes (95% interval 91.2%–100%).',
    );
    expect(chart.sourceIds).toEqual(['records']);
  });

  it('writes a suppressed salary in words, in every cell', () => {
    const chart = recordSalaryChart(role('account-manager'))!;
    const words = 'fewer than 30 records';
    expect(chart.rows.find((r) => r.industry === 'Finance')).toEqual({
      industry: 'Finance',
      medianUsd: words,
      p25Usd: words,
      p75Usd: words,
      meanUsd: words,
      n: words,
    });
    expect(chart.summary).toContain('1 industry has fewer than 30 records, so no figure is published.');
  });

  it('shows a computed comparison from each side, with signs and sides turned', () => {
    const fromAm = role('account-manager').records!.comparisons[0]!;
    const fromSe = role('sales-engineer').records!.comparisons[0]!;
    expect(fromAm.education.find((e) => e.level === 'master')).toMatchObject({
      sharePct: 40,
      otherSharePct: 20,
      ppDiff: -20,
    });
    expect(fromSe.education.find((e) => e.level === 'master')).toMatchObject({
      sharePct: 20,
      otherSharePct: 40,
      ppDiff: 20,
    });
    expect(fromAm.roleSkills.map((s) => [s.name, s.z])).toEqual([['Negotiation', 2.69]]);
    expect(fromSe.roleSkills.map((s) => [s.name, s.z, s.sharePct, s.otherSharePct])).toEqual([['Python', 3.84, 50, 0]]);
    expect(recordEducationComparedChart(role('sales-engineer'))!.rows).toEqual([
      { role: 'Account manager', bachelor: -30, master: 20, doctoral: 10 },
    ]);
  });

  it('leaves every figure out for a role with too few records, and says so', async () => {
    const strict = await aggregate([HAND_RECORDS], { params: { minRecords: 31 } });
    if (!strict.ok) throw new Error(strict.problems.join('; '));
    const files = new Map(folder);
    for (const [name, text] of strict.files) files.set(name, new TextEncoder().encode(text));
    const se = buildSiteModel(validateDataFolder(files).tables).roles.find((r) => r.id === 'sales-engineer')!;
    expect(recordCountSentence(se.records!)).toBe('From fewer than 31 resumes: no figure is published.');
    expect(recordSkillsChart(se)).toBeUndefined();
  });
});
