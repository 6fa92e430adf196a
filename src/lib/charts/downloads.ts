/**
 * A chart's downloads, made in the browser from the chart's own data on the page (no file per
 * chart). On a page the data is the chart's HTML table, which a chart frame has anyway: each header
 * cell names its column's key and kind, and each cell whose text is not exactly its value carries
 * the value (readChartFrame reads them back; shipping the rows a second time as JSON made every
 * chart twice its size). The compare tool, whose tables are not always on the page, embeds the
 * document as JSON instead (embeddedChartDocument). The CSV is written from the rows by the site's
 * one CSV writer. Without JavaScript the links give the page's full data file, which holds the
 * chart's rows. Pure, so the bytes are tested without a browser.
 */
import type { ChartData } from '@/lib/charts/chart-data';
import type { Source } from '@/lib/model/site-model';
import { recordsToCsv } from '@/lib/downloads/csv';
import { DATASET_CSV_ZIP, DATASET_JSON, roleDataPath } from '@/lib/downloads/paths';
import { href } from '@/lib/site/urls';
import { chartSummaryId, chartTitleId } from '@/lib/charts/ids';

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

export function chartDocument(
  chart: Pick<ChartData, 'id' | 'title' | 'summary' | 'sourceIds' | 'columns' | 'rows'>,
  page: ChartPage,
  sources: Record<string, CitedSource>,
): ChartDocument {
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

/** Text a table cell may show as its own value: no edge, repeated or non-space whitespace (HTML tools may change those). */
const PLAIN_TEXT = /^\S+(?: \S+)*$/;

/**
 * The `data-v` a chart table's cell carries: the value as JSON, unless the cell's text is the value
 * itself (a plain string). Numbers keep their full precision (the table shows them rounded); a blank
 * cell says whether it was null or the empty string.
 */
export function cellValueData(value: string | number | null | undefined): string | undefined {
  if (typeof value === 'string' && PLAIN_TEXT.test(value)) return undefined;
  return JSON.stringify(value ?? null);
}

/** What readChartFrame needs of a DOM element: the browser's Element, or an HTML parser's in tests. */
export interface ChartFrameElement {
  getAttribute(name: string): string | null | undefined;
  readonly textContent: string | null;
  querySelector(selector: string): ChartFrameElement | null;
  querySelectorAll(selector: string): Iterable<ChartFrameElement>;
}

const CHART_PAGE = /^([^/]+)\/(.+)$/;

/**
 * A chart's document read back from its frame on a page: title and summary from its caption, page
 * and cited sources from its downloads (`data-page` "<kind>/<id>", `data-sources` ids), columns and
 * rows from its table. `sources` holds every source by id (the site's sources file); without it the
 * document lists no sources (what the CSV needs: it holds the rows only).
 */
export function readChartFrame(figure: ChartFrameElement, sources?: Record<string, CitedSource>): ChartDocument {
  const chartId = figure.getAttribute('data-chart-id') ?? '';
  const controls = figure.querySelector('[data-chart-downloads]');
  const page = CHART_PAGE.exec(controls?.getAttribute('data-page') ?? '');
  const table = figure.querySelector('table');
  if (!page || !table) throw new Error(`Chart "${chartId}" has no page or no table to read its data from.`);
  const text = (selector: string) => figure.querySelector(selector)?.textContent ?? '';
  const valueOf = (cell: ChartFrameElement, data: string) => {
    const json = cell.getAttribute(data);
    return json === null || json === undefined
      ? (cell.textContent ?? '')
      : (JSON.parse(json) as string | number | null);
  };
  const columns = [...table.querySelectorAll('thead th')].map((th) => ({
    key: th.getAttribute('data-k') ?? '',
    label: String(valueOf(th, 'data-label')),
    kind: (th.getAttribute('data-kind') || 'text') as ChartData['columns'][number]['kind'],
  }));
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) => {
    const cells = [...tr.querySelectorAll('th, td')];
    return Object.fromEntries(columns.map((column, i) => [column.key, cells[i] ? valueOf(cells[i], 'data-v') : null]));
  });
  const chart = {
    id: chartId,
    title: text(`#${chartTitleId(chartId)}`),
    summary: text(`#${chartSummaryId(chartId)}`),
    sourceIds: sources ? (controls?.getAttribute('data-sources') ?? '').split(' ').filter(Boolean) : [],
    columns,
    rows,
  };
  return chartDocument(chart, { kind: page[1]!, id: page[2]! }, sources ?? {});
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
