/**
 * Diverging bar chart layout for signed differences (e.g. percentage points): bars grow left of a
 * zero line for negative values and right of it for positive ones, in groups under a heading (one
 * group per degree). One linear scale spans the smallest to the largest value (always including
 * zero), so equal differences have equal lengths on both sides and no width is spent on a side
 * without bars. Pure, with every number rounded to 0.1.
 */
import { scaleLinear } from 'd3-scale';
import { max, min } from 'd3-array';
import { round1 } from '@/lib/format';
import { textWidth, wrapText } from '@/lib/charts/layout/text';

export interface DivergingItem {
  label: string;
  /** Signed value; 0 draws no bar, only its label. */
  value: number;
  /** The value as written beside the bar, e.g. "−4.6 pp". */
  valueLabel: string;
}

export interface DivergingGroup {
  label: string;
  items: DivergingItem[];
}

export interface DivergingLayoutOptions {
  width?: number;
  fontSize?: number;
  barHeight?: number;
  gap?: number;
  maxLabelShare?: number;
}

export interface DivergingBar {
  lines: string[];
  labelY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  sign: 'negative' | 'zero' | 'positive';
  valueLabel: string;
  valueX: number;
  valueY: number;
  /** Value labels sit outside the bar's end: left of negative bars, right of the others. */
  valueAnchor: 'start' | 'end';
}

export interface DivergingGroupMarks {
  label: string;
  /** Baseline of the group heading. */
  headingY: number;
  /** Extent of the zero line drawn through the group's bars. */
  zeroY1: number;
  zeroY2: number;
  bars: DivergingBar[];
}

export interface DivergingLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  zeroX: number;
  groups: DivergingGroupMarks[];
}

const LABEL_GAP = 8;
const VALUE_GAP = 5;

export function layoutDiverging(
  groups: readonly DivergingGroup[],
  options: DivergingLayoutOptions = {},
): DivergingLayout {
  const { width = 340, fontSize = 13, barHeight = 18, gap = 8, maxLabelShare = 0.38 } = options;
  const lineHeight = round1(fontSize * 1.25);
  const items = groups.flatMap((g) => g.items);
  const labelWidth = Math.min(max(items, (i) => textWidth(i.label, fontSize)) ?? 0, width * maxLabelShare);
  const valueRoom = (max(items, (i) => textWidth(i.valueLabel, fontSize)) ?? 0) + VALUE_GAP;
  const plotStart = labelWidth + LABEL_GAP + valueRoom;
  const plotEnd = width - valueRoom;
  const low = Math.min(min(items, (i) => i.value) ?? 0, 0);
  const high = Math.max(max(items, (i) => i.value) ?? 0, 0);
  const x = scaleLinear()
    .domain(low === high ? [-1, 1] : [low, high])
    .range([plotStart, Math.max(plotEnd, plotStart + 1)]);
  const zeroX = x(0);

  let y = 0;
  const marks = groups.map((group): DivergingGroupMarks => {
    const headingY = y + fontSize;
    y += lineHeight + gap / 2;
    const zeroY1 = y;
    const bars = group.items.map((item): DivergingBar => {
      const lines = wrapText(item.label, labelWidth, fontSize);
      const rowHeight = Math.max(barHeight, lines.length * lineHeight);
      const barY = y + (rowHeight - barHeight) / 2;
      const end = x(item.value);
      const sign = item.value < 0 ? 'negative' : item.value > 0 ? 'positive' : 'zero';
      const bar: DivergingBar = {
        lines,
        labelY: round1(y + rowHeight / 2 - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35),
        x: round1(Math.min(zeroX, end)),
        y: round1(barY),
        width: round1(Math.abs(end - zeroX)),
        height: barHeight,
        sign,
        valueLabel: item.valueLabel,
        valueX: round1(sign === 'negative' ? end - VALUE_GAP : end + VALUE_GAP),
        valueY: round1(barY + barHeight / 2 + fontSize * 0.35),
        valueAnchor: sign === 'negative' ? 'end' : 'start',
      };
      y += rowHeight + gap;
      return bar;
    });
    const zeroY2 = y - gap;
    y += gap;
    return { label: group.label, headingY: round1(headingY), zeroY1: round1(zeroY1), zeroY2: round1(zeroY2), bars };
  });
  return { width, height: round1(Math.max(y - 2 * gap, 0)), fontSize, lineHeight, zeroX: round1(zeroX), groups: marks };
}
