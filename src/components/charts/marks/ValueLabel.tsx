/** The value written just past its mark's end (left of a negative bar, right of the others). */
import type { RowMark } from '@/lib/charts/layout/rows';

export function ValueLabel({ value, highlight }: { value: NonNullable<RowMark['value']>; highlight: boolean }) {
  return (
    <text
      x={value.x === 0 ? undefined : `${value.x}%`} /* 0 is SVG's default */
      dx={value.dx}
      y={value.y}
      textAnchor={value.anchor === 'end' ? 'end' : undefined}
      className={highlight ? 'font-semibold' : undefined}
      data-value-label=""
    >
      {value.text}
    </text>
  );
}
