/**
 * ChartData → the marks to draw, for every chart kind: the one place a spec's rows become a layout
 * (pages and the compare tool both come through here). A chart with a single figure is laid out as
 * a figure with its context, not as a lone bar that would fill the track whatever its value.
 */
import { columnOf, numberAt, type ChartData, type ChartRow, type IntervalKeys } from '@/lib/charts/chart-data';
import { formatCell } from '@/lib/charts/format-cell';
import { layoutRows, type RowGroup, type RowItem, type RowsLayout } from '@/lib/charts/layout/rows';
import { CHART_FONT_SIZE, MIN_CHART_WIDTH, wrapLabel, type WrappedText } from '@/lib/charts/layout/text';
import { formatCount } from '@/lib/format';

/** Baseline of the figure's value, and where its label's first line starts. */
export const FIGURE_VALUE_Y = 30;
export const FIGURE_LABEL_TOP = 42;

/** A single value: the figure in large type, what it is, and why it stands alone. */
export interface FigureLayout {
  kind: 'figure';
  value: string;
  /** What the figure is of, e.g. "Technology" (with its group, e.g. "Sales Managers: Technology"), wrapped. */
  label: WrappedText;
  /** "Industry: the only one in this chart's data, so there is nothing to draw it against." */
  context: string;
  height: number;
}

export type ChartLayout = RowsLayout | FigureLayout;

interface Labelled {
  labelKey: string;
  valueKey: string;
}

/** One row as a row item: a figure (with its interval and n), or a note with BLS's or the data's words. */
function rowItem(chart: ChartData, spec: Labelled & IntervalKeys, row: ChartRow, label: string): RowItem | undefined {
  const kind = columnOf(chart, spec.valueKey).kind;
  const value = numberAt(row, spec.valueKey);
  const reason = row[spec.valueKey];
  if (value === undefined)
    return typeof reason === 'string' && reason !== '' ? { label, valueLabel: reason } : undefined;
  const n = spec.nKey === undefined ? undefined : numberAt(row, spec.nKey);
  const low = spec.lowKey === undefined ? undefined : numberAt(row, spec.lowKey);
  const high = spec.highKey === undefined ? undefined : numberAt(row, spec.highKey);
  return {
    label,
    value,
    valueLabel: `${formatCell(kind, value)!}${n === undefined ? '' : ` · n = ${formatCount(n)}`}`,
    ...(low !== undefined && high !== undefined && { low, high }),
  };
}

const text = (row: ChartRow, key: string) => String(row[key] ?? '');
const withNote = (label: string, note: string | undefined) => (note ? `${label} · ${note}` : label);

/** The chart's rows as groups of row items, as its spec draws them. */
export function chartGroups(chart: ChartData): RowGroup[] {
  const spec = chart.chart;
  switch (spec.kind) {
    case 'bar':
    case 'dot':
      return [
        {
          items: chart.rows.flatMap((row, index) => {
            const highlight = spec.kind === 'bar' && index === spec.highlightRow;
            const label = withNote(text(row, spec.labelKey), highlight ? spec.highlightNote : undefined);
            const item = rowItem(chart, spec, row, label);
            return item ? [{ ...item, ...(highlight && item.value !== undefined && { highlight }) }] : [];
          }),
        },
      ];
    case 'grouped-bar': {
      const groups = new Map<string, RowItem[]>();
      for (const row of chart.rows) {
        const heading = text(row, spec.groupKey);
        const highlight = spec.highlightKey !== undefined && row[spec.highlightKey] === 'yes';
        const label = withNote(text(row, spec.labelKey), highlight ? spec.highlightNote : undefined);
        const item = rowItem(chart, spec, row, label);
        if (!groups.has(heading)) groups.set(heading, []);
        if (item) groups.get(heading)!.push({ ...item, ...(highlight && item.value !== undefined && { highlight }) });
      }
      return [...groups].map(([heading, items]) => ({ heading, items })).filter((g) => g.items.length > 0);
    }
    case 'diverging':
      return spec.groups
        .map((group) => ({
          heading: group.label,
          items: chart.rows.flatMap((row) => {
            const value = numberAt(row, group.valueKey);
            if (value === undefined) return [];
            const written = formatCell(columnOf(chart, group.valueKey).kind, value)!;
            return [{ label: text(row, spec.labelKey), value, valueLabel: written }];
          }),
        }))
        .filter((g) => g.items.length > 0);
  }
}

/** The figure a chart with a single value is shown as, or undefined when it has more to draw. */
export function singleFigure(chart: ChartData, groups: readonly RowGroup[]): FigureLayout | undefined {
  if (chart.chart.kind === 'diverging') return undefined;
  const items = groups.flatMap((g) => g.items.map((item) => ({ item, heading: g.heading })));
  const only = items[0];
  if (items.length !== 1 || only?.item.value === undefined) return undefined;
  const what = columnOf(chart, chart.chart.labelKey).label;
  const label = wrapLabel(
    only.heading === undefined ? only.item.label : `${only.heading}: ${only.item.label}`,
    MIN_CHART_WIDTH,
    CHART_FONT_SIZE,
  );
  return {
    kind: 'figure',
    value: only.item.valueLabel,
    label,
    context: `${what}: the only one in this chart's data, so there is nothing to draw it against.`,
    height: FIGURE_LABEL_TOP + label.lines.length * Math.round(CHART_FONT_SIZE * 1.25),
  };
}

export function layoutChart(chart: ChartData): ChartLayout {
  const groups = chartGroups(chart);
  const figure = singleFigure(chart, groups);
  if (figure) return figure;
  const kind = chart.chart.kind === 'grouped-bar' ? 'bar' : chart.chart.kind;
  return layoutRows(kind, groups);
}
