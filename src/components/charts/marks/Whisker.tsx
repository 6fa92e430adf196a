/** An interval (e.g. a 95% confidence interval) as a whisker with end caps across the mark. */
import type { RowMark } from '@/lib/charts/layout/rows';

const CAP = 5;

export function Whisker({ whisker }: { whisker: NonNullable<RowMark['whisker']> }) {
  const { x1, x2, y } = whisker;
  return (
    <g className="stroke-ink" strokeWidth={1.5} data-mark="interval">
      <line x1={`${x1}%`} x2={`${x2}%`} y1={y} y2={y} />
      <line x1={`${x1}%`} x2={`${x1}%`} y1={y - CAP} y2={y + CAP} />
      <line x1={`${x2}%`} x2={`${x2}%`} y1={y - CAP} y2={y + CAP} />
    </g>
  );
}
