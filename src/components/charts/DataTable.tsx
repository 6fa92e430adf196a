/**
 * A chart's numbers as a real HTML table: same rows, same order, each value written as on the chart.
 * A table wider than a narrow screen scrolls inside its region, which the keyboard can reach and scroll.
 * Its layout, cell padding, row rules and the right-aligned numbers come from `.data-table` in global.css
 * (set once, not as utility classes on each of a page's hundreds of cells, so pages stay small): the
 * table's `data-num` lists its numeric columns by position, and the CSS right-aligns those columns.
 * The table is also where the chart's downloads read its data (readChartFrame): each header names
 * its column's key and kind, and a cell whose text is not its exact value carries it in `data-v`.
 */
import type { ChartData } from '@/lib/charts/chart-data';
import { cellValueData } from '@/lib/charts/downloads';
import { formatCell } from '@/lib/charts/format-cell';

interface Props {
  chart: ChartData;
  /** Id of the element naming the table and its region (the chart's heading: no second copy as a caption). */
  labelledBy: string;
  testId?: string;
}

const numeric = (kind: string) => kind !== 'text';

/** Columns global.css can right-align by position (`.data-table[data-num~='n']`); no chart has more than 4 today. */
export const MAX_TABLE_COLUMNS = 12;

/** The positions (1-based) of the numeric columns, as `data-num` lists them. */
function numericColumns(chart: ChartData): string | undefined {
  if (chart.columns.length > MAX_TABLE_COLUMNS) {
    throw new Error(
      `Chart "${chart.id}" has ${chart.columns.length} table columns; global.css right-aligns numbers in at most ${MAX_TABLE_COLUMNS} (add rules there).`,
    );
  }
  const positions = chart.columns.flatMap((column, i) => (numeric(column.kind) ? [String(i + 1)] : []));
  return positions.length > 0 ? positions.join(' ') : undefined;
}

export function DataTable({ chart, labelledBy, testId = 'chart-table' }: Props) {
  const [first, ...rest] = chart.columns;
  return (
    <section className="table-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="data-table" data-num={numericColumns(chart)} data-testid={testId} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {chart.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                data-k={column.key}
                data-kind={column.kind === 'text' ? undefined : column.kind}
                data-label={cellValueData(column.label)}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row, r) => (
            <tr key={r}>
              {first && (
                <th scope="row" data-v={cellValueData(row[first.key])}>
                  {formatCell(first.kind, row[first.key]) ?? ''}
                </th>
              )}
              {rest.map((column) => {
                const text = formatCell(column.kind, row[column.key]);
                return (
                  <td key={column.key} data-v={cellValueData(row[column.key])}>
                    {text ?? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">not stated</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
