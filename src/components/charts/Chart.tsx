/**
 * Any ChartData as SVG: laid out by src/lib/charts/layout/chart.ts, drawn from the marks in marks/.
 * Astro pages render it without a client directive (plain static HTML, no JavaScript); the compare
 * tool's island renders the same component live.
 *
 *   <Chart chart={chart} labelledBy={chartTitleId(chart.id)} describedBy={chartSummaryId(chart.id)} />
 */
import { FigureChart } from '@/components/charts/FigureChart';
import { RowsChart } from '@/components/charts/RowsChart';
import type { SvgNames } from '@/components/charts/marks/ChartSvg';
import type { ChartData } from '@/lib/charts/chart-data';
import { layoutChart } from '@/lib/charts/layout/chart';

export function Chart({ chart, ...names }: SvgNames & { chart: ChartData }) {
  const layout = layoutChart(chart);
  return layout.kind === 'figure' ? (
    <FigureChart layout={layout} {...names} />
  ) : (
    <RowsChart layout={layout} {...names} />
  );
}
