/**
 * ChartData: the chart spec, the one currency between the data and the charts. A producer builds it
 * from a record (pure); src/lib/charts/layout/ turns it into positioned marks (one layout per kind,
 * enforcing the rules: bars from zero, longest bar spans the plot, small multiples on one scale, a
 * lone value shown as a figure, labels wrapped or shortened); src/components/charts/ draws the
 * marks as SVG (React components, rendered to static HTML by pages and live by the compare tool);
 * the chart frame adds title, summary, source, table and downloads (made in the browser from the
 * chart's own rows). A chart's table and downloads can thus never disagree with what it draws.
 */

/**
 * How a column's values are written: in tables, value labels and download headers. `score` is a
 * rating on its own 0–100 scale (O*NET importance), never a percent; `score-diff` a signed difference
 * of two such ratings (importance points, never percentage points); `usd-hourly` keeps the cents.
 */
export type ColumnKind = 'text' | 'percent' | 'usd' | 'usd-hourly' | 'count' | 'pp' | 'score' | 'score-diff';

export interface ChartColumn {
  /** Property of each row holding the column's value. */
  key: string;
  /** Header shown in the table and the CSV, e.g. "Share of resumes (%)". */
  label: string;
  kind: ColumnKind;
}

/**
 * One row of a chart's data: text for labels, numbers as numbers, null where the data says nothing.
 * Text in a numeric column is the reason a figure is withheld (e.g. "not available"): a bar chart
 * writes it in place of the bar.
 */
export type ChartRow = Record<string, string | number | null>;

/**
 * Optional interval on a bar or dot row: `lowKey`/`highKey` name numeric columns holding the bounds
 * (e.g. a Wilson 95% interval of a share), drawn as a whisker across the bar's end; `nKey` names the
 * column holding the number of records behind the figure, written after the value ("12% · n = 340").
 * A row with a blank bound draws no whisker. The bounds are in the value column's unit.
 */
export interface IntervalKeys {
  lowKey?: string;
  highKey?: string;
  nKey?: string;
}

/** Horizontal bars, one per row, in row order, from zero; the longest bar spans the plot. */
export interface BarSpec extends IntervalKeys {
  kind: 'bar';
  /** Column naming each bar. */
  labelKey: string;
  /** Numeric column giving each bar's length (0 or more). */
  valueKey: string;
  /** Index of a row drawn in the highlight colour, e.g. the highest-paying industry. */
  highlightRow?: number;
  /** Words added to the highlighted bar's label, so colour is not the only cue, e.g. "highest". */
  highlightNote?: string;
}

/**
 * Small multiples: bars in groups under headings (one group per value of `groupKey`, in row
 * order), every group on one shared scale, so equal values have equal lengths in every group.
 */
export interface GroupedBarSpec extends IntervalKeys {
  kind: 'grouped-bar';
  /** Column whose value names each row's group, e.g. the occupation. */
  groupKey: string;
  labelKey: string;
  valueKey: string;
  /** Column holding "yes" on rows drawn in the highlight colour (with `highlightNote`). */
  highlightKey?: string;
  highlightNote?: string;
}

/** Bars left (negative) or right (positive) of a zero line, one group of bars per value column. */
export interface DivergingSpec {
  kind: 'diverging';
  /** Column naming each bar within a group. */
  labelKey: string;
  /** One group per numeric column, e.g. one per degree; rows with null in a column are left out of its group. */
  groups: { valueKey: string; label: string }[];
}

/**
 * A dot per row on one scale from zero, where a bar's length would mislead: positions along one
 * measure, such as wage percentiles (a range from the 10th to the 90th). Supports intervals too.
 */
export interface DotSpec extends IntervalKeys {
  kind: 'dot';
  labelKey: string;
  valueKey: string;
  /** Draw a line joining the first and last dot: the row values are points of one range. */
  range?: boolean;
}

export type ChartSpec = BarSpec | GroupedBarSpec | DivergingSpec | DotSpec;

export interface ChartData {
  /** Slug, unique on its page; also the file name of the chart's downloads. */
  id: string;
  title: string;
  /** One sentence computed from the rows, read as the chart's description. */
  summary: string;
  /** Ids of the sources the rows come from (keys of the record's `sources`). */
  sourceIds: string[];
  columns: ChartColumn[];
  rows: ChartRow[];
  chart: ChartSpec;
}

/** The numeric value of a row's cell, or undefined when it is blank or not a number. */
export function numberAt(row: ChartRow, key: string): number | undefined {
  const value = row[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The column a spec draws its bar values from (the first group's, for a diverging chart). */
export function columnOf(chart: ChartData, key: string): ChartColumn {
  const column = chart.columns.find((c) => c.key === key);
  if (!column) throw new Error(`Chart "${chart.id}" has no column "${key}".`);
  return column;
}
