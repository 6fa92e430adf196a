/**
 * A chart's downloads are made in the browser from its frame: on a page, from the frame's caption
 * and data table as the components write them; in the compare tool, from the document it embeds.
 * They must hold the same bytes the per-chart files held before (/data/charts/…, written at build
 * time), so the old writer is kept here, verbatim, as the reference: every chart of every page kind
 * on the seed and the fixture import goes through both paths (page: components → HTML → parsed →
 * read back → written; tool: embed → read back → written) and is compared with it. Formula safety
 * is kept.
 */
import { parse } from 'node-html-parser';
import Papa from 'papaparse';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartCaption } from '@/components/charts/ChartCaption';
import { ChartDownloads } from '@/components/charts/ChartDownloads';
import { DataTable } from '@/components/charts/DataTable';
import type { ChartData } from '@/lib/charts/chart-data';
import {
  chartCsv,
  chartDocument,
  chartJson,
  embeddedChartDocument,
  readChartFrame,
  readEmbeddedChartDocument,
  type ChartPage,
} from '@/lib/charts/downloads';
import { chartAnchorId, chartTitleId } from '@/lib/charts/ids';
import type { Source } from '@/lib/model/site-model';
import { COMPARISON_PAGES, EMPLOYER_PAGES, ROLE_PAGES, SKILL_PAGES, type PageFamily } from '@/lib/site/page-families';
import { officialCompareFixture } from '../compare/official-fixture';

// ---- The old writer (src/lib/downloads/csv.ts and src/lib/charts/downloads.ts before the change) ----
type CsvCell = string | number | boolean | null | undefined;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;
function legacyNeutralise(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
function legacyCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = legacyNeutralise(String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function legacyToCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(legacyCell).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}
const legacyChartCsv = (chart: ChartData) =>
  legacyToCsv([chart.columns.map((c) => c.label), ...chart.rows.map((r) => chart.columns.map((c) => r[c.key]))]);
function legacyChartJson(chart: ChartData, page: ChartPage, sources: Record<string, Source>): string {
  const cited = chart.sourceIds.map((id) => sources[id]!);
  const document = {
    title: chart.title,
    summary: chart.summary,
    page: { kind: page.kind, id: page.id },
    sources: cited.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher ?? null,
      date: s.date,
      dateLabel: s.dateLabel ?? null,
      url: s.url ?? null,
      licence: s.licence ?? null,
    })),
    columns: chart.columns,
    rows: chart.rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
// ---------------------------------------------------------------------------------------------------

interface PageCharts {
  page: ChartPage;
  charts: ChartData[];
  sources: Record<string, Source>;
}

function everyPage(): PageCharts[] {
  const fixture = officialCompareFixture();
  const { model } = fixture;
  const entry = <State>(family: PageFamily<State>, id: string, state: State): PageCharts => ({
    page: { kind: family.folder, id },
    ...family.charts(state),
  });
  const input = (comparison: (typeof model.officialComparisons)[number]) => ({
    comparison,
    role: fixture.occupation(comparison.role.id),
    other: fixture.occupation(comparison.other.id),
  });
  return [
    ...[...model.roles, ...model.occupations].map((r) => entry(ROLE_PAGES, r.id, fixture.view(r.id))),
    ...model.skills.map((s) => entry(SKILL_PAGES, s.slug, s)),
    ...model.employers.map((e) => entry(EMPLOYER_PAGES, e.slug, e)),
    ...model.comparisons.map((comparison) =>
      entry(COMPARISON_PAGES, comparison.id, {
        kind: 'roles',
        input: { comparison, role: fixture.role(comparison.role.id), other: fixture.role(comparison.other.id) },
      }),
    ),
    ...model.officialComparisons.map((comparison) =>
      entry(COMPARISON_PAGES, comparison.id, { kind: 'occupations', input: input(comparison) }),
    ),
  ];
}

/** A chart's frame as a page writes it (caption, table, downloads), as HTML. */
const frameHtml = (chart: ChartData, page: ChartPage) =>
  renderToStaticMarkup(
    createElement(
      'figure',
      { id: chartAnchorId(chart.id), 'data-chart-id': chart.id, 'data-chart-frame': '' },
      createElement(ChartCaption, { chart }),
      createElement(DataTable, { chart, labelledBy: chartTitleId(chart.id) }),
      createElement(ChartDownloads, {
        anchor: chartAnchorId(chart.id),
        page,
        titleId: chartTitleId(chart.id),
        sourceIds: chart.sourceIds,
      }),
    ),
  );

/** What a click on a page makes: the frame's HTML parsed, read back, then written as the download. */
const onPage = (chart: ChartData, page: ChartPage, sources: Record<string, Source>) => {
  const figure = parse(frameHtml(chart, page)).querySelector('figure')!;
  // As the browser does: the CSV without the sources file (it needs none), the JSON with it.
  return { csv: chartCsv(readChartFrame(figure)), json: chartJson(readChartFrame(figure, sources)) };
};

/** What a click in the compare tool makes: the embedded text read back, then written as the download. */
const inTool = (chart: ChartData, page: ChartPage, sources: Record<string, Source>) => {
  const document = readEmbeddedChartDocument(embeddedChartDocument(chartDocument(chart, page, sources)));
  return { csv: chartCsv(document), json: chartJson(document) };
};
const PATHS = { 'on a page': onPage, 'in the compare tool': inTool };

describe('in-browser chart downloads', () => {
  const pages = everyPage();

  it('cover every page kind, with charts of every spec kind', () => {
    const kinds = new Set(pages.flatMap((p) => p.charts.map((c) => c.chart.kind)));
    expect([...kinds].sort()).toEqual(['bar', 'diverging', 'dot', 'grouped-bar']);
    expect(new Set(pages.filter((p) => p.charts.length > 0).map((p) => p.page.kind))).toEqual(
      new Set(['roles', 'skills', 'employers', 'compare']),
    );
  });

  it.each(Object.entries(PATHS))(
    'give the same CSV and JSON bytes the per-chart files held, for every chart, %s',
    (_, inBrowser) => {
      let count = 0;
      for (const { page, charts, sources } of pages) {
        for (const chart of charts) {
          const made = inBrowser(chart, page, sources);
          expect(made.csv, `${page.kind}/${page.id}/${chart.id}.csv`).toBe(legacyChartCsv(chart));
          expect(made.json, `${page.kind}/${page.id}/${chart.id}.json`).toBe(legacyChartJson(chart, page, sources));
          count++;
        }
      }
      expect(count).toBeGreaterThan(20);
    },
  );

  it('keep formula safety, numbers as numbers, and text that could close the embedding script', () => {
    const chart: ChartData = {
      id: 'hostile',
      title: 'Hostile </script><b>title',
      summary: 'x',
      sourceIds: [],
      columns: [
        { key: 'name', label: 'Name', kind: 'text' },
        { key: 'pp', label: 'Difference (pp)', kind: 'pp' },
      ],
      rows: [
        { name: '=cmd|/C calc', pp: -4.6 },
        { name: '+SUM(A1)', pp: 0.1 },
        { name: '-4.6', pp: null },
        { name: '@x, "quoted"\nline', pp: 12 },
        { name: '</script><script>alert(1)</script>', pp: 0 },
      ],
      chart: { kind: 'bar', labelKey: 'name', valueKey: 'pp' },
    };
    const page = { kind: 'roles', id: 'x' };
    const embedded = embeddedChartDocument(chartDocument(chart, page, {}));
    expect(embedded).not.toMatch(/<\/?script/i);
    for (const inBrowser of Object.values(PATHS)) {
      const { csv, json } = inBrowser(chart, page, {});
      expect(csv).toBe(legacyChartCsv(chart));
      expect(json).toBe(legacyChartJson(chart, page, {}));
    }
    expect(frameHtml(chart, page)).not.toMatch(/<\/?script|<b>/i);
    const { csv } = onPage(chart, page, {});
    const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(cells.map((r) => r[0])).toEqual([
      'Name',
      "'=cmd|/C calc",
      "'+SUM(A1)",
      '-4.6',
      '\'@x, "quoted"\nline',
      '</script><script>alert(1)</script>',
    ]);
    expect(cells.map((r) => r[1])).toEqual(['Difference (pp)', '-4.6', '0.1', '', '12', '0']);
  });

  it('refuse to embed a row holding a key that is not a column (its download would lose it)', () => {
    const [first] = pages.find((p) => p.charts.length > 0)!.charts;
    const broken = { ...first!, rows: [{ ...first!.rows[0]!, stray: 1 }] };
    expect(() => embeddedChartDocument(chartDocument(broken, { kind: 'roles', id: 'x' }, pages[0]!.sources))).toThrow(
      /not columns: stray/,
    );
  });
});
