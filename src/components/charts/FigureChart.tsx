/** A chart's single value as a figure with its context (a lone bar would fill the track whatever its value). */
import { ChartSvg, type SvgNames } from '@/components/charts/marks/ChartSvg';
import { TextLines } from '@/components/charts/marks/TextLines';
import { FIGURE_LABEL_TOP, FIGURE_VALUE_Y, type FigureLayout } from '@/lib/charts/layout/chart';
import { CHART_FONT_SIZE } from '@/lib/charts/layout/text';

export function FigureChart({ layout, labelledBy, describedBy }: SvgNames & { layout: FigureLayout }) {
  return (
    <>
      <ChartSvg kind="figure" height={layout.height} labelledBy={labelledBy} describedBy={describedBy}>
        <text x="0" y={FIGURE_VALUE_Y} fontSize={28} className="font-semibold" data-value-label="">
          {layout.value}
        </text>
        <g fontSize={CHART_FONT_SIZE}>
          <TextLines
            block={{ ...layout.label, y: FIGURE_LABEL_TOP + CHART_FONT_SIZE }}
            lineHeight={Math.round(CHART_FONT_SIZE * 1.25)}
          />
        </g>
      </ChartSvg>
      <p className="mt-1 max-w-prose text-sm text-muted" data-testid="single-figure-context">
        {layout.context}
      </p>
    </>
  );
}
