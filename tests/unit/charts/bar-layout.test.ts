import { describe, expect, it } from 'vitest';
import { layoutBars } from '@/lib/charts/layout/bar';
import { wrapText } from '@/lib/charts/layout/text';

const items = [
  { label: 'Global Account', value: 12, valueLabel: '12%' },
  { label: 'Account Management', value: 8, valueLabel: '8%' },
  { label: 'Customer Satisfaction', value: 6, valueLabel: '6%', highlight: true },
];

const isRounded = (n: number) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9;

describe('bar layout', () => {
  it('draws bars in order, lengths proportional to values, starting at one zero', () => {
    const { bars, plotX } = layoutBars(items, { width: 400 });
    expect(bars.map((b) => b.valueLabel)).toEqual(['12%', '8%', '6%']);
    for (const bar of bars) expect(bar.x).toBe(plotX);
    expect(bars[1]!.width / bars[0]!.width).toBeCloseTo(8 / 12, 1);
    expect(bars[2]!.width / bars[0]!.width).toBeCloseTo(6 / 12, 1);
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.y).toBeGreaterThan(bars[i - 1]!.y + bars[i - 1]!.height);
  });

  it('keeps every mark, with its value label, inside the width', () => {
    for (const width of [280, 360, 640]) {
      const layout = layoutBars(
        [...items, { label: 'A very long label that must wrap onto more lines', value: 1, valueLabel: '$119,239' }],
        { width },
      );
      for (const bar of layout.bars) {
        expect(bar.x + bar.width).toBeLessThanOrEqual(width);
        expect(bar.valueX + bar.valueLabel.length * layout.fontSize * 0.58).toBeLessThanOrEqual(width + 0.1);
        expect(bar.labelY + (bar.lines.length - 1) * layout.lineHeight).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('marks only the highlighted bar', () => {
    expect(layoutBars(items).bars.map((b) => b.highlight)).toEqual([false, false, true]);
  });

  it('rounds every coordinate to 0.1', () => {
    const { bars, height, plotX } = layoutBars(items, { width: 333 });
    for (const n of [height, plotX, ...bars.flatMap((b) => [b.x, b.y, b.width, b.labelY, b.valueX, b.valueY])])
      expect(isRounded(n)).toBe(true);
  });

  it('copes with no items and with all zeros', () => {
    expect(layoutBars([]).bars).toEqual([]);
    expect(layoutBars([]).height).toBe(0);
    expect(layoutBars([{ label: 'None', value: 0, valueLabel: '0' }]).bars[0]!.width).toBe(0);
  });

  it('keeps its geometry (snapshot)', () => {
    expect(layoutBars(items, { width: 360 })).toMatchSnapshot();
  });
});

describe('label wrapping', () => {
  it('breaks at spaces and after slashes, never losing words', () => {
    const lines = wrapText('Account executive/sales managers', 100, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').replace('/ ', '/')).toBe('Account executive/sales managers');
  });

  it('keeps a short label on one line', () => {
    expect(wrapText('Cloud', 100, 13)).toEqual(['Cloud']);
  });

  it('joins overflow onto the last allowed line', () => {
    const lines = wrapText('one two three four five six', 10, 13, 3);
    expect(lines).toHaveLength(3);
    expect(lines.join(' ')).toBe('one two three four five six');
  });
});
