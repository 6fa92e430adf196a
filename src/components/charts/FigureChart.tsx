/** A chart's single value as a figure with its context (a lone bar would fill the track whatever its value). */
import type { SvgNames } from '@/components/charts/RowsChart';
import type { FigureLayout } from '@/lib/charts/layout/chart';

export function FigureChart({ layout, labelledBy, describedBy }: SvgNames & { layout: FigureLayout }) {
  return (
    <>
      <svg
        width="100%"
        height={layout.height}
        role="img"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        className="block overflow-visible font-sans tabular-nums"
        data-chart-kind="figure"
      >
        <text x="0" y={30} fontSize={28} className="fill-ink font-semibold" data-value-label="">
          {layout.value}
        </text>
        <text x="0" y={54} fontSize={13} className="fill-ink">
          {layout.label}
        </text>
      </svg>
      <p className="mt-1 max-w-prose text-sm text-muted" data-testid="single-figure-context">
        {layout.context}
      </p>
    </>
  );
}
