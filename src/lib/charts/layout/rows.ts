/**
 * The one layout of every row chart on the site: bars, grouped bars (small multiples), diverging
 * bars and dot plots. Each row is a label on its own line(s), then its mark below: a bar from zero,
 * a dot, or the words saying why there is no figure. Rows sit in groups under optional headings,
 * and every group shares one scale.
 *
 * Geometry: y in px (the SVG's height is fixed), x in percent of the chart's width, so a chart
 * sizes to its container and its text stays at CHART_FONT_SIZE at every width. Text is wrapped,
 * and room for value labels reserved, for MIN_CHART_WIDTH: a wider container only adds room.
 *
 * Rules it enforces (tests/unit/charts/layout-rules.test.ts): bars start at zero; the scale ends at
 * the largest value (or interval bound), so the longest bar spans the plot; one scale for all
 * groups; labels never wider than the chart (wrapped, else shortened with the full text kept).
 * Pure, every number rounded to 0.1.
 */
import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { CHART_FONT_SIZE, MIN_CHART_WIDTH, textWidth, wrapLabel, type WrappedText } from '@/lib/charts/layout/text';
import { round1 } from '@/lib/format';

export type RowMarkKind = 'bar' | 'diverging' | 'dot';

export interface RowItem {
  label: string;
  /** The figure; absent on a note row (no figure, only words saying why, in `valueLabel`). */
  value?: number;
  /** The value as written beside its mark, e.g. "12%", or a note row's words. */
  valueLabel: string;
  /** Interval bounds, in the value's unit (drawn as a whisker). */
  low?: number;
  high?: number;
  highlight?: boolean;
}

export interface RowGroup {
  /** Heading over the group's rows (small multiples, diverging groups); none for a plain chart. */
  heading?: string;
  items: RowItem[];
}

export interface TextBlock extends WrappedText {
  /** Baseline of the first line, px; further lines follow every `lineHeight`. */
  y: number;
}

export interface RowMark {
  label: TextBlock;
  /** The bar, x and width in percent; width 0 draws nothing. */
  bar?: { x: number; width: number; y: number; height: number; sign: 'negative' | 'zero' | 'positive' };
  /** The dot's centre (cx in percent). */
  dot?: { cx: number; cy: number; r: number };
  /** The interval's whisker, x in percent. */
  whisker?: { x1: number; x2: number; y: number };
  /** The value label: at x percent, moved by dx px, anchored at its start or end. */
  value?: { text: string; x: number; dx: number; y: number; anchor: 'start' | 'end' };
  /** A note row's words where the mark would be. */
  note?: TextBlock;
  highlight: boolean;
}

export interface GroupMark {
  heading?: TextBlock;
  /** Extent of the group's zero line (diverging charts). */
  zero?: { y1: number; y2: number };
  rows: RowMark[];
}

export interface RowsLayout {
  kind: RowMarkKind;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** Where the scale's zero is, in percent of the width. */
  zeroX: number;
  /** The plot: the scale's range, in percent of the width (value labels sit outside it). */
  plotStart: number;
  plotEnd: number;
  /** plotEnd − plotStart: the width the longest bar spans. */
  plotWidth: number;
  groups: GroupMark[];
}

export interface RowsLayoutOptions {
  fontSize?: number;
  /** Width text is wrapped and room reserved for (px). */
  minWidth?: number;
}

const BAR_HEIGHT = 14;
const DOT_RADIUS = 5;
const VALUE_GAP = 6;
const LABEL_GAP = 3;
const ROW_GAP = 10;
const GROUP_GAP = 14;
const MAX_LABEL_LINES = 5;

const pct = (px: number, width: number) => (px / width) * 100;

/** The one scale every group shares: zero to the largest value (or interval bound), room kept for value labels. */
function rowScale(kind: RowMarkKind, groups: readonly RowGroup[], fontSize: number, minWidth: number) {
  const figures = groups.flatMap((g) => g.items).filter((i): i is RowItem & { value: number } => i.value !== undefined);
  const ends = figures.flatMap((i) => [i.value, i.low ?? i.value, i.high ?? i.value]);
  const markRoom = kind === 'dot' ? DOT_RADIUS : 0;
  const labelRoom = (side: 'negative' | 'positive') =>
    (max(
      figures.filter((i) => (side === 'negative' ? i.value < 0 : i.value >= 0)),
      (i) => textWidth(i.valueLabel, fontSize),
    ) ?? 0) +
    VALUE_GAP +
    markRoom;
  const low = kind === 'diverging' ? Math.min(min(ends) ?? 0, 0) : 0;
  const high = Math.max(max(ends) ?? 0, 0);
  const plotStart = low < 0 ? Math.min(pct(labelRoom('negative'), minWidth), 45) : pct(markRoom, minWidth);
  const plotEnd = Math.max(100 - pct(labelRoom('positive'), minWidth), plotStart + 10);
  const x = scaleLinear()
    .domain(low === high ? [0, 1] : [low, high])
    .range([plotStart, plotEnd]);
  return { x, zeroX: x(0), plotStart, plotEnd, markRoom };
}

type RowScale = ReturnType<typeof rowScale>;

/** A figure's mark at `top` px: its bar or dot, its interval's whisker and its value label. */
function figureMark(
  kind: RowMarkKind,
  item: RowItem & { value: number },
  top: number,
  scale: RowScale,
  fontSize: number,
) {
  const { x, zeroX, markRoom } = scale;
  const height = kind === 'dot' ? DOT_RADIUS * 2 : BAR_HEIGHT;
  const mid = top + height / 2;
  const end = x(item.value);
  const sign = item.value < 0 ? 'negative' : item.value > 0 ? 'positive' : 'zero';
  const mark: Pick<RowMark, 'bar' | 'dot' | 'whisker' | 'value'> = {};
  if (kind === 'dot') mark.dot = { cx: round1(end), cy: round1(mid), r: DOT_RADIUS };
  else
    mark.bar = { x: round1(Math.min(zeroX, end)), width: round1(Math.abs(end - zeroX)), y: round1(top), height, sign };
  if (item.low !== undefined && item.high !== undefined)
    mark.whisker = { x1: round1(x(item.low)), x2: round1(x(item.high)), y: round1(mid) };
  const reach = Math.max(end, item.high === undefined ? end : x(item.high));
  const negative = sign === 'negative';
  mark.value = {
    text: item.valueLabel,
    x: round1(negative ? Math.min(end, item.low === undefined ? end : x(item.low)) : reach),
    dx: (negative ? -1 : 1) * (VALUE_GAP + markRoom),
    y: round1(mid + fontSize * 0.35),
    anchor: negative ? 'end' : 'start',
  };
  return { mark, height };
}

export function layoutRows(
  kind: RowMarkKind,
  groups: readonly RowGroup[],
  options: RowsLayoutOptions = {},
): RowsLayout {
  const { fontSize = CHART_FONT_SIZE, minWidth = MIN_CHART_WIDTH } = options;
  const lineHeight = round1(fontSize * 1.25);
  const scale = rowScale(kind, groups, fontSize, minWidth);
  const wrap = (text: string) => wrapLabel(text, minWidth, fontSize, MAX_LABEL_LINES);
  const block = (text: WrappedText, top: number): TextBlock => ({ ...text, y: round1(top + fontSize * 0.9) });

  let y = 0;
  const marks = groups.map((group, g): GroupMark => {
    if (g > 0) y += GROUP_GAP;
    let heading: TextBlock | undefined;
    if (group.heading !== undefined) {
      const text = wrap(group.heading);
      heading = block(text, y);
      y += text.lines.length * lineHeight + LABEL_GAP + 2;
    }
    const groupTop = y;
    const rows = group.items.map((item): RowMark => {
      const text = wrap(item.label);
      const label = block(text, y);
      y += text.lines.length * lineHeight + LABEL_GAP;
      const row: RowMark = { label, highlight: item.highlight === true };
      if (item.value === undefined) {
        const words = wrap(item.valueLabel);
        row.note = block(words, y);
        y += words.lines.length * lineHeight + ROW_GAP;
        return row;
      }
      const { mark, height } = figureMark(kind, { ...item, value: item.value }, y, scale, fontSize);
      y += height + ROW_GAP;
      return { ...row, ...mark };
    });
    const zero = kind === 'diverging' ? { y1: round1(groupTop - 2), y2: round1(y - ROW_GAP + 2) } : undefined;
    return { ...(heading && { heading }), ...(zero && { zero }), rows };
  });
  return {
    kind,
    height: round1(Math.max(y - ROW_GAP, 0)),
    fontSize,
    lineHeight,
    zeroX: round1(scale.zeroX),
    plotStart: round1(scale.plotStart),
    plotEnd: round1(scale.plotEnd),
    plotWidth: round1(round1(scale.plotEnd) - round1(scale.plotStart)),
    groups: marks,
  };
}
