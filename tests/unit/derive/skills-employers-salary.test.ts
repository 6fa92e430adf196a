import { describe, expect, it } from 'vitest';
import type { RoleRef } from '@/lib/model/site-model';
import { highestPayingSentence } from '@/lib/role/salary';
import {
  mostListedSentence,
  skillsChartSummary,
  skillsWithoutFigures,
  softSkillsSentence,
  topSkillSentence,
} from '@/lib/skill/words';
import { employersChartSummary, topEmployersSentence } from '@/lib/employer/words';
import { midSentence, numberWord, topWithTies } from '@/lib/text/sentences';

const gam: RoleRef = { id: 'gam', title: 'Global account manager', plural: 'Global account managers' };
const skill = (name: string, sharePct?: number) => ({ name, ...(sharePct !== undefined && { sharePct }) });
const employer = (name: string, openJobs: number) => ({ name, openJobs });

describe('text helpers', () => {
  it.each([
    ['Global account managers', 'global account managers'],
    ['Managers, account executive', 'managers, account executive'],
    ['IT managers', 'IT managers'],
    ['eBay sellers', 'eBay sellers'],
  ])('%s mid-sentence is %s', (title, expected) => expect(midSentence(title)).toBe(expected));

  it('writes small numbers as words', () => {
    expect([1, 2, 3, 10, 11].map(numberWord)).toEqual(['one', 'two', 'three', 'ten', '11']);
  });

  it('keeps ties at the cut-off', () => {
    expect(topWithTies([5, 4, 3, 3, 2], 3, (n) => n)).toEqual({ top: [5, 4, 3], tied: [3] });
    expect(topWithTies([5, 4], 3, (n) => n)).toEqual({ top: [5, 4], tied: [] });
    expect(topWithTies([], 3, (n: number) => n)).toEqual({ top: [], tied: [] });
  });
});

describe('skills sentences', () => {
  const seedSkills = [
    skill('Global Account', 12),
    skill('Account Management', 8),
    skill('Customer Satisfaction', 6),
    skill('Business Development', 6),
    skill('Cloud', 5),
  ];

  it('names the skill most resumes list, with its share', () => {
    expect(topSkillSentence(gam, seedSkills)).toBe(
      '12% of global account managers list Global Account on their resume.',
    );
    expect(topSkillSentence(gam, [skill('A', 3), skill('B', 3)])).toBe(
      '3% of global account managers list A on their resume, and 3% list B.',
    );
    expect(topSkillSentence(gam, [skill('A')])).toBeUndefined();
    expect(topSkillSentence(gam, [])).toBeUndefined();
  });

  it('names the most-listed skills and any skill level with the last one named', () => {
    expect(mostListedSentence(seedSkills)).toBe(
      'Global Account, Account Management and Customer Satisfaction are the skills most often listed, with Business Development listed as often as Customer Satisfaction (6%).',
    );
    expect(mostListedSentence([skill('A', 9), skill('B', 4), skill('C', 2), skill('D', 1)])).toBe(
      'A, B and C are the skills most often listed.',
    );
    expect(mostListedSentence([skill('A', 9), skill('B', 4)])).toBe('A and B are the skills most often listed.');
    expect(mostListedSentence([skill('A', 9)])).toBeUndefined();
    expect(mostListedSentence([skill('A'), skill('B')])).toBeUndefined();
  });

  it('ranks by share, not by list order, and ignores unknown shares', () => {
    expect(mostListedSentence([skill('Low', 1), skill('Unknown'), skill('High', 9), skill('Mid', 5)], 2)).toBe(
      'High and Mid are the skills most often listed.',
    );
  });

  it('lists soft skills, at most three', () => {
    expect(
      softSkillsSentence(gam, [
        skill('Analytical skills'),
        skill('Communication skills'),
        skill('Customer-service skills'),
        skill('Leadership skills'),
      ]),
    ).toBe(
      'Global account managers are also known for soft skills such as Analytical skills, Communication skills and Customer-service skills.',
    );
    expect(softSkillsSentence(gam, [skill('Analytical skills')])).toBe(
      'Global account managers are also known for the soft skill Analytical skills.',
    );
    expect(softSkillsSentence(gam, [])).toBeUndefined();
  });

  it('summarises the skills chart', () => {
    expect(skillsChartSummary(gam, seedSkills)).toBe(
      'The five skills shown are each listed by 5% to 12% of global account managers, most often Global Account.',
    );
    expect(skillsChartSummary(gam, [skill('A', 4)])).toBe('A is listed by 4% of global account managers.');
    expect(skillsChartSummary(gam, [skill('A', 4), skill('B', 4)])).toBe(
      'The two skills shown are each listed by 4% of global account managers.',
    );
    expect(skillsChartSummary(gam, [])).toBeUndefined();
  });
});

describe('employer sentences', () => {
  const seed = [employer('Iron Mountain', 93), employer('VMware', 58), employer('Amazon', 31)];

  it.each([
    [
      seed,
      'The three companies that hire the most global account managers are Iron Mountain (93 jobs), VMware (58) and Amazon (31).',
    ],
    [
      seed.slice(0, 2),
      'The two companies that hire the most global account managers are Iron Mountain (93 jobs) and VMware (58).',
    ],
    [[employer('Solo', 1)], 'The company that hires the most global account managers is Solo (1 job).'],
    [
      [...seed, employer('Dell', 31), employer('Tiny', 2)],
      'The three companies that hire the most global account managers are Iron Mountain (93 jobs), VMware (58) and Amazon (31); Dell also has 31 jobs.',
    ],
    [
      [employer('Small', 3), employer('Big', 1200)],
      'The two companies that hire the most global account managers are Big (1,200 jobs) and Small (3).',
    ],
  ])('%j', (employers, expected) => expect(topEmployersSentence(gam, employers)).toBe(expected));

  it('says nothing without employers', () => {
    expect(topEmployersSentence(gam, [])).toBeUndefined();
    expect(employersChartSummary(gam, [])).toBeUndefined();
  });

  it('summarises the employers chart', () => {
    expect(employersChartSummary(gam, seed)).toBe(
      'Of the three employers shown, Iron Mountain has the most open jobs for global account managers: 93.',
    );
    expect(employersChartSummary(gam, [employer('A', 5), employer('B', 5)])).toBe(
      'Of the two employers shown, A and B each have the most open jobs for global account managers: 5.',
    );
    expect(employersChartSummary(gam, [employer('A', 1)])).toBe('A has 1 open job for global account managers.');
  });
});

describe('salary sentence', () => {
  const pay = (industry: string, avgSalaryUsd: number) => ({ industry, avgSalaryUsd });
  it.each([
    [
      [pay('Technology', 119239)],
      'Technology is the only industry on record for global account managers, at an average of $119,239 a year.',
    ],
    [
      [pay('Media', 51472), pay('Technology', 119239)],
      'The highest-paying industry on record for global account managers is Technology, at an average of $119,239 a year.',
    ],
    [
      [pay('Media', 90000), pay('Technology', 90000), pay('Retail', 1)],
      'The highest-paying industries on record for global account managers are Media and Technology, each at an average of $90,000 a year.',
    ],
  ])('%j', (salaries, expected) => expect(highestPayingSentence(gam, salaries)).toBe(expected));

  it('says nothing without salaries', () => {
    expect(highestPayingSentence(gam, [])).toBeUndefined();
  });
});

describe('skillsWithoutFigures', () => {
  it('is every hard skill the chart and the examples leave out, in the role order', () => {
    const skills = [
      { name: 'Charted', sharePct: 12 },
      { name: 'Bare one' },
      { name: 'Exemplified', example: 'Did it.' },
      { name: 'Bare two' },
    ];
    expect(skillsWithoutFigures(skills).map((s) => s.name)).toEqual(['Bare one', 'Bare two']);
  });
});
