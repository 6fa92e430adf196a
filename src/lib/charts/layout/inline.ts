/**
 * Bars inside table cells (the compare tool's matrices): every cell of a matrix on one scale of a
 * fixed width in px, so equal values have equal lengths in every column, whatever the column's width.
 */
import { scaleLinear } from 'd3-scale';
import { round1 } from '@/lib/format';

/** Width in px of the longest bar in a matrix. */
export const INLINE_BAR_WIDTH = 64;

/** Bar length in px for each value, the largest value spanning `width`; null stays null (no bar). */
export function inlineBarScale(
  values: readonly (number | null)[],
  width = INLINE_BAR_WIDTH,
): (value: number) => number {
  const largest = Math.max(0, ...values.filter((v): v is number => v !== null));
  const x = scaleLinear()
    .domain([0, Math.max(largest, Number.EPSILON)])
    .range([0, width]);
  return (value) => round1(x(Math.max(value, 0)));
}
