/**
 * Each chart's own downloads: /data/charts/<page-kind>/<page-id>/<chart-id>.csv and .json.
 * The chart frame links to them and src/pages/data/charts/[...path].ts writes them, both through
 * these functions, so links and files always agree.
 */
import type { ChartData } from '@/lib/charts/chart-data';
import type { Source } from '@/lib/model/site-model';
import { recordsToCsv } from '@/lib/downloads/csv';
import { href } from '@/lib/site/urls';

/** The page a chart is shown on: kind is the URL folder ("roles", "skills", …), id the page's slug. */
export interface ChartPage {
  kind: string;
  id: string;
}

export type ChartFormat = 'csv' | 'json';

/** Path of a chart download inside the site, without the base path. */
export function chartFilePath(page: ChartPage, chartId: string, format: ChartFormat): string {
  return `data/charts/${page.kind}/${page.id}/${chartId}.${format}`;
}

/** Link to a chart download, respecting BASE_PATH. */
export const chartDownloadHref = (page: ChartPage, chartId: string, format: ChartFormat): string =>
  href(chartFilePath(page, chartId, format));

/** The chart's rows as CSV: one column per chart column, headed by its label, raw numbers. */
export function chartCsv(chart: ChartData): string {
  return recordsToCsv(
    chart.columns.map((c) => ({ key: c.key, header: c.label })),
    chart.rows,
  );
}

/** The chart's data as JSON: what it shows, where it comes from, and its rows. */
export function chartJson(chart: ChartData, page: ChartPage, sources: Record<string, Source>): string {
  const cited = chart.sourceIds.map((id) => {
    const source = sources[id];
    if (!source) throw new Error(`Chart "${chart.id}" on ${page.kind}/${page.id} cites unknown source "${id}".`);
    return source;
  });
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
