/**
 * Draws a rows layout (bars, grouped bars, diverging bars, dots) as SVG from the marks in marks/.
 * The SVG has the chart's height in px and the container's width; marks are placed in percent.
 */
import { Bar } from '@/components/charts/marks/Bar';
import { ChartSvg, type SvgNames } from '@/components/charts/marks/ChartSvg';
import { Dot } from '@/components/charts/marks/Dot';
import { TextLines } from '@/components/charts/marks/TextLines';
import { ValueLabel } from '@/components/charts/marks/ValueLabel';
import { Whisker } from '@/components/charts/marks/Whisker';
import { ZeroLine } from '@/components/charts/marks/ZeroLine';
import type { RowsLayout } from '@/lib/charts/layout/rows';

export function RowsChart({ layout, labelledBy, describedBy }: SvgNames & { layout: RowsLayout }) {
  const { lineHeight } = layout;
  return (
    <ChartSvg
      kind={layout.kind}
      height={layout.height}
      fontSize={layout.fontSize}
      labelledBy={labelledBy}
      describedBy={describedBy}
    >
      <rect
        x={`${layout.plotStart}%`}
        y={0}
        width={`${layout.plotWidth}%`}
        height={layout.height}
        fill="none"
        data-plot=""
      />
      {layout.groups.map((group, g) => (
        <g key={g}>
          {group.heading && <TextLines block={group.heading} lineHeight={lineHeight} className="font-semibold" />}
          {group.rows.map((row, r) => (
            <g key={r}>
              <TextLines block={row.label} lineHeight={lineHeight} />
              {row.note && <TextLines block={row.note} lineHeight={lineHeight} className="fill-muted italic" />}
              {row.bar && <Bar bar={row.bar} highlight={row.highlight} />}
              {row.dot && <Dot dot={row.dot} zeroX={layout.zeroX} highlight={row.highlight} />}
              {row.whisker && <Whisker whisker={row.whisker} />}
              {row.value && <ValueLabel value={row.value} highlight={row.highlight} />}
            </g>
          ))}
          {group.zero && <ZeroLine x={layout.zeroX} y1={group.zero.y1} y2={group.zero.y2} />}
        </g>
      ))}
    </ChartSvg>
  );
}
