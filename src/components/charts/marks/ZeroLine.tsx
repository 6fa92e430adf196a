/** The zero line through a diverging group's bars. */
export function ZeroLine({ x, y1, y2 }: { x: number; y1: number; y2: number }) {
  return <line x1={`${x}%`} x2={`${x}%`} y1={y1} y2={y2} className="stroke-control" strokeWidth={1.5} />;
}
