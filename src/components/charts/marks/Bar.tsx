/** A bar from the scale's zero: x and width in percent of the chart's width, so it sizes with its container. */
import type { RowMark } from '@/lib/charts/layout/rows';

// A bar is in the mark colour unless a class says otherwise (global.css: one rule, not a class on every bar).
const FILL = { negative: 'fill-mark-negative', positive: undefined, zero: undefined } as const;

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
