/**
 * The root of every chart's SVG: the container's width, the chart's height in px (no viewBox, so
 * text is never scaled below its size), named and described by the chart's heading and summary.
 */
import type { ReactNode } from 'react';

export interface SvgNames {
  /** Id of the element naming the chart (its heading). */
  labelledBy: string;
  /** Id of the element describing it (its computed summary). */
  describedBy: string;
}

interface Props extends SvgNames {
  kind: string;
  height: number;
  fontSize?: number;
  children: ReactNode;
}

export function ChartSvg({ kind, height, fontSize, labelledBy, describedBy, children }: Props) {
  return (
    <svg
      width="100%"
      height={height}
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      fontSize={fontSize}
      className="chart-svg"
      data-chart-kind={kind}
    >
      {children}
    </svg>
  );
}
