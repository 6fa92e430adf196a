import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { employerLede, skillLede } from '@/lib/listing/describe';
import { seedFiles } from '../support/data-folder';
import { seedRows } from '../support/seed-rows';

const rows = seedRows;
const model = () => {
  const { tables } = validateDataFolder(seedFiles());
  return buildSiteModel(tables);
};
const roleTitle = new Map(rows('roles.csv').map((r) => [r.id, r.title_plural || `${r.title}s`]));

describe('skillLede', () => {
  it('names the kind and every role listing a seed skill', () => {
    const { skills } = model();
    for (const row of rows('skills.csv')) {
      const skill = skills.find((s) => s.name.toLowerCase() === row.skill.toLowerCase())!;
      const lede = skillLede(skill);
      expect(lede).toContain(`A ${row.kind} skill`);
      expect(lede.toLowerCase()).toContain(roleTitle.get(row.role_id)!.toLowerCase());
    }
  });

  it('says a skill only named in comparisons is named there', () => {
    const { skills } = model();
    const listed = new Set(rows('skills.csv').map((r) => r.skill.toLowerCase()));
    const only = rows('comparison_skills.csv').find((r) => !listed.has(r.skill.toLowerCase()))!;
    const skill = skills.find((s) => s.name.toLowerCase() === only.skill.toLowerCase())!;
    expect(skillLede(skill)).toMatch(/is named in \w+ comparisons? between roles/);
  });

  it('counts comparisons with the right number word', () => {
    const skill = { ...model().skills[0]!, roles: [] };
    const one = { ...skill, comparisons: skill.comparisons.slice(0, 1) };
    if (one.comparisons.length === 1) expect(skillLede(one)).toContain('one comparison between');
  });
});

describe('employerLede', () => {
  it('gives each seed employer its open jobs and the role it hires for', () => {
    const { employers } = model();
    for (const row of rows('employers.csv')) {
      const employer = employers.find((e) => e.name === row.employer)!;
      const lede = employerLede(employer);
      expect(lede).toContain(`${Number(row.open_jobs).toLocaleString('en-US')} open job`);
      expect(lede.toLowerCase()).toContain(roleTitle.get(row.role_id)!.toLowerCase());
    }
  });

  it('sums jobs across roles', () => {
    const base = model().employers[0]!;
    const two = {
      ...base,
      totalOpenJobs: 5,
      roles: [
        { id: 'a', title: 'A', plural: 'As', openJobs: 3, sourceId: 's' },
        { id: 'b', title: 'B', plural: 'Bs', openJobs: 2, sourceId: 's' },
      ],
    };
    expect(employerLede(two)).toBe(`5 open jobs at ${base.name} across two roles.`);
  });
});
