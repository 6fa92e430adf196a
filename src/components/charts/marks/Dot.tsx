/** A dot at its value on the row's scale, over a faint track from zero (a position, not a length). */
import type { RowMark } from '@/lib/charts/layout/rows';

export function Dot({
  dot,
  zeroX,
  highlight,
}: {
  dot: NonNullable<RowMark['dot']>;
  zeroX: number;
  highlight: boolean;
}) {
  return (
    <>
      <line x1={`${zeroX}%`} x2={`${dot.cx}%`} y1={dot.cy} y2={dot.cy} className="stroke-rule" strokeWidth={2} />
      <circle
        cx={`${dot.cx}%`}
        cy={dot.cy}
        r={dot.r}
        className={highlight ? 'fill-mark-highlight' : undefined}
        data-mark="dot"
      />
    </>
  );
}
