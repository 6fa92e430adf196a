/**
 * Horizontal bar chart layout: a label column on the left (labels wrap), one bar per item, the
 * formatted value just past the end of each bar. Pure: items and a width in, positioned marks out,
 * every number rounded to 0.1. The SVG scales with its viewBox, so one layout serves every screen.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { round1 } from '@/lib/format';
import { textWidth, wrapText } from '@/lib/charts/layout/text';

export interface BarItem {
  label: string;
  /** 0 or more. */
  value: number;
  /** The value as written on the bar, e.g. "12%". */
  valueLabel: string;
  highlight?: boolean;
  /**
   * The row has no figure, only words saying why (e.g. "not available"): no bar is drawn and the
   * words, wrapped to the plot's width, stand where the bar would be. `value` is ignored.
   */
  note?: boolean;
}

export interface BarLayoutOptions {
  /** Width of the viewBox. */
  width?: number;
  fontSize?: number;
  barHeight?: number;
  /** Space between rows. */
  gap?: number;
  /** Largest share of the width the label column may take before labels wrap. */
  maxLabelShare?: number;
  /** Value at the end of the scale, e.g. 100 for a 0–100 score; at least the largest value. */
  domainMax?: number;
}

export interface BarMark {
  /** The label, broken into lines. */
  lines: string[];
  /** Baseline of the first label line; further lines follow every `lineHeight`. */
  labelY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  valueLabel: string;
  valueX: number;
  valueY: number;
  /** A note row's words broken into lines (every `lineHeight` from valueY); absent for bars. */
  noteLines?: string[];
  highlight: boolean;
}

export interface BarLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** Where bars start (the zero of the scale). */
  plotX: number;
  bars: BarMark[];
}

const LABEL_GAP = 8;
const VALUE_GAP = 6;

export function layoutBars(items: readonly BarItem[], options: BarLayoutOptions = {}): BarLayout {
  const { width = 340, fontSize = 13, barHeight = 20, gap = 10, maxLabelShare = 0.42, domainMax = 0 } = options;
  const lineHeight = round1(fontSize * 1.25);
  const bars = items.filter((item) => !item.note);
  const widest = max(items, (item) => textWidth(item.label, fontSize)) ?? 0;
  const labelWidth = Math.min(widest, width * maxLabelShare);
  const valueRoom = (max(bars, (item) => textWidth(item.valueLabel, fontSize)) ?? 0) + VALUE_GAP;
  const plotX = labelWidth + LABEL_GAP;
  const plotWidth = Math.max(width - plotX - valueRoom, 1);
  const x = scaleLinear()
    .domain([0, Math.max(max(bars, (item) => item.value) ?? 0, domainMax, Number.EPSILON)])
    .range([0, plotWidth]);

  let y = 0;
  const marks = items.map((item): BarMark => {
    // Labels wrap onto as many lines as they need: a cap would run the rest past the label column.
    const lines = wrapText(item.label, labelWidth, fontSize, Infinity);
    const noteLines = item.note ? wrapText(item.valueLabel, width - plotX - VALUE_GAP, fontSize) : undefined;
    const rowHeight = Math.max(barHeight, Math.max(lines.length, noteLines?.length ?? 0) * lineHeight);
    const barY = y + (rowHeight - barHeight) / 2;
    const barWidth = item.note ? 0 : x(Math.max(item.value, 0));
    const mark: BarMark = {
      lines,
      // Centres the block of label lines on the bar; 0.35em drops a baseline to mid-line.
      labelY: round1(y + rowHeight / 2 - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35),
      x: round1(plotX),
      y: round1(barY),
      width: round1(barWidth),
      height: barHeight,
      valueLabel: item.valueLabel,
      valueX: round1(plotX + barWidth + VALUE_GAP),
      valueY: noteLines
        ? round1(y + rowHeight / 2 - ((noteLines.length - 1) * lineHeight) / 2 + fontSize * 0.35)
        : round1(barY + barHeight / 2 + fontSize * 0.35),
      ...(noteLines && { noteLines }),
      highlight: item.highlight === true,
    };
    y += rowHeight + gap;
    return mark;
  });
  return { width, height: round1(Math.max(y - gap, 0)), fontSize, lineHeight, plotX: round1(plotX), bars: marks };
}
