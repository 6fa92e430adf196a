/** A bar from the scale's zero: x and width in percent of the chart's width, so it sizes with its container. */
import type { RowMark } from '@/lib/charts/layout/rows';

const FILL = { negative: 'fill-mark-negative', positive: 'fill-mark', zero: 'fill-mark' } as const;

export function Bar({ bar, highlight }: { bar: NonNullable<RowMark['bar']>; highlight: boolean }) {
  if (bar.width <= 0) return null;
  return (
    <rect
      x={bar.x === 0 ? undefined : `${bar.x}%`} /* 0 is SVG's default: not written on every bar */
      y={bar.y}
      width={`${bar.width}%`}
      height={bar.height}
      className={highlight ? 'fill-mark-highlight' : FILL[bar.sign]}
      data-mark="bar"
    />
  );
}
