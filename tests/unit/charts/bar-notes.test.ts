import { describe, expect, it } from 'vitest';
import { layoutBars } from '@/lib/charts/layout/bar';

const items = [
  { label: '10th percentile', value: 66910, valueLabel: '$66,910' },
  { label: '75th percentile', value: 201490, valueLabel: '$201,490' },
  { label: '90th percentile', value: 0, valueLabel: 'at or above the top-coded wage', note: true },
];

describe('bar layout with rows that have no figure', () => {
  it('draws no bar for a note row and writes its words, wrapped, inside the width', () => {
    for (const width of [280, 340, 640]) {
      const layout = layoutBars(items, { width });
      const note = layout.bars[2]!;
      expect(note.width).toBe(0);
      expect(note.noteLines!.join(' ')).toBe('at or above the top-coded wage');
      for (const line of note.noteLines!)
        expect(note.valueX + line.length * layout.fontSize * 0.58).toBeLessThanOrEqual(width + 0.1);
      expect(layout.bars[0]!.noteLines).toBeUndefined();
    }
  });

  it('scales bars by the figures only, and to a fixed end when given', () => {
    const withNote = layoutBars(items);
    const without = layoutBars(items.slice(0, 2));
    expect(withNote.bars[1]!.width).toBe(without.bars[1]!.width);
    const scored = layoutBars([{ label: 'Speaking', value: 50, valueLabel: '50' }], { domainMax: 100 });
    const full = layoutBars([{ label: 'Speaking', value: 100, valueLabel: '50' }], { domainMax: 100 });
    expect(scored.bars[0]!.width).toBeCloseTo(full.bars[0]!.width / 2, 0);
  });
});

describe('bar layout with very long labels', () => {
  it('wraps a label onto as many lines as it needs, each within the label column', () => {
    const label =
      'Federal, State, and Local Government, excluding State and Local Government Schools and Hospitals and the U.S. Postal Service (OEWS Designation)';
    const layout = layoutBars([{ label, value: 1, valueLabel: '$111,840' }]);
    const [bar] = layout.bars;
    expect(bar!.lines.join(' ')).toBe(label);
    expect(bar!.lines.length).toBeGreaterThan(3);
    for (const line of bar!.lines) expect(line.length * layout.fontSize * 0.58).toBeLessThanOrEqual(layout.plotX);
    expect(layout.height).toBeGreaterThanOrEqual(bar!.lines.length * layout.lineHeight);
  });
});
