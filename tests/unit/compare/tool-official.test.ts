/** The comparison tool with official (O*NET, BLS) figures, on the fixture import. */
import { describe, expect, it } from 'vitest';
import { toolRole, type ToolRole } from '@/lib/compare/tool-data';
import { toolExportRows } from '@/lib/compare/tool-export';
import { toolOfficialWagesChart } from '@/lib/compare/tool-charts';
import { importanceSummary, officialLabel, officialWagesSummary } from '@/lib/compare/tool-summaries';
import { IMPORTANCE_TOP, buildToolView } from '@/lib/compare/tool-view';
import { officialCompareFixture } from './official-fixture';

const fixture = officialCompareFixture();
const occupations = fixture.rowsOf('onet_occupations.csv');
const idOf = (code: string) => occupations.find((o) => o.onet_code === code)!.id!;
const bls = fixture.rowsOf('bls_oews.csv');
const importance = fixture.rowsOf('onet_importance.csv').filter((r) => r.domain === 'skill');
const tool = (id: string): ToolRole => toolRole(fixture.view(id));
const sales = tool(idOf('11-2022.00'));
const marketing = tool(idOf('11-2021.00'));
const gam = fixture.model.roles.find((r) => r.onetCode === '11-2022.00')!;

describe('toolRole with official figures', () => {
  it('carries BLS national figures and every O*NET skill rating, citing both sources', () => {
    const national = bls.find((r) => r.soc_code === '11-2022' && r.naics === '000000')!;
    expect(sales.official?.national).toMatchObject({
      unit: 'annual',
      employment: Number(national.employment),
      mean: Number(national.annual_mean),
      socCode: '11-2022',
    });
    const rated = importance.filter((r) => r.onet_code === '11-2022.00');
    expect(sales.official?.skills.map((s) => s.importance).sort((a, b) => b - a)).toEqual(
      rated.map((r) => Number(r.importance)).sort((a, b) => b - a),
    );
    // Cited apart from the resume figures' sources, so no resume panel cites a survey.
    expect(sales.official!.sources.map((s) => s.id).sort()).toEqual(
      [sales.official!.onetSourceId, sales.official!.national!.sourceId].sort(),
    );
    expect(sales.sources).toEqual([]);
    // Resume figures stay apart: an occupation has none of its own.
    expect(sales.salaries).toEqual([]);
  });

  it('gives a role that names an occupation that occupation’s figures, named as such', () => {
    const record = toolRole(fixture.view(gam.id));
    expect(record.official?.occupationTitle).toBe(fixture.occupation(sales.id).official.title);
    expect(record.salaries.length).toBeGreaterThan(0);
    const view = buildToolView([record, marketing]);
    expect(officialWagesSummary(view.officialWages)).toContain(`${gam.title} (as ${record.official!.occupationTitle})`);
    const official = new Set(record.official!.sources.map((s) => s.id));
    expect(view.sources.some((s) => official.has(s.id))).toBe(false);
    expect(view.officialSources.map((s) => s.id).sort()).toEqual([...official].sort());
  });
});

describe('buildToolView with official figures', () => {
  const view = buildToolView([sales, marketing]);

  it('lists each picked role’s BLS national figures on their own, apart from resume salaries', () => {
    expect(view.officialWages.map((w) => w.roleId)).toEqual([sales.id, marketing.id]);
    expect(view.salaries).toEqual([]);
    expect(officialWagesSummary(view.officialWages)).toBe(
      `Mean wage across all industries (BLS): ${sales.title} $${sales.official!.national!.mean!.toLocaleString('en-US')} a year and ${marketing.title} $${marketing.official!.national!.mean!.toLocaleString('en-US')} a year.`,
    );
    expect(officialWagesSummary(buildToolView([marketing, sales]).officialWages)).toMatch(
      new RegExp(`^Mean wage across all industries \\(BLS\\): ${marketing.title} `),
    );
  });

  it('puts each role’s top skills by O*NET importance in one matrix, rated for every role', () => {
    const matrix = view.importance!;
    const top = (code: string) =>
      importance
        .filter((r) => r.onet_code === code)
        .sort((a, b) => Number(b.importance) - Number(a.importance) || a.element!.localeCompare(b.element!))
        .slice(0, IMPORTANCE_TOP)
        .map((r) => r.element!);
    expect(new Set(matrix.rows.map((r) => r.name))).toEqual(new Set([...top('11-2022.00'), ...top('11-2021.00')]));
    for (const row of matrix.rows) {
      matrix.roles.forEach((role, i) => {
        const code = role.id === sales.id ? '11-2022.00' : '11-2021.00';
        const rated = importance.find((r) => r.onet_code === code && r.element === row.name);
        expect(row.cells[i]).toBe(rated ? Number(rated.importance) : null);
      });
    }
    expect(importanceSummary(matrix)).toMatch(
      /^O\*NET rates .+ the most important of these skills: \d+(\.\d)? of 100 for /,
    );
  });

  it('says an occupation has no resume figures instead of listing each missing resume measure', () => {
    expect(view.missing).toContain(
      `No resume figures for ${sales.title}: it is shown by its official O*NET and BLS figures only.`,
    );
    expect(view.missing.some((m) => m.startsWith(`No salary data for ${sales.title}`))).toBe(false);
  });

  it('downloads the official figures in their own sections and units, flags in words', () => {
    const rows = toolExportRows(view);
    const wages = rows.filter((r) => r.section === 'official-wage');
    expect(wages.find((r) => r.role_id === sales.id && r.item === 'Mean wage')?.value).toBe(
      sales.official!.national!.mean,
    );
    expect(wages.every((r) => r.unit.includes('BLS'))).toBe(true);
    const rated = rows.filter((r) => r.section === 'official-skill-importance');
    expect(rated.length).toBeGreaterThan(0);
    expect(rated.every((r) => r.unit === 'O*NET importance (0–100)')).toBe(true);
    const withheld = buildToolView([
      { ...sales, official: { ...sales.official!, national: { ...sales.official!.national!, mean: 'top_coded' } } },
      marketing,
    ]);
    const mean = toolExportRows(withheld).find((r) => r.section === 'official-wage' && r.item === 'Mean wage')!;
    expect(mean.value).toBe('at or above the top-coded wage');
    expect(officialWagesSummary(withheld.officialWages)).toContain(`${sales.title} at or above the top-coded wage`);
  });

  it('leaves the official panels out for roles without official figures', () => {
    const seedOnly = fixture.model.roles
      .filter((r) => !r.occupation)
      .slice(0, 2)
      .map((r) => toolRole(fixture.view(r.id)));
    expect(seedOnly).toHaveLength(2);
    const plain = buildToolView(seedOnly);
    expect(plain.officialWages).toEqual([]);
    expect(plain.importance).toBeUndefined();
    expect(toolExportRows(plain).some((r) => r.section.startsWith('official'))).toBe(false);
  });
});

describe('roles that share one occupation’s figures', () => {
  // Global account manager names Sales Managers: picking both must not count Sales Managers' figures twice.
  const view = buildToolView([tool(gam.id), sales, marketing]);

  it('give one BLS row and one importance column, naming every role the figures stand for', () => {
    expect(view.officialWages.map((w) => w.occupationTitle)).toEqual([
      sales.official!.occupationTitle,
      marketing.official!.occupationTitle,
    ]);
    const [shared] = view.officialWages;
    expect(shared!.roles.map((r) => r.id)).toEqual([gam.id, sales.id]);
    expect(officialLabel(shared!)).toBe(`${sales.official!.occupationTitle} (also for ${gam.title})`);
    expect(view.importance!.roles.map((r) => r.occupationTitle)).toEqual([
      sales.official!.occupationTitle,
      marketing.official!.occupationTitle,
    ]);
    const chart = toolOfficialWagesChart(view)!;
    expect(chart.rows).toHaveLength(2);
    expect(chart.rows.map((r) => r.mean)).toEqual([sales.official!.national!.mean, marketing.official!.national!.mean]);
    expect(officialWagesSummary(view.officialWages)!.match(/\$/g)).toHaveLength(2);
  });

  it('keep a role that names an occupation apart when the occupation itself is not picked', () => {
    const alone = buildToolView([tool(gam.id), marketing]);
    expect(alone.officialWages.map((w) => officialLabel(w))).toEqual([
      `${gam.title} (as ${sales.official!.occupationTitle})`,
      marketing.title,
    ]);
  });
});
