/**
 * A chart frame's caption: its heading (which names the SVG, the table and every download control)
 * and its computed summary (which describes the SVG). The chart's JSON download reads both back
 * from here (readChartFrame), so this one component writes them wherever a frame is drawn.
 */
import type { ChartData } from '@/lib/charts/chart-data';
import { chartSummaryId, chartTitleId } from '@/lib/charts/ids';

interface Props {
  chart: Pick<ChartData, 'id' | 'title' | 'summary'>;
  headingLevel?: 2 | 3 | 4;
}

export function ChartCaption({ chart, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <figcaption>
      <Heading id={chartTitleId(chart.id)} className="chart-title">
        {chart.title}
      </Heading>
      <p id={chartSummaryId(chart.id)} className="chart-summary">
        {chart.summary}
      </p>
    </figcaption>
  );
}
