/**
 * The rules every chart layout enforces (src/lib/charts/layout/rows.ts, chart.ts), one test each,
 * on chart data of each kind, including the cases that were seen wrong on the site.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { Chart } from '@/components/charts/Chart';
import type { ChartData } from '@/lib/charts/chart-data';
import { layoutChart } from '@/lib/charts/layout/chart';
import { inlineBarScale } from '@/lib/charts/layout/inline';
import { layoutRows, type RowsLayout } from '@/lib/charts/layout/rows';
import { CHART_FONT_SIZE, MIN_CHART_WIDTH, textWidth } from '@/lib/charts/layout/text';

const bar = (rows: [string, number | string][]): ChartData => ({
  id: 'x',
  title: 'T',
  summary: 'S',
  sourceIds: [],
  columns: [
    { key: 'label', label: 'Industry sector', kind: 'text' },
    { key: 'usd', label: 'Mean wage', kind: 'usd' },
  ],
  rows: rows.map(([label, usd]) => ({ label, usd })),
  chart: { kind: 'bar', labelKey: 'label', valueKey: 'usd' },
});

const grouped = (rows: [string, string, number][]): ChartData => ({
  ...bar([]),
  columns: [
    { key: 'group', label: 'Occupation', kind: 'text' },
    { key: 'label', label: 'Skill', kind: 'text' },
    { key: 'score', label: 'Importance', kind: 'score' },
  ],
  rows: rows.map(([group, label, score]) => ({ group, label, score })),
  chart: { kind: 'grouped-bar', groupKey: 'group', labelKey: 'label', valueKey: 'score' },
});

const rowsOf = (chart: ChartData) => {
  const layout = layoutChart(chart);
  if (layout.kind === 'figure') throw new Error('expected rows');
  return layout;
};
const bars = (layout: RowsLayout) => layout.groups.flatMap((g) => g.rows.flatMap((r) => (r.bar ? [r.bar] : [])));
const plotWidth = (layout: RowsLayout) => layout.plotEnd - layout.plotStart;

describe('chart layout rules', () => {
  it('bars start at zero', () => {
    const layout = rowsOf(
      bar([
        ['a', 108_000],
        ['b', 218_000],
        ['c', 0],
      ]),
    );
    expect(layout.zeroX).toBe(layout.plotStart);
    for (const b of bars(layout)) expect(b.x).toBe(layout.zeroX);
    const diverging = layoutRows('diverging', [
      {
        items: [
          { label: 'a', value: -4.6, valueLabel: '−4.6 pp' },
          { label: 'b', value: 2, valueLabel: '+2 pp' },
        ],
      },
    ]);
    const [neg, pos] = bars(diverging);
    expect(neg!.x + neg!.width).toBeCloseTo(diverging.zeroX, 1);
    expect(pos!.x).toBe(diverging.zeroX);
  });

  it('the longest bar uses the plot width (wage by sector: $218k was 15% of the width)', () => {
    const layout = rowsOf(
      bar([
        ['Finance', 218_030],
        ['Information', 108_000],
      ]),
    );
    const [longest, other] = bars(layout);
    expect(longest!.width).toBeCloseTo(plotWidth(layout), 1);
    expect(plotWidth(layout)).toBeGreaterThan(60);
    expect(other!.width / longest!.width).toBeCloseTo(108_000 / 218_030, 2);
    // A 0–100 rating is scaled to its largest value too: the table keeps the 0–100 meaning.
    const rated = rowsOf(
      grouped([
        ['A', 'Speaking', 72],
        ['A', 'Listening', 60],
      ]),
    );
    expect(Math.max(...bars(rated).map((b) => b.width))).toBeCloseTo(plotWidth(rated), 1);
    const diverging = layoutRows('diverging', [
      {
        items: [
          { label: 'a', value: -5, valueLabel: '−5' },
          { label: 'b', value: 3, valueLabel: '+3' },
        ],
      },
    ]);
    const sum = bars(diverging).reduce((s, b) => s + b.width, 0);
    expect(sum).toBeCloseTo(plotWidth(diverging), 0);
  });

  it('small multiples share one scale: equal values have equal lengths in every group (78 was 47 px and 130 px)', () => {
    const layout = rowsOf(
      grouped([
        ['Sales Managers', 'Speaking', 78],
        ['Sales Managers', 'Persuasion', 72],
        ['Marketing Managers', 'Speaking', 78],
        ['Marketing Managers', 'Writing', 40],
        ['Chief Executives', 'Speaking', 78],
      ]),
    );
    expect(layout.groups).toHaveLength(3);
    const firsts = layout.groups.map((g) => g.rows[0]!.bar!.width);
    expect(new Set(firsts).size).toBe(1);
    expect(layout.groups[0]!.rows[1]!.bar!.width).toBeLessThan(firsts[0]!);
    // The compare tool's matrices: one px scale for every cell of the matrix, whatever its column.
    const length = inlineBarScale([78, 72, 78, null, 130]);
    expect(length(78)).toBe(length(78));
    expect(length(78)).toBeGreaterThan(length(72));
    expect(length(130)).toBe(64);
  });

  it('a single value is shown as a figure with its context, not a lone bar (5% looked like 100%)', () => {
    const layout = layoutChart(bar([['Technology', 119_239]]));
    expect(layout).toMatchObject({ kind: 'figure', value: '$119,239', label: { lines: ['Technology'] } });
    expect(layout.kind === 'figure' && layout.context).toMatch(/^Industry sector: the only one/);
    const svg = renderToStaticMarkup(
      createElement(Chart, { chart: bar([['Technology', 119_239]]), labelledBy: 't', describedBy: 's' }),
    );
    expect(svg).not.toContain('<rect');
    expect(svg).toContain('$119,239');
    // A withheld figure beside it is still drawn as rows: the reader sees why there is no bar.
    expect(
      layoutChart(
        bar([
          ['Technology', 5],
          ['Utilities', 'not available'],
        ]),
      ).kind,
    ).toBe('bar');
  });

  it('labels wrap, or are shortened with the full text kept, and never overflow the chart', () => {
    const long =
      'Federal, State, and Local Government, excluding State and Local Government Schools and Hospitals and the U.S. Postal Service (OEWS Designation)';
    const endless = `${'Supercalifragilisticexpialidocious'.repeat(4)} ${'word '.repeat(80)}`;
    const layout = rowsOf(
      bar([
        [long, 111_840],
        [endless, 5],
        ['Retail', 'not available'],
      ]),
    );
    const labels = layout.groups.flatMap((g) => g.rows.map((r) => r.label));
    expect(labels[0]!.lines.join(' ')).toBe(long);
    expect(labels[0]!.full).toBeUndefined();
    expect(labels[1]!.full).toBe(endless.trim());
    expect(labels[1]!.lines.at(-1)).toMatch(/…$/);
    for (const block of [...labels, ...layout.groups.flatMap((g) => g.rows.flatMap((r) => (r.note ? [r.note] : [])))])
      for (const line of block.lines) expect(textWidth(line, layout.fontSize)).toBeLessThanOrEqual(MIN_CHART_WIDTH);
    const svg = renderToStaticMarkup(
      createElement(Chart, {
        chart: bar([
          [endless, 5],
          ['b', 6],
        ]),
        labelledBy: 't',
        describedBy: 's',
      }),
    );
    expect(svg).toContain(`<title>${endless.trim()}</title>`);
  });

  it('value labels fit beside the longest bar at the narrowest width', () => {
    const layout = rowsOf(
      bar([
        ['a', 239_200],
        ['b', 1],
      ]),
    );
    for (const row of layout.groups.flatMap((g) => g.rows)) {
      const right =
        (row.value!.x / 100) * MIN_CHART_WIDTH + row.value!.dx + textWidth(row.value!.text, layout.fontSize);
      expect(right).toBeLessThanOrEqual(MIN_CHART_WIDTH + 0.5);
    }
    const diverging = layoutRows('diverging', [
      {
        items: [
          { label: 'a', value: -50, valueLabel: '−50.0 pp' },
          { label: 'b', value: 50, valueLabel: '+50.0 pp' },
        ],
      },
    ]);
    const [neg] = diverging.groups[0]!.rows;
    expect((neg!.value!.x / 100) * MIN_CHART_WIDTH + neg!.value!.dx - textWidth('−50.0 pp', 13)).toBeGreaterThanOrEqual(
      -0.5,
    );
  });

  it('chart text is at least 12 px at every width, and a chart sizes to its container', () => {
    expect(CHART_FONT_SIZE).toBeGreaterThanOrEqual(12);
    const svg = renderToStaticMarkup(
      createElement(Chart, {
        chart: bar([
          ['a', 2],
          ['b', 1],
        ]),
        labelledBy: 't',
        describedBy: 's',
      }),
    );
    // No viewBox: nothing scales the text down on a phone; width 100% of the container, no cap.
    expect(svg).not.toContain('viewBox');
    expect(svg).toMatch(/^<svg width="100%" height="[\d.]+"/);
    expect(svg).toContain(`font-size="${CHART_FONT_SIZE}"`);
    expect(svg).not.toMatch(/max-w/);
    expect(svg).not.toMatch(/font-size="(\d|1[01])(\.\d+)?"/);
  });

  it('intervals: the whisker spans low to high, the scale reaches the high bound, n is written', () => {
    const chart: ChartData = {
      ...bar([]),
      columns: [
        { key: 'label', label: 'Skill', kind: 'text' },
        { key: 'share', label: 'Share (%)', kind: 'percent' },
        { key: 'low', label: 'Low (%)', kind: 'percent' },
        { key: 'high', label: 'High (%)', kind: 'percent' },
        { key: 'n', label: 'Records', kind: 'count' },
      ],
      rows: [
        { label: 'CRM', share: 40, low: 35, high: 45, n: 340 },
        { label: 'SQL', share: 20, low: null, high: null, n: 12 },
      ],
      chart: { kind: 'bar', labelKey: 'label', valueKey: 'share', lowKey: 'low', highKey: 'high', nKey: 'n' },
    };
    const layout = rowsOf(chart);
    const [crm, sql] = layout.groups[0]!.rows;
    expect(crm!.whisker!.x2).toBeCloseTo(layout.plotEnd, 1);
    expect(crm!.bar!.width / plotWidth(layout)).toBeCloseTo(40 / 45, 2);
    expect((crm!.whisker!.x1 - layout.zeroX) / plotWidth(layout)).toBeCloseTo(35 / 45, 2);
    expect(crm!.value!.text).toBe('40% · n = 340');
    expect(sql!.whisker).toBeUndefined();
    expect(sql!.value!.text).toBe('20% · n = 12');
  });
});
