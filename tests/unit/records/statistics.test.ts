/**
 * Every statistic on tests/fixtures/records/hand/records.csv, checked against answers worked out by hand.
 * The fixture: account-manager 40 records (titles "Account Manager" ×20, "account managers" ×10 — a plural —
 * and "KEY account-manager" ×10, mapped by record_titles.csv), sales-engineer 30 ("Sales Engineer",
 * "Pre-sales engineers"), and 3 "Chief Executive" records no title maps. z = 1.959964, z² = 3.841459.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, HAND_RECORDS, rowsOf } from './support/run';

const result = await aggregate([HAND_RECORDS]);
const find = (file: string, match: Record<string, string>) => {
  const rows = rowsOf(result, file).filter((row) => Object.entries(match).every(([k, v]) => row[k] === v));
  expect(rows, `${file} ${JSON.stringify(match)}`).toHaveLength(1);
  return rows[0]!;
};

describe('record counts and mapping', () => {
  it('counts every record read, mapped and unmapped, and dates each role', () => {
    expect(rowsOf(result, 'record_run.csv')[0]).toMatchObject({
      records_read: '73',
      mapped: '70',
      unmapped: '3',
      bad: '0',
    });
    expect(find('record_groups.csv', { group_id: 'account-manager' })).toMatchObject({
      records: '40',
      date_from: '2019-01-15',
      date_to: '2024-06-30',
      suppressed: 'no',
    });
    // 30 records is exactly the minimum: published.
    expect(find('record_groups.csv', { group_id: 'sales-engineer' })).toMatchObject({
      records: '30',
      suppressed: 'no',
    });
  });

  it('lists the unmapped titles with their counts', () => {
    if (!result.ok) throw new Error('run failed');
    expect(result.summary.unmappedTitles).toEqual([{ title: 'Chief Executive', records: 3, suggestions: [] }]);
  });
});

describe('skill shares with 95 % Wilson intervals', () => {
  it('merges spellings and aliases before counting', () => {
    // "Communication" ×10 + alias "communication skills" ×10 = 20 of 40; "core_java" ×4 + "Core Java" ×4 = 8 of 40.
    expect(find('record_skills.csv', { group_id: 'account-manager', skill: 'Communication' }).listing).toBe('20');
    expect(find('record_skills.csv', { group_id: 'account-manager', skill: 'Core Java' }).listing).toBe('8');
    if (!result.ok) throw new Error('run failed');
    const merge = result.summary.skillMerges.find((m) => m.name === 'Communication');
    expect(merge?.variants.map((v) => v.value).sort()).toEqual(['Communication', 'communication skills']);
  });

  it('matches the hand-worked Wilson bounds', () => {
    // 20/40: p = 0.5; centre = (0.5 + 3.841459/80) / (1 + 3.841459/40) = 0.548018 / 1.096036 = 0.5;
    // half = 1.959964 / 1.096036 × √(0.25/40 + 3.841459/6400) = 1.788232 × √0.006850228 = 0.148007 → 35.20 %–64.80 %.
    expect(find('record_skills.csv', { group_id: 'account-manager', skill: 'Communication' })).toMatchObject({
      share_pct: '50',
      low_pct: '35.2',
      high_pct: '64.8',
    });
    // 40/40: p = 1; centre = (1 + 0.048018) / 1.096036 = 0.956187; half = 1.788232 × √(0 + 0.000600228)
    // = 0.043811 → low 91.24 %, high exactly 100 %.
    expect(find('record_skills.csv', { group_id: 'account-manager', skill: 'Negotiation' })).toMatchObject({
      share_pct: '100',
      low_pct: '91.24',
      high_pct: '100',
    });
    // 3/30: p = 0.1; z²/n = 0.128049; centre = (0.1 + 0.064024) / 1.128049 = 0.145405;
    // half = (1.959964 / 1.128049) × √(0.09/30 + 3.841459/3600) = 1.737481 × √0.004067072 = 0.110806 → 3.46 %–25.62 %.
    expect(find('record_skills.csv', { group_id: 'sales-engineer', skill: 'Negotiation' })).toMatchObject({
      share_pct: '10',
      low_pct: '3.46',
      high_pct: '25.62',
    });
  });
});

describe('salaries by industry', () => {
  it('converts periods to a year and gives quartiles and mean', () => {
    // Technology: 10 × 50,000; 10 × 5,000 a month = 60,000; 9 × 70,000; 1 × 40 an hour × 2,080 = 83,200 (30 records).
    // percentile_cont: p25 at (30 − 1) × 0.25 = 7.25 → 50,000; median at 14.5 → 60,000; p75 at 21.75 → 70,000.
    // mean = (500,000 + 600,000 + 630,000 + 83,200) / 30 = 60,440.
    expect(find('record_salaries.csv', { group_id: 'account-manager', industry: 'Technology' })).toMatchObject({
      records: '30',
      suppressed: 'no',
      p25_usd: '50000',
      median_usd: '60000',
      p75_usd: '70000',
      mean_usd: '60440',
    });
  });

  it('suppresses an industry with fewer than 30 records, keeping only its count', () => {
    expect(find('record_salaries.csv', { group_id: 'account-manager', industry: 'Finance' })).toEqual({
      kind: 'role',
      group_id: 'account-manager',
      industry: 'Finance',
      records: '10',
      suppressed: 'yes',
      p25_usd: '',
      median_usd: '',
      p75_usd: '',
      mean_usd: '',
    });
  });

  it('suppresses everything at a higher minimum', async () => {
    const strict = await aggregate([HAND_RECORDS], { params: { minRecords: 31 } });
    expect(rowsOf(strict, 'record_groups.csv').find((r) => r.group_id === 'sales-engineer')).toMatchObject({
      records: '',
      suppressed: 'yes',
    });
    expect(rowsOf(strict, 'record_skills.csv').filter((r) => r.group_id === 'sales-engineer')).toEqual([]);
    expect(rowsOf(strict, 'record_distinctive_skills.csv')).toEqual([]);
  });
});

describe('employers', () => {
  it('merges spellings and lists only employers with at least 30 records', () => {
    // "Acme" ×25 + "ACME" ×5 = 30 (listed); "Globex" ×10 (not listed).
    expect(rowsOf(result, 'record_employers.csv').filter((r) => r.group_id === 'account-manager')).toEqual([
      { kind: 'role', group_id: 'account-manager', position: '1', employer: 'Acme', records: '30' },
    ]);
  });
});

describe('education', () => {
  it('gives each level its share and interval, and pair differences in percentage points', () => {
    // account-manager: bachelor 20, master 16, doctoral 4 of 40; sales-engineer: bachelor 24, master 6 of 30.
    // master 16/40: p = 0.4; centre = (0.4 + 0.048018)/1.096036 = 0.408762; half = 1.788232 × √(0.006 + 0.000600228)
    // = 0.145279 → 26.35 %–55.40 %.
    expect(find('record_education.csv', { group_id: 'account-manager', education: 'master' })).toMatchObject({
      share_pct: '40',
      low_pct: '26.35',
      high_pct: '55.4',
    });
    // 0/30: low 0, high = 2 × (3.841459/60) / 1.128049 = 0.113513 → 11.35 %.
    expect(find('record_education.csv', { group_id: 'sales-engineer', education: 'doctoral' })).toMatchObject({
      share_pct: '0',
      low_pct: '0',
      high_pct: '11.35',
    });
    expect(find('record_education_diffs.csv', { education: 'master' })).toMatchObject({
      role_id: 'account-manager',
      other_role_id: 'sales-engineer',
      share_pct: '40',
      other_share_pct: '20',
      pp_diff: '-20',
    });
    expect(find('record_education_diffs.csv', { education: 'bachelor' }).pp_diff).toBe('30');
  });
});

describe('distinctive skills (weighted log-odds, informative Dirichlet prior)', () => {
  it('matches the hand-worked z-scores', () => {
    // Listings: account-manager Negotiation 40, Communication 20, Core Java 8 (n1 = 68); sales-engineer Python 15,
    // Communication 6, Negotiation 3 (n2 = 24). Prior = corpus counts: Negotiation 43, Communication 26, Core Java 8,
    // Python 15 (a0 = 92).
    // Negotiation: δ = ln(83 / (68 + 92 − 40 − 43)) − ln(46 / (24 + 92 − 3 − 43)) = ln(83/77) − ln(46/70)
    //   = 0.075035 + 0.419854 = 0.494889; var = 1/83 + 1/46 = 0.033787; z = 0.494889 / 0.183812 = 2.69.
    // Python: δ = ln(15 / 145) − ln(30 / 86) = −2.268684 + 1.053150 = −1.215534; var = 1/15 + 1/30 = 0.1; z = −3.84.
    // Communication (z = 0.25) and Core Java (z = 0.94) are below 1.96: not listed.
    expect(rowsOf(result, 'record_distinctive_skills.csv')).toEqual([
      {
        role_id: 'account-manager',
        other_role_id: 'sales-engineer',
        side: 'role',
        position: '1',
        skill: 'Negotiation',
        z: '2.69',
        share_pct: '100',
        other_share_pct: '10',
      },
      {
        role_id: 'account-manager',
        other_role_id: 'sales-engineer',
        side: 'other',
        position: '1',
        skill: 'Python',
        z: '-3.84',
        share_pct: '0',
        other_share_pct: '50',
      },
    ]);
  });
});
