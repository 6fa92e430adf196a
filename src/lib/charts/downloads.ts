/**
 * A chart's downloads, made in the browser from the chart's own data on the page (no file per
 * chart): the JSON document below is embedded in the chart's frame; the CSV is written from its
 * rows by the site's one CSV writer. Without JavaScript the links give the page's full data file,
 * which holds the chart's rows. Pure, so the bytes are tested without a browser.
 */
import type { ChartData } from '@/lib/charts/chart-data';
import type { Source } from '@/lib/model/site-model';
import { recordsToCsv } from '@/lib/downloads/csv';
import { DATASET_CSV_ZIP, DATASET_JSON, roleDataPath } from '@/lib/downloads/paths';
import { href } from '@/lib/site/urls';

/** The page a chart is shown on: kind is the URL folder ("roles", "skills", …), id the page's slug. */
export interface ChartPage {
  kind: string;
  id: string;
}

export type ChartFormat = 'csv' | 'json';

/** The chart's data as its JSON download holds it: what it shows, where it comes from, and its rows. */
export interface ChartDocument {
  title: string;
  summary: string;
  page: ChartPage;
  sources: {
    id: string;
    title: string;
    publisher: string | null;
    date: string;
    dateLabel: string | null;
    url: string | null;
    licence: string | null;
  }[];
  columns: ChartData['columns'];
  rows: ChartData['rows'];
}

/** A source as a chart cites it: what the compare tool's data carries at least (the rest is null when absent). */
export type CitedSource = Pick<Source, 'id' | 'title' | 'date'> & Partial<Source>;

export function chartDocument(chart: ChartData, page: ChartPage, sources: Record<string, CitedSource>): ChartDocument {
  const cited = chart.sourceIds.map((id) => {
    const source = sources[id];
    if (!source) throw new Error(`Chart "${chart.id}" on ${page.kind}/${page.id} cites unknown source "${id}".`);
    return source;
  });
  return {
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
}

/** The chart's rows as CSV: one column per chart column, headed by its label, raw numbers. */
export function chartCsv(chart: Pick<ChartData, 'columns' | 'rows'>): string {
  return recordsToCsv(
    chart.columns.map((c) => ({ key: c.key, header: c.label })),
    chart.rows,
  );
}

/** The JSON download's text (indented: it is read by people too). */
export const chartJson = (document: ChartDocument): string => `${JSON.stringify(document, null, 2)}\n`;

/** The document as the page embeds it: rows as arrays of cells in column order (keys are not repeated). */
export interface EmbeddedChartDocument extends Omit<ChartDocument, 'rows'> {
  rows: (string | number | null)[][];
}

/**
 * The document as it is embedded in the page, inside a <script type="application/json">: compact,
 * rows as arrays, "<" escaped so no text in the data can close the script element. A row holding a
 * key that is not a column cannot be embedded (its download would lose it): that is an error.
 */
export function embeddedChartDocument(document: ChartDocument): string {
  const keys = document.columns.map((c) => c.key);
  const rows = document.rows.map((row) => {
    const extra = Object.keys(row).filter((key) => !keys.includes(key));
    if (extra.length > 0)
      throw new Error(`Chart "${document.title}" has row keys that are not columns: ${extra.join(', ')}.`);
    return keys.map((key) => (key in row ? row[key]! : null));
  });
  return JSON.stringify({ ...document, rows } satisfies EmbeddedChartDocument).replace(/</g, '\\u003c');
}

/** The embedded document back as the download's document: rows as objects keyed by column, in column order. */
export function readEmbeddedChartDocument(text: string): ChartDocument {
  const embedded = JSON.parse(text) as EmbeddedChartDocument;
  const keys = embedded.columns.map((c) => c.key);
  return {
    ...embedded,
    rows: embedded.rows.map((cells) => Object.fromEntries(keys.map((key, i) => [key, cells[i] ?? null]))),
  };
}

/** A file name for a chart's download: <page-id>--<chart-id>.<format>. */
export const chartFileName = (page: ChartPage, chartId: string, format: string): string =>
  `${page.id}--${chartId}.${format}`;

/**
 * Where a chart's CSV/JSON link goes without JavaScript: the page's full data file, which holds the
 * chart's rows (a role or occupation page: its own JSON, for both links, as its page CSV is made in
 * the browser too; other pages: the whole dataset, the CSV zip holding every table).
 */
export function chartFallbackHref(page: ChartPage, format: ChartFormat): string {
  if (page.kind === 'roles') return href(roleDataPath(page.id));
  return href(format === 'json' ? DATASET_JSON : DATASET_CSV_ZIP);
}
