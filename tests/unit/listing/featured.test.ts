import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { FEATURED_ROLE_ID, keyFigures } from '@/lib/listing/featured';
import { seedFiles } from '../support/data-folder';
import { seedRows } from '../support/seed-rows';

const rows = seedRows;

const featured = () => {
  const { tables } = validateDataFolder(seedFiles());
  return buildSiteModel(tables).roles.find((r) => r.id === FEATURED_ROLE_ID)!;
};

describe('keyFigures of the featured role', () => {
  it('picks the hard skill with the highest resume share', () => {
    const own = rows('skills.csv').filter((r) => r.role_id === FEATURED_ROLE_ID && r.resume_share_pct);
    const highest = Math.max(...own.map((r) => Number(r.resume_share_pct)));
    const level = own.filter((r) => Number(r.resume_share_pct) === highest).map((r) => r.skill);
    expect(keyFigures(featured()).topSkill).toEqual({
      value: highest,
      items: level.map((name) => expect.objectContaining({ name })),
    });
  });

  it('picks the employer with most open jobs and the highest-paying industry', () => {
    const employers = rows('employers.csv').filter((r) => r.role_id === FEATURED_ROLE_ID);
    const salaries = rows('salaries.csv').filter((r) => r.role_id === FEATURED_ROLE_ID);
    const mostJobs = Math.max(...employers.map((r) => Number(r.open_jobs)));
    const bestPay = Math.max(...salaries.map((r) => Number(r.avg_salary_usd)));
    const figures = keyFigures(featured());
    expect(figures.topEmployer).toEqual({
      value: mostJobs,
      items: employers
        .filter((r) => Number(r.open_jobs) === mostJobs)
        .map((r) => expect.objectContaining({ name: r.employer })),
    });
    expect(figures.topSalary).toEqual({
      value: bestPay,
      items: salaries.filter((r) => Number(r.avg_salary_usd) === bestPay).map((r) => ({ industry: r.industry })),
      industryCount: salaries.length,
    });
  });

  it('names every item level at the top', () => {
    const role = featured();
    const skills = [
      { ...role.skills[0]!, name: 'B', slug: 'b', sharePct: 7 },
      { ...role.skills[0]!, name: 'A', slug: 'a', sharePct: 7 },
      { ...role.skills[0]!, name: 'C', slug: 'c', sharePct: 3 },
    ];
    expect(keyFigures({ ...role, skills }).topSkill).toEqual({
      value: 7,
      items: [
        { name: 'B', slug: 'b' },
        { name: 'A', slug: 'a' },
      ],
    });
  });

  it('leaves out figures the role has no data for', () => {
    const role = {
      ...featured(),
      employers: [],
      salaries: [],
      skills: featured().skills.map(({ sharePct: _, ...s }) => s),
    };
    expect(keyFigures(role)).toEqual({});
  });
});
