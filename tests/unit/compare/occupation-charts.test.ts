/**
 * The charts of official comparison pages, on the fixture import. Expected figures come from the
 * imported CSV rows (bls_oews.csv, onet_education.csv, onet_importance.csv), not from the producer.
 */
import { describe, expect, it } from 'vitest';
import { chartCsv, chartDocument, chartJson } from '@/lib/charts/downloads';
import { chartGroups } from '@/lib/charts/layout/chart';
import { FLAG_WORDS } from '@/lib/occupation/words';
import {
  DISTINCTIVE_PER_SIDE,
  OFFICIAL_COMPARISON_CHART_IDS,
  officialComparisonCharts,
  officialComparisonSources,
  type OfficialComparisonInput,
} from '@/lib/compare/occupation-charts';
import { officialComparisonView } from '@/lib/compare/occupation-page';
import type { OfficialComparison } from '@/lib/compare/occupation-pairs';
import { csvRows } from '../import/fixtures';
import { officialCompareFixture } from './official-fixture';

const fixture = officialCompareFixture();
const input = (comparison: OfficialComparison): OfficialComparisonInput => ({
  comparison,
  role: fixture.occupation(comparison.role.id),
  other: fixture.occupation(comparison.other.id),
});
const bls = fixture.rowsOf('bls_oews.csv');
const education = fixture.rowsOf('onet_education.csv');
const importance = fixture.rowsOf('onet_importance.csv');
const sources = fixture.rowsOf('official_sources.csv');
const blsSourceId = sources.find((s) => /Bureau of Labor Statistics/.test(s.publisher!))!.id!;
const onetSourceId = sources.find((s) => /O\*NET/.test(s.title!))!.id!;
const soc = (onetCode: string) => onetCode.slice(0, 7);

// Both occupations BLS publishes on their own, with sector figures: Marketing Managers and Sales Managers.
const pair = fixture.model.officialComparisons.find(
  (c) => [c.role.onetCode, c.other.onetCode].sort().join() === '11-2021.00,11-2022.00',
)!;

describe('official comparison charts', () => {
  const charts = new Map(officialComparisonCharts(input(pair)).map((c) => [c.id, c]));

  it('draws BLS mean wage by sector for both, each occupation’s rows from bls_oews.csv, citing BLS only', () => {
    const chart = charts.get(OFFICIAL_COMPARISON_CHART_IDS.sectors)!;
    expect(chart.sourceIds).toEqual([blsSourceId]);
    for (const side of [pair.role, pair.other]) {
      const expected = bls.filter((r) => r.soc_code === soc(side.onetCode) && r.naics !== '000000');
      const rows = chart.rows.filter((r) => r.occupation === side.title);
      expect(rows.map((r) => r.sector).sort()).toEqual(expected.map((r) => r.industry).sort());
      for (const row of expected) {
        const shown = rows.find((r) => r.sector === row.industry)!;
        if (row.annual_mean) expect(shown.wage).toBe(Number(row.annual_mean));
        else expect(typeof shown.wage).toBe('string');
      }
      const means = expected.filter((r) => r.annual_mean).map((r) => Number(r.annual_mean));
      const highest = rows.filter((r) => r.highest === 'yes').map((r) => r.wage);
      if (means.length > 1) expect(highest).toEqual([Math.max(...means)]);
    }
    expect(chart.summary).toMatch(/^Highest mean wage by sector: /);
  });

  it('draws O*NET education for both on one 0–100 scale, leaving out levels neither names', () => {
    const chart = charts.get(OFFICIAL_COMPARISON_CHART_IDS.education)!;
    expect(chart.sourceIds).toEqual([onetSourceId]);
    expect(chart.chart).toMatchObject({ kind: 'grouped-bar', groupKey: 'occupation', labelKey: 'level' });
    const share = (code: string, category: string) =>
      Number(education.find((e) => e.onet_code === code && e.category === category)?.share_pct ?? NaN);
    const categories = [
      ...new Set(education.filter((e) => e.onet_code === pair.role.onetCode).map((e) => e.category!)),
    ];
    const named = categories.filter((c) => share(pair.role.onetCode, c) > 0 || share(pair.other.onetCode, c) > 0);
    for (const side of [pair.role, pair.other]) {
      const rows = chart.rows.filter((r) => r.occupation === side.title);
      expect(rows.map((r) => r.sharePct)).toEqual(named.map((c) => share(side.onetCode, c)));
    }
  });

  it('shows at most ten distinctive skills, with importance and differences from onet_importance.csv, in importance points', () => {
    const chart = charts.get(OFFICIAL_COMPARISON_CHART_IDS.skills)!;
    expect(chart.sourceIds).toEqual([onetSourceId]);
    expect(chart.rows.length).toBeLessThanOrEqual(2 * DISTINCTIVE_PER_SIDE);
    const rated = (code: string, name: string) =>
      Number(importance.find((r) => r.onet_code === code && r.domain === 'skill' && r.element === name)!.importance);
    for (const row of chart.rows) {
      const a = rated(pair.role.onetCode, String(row.skill));
      const b = rated(pair.other.onetCode, String(row.skill));
      expect([row.roleImportance, row.otherImportance]).toEqual([a, b]);
      // Rounded to 0.1 importance points.
      expect(Math.abs(Number(row.gap) - (a - b))).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(row.gap).not.toBe(0);
    }
    const text = [chart.title, chart.summary, ...chart.columns.map((c) => c.label)].join(' ');
    expect(text).toMatch(/importance points/);
    expect(text).not.toMatch(/%|percentage|resume/i);
    expect(chart.columns.find((c) => c.key === 'gap')?.kind).toBe('score-diff');
  });

  it('downloads exactly each chart’s rows, citing that chart’s own source', () => {
    const all = officialComparisonSources(input(pair));
    for (const chart of charts.values()) {
      expect(csvRows(chartCsv(chart))).toHaveLength(chart.rows.length);
      const json = JSON.parse(chartJson(chartDocument(chart, { kind: 'compare', id: pair.id }, all))) as {
        rows: unknown[];
        sources: { id: string }[];
      };
      expect(json.rows).toEqual(chart.rows);
      expect(json.sources.map((s) => s.id)).toEqual(chart.sourceIds);
    }
  });

  it('draws the grouped charts from the chart rows: one group per occupation, withheld figures as words', () => {
    const chart = charts.get(OFFICIAL_COMPARISON_CHART_IDS.sectors)!;
    expect(chart.chart).toMatchObject({ kind: 'grouped-bar', groupKey: 'occupation', highlightKey: 'highest' });
    const groups = chartGroups(chart);
    expect(groups.map((g) => g.heading)).toEqual([pair.role.title, pair.other.title]);
    expect(groups.flatMap((g) => g.items)).toHaveLength(chart.rows.length);
    for (const item of groups.flatMap((g) => g.items)) {
      // A withheld figure is BLS's reason in words; a top-coded one says BLS's threshold, never an estimate.
      if (item.value === undefined)
        expect(
          Object.values(FLAG_WORDS).includes(item.valueLabel) || /^at or above \$[\d,.]+$/.test(item.valueLabel),
        ).toBe(true);
      if (item.highlight) expect(item.label).toMatch(/· highest$/);
    }
  });
});

describe('official comparison page view', () => {
  it('shows both occupations’ national BLS figures and says whose figures a wider group’s are', () => {
    for (const comparison of fixture.model.officialComparisons) {
      const view = officialComparisonView(input(comparison));
      expect(view.title).toBe(`${comparison.role.title} vs. ${comparison.other.title}`);
      for (const side of view.sides) {
        const code = fixture.occupation(side.id).official.onetCode;
        const national = bls.find((r) => r.naics === '000000' && r.soc_code === side.national?.socCode);
        if (!side.national) continue;
        expect(national, side.id).toBeDefined();
        if (national!.annual_mean) expect(side.national.mean).toBe(Number(national!.annual_mean));
        if (side.national.socCode === soc(code) && code.endsWith('.00')) expect(side.coverage).toBeUndefined();
        else expect(side.coverage).toContain(side.national.socTitle);
      }
      expect(view.attributions.join(' ')).toMatch(/O\*NET/);
    }
  });

  it('explains a missing sector chart instead of leaving an empty section', () => {
    for (const comparison of fixture.model.officialComparisons) {
      const view = officialComparisonView(input(comparison));
      if (view.sectorChart) expect(view.sectorNote).toBeUndefined();
      const sectors = (id: string) => fixture.occupation(id).official.oews?.bySector.length ?? 0;
      if (!view.sectorChart && (sectors(comparison.role.id) === 0) !== (sectors(comparison.other.id) === 0))
        expect(view.sectorNote).toMatch(/^BLS gives no wages by industry sector for /);
    }
  });
});
