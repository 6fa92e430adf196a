/**
 * A chart's downloads and link, like OWID's grapher: CSV and JSON of its rows, SVG and PNG of the
 * drawing on the page, and "Copy link" to its anchor — all made in the browser, on click, from what
 * is already on the page: a page's chart is read from its frame (caption and data table, see
 * readChartFrame); the compare tool, whose tables come and go, passes `document`, embedded here as
 * JSON. The code that makes them (src/components/islands/charts/downloads.ts) is loaded on intent by
 * ChartDownloadsScript.astro, which a page with these controls includes once. Without JavaScript,
 * CSV and JSON link to the page's full data file (which holds the chart's rows), "Copy link" is a
 * plain link to the anchor, and SVG/PNG are not shown. Each control is described by the chart's
 * heading (its name says what it gives, the heading which chart: one label per chart, not four).
 */
import { chartFallbackHref, embeddedChartDocument, type ChartDocument, type ChartPage } from '@/lib/charts/downloads';

interface Props {
  /** Id of the chart's frame: its stable anchor. */
  anchor: string;
  page: ChartPage;
  /** Id of the chart's heading, which describes each control. */
  titleId: string;
  /** The sources the chart cites, by id (its JSON download lists them). */
  sourceIds: readonly string[];
  /** The chart's document, embedded when its table may not be on the page (the compare tool). */
  document?: ChartDocument;
}

/** The file a no-JavaScript download saves, named as the server names it (React writes a bare `download` as `download=""`). */
const savedAs = (href: string) => href.slice(href.lastIndexOf('/') + 1);

export function ChartDownloads({ anchor, page, titleId, sourceIds, document }: Props) {
  const csvHref = chartFallbackHref(page, 'csv');
  const jsonHref = chartFallbackHref(page, 'json');
  return (
    <div
      className="chart-downloads"
      data-downloads=""
      data-chart-downloads=""
      data-page={`${page.kind}/${page.id}`}
      data-sources={sourceIds.join(' ')}
    >
      <p className="chart-controls">
        <span>Download this chart:</span>
        <a href={csvHref} download={savedAs(csvHref)} data-chart-download="csv" aria-describedby={titleId}>
          CSV
        </a>
        <a href={jsonHref} download={savedAs(jsonHref)} data-chart-download="json" aria-describedby={titleId}>
          JSON
        </a>
        <button type="button" className="chart-control" data-chart-download="svg" aria-describedby={titleId}>
          SVG image
        </button>
        <button type="button" className="chart-control" data-chart-download="png" aria-describedby={titleId}>
          PNG image
        </button>
        <a href={`#${anchor}`} data-chart-copy-link="" aria-describedby={titleId}>
          Copy link
        </a>
      </p>
      <p role="status" className="sr-only" data-chart-status="" />
      {document && (
        <script
          type="application/json"
          data-chart-document=""
          dangerouslySetInnerHTML={{ __html: embeddedChartDocument(document) }}
        />
      )}
    </div>
  );
}
