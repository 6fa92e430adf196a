/** A bar inside a table cell, its length in px from a matrix-wide scale (layout/inline.ts). Decorative: the cell's text says the value. */
import { INLINE_BAR_WIDTH } from '@/lib/charts/layout/inline';

export function InlineBar({ length }: { length: number }) {
  return (
    <svg width={INLINE_BAR_WIDTH} height={12} aria-hidden="true" className="block shrink-0" data-inline-bar>
      {length > 0 && <rect x={0} y={0} width={length} height={12} rx={2} data-mark="bar" />}
    </svg>
  );
}
