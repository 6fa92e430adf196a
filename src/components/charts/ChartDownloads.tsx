/**
 * A chart's downloads and link, like OWID's grapher: CSV and JSON of its rows, SVG and PNG of the
 * drawing on the page, and "Copy link" to its anchor — all made in the browser, on click, from what
 * is already on the page (the chart's data is embedded below as JSON). The code that makes them
 * (src/components/islands/charts/downloads.ts) is loaded on intent by ChartDownloadsScript.astro,
 * which a page with these controls includes once. Without JavaScript, CSV and JSON link to the
 * page's full data file (which holds the chart's rows), "Copy link" is a plain link to the anchor,
 * and SVG/PNG are not shown. Pages render this to static HTML; the compare tool renders it live.
 */
import {
  chartFallbackHref,
  chartFileName,
  embeddedChartDocument,
  type ChartDocument,
  type ChartPage,
} from '@/lib/charts/downloads';

interface Props {
  /** Id of the chart's frame: its stable anchor. */
  anchor: string;
  chartId: string;
  page: ChartPage;
  document: ChartDocument;
}

const control = 'cursor-pointer text-accent hover:underline';
/** The file a no-JavaScript download saves, named as the server names it (React writes a bare `download` as `download=""`). */
const savedAs = (href: string) => href.slice(href.lastIndexOf('/') + 1);

export function ChartDownloads({ anchor, chartId, page, document }: Props) {
  const of = ` of “${document.title}”`;
  const csvHref = chartFallbackHref(page, 'csv');
  const jsonHref = chartFallbackHref(page, 'json');
  return (
    <div
      className="mt-3 text-sm"
      data-downloads=""
      data-chart-downloads=""
      data-file-base={chartFileName(page, chartId, '').slice(0, -1)}
    >
      <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <span>Download this chart:</span>
        <a href={csvHref} download={savedAs(csvHref)} data-chart-download="csv">
          CSV<span className="sr-only">{of}</span>
        </a>
        <a href={jsonHref} download={savedAs(jsonHref)} data-chart-download="json">
          JSON<span className="sr-only">{of}</span>
        </a>
        <button type="button" className={control} data-chart-download="svg" data-needs-js="">
          SVG<span className="sr-only"> image{of}</span>
        </button>
        <button type="button" className={control} data-chart-download="png" data-needs-js="">
          PNG<span className="sr-only"> image{of}</span>
        </button>
        <a href={`#${anchor}`} data-chart-copy-link="">
          Copy link<span className="sr-only"> to this chart</span>
        </a>
      </p>
      <p role="status" className="sr-only" data-chart-status="" />
      <script
        type="application/json"
        data-chart-document=""
        dangerouslySetInnerHTML={{ __html: embeddedChartDocument(document) }}
      />
    </div>
  );
}
