/**
 * A chart's numbers as a real HTML table: same rows, same order, each value written as on the chart.
 * A table wider than a narrow screen scrolls inside its region, which the keyboard can reach and scroll.
 * Cell padding, row rules and the right-aligned numbers (`.num`) come from `.data-table` in global.css
 * (set once, not as utility classes on each of a page's hundreds of cells, so pages stay small).
 */
import type { ChartData } from '@/lib/charts/chart-data';
import { formatCell } from '@/lib/charts/format-cell';

interface Props {
  chart: ChartData;
  /** Id of the element naming the table's region (the chart's heading). */
  labelledBy: string;
  testId?: string;
}

const numeric = (kind: string) => kind !== 'text';

export function DataTable({ chart, labelledBy, testId = 'chart-table' }: Props) {
  const [first, ...rest] = chart.columns;
  return (
    <section className="mt-3 overflow-x-auto" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="data-table w-full border-collapse text-left tabular-nums" data-testid={testId}>
        <caption className="sr-only">{chart.title}</caption>
        <thead>
          <tr className="border-b border-control">
            {chart.columns.map((column) => (
              <th key={column.key} scope="col" className={numeric(column.kind) ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row, r) => (
            <tr key={r}>
              {first && <th scope="row">{formatCell(first.kind, row[first.key]) ?? ''}</th>}
              {rest.map((column) => {
                const text = formatCell(column.kind, row[column.key]);
                return (
                  <td key={column.key} className={numeric(column.kind) ? 'num' : undefined}>
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
