import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartDocument, chartJson } from '@/lib/charts/downloads';
import { chartAnchorId } from '@/lib/charts/ids';
import { ROLE_CHART_IDS, roleCharts } from '@/lib/role/charts';
import { buildSiteModel, type RoleRecord } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { roleSections } from '@/lib/role/sections';
import { seedFiles, seedText, seedWith } from '../support/data-folder';

const rows = (file: string) =>
  Papa.parse<Record<string, string>>(seedText(file), { header: true, skipEmptyLines: true }).data;

function modelOf(files: Map<string, Uint8Array>) {
  const { tables, issues } = validateDataFolder(files);
  expect(issues).toEqual([]);
  return buildSiteModel(tables);
}
const seedRoles = () => modelOf(seedFiles()).roles;
const chartIds = (role: RoleRecord) => roleCharts(role).map((c) => c.id);

describe('role charts from the seed', () => {
  it('gives each role exactly the charts its rows support', () => {
    for (const role of seedRoles()) {
      const has = (file: string, extra: (r: Record<string, string>) => boolean = () => true) =>
        rows(file).some((r) => r.role_id === role.id && extra(r));
      const expected = [
        has('skills.csv', (r) => r.kind === 'hard' && r.resume_share_pct !== '') && ROLE_CHART_IDS.skills,
        has('employers.csv') && ROLE_CHART_IDS.employers,
        has('salaries.csv') && ROLE_CHART_IDS.salaries,
        rows('comparisons.csv').some(
          (r) => (r.role_id === role.id || r.other_role_id === role.id) && (r.masters_pp_diff || r.doctoral_pp_diff),
        ) && ROLE_CHART_IDS.education,
      ].filter(Boolean);
      expect(chartIds(role), role.id).toEqual(expected);
    }
  });

  it('charts every skill share, employer and salary of the seed, with its source', () => {
    const charts = new Map(seedRoles().map((role) => [role.id, roleCharts(role)]));
    const chartOf = (roleId: string, id: string) => charts.get(roleId)!.find((c) => c.id === id)!;
    for (const r of rows('skills.csv').filter((r) => r.resume_share_pct)) {
      const chart = chartOf(r.role_id!, ROLE_CHART_IDS.skills);
      expect(chart.rows).toContainEqual({ skill: r.skill, sharePct: Number(r.resume_share_pct) });
      expect(chart.sourceIds).toContain(r.source_id);
    }
    for (const r of rows('employers.csv')) {
      const chart = chartOf(r.role_id!, ROLE_CHART_IDS.employers);
      expect(chart.rows).toContainEqual({ employer: r.employer, openJobs: Number(r.open_jobs) });
    }
    for (const r of rows('salaries.csv')) {
      const chart = chartOf(r.role_id!, ROLE_CHART_IDS.salaries);
      expect(chart.rows).toContainEqual({ industry: r.industry, avgSalaryUsd: Number(r.avg_salary_usd) });
    }
    for (const r of rows('comparisons.csv')) {
      const chart = chartOf(r.role_id!, ROLE_CHART_IDS.education);
      const other = rows('roles.csv').find((role) => role.id === r.other_role_id)!;
      expect(chart.rows).toContainEqual({
        role: other.title,
        mastersPpDiff: Number(r.masters_pp_diff),
        doctoralPpDiff: Number(r.doctoral_pp_diff),
      });
    }
  });

  it('sorts bars from largest to smallest', () => {
    for (const role of seedRoles()) {
      for (const chart of roleCharts(role).filter((c) => c.chart.kind === 'bar')) {
        const spec = chart.chart as { valueKey: string };
        const values = chart.rows.map((r) => r[spec.valueKey] as number);
        expect(values).toEqual([...values].sort((a, b) => b - a));
      }
    }
  });

  it('highlights the highest salary only when there is more than one industry to compare', () => {
    const [gam] = seedRoles();
    const single = roleCharts(gam!).find((c) => c.id === ROLE_CHART_IDS.salaries)!;
    expect(single.chart).not.toHaveProperty('highlightRow');
    const twoIndustries: RoleRecord = {
      ...gam!,
      salaries: [
        { industry: 'Media', avgSalaryUsd: 51472, sourceId: gam!.sourceId },
        { industry: 'Technology', avgSalaryUsd: 119239, sourceId: gam!.sourceId },
      ],
    };
    const chart = roleCharts(twoIndustries).find((c) => c.id === ROLE_CHART_IDS.salaries)!;
    expect(chart.chart).toMatchObject({ highlightRow: 0, highlightNote: 'highest' });
    expect(chart.rows[0]).toEqual({ industry: 'Technology', avgSalaryUsd: 119239 });
    expect(chart.summary).toContain('Technology');
  });
});

describe('a role without employers or salaries', () => {
  const withoutGamRows = (file: string) =>
    seedText(file)
      .split('\n')
      .filter((line) => !line.startsWith('global-account-manager,'))
      .join('\n');
  const files = seedWith({
    'employers.csv': withoutGamRows('employers.csv'),
    'salaries.csv': withoutGamRows('salaries.csv'),
  });

  it('has no employer or salary chart, and no such sections', () => {
    const gam = modelOf(files).roles.find((r) => r.id === 'global-account-manager')!;
    expect(chartIds(gam)).toEqual([ROLE_CHART_IDS.skills, ROLE_CHART_IDS.education]);
    const sections = roleSections({ record: gam, sources: gam.sources }).map((s) => s.id);
    expect(sections).not.toContain('employers');
    expect(sections).not.toContain('salary');
    expect(sections).toContain('skills');
  });

  it('has no chart at all when it has no data, only the downloads section', () => {
    const { description: _description, ...seedRole } = seedRoles()[0]!;
    const bare: RoleRecord = {
      ...seedRole,
      responsibilities: [],
      skills: [],
      softSkills: [],
      employers: [],
      salaries: [],
      comparisons: [],
    };
    expect(roleCharts(bare)).toEqual([]);
    expect(roleSections({ record: bare, sources: bare.sources }).map((s) => s.id)).toEqual(['downloads']);
  });
});

describe('chart download documents', () => {
  it("hold exactly each chart's rows and cited sources, refusing a source the page does not have", () => {
    const [gam] = seedRoles();
    const charts = roleCharts(gam!);
    const page = { kind: 'roles', id: gam!.id };
    const ids = charts.map((c) => chartAnchorId(c.id));
    expect(new Set(ids).size).toBe(ids.length);
    const employers = charts.find((c) => c.id === ROLE_CHART_IDS.employers)!;
    const json = JSON.parse(chartJson(chartDocument(employers, page, gam!.sources)));
    expect(json.rows).toEqual(employers.rows);
    expect(json.page).toEqual(page);
    expect(json.sources[0]).toMatchObject({ id: gam!.sourceId, date: rows('sources.csv')[0]!.date });
    expect(() => chartDocument({ ...employers, sourceIds: ['nowhere'] }, page, gam!.sources)).toThrow(/unknown source/);
  });
});
