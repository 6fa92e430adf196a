/**
 * ChartData: the one currency between the data and every chart a page draws at build time (the
 * comparison tool's panels draw from their own view, compare/tool-view.ts). A producer builds it
 * from a record (pure), the chart frame draws it (title, summary, chart, source, table, downloads),
 * and the chart downloads hold exactly its rows as CSV and JSON. Nothing else is needed to show
 * a chart, so a chart's table and downloads can never disagree with what it draws.
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

/** Horizontal bars, one per row, in row order. */
export interface BarSpec {
  kind: 'bar';
  /** Column naming each bar. */
  labelKey: string;
  /** Numeric column giving each bar's length (0 or more). */
  valueKey: string;
  /** Index of a row drawn in the highlight colour, e.g. the highest-paying industry. */
  highlightRow?: number;
  /** Words added to the highlighted bar's value label, so colour is not the only cue, e.g. "highest". */
  highlightNote?: string;
  /** Value at the end of the scale when the measure has a fixed range, e.g. 100 for a 0–100 score. */
  scaleMax?: number;
}

/** Bars left (negative) or right (positive) of a zero line, one group of bars per value column. */
export interface DivergingSpec {
  kind: 'diverging';
  /** Column naming each bar within a group. */
  labelKey: string;
  /** One group per numeric column, e.g. one per degree; rows with null in a column are left out of its group. */
  groups: { valueKey: string; label: string }[];
}

export type ChartSpec = BarSpec | DivergingSpec;

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
