import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { employerCharts, employerJobsSummary } from '@/lib/employer/charts';
import { skillCharts, skillSharesSummary } from '@/lib/skill/charts';
import { seedFiles } from '../support/data-folder';
import { seedRows } from '../support/seed-rows';

const rows = seedRows;
const model = () => {
  const { tables } = validateDataFolder(seedFiles());
  return buildSiteModel(tables);
};

describe('skill page chart', () => {
  it('draws one bar per role with a known share, from skills.csv', () => {
    const { skills } = model();
    for (const skill of skills) {
      const expected = rows('skills.csv').filter(
        (r) => r.skill.toLowerCase() === skill.name.toLowerCase() && r.resume_share_pct,
      );
      const charts = skillCharts(skill);
      if (expected.length === 0) {
        expect(charts).toEqual([]);
        continue;
      }
      expect(charts).toHaveLength(1);
      expect(charts[0]!.rows.map((r) => r.sharePct).sort()).toEqual(
        expected.map((r) => Number(r.resume_share_pct)).sort(),
      );
    }
  });

  it('summarises one role or the leaders among several', () => {
    expect(skillSharesSummary('CRM', [{ plural: 'Market sales managers', sharePct: 9 }])).toBe(
      '9% of market sales managers list CRM on their resume.',
    );
    expect(
      skillSharesSummary('CRM', [
        { plural: 'Market sales managers', sharePct: 9 },
        { plural: 'Product managers', sharePct: 9 },
        { plural: 'Account executives', sharePct: 4 },
      ]),
    ).toBe(
      'Of the three roles shown, market sales managers and product managers list CRM most often: on 9% of their resumes.',
    );
    expect(skillSharesSummary('CRM', [])).toBeUndefined();
  });
});

describe('employer page chart', () => {
  it('draws open jobs per role from employers.csv', () => {
    const { employers } = model();
    for (const row of rows('employers.csv')) {
      const employer = employers.find((e) => e.name === row.employer)!;
      const [chart] = employerCharts(employer);
      expect(chart!.rows).toContainEqual(expect.objectContaining({ openJobs: Number(row.open_jobs) }));
    }
  });

  it('summarises one role or the total and the leader', () => {
    expect(employerJobsSummary('Acme', [{ plural: 'Sellers', openJobs: 1 }])).toBe('Acme has 1 open job for sellers.');
    expect(
      employerJobsSummary('Acme', [
        { plural: 'Sellers', openJobs: 90 },
        { plural: 'Buyers', openJobs: 30 },
      ]),
    ).toBe("Of Acme's 120 open jobs across the two roles shown, the most are for sellers: 90.");
  });
});
