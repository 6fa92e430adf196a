/**
 * DataTable lists its numeric columns by position in data-num (global.css right-aligns them), puts no
 * per-cell alignment class on the cells, and refuses a table wider than the CSS covers.
 */
import { parse } from 'node-html-parser';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, MAX_TABLE_COLUMNS } from '@/components/charts/DataTable';
import type { ChartColumn, ChartData } from '@/lib/charts/chart-data';

function chart(columns: ChartColumn[]): ChartData {
  const row = Object.fromEntries(columns.map((c) => [c.key, c.kind === 'text' ? 'Text' : 12]));
  return {
    id: 'test-chart',
    title: 'Test chart',
    summary: 'A test.',
    sourceIds: [],
    columns,
    rows: [row, row],
    chart: { kind: 'bar', labelKey: columns[0]!.key, valueKey: columns[1]!.key },
  };
}

const render = (data: ChartData) =>
  parse(renderToStaticMarkup(createElement(DataTable, { chart: data, labelledBy: 'title' })));

describe('DataTable', () => {
  it('names the positions of its numeric columns in data-num, and no cell carries an alignment class', () => {
    const table = render(
      chart([
        { key: 'skill', label: 'Skill', kind: 'text' },
        { key: 'share', label: 'Share', kind: 'percent' },
        { key: 'note', label: 'Note', kind: 'text' },
        { key: 'wage', label: 'Wage', kind: 'usd' },
      ]),
    ).querySelector('table')!;
    expect(table.getAttribute('data-num')).toBe('2 4');
    expect(table.querySelectorAll('[class~="num"]')).toHaveLength(0);
  });

  it('writes no data-num when no column is numeric', () => {
    const table = render(
      chart([
        { key: 'a', label: 'A', kind: 'text' },
        { key: 'b', label: 'B', kind: 'text' },
      ]),
    ).querySelector('table')!;
    expect(table.hasAttribute('data-num')).toBe(false);
  });

  it('refuses more columns than global.css right-aligns, naming the chart', () => {
    const columns = Array.from({ length: MAX_TABLE_COLUMNS + 1 }, (_, i): ChartColumn => ({
      key: `c${i}`,
      label: `C${i}`,
      kind: i === 0 ? 'text' : 'count',
    }));
    expect(() => render(chart(columns))).toThrow(/test-chart.*13 table columns/);
  });

  it('has a right-align rule in global.css for every position it can list', async () => {
    const css = (await import('node:fs')).readFileSync('src/styles/global.css', 'utf8');
    for (let n = 2; n <= MAX_TABLE_COLUMNS; n++) {
      expect(css).toContain(`.data-table[data-num~='${n}'] :is(th, td):nth-child(${n})`);
    }
    expect(css).toContain(`.data-table[data-num~='1'] thead th:first-child`);
  });
});
