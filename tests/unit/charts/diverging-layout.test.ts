import { describe, expect, it } from 'vitest';
import { layoutDiverging } from '@/lib/charts/layout/diverging';

const groups = [
  {
    label: "Master's Degree",
    items: [
      { label: 'Manager, account executive', value: -4.6, valueLabel: '−4.6 pp' },
      { label: 'Market sales manager', value: -5.3, valueLabel: '−5.3 pp' },
    ],
  },
  {
    label: 'Doctoral Degree',
    items: [
      { label: 'Manager, account executive', value: 0.1, valueLabel: '+0.1 pp' },
      { label: 'Market sales manager', value: 0, valueLabel: '0 pp' },
    ],
  },
];

describe('diverging layout', () => {
  it('puts negative bars left of zero and positive ones right, at the same scale', () => {
    const layout = layoutDiverging(groups, { width: 400 });
    const [masters, doctoral] = layout.groups;
    const [negative] = masters!.bars;
    const [positive, zero] = doctoral!.bars;
    expect(negative!.sign).toBe('negative');
    expect(negative!.x + negative!.width).toBeCloseTo(layout.zeroX, 1);
    expect(negative!.valueAnchor).toBe('end');
    expect(negative!.valueX).toBeLessThan(negative!.x);
    expect(positive!.sign).toBe('positive');
    expect(positive!.x).toBe(layout.zeroX);
    expect(positive!.valueX).toBeGreaterThan(positive!.x + positive!.width);
    expect(zero!.width).toBe(0);
    expect(zero!.sign).toBe('zero');
    // −5.3 is the largest magnitude, so it spans the half-scale; −4.6 is in proportion.
    expect(negative!.width / masters!.bars[1]!.width).toBeCloseTo(4.6 / 5.3, 1);
    expect(positive!.width / masters!.bars[1]!.width).toBeCloseTo(0.1 / 5.3, 1);
  });

  it('stacks groups under their headings, with the zero line spanning each group', () => {
    const layout = layoutDiverging(groups);
    const [first, second] = layout.groups;
    expect(first!.headingY).toBeLessThan(first!.bars[0]!.y);
    expect(second!.headingY).toBeGreaterThan(first!.zeroY2);
    for (const group of layout.groups) {
      expect(group.zeroY1).toBeLessThanOrEqual(group.bars[0]!.y);
      expect(group.zeroY2).toBeGreaterThanOrEqual(group.bars.at(-1)!.y + group.bars.at(-1)!.height);
    }
    expect(layout.height).toBeGreaterThanOrEqual(second!.zeroY2);
  });

  it('keeps marks and value labels between the label column and the right edge', () => {
    for (const width of [300, 360, 600]) {
      const layout = layoutDiverging(groups, { width });
      for (const bar of layout.groups.flatMap((g) => g.bars)) {
        expect(bar.x).toBeGreaterThan(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(width);
        const labelWidth = bar.valueLabel.length * layout.fontSize * 0.58;
        if (bar.valueAnchor === 'start') expect(bar.valueX + labelWidth).toBeLessThanOrEqual(width + 0.1);
        else expect(bar.valueX - labelWidth).toBeGreaterThan(0);
      }
    }
  });

  it('keeps its geometry (snapshot)', () => {
    expect(layoutDiverging(groups, { width: 360 })).toMatchSnapshot();
  });
});
