import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildSiteModel } from '@/lib/data/model';
import { validateDataFolder } from '@/lib/data/validate';
import { FEATURED_ROLE_ID, keyFigures } from '@/lib/listing/featured';
import { seedFiles, seedText } from '../support/data-folder';

const rows = (file: string) =>
  Papa.parse<Record<string, string>>(seedText(file), { header: true, skipEmptyLines: true }).data;

const featured = () => {
  const { tables } = validateDataFolder(seedFiles());
  return buildSiteModel(tables).roles.find((r) => r.id === FEATURED_ROLE_ID)!;
};

describe('keyFigures of the featured role', () => {
  it('picks the hard skill with the highest resume share', () => {
    const own = rows('skills.csv').filter((r) => r.role_id === FEATURED_ROLE_ID && r.resume_share_pct);
    const highest = Math.max(...own.map((r) => Number(r.resume_share_pct)));
    const first = own.find((r) => Number(r.resume_share_pct) === highest)!;
    expect(keyFigures(featured()).topSkill).toMatchObject({ name: first.skill, sharePct: highest });
  });

  it('picks the employer with most open jobs and the highest-paying industry', () => {
    const employers = rows('employers.csv').filter((r) => r.role_id === FEATURED_ROLE_ID);
    const salaries = rows('salaries.csv').filter((r) => r.role_id === FEATURED_ROLE_ID);
    const mostJobs = Math.max(...employers.map((r) => Number(r.open_jobs)));
    const bestPay = Math.max(...salaries.map((r) => Number(r.avg_salary_usd)));
    const figures = keyFigures(featured());
    expect(figures.topEmployer).toMatchObject({
      name: employers.find((r) => Number(r.open_jobs) === mostJobs)!.employer,
      openJobs: mostJobs,
    });
    expect(figures.topSalary).toEqual({
      industry: salaries.find((r) => Number(r.avg_salary_usd) === bestPay)!.industry,
      avgSalaryUsd: bestPay,
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
