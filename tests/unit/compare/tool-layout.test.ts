import { describe, expect, it } from 'vitest';
import { layoutSalaryGroups, matrixBarWidths } from '@/lib/compare/tool-layout';
import type { RoleSalaries } from '@/lib/compare/tool-view';
import { buildSkillsMatrix } from '@/lib/compare/tool-view';

const group = (roleId: string, salaries: [string, number][]): RoleSalaries => {
  const rows = salaries.map(([industry, avgSalaryUsd]) => ({ industry, avgSalaryUsd }));
  const top = Math.max(...rows.map((r) => r.avgSalaryUsd));
  return {
    roleId,
    title: roleId.toUpperCase(),
    plural: roleId,
    salaries: rows,
    highest: rows.filter((r) => r.avgSalaryUsd === top),
  };
};

describe('layoutSalaryGroups', () => {
  const groups = [
    group('a', [
      ['Technology', 120_000],
      ['Media', 60_000],
    ]),
    group('b', [['Technology', 60_000]]),
  ];
  const layout = layoutSalaryGroups(groups, 400);

  it('draws every salary under its role’s heading, on one scale for all roles', () => {
    expect(layout.groups.map((g) => [g.heading, g.bars.length])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
    const media = layout.groups[0]!.bars[1]!;
    const other = layout.groups[1]!.bars[0]!;
    expect(other.width).toBe(media.width);
    expect(layout.groups[0]!.bars[0]!.width).toBeCloseTo(media.width * 2, 0);
  });

  it('keeps groups apart: each heading sits below the bars before it and above its own', () => {
    let bottom = 0;
    for (const g of layout.groups) {
      expect(g.headingY).toBeGreaterThan(bottom);
      expect(g.bars[0]!.y).toBeGreaterThan(g.headingY);
      bottom = Math.max(...g.bars.map((b) => b.y + b.height));
    }
    expect(layout.height).toBeGreaterThanOrEqual(bottom);
  });

  it('highlights and labels the highest-paying industry only where a role has several', () => {
    expect(layout.groups[0]!.bars.map((b) => b.highlight)).toEqual([true, false]);
    expect(layout.groups[0]!.bars[0]!.valueLabel).toMatch(/highest/);
    expect(layout.groups[1]!.bars[0]!.highlight).toBe(false);
  });
});

describe('matrixBarWidths', () => {
  it('scales shares to the largest in the matrix and leaves non-shares without a bar', () => {
    const matrix = buildSkillsMatrix([
      {
        id: 'a',
        title: 'A',
        plural: 'As',
        skills: [
          { slug: 'x', name: 'X', sharePct: 12 },
          { slug: 'y', name: 'Y' },
        ],
        salaries: [],
        education: [],
        sources: [],
      },
      {
        id: 'b',
        title: 'B',
        plural: 'Bs',
        skills: [{ slug: 'x', name: 'X', sharePct: 3 }],
        salaries: [],
        education: [],
        sources: [],
      },
    ]);
    expect(matrixBarWidths(matrix)).toEqual([
      [100, 25],
      [null, null],
    ]);
  });
});
