/**
 * The official charts of a role page, on the fixture import: which charts each occupation gets,
 * that every figure comes from the imported rows (withheld ones as words), that each chart cites
 * its own source, and that survey measures never share a chart with resume measures.
 */
import { describe, expect, it } from 'vitest';
import { chartDocument } from '@/lib/charts/downloads';
import { OFFICIAL_CHART_IDS, TOP_RATINGS, officialCharts } from '@/lib/occupation/charts';
import { roleCharts } from '@/lib/role/charts';
import type { ChartData } from '@/lib/charts/chart-data';
import type { OccupationRecord } from '@/lib/model/site-model';
import { FLAG_WORDS, shortEducationLabel } from '@/lib/occupation/words';
import { officialParts, officialTitle, roleSections } from '@/lib/role/sections';
import { officialFixture } from '../support/official-model';

const fixture = officialFixture();
const occupations = fixture.model.occupations;
const chartOf = (role: OccupationRecord, id: string) => officialCharts(role).find((c) => c.id === id);
const bls = (soc: string, naics = '000000') =>
  fixture.rowsOf('bls_oews.csv').find((r) => r.soc_code === soc && r.naics === naics && r.soc_level === 'detailed');
const socOf = (role: OccupationRecord) => role.official.oews?.national?.socCode;
const PERCENTILE_COLUMNS = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

/** BLS's top-coded wage as the fixture's OEWS source note states it ("… $115.00 per hour or $239,200 per year"). */
function topCode(sourceId: string, unit: 'annual' | 'hourly'): string {
  const note = fixture.rowsOf('official_sources.csv').find((s) => s.id === sourceId)!.note!;
  const [, hourly, annual] = /greater than (\$[\d,.]+) per hour or (\$[\d,]+) per year/.exec(note)!;
  return unit === 'annual' ? annual! : hourly!;
}

/** A BLS cell as the chart must show it: the number, or the flag's words (a top-code with its figure). */
function expected(row: Record<string, string>, column: string): number | string | undefined {
  if (row[column]) return Number(row[column]);
  const flag = row[`${column}_flag`] as keyof typeof FLAG_WORDS | '';
  if (flag === 'top_coded')
    return `at or above ${topCode(row.source_id!, column.startsWith('hourly') ? 'hourly' : 'annual')}`;
  return flag ? FLAG_WORDS[flag] : undefined;
}

describe('official charts on the fixture import', () => {
  it('gives the roles that name no occupation no official figures, so no official chart', () => {
    const unlinked = fixture.model.roles.filter((r) => !r.occupation);
    expect(unlinked.length).toBeGreaterThan(0);
    for (const role of unlinked) expect(fixture.view(role.id).occupation).toBeUndefined();
  });

  it('charts every national wage percentile as BLS publishes it, withheld ones in words', () => {
    for (const role of occupations) {
      const soc = socOf(role);
      const chart = chartOf(role, OFFICIAL_CHART_IDS.percentiles);
      if (!soc) {
        expect(chart, role.id).toBeUndefined();
        continue;
      }
      const row = bls(soc)!;
      const unit = row.wages_released === 'hourly_only' ? 'hourly' : 'annual';
      const values = PERCENTILE_COLUMNS.map((p) => expected(row, `${unit}_${p}`)).filter((v) => v !== undefined);
      expect(
        chart!.rows.map((r) => r.wage),
        role.id,
      ).toEqual(values);
      expect(chart!.columns[1]!.kind).toBe(unit === 'annual' ? 'usd' : 'usd-hourly');
      expect(chart!.sourceIds).toEqual([row.source_id]);
    }
  });

  it('never writes a number where BLS has a marker', () => {
    const sales = fixture.occupation('sales-managers');
    expect(bls('11-2022')!.annual_p90_flag).toBe('top_coded');
    const chart = chartOf(sales, OFFICIAL_CHART_IDS.percentiles)!;
    const sourceId = bls('11-2022')!.source_id!;
    expect(topCode(sourceId, 'annual')).toMatch(/^\$\d{3},\d{3}$/);
    expect(chart.rows.at(-1)).toEqual({
      percentile: '90th percentile',
      wage: `at or above ${topCode(sourceId, 'annual')}`,
    });
    expect(chart.summary).toContain(`the 90th percentile is at or above ${topCode(sourceId, 'annual')} a year`);
  });

  it('ranks sectors by published mean wage, highlights a single leader, and lists withheld ones last in words', () => {
    for (const role of occupations) {
      const soc = socOf(role);
      const chart = chartOf(role, OFFICIAL_CHART_IDS.sectors);
      const rows = fixture.rowsOf('bls_oews.csv').filter((r) => r.soc_code === soc && r.naics !== '000000');
      if (rows.length === 0) {
        expect(chart, role.id).toBeUndefined();
        continue;
      }
      const unit = bls(soc!)!.wages_released === 'hourly_only' ? 'hourly' : 'annual';
      const published = rows.filter((r) => r[`${unit}_mean`]);
      const wages = chart!.rows.map((r) => r.wage);
      const numbers = wages.filter((w): w is number => typeof w === 'number');
      expect(numbers).toEqual(published.map((r) => Number(r[`${unit}_mean`])).sort((a, b) => b - a));
      expect(wages.slice(numbers.length)).toEqual(
        rows
          .filter((r) => !r[`${unit}_mean`])
          .map((r) => FLAG_WORDS[r[`${unit}_mean_flag`] as keyof typeof FLAG_WORDS]),
      );
      const spec = chart!.chart as { highlightRow?: number };
      const leaders = numbers.filter((n) => n === numbers[0]).length;
      if (numbers.length > 1 && leaders === 1) expect(spec.highlightRow).toBe(0);
      else expect(spec).not.toHaveProperty('highlightRow');
    }
  });

  it('charts the education distribution in level order, percent of respondents on a 0–100 scale, citing O*NET', () => {
    const sales = fixture.occupation('sales-managers');
    const chart = chartOf(sales, OFFICIAL_CHART_IDS.education)!;
    const levels = fixture.rowsOf('onet_education_levels.csv');
    const rows = fixture.rowsOf('onet_education.csv').filter((r) => r.onet_code === '11-2022.00');
    expect(chart.rows.map((r) => [r.level, r.sharePct])).toEqual(
      rows
        .sort((a, b) => Number(a.category) - Number(b.category))
        .map((r) => [shortEducationLabel(levels.find((l) => l.category === r.category)!.label!), Number(r.share_pct)]),
    );
    // The scale ends at the largest share, so the longest bar spans the plot (the table keeps the 0–100 meaning).
    expect(chart.chart).toEqual({ kind: 'bar', labelKey: 'level', valueKey: 'sharePct' });
    expect(chart.sourceIds).toEqual([sales.official.onetSourceId]);
  });

  it('charts importance as a 0–100 score (never a percent), top ratings only, citing O*NET', () => {
    for (const role of occupations) {
      for (const [id, domain] of [
        [OFFICIAL_CHART_IDS.skills, 'skill'],
        [OFFICIAL_CHART_IDS.knowledge, 'knowledge'],
      ] as const) {
        const rows = fixture
          .rowsOf('onet_importance.csv')
          .filter((r) => r.onet_code === role.official.onetCode && r.domain === domain);
        const chart = chartOf(role, id);
        if (rows.length === 0) {
          expect(chart, `${role.id} ${id}`).toBeUndefined();
          continue;
        }
        const top = rows
          .map((r) => Number(r.importance))
          .sort((a, b) => b - a)
          .slice(0, TOP_RATINGS);
        expect(chart!.rows.map((r) => r.importance)).toEqual(top);
        expect(chart!.columns.find((c) => c.key === 'importance')!.kind).toBe('score');
        expect(chart!.columns.every((c) => c.kind !== 'percent')).toBe(true);
        expect(chart!.chart).toEqual({ kind: 'bar', labelKey: 'name', valueKey: 'importance' });
        expect(chart!.sourceIds).toEqual([role.official.onetSourceId]);
      }
    }
  });

  it('keeps survey and resume measures on separate charts of the global account manager page', () => {
    const gam = fixture.role('global-account-manager');
    const occupation = fixture.view(gam.id).occupation!;
    const resume = roleCharts(gam);
    const survey = officialCharts(occupation);
    expect(survey.length).toBeGreaterThan(0);
    const official = new Set([occupation.official.onetSourceId, occupation.official.oews!.national!.sourceId]);
    const cites = (c: ChartData) => c.sourceIds.map((id) => official.has(id));
    for (const chart of resume) expect(cites(chart).some(Boolean), chart.id).toBe(false);
    for (const chart of survey) expect(cites(chart).every(Boolean), chart.id).toBe(true);
    const ids = [...resume, ...survey].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every official chart a download document under the role page', () => {
    const gam = fixture.role('global-account-manager');
    const view = fixture.view(gam.id);
    const page = { kind: 'roles', id: gam.id };
    const charts = [...roleCharts(gam), ...officialCharts(view.occupation!)];
    const ids = new Set(charts.map((c) => c.id));
    for (const id of Object.values(OFFICIAL_CHART_IDS)) {
      expect(ids).toContain(id);
      const chart = charts.find((c) => c.id === id)!;
      expect(chartDocument(chart, page, view.sources).rows).toEqual(chart.rows);
    }
  });
});

describe('official sections', () => {
  it('puts the official part after the resume sections and before the downloads', () => {
    const gam = fixture.view('global-account-manager');
    const ids = roleSections(gam).map((s) => s.id);
    expect(ids.at(-2)).toBe('official');
    expect(ids.at(-1)).toBe('downloads');
    expect(ids.indexOf('official')).toBeGreaterThan(ids.indexOf('related-roles'));
    const official = roleSections(gam).find((s) => s.id === 'official')!;
    expect(official.title).toBe(officialTitle(gam.occupation!.official));
    expect(official.title).toBe('Official statistics for Sales Managers (O*NET-SOC 11-2022.00)');
  });

  it('has a part only for data the occupation has', () => {
    const sales = fixture.occupation('sales-managers').official;
    expect(officialParts(sales).map((p) => p.id)).toEqual([
      'official-wages',
      'official-sectors',
      'official-education',
      'official-job-zone',
      'official-importance',
      'official-interests',
      'official-work-styles',
      'official-similar',
      'official-technology',
      'official-tasks',
      'official-titles',
      'official-related',
    ]);
    // The fixture import has no projections folder: no outlook, so neither outlook nor how to become one.
    expect(sales.outlook).toBeUndefined();
    const bare = {
      ...sales,
      skills: [],
      knowledge: [],
      technologies: [],
      tasks: [],
      education: [],
      related: [],
      alternativeTitles: [],
      workStyles: [],
      similar: [],
    };
    delete bare.oews;
    delete bare.jobZone;
    delete bare.interests;
    expect(officialParts(bare)).toEqual([]);
  });

  it('leaves the official part out of a role without official figures', () => {
    const unlinked = fixture.model.roles.filter((r) => !r.occupation);
    expect(unlinked.length).toBeGreaterThan(0);
    for (const role of unlinked) expect(roleSections(fixture.view(role.id)).map((s) => s.id)).not.toContain('official');
  });

  it("shows an occupation's own page its official part and none of the resume sections", () => {
    const ids = roleSections(fixture.view('sales-managers')).map((s) => s.id);
    expect(ids).toEqual(['what-they-do', 'official', 'downloads']);
  });
});
