/**
 * Layouts for the comparison tool's charts, built on the site's chart layouts so the tool draws
 * like the static pages. Pure: figures in, positioned marks out, numbers rounded to 0.1.
 */
import { scaleLinear } from 'd3-scale';
import {
  layoutGroupedBars,
  type BarGroupMarks,
  type GroupedBarLayout as BaseGroupedLayout,
} from '@/lib/charts/layout/grouped';
import { round1 } from '@/lib/format';
import type { RoleSalaries, SkillsMatrix } from '@/lib/compare/tool-view';
import { formatUsd } from '@/lib/format';

export interface SalaryGroupMarks extends Omit<BarGroupMarks, 'id'> {
  roleId: string;
}

export interface GroupedBarLayout extends Omit<BaseGroupedLayout, 'groups'> {
  groups: SalaryGroupMarks[];
}

/**
 * Salary by industry grouped by role, on one shared scale (equal salaries have equal lengths across
 * roles). The highest-paying industry of a role is highlighted (and says so) when the role has more than one.
 */
export function layoutSalaryGroups(groups: readonly RoleSalaries[], width = 400): GroupedBarLayout {
  const layout = layoutGroupedBars(
    groups.map((group) => ({
      id: group.roleId,
      heading: group.title,
      items: group.salaries.map((s) => {
        const highlight = group.salaries.length > 1 && group.highest.some((h) => h.industry === s.industry);
        return {
          label: s.industry,
          value: s.avgSalaryUsd,
          valueLabel: `${formatUsd(s.avgSalaryUsd)}${highlight ? ' · highest' : ''}`,
          highlight,
        };
      }),
    })),
    { width },
  );
  return { ...layout, groups: layout.groups.map(({ id, ...marks }) => ({ roleId: id, ...marks })) };
}

/** Width of each matrix cell's bar, as a percentage of the cell, on one scale for the whole matrix. */
export function matrixBarWidths(matrix: SkillsMatrix): (number | null)[][] {
  const x = scaleLinear()
    .domain([0, Math.max(matrix.maxSharePct, Number.EPSILON)])
    .range([0, 100]);
  return matrix.rows.map((row) => row.cells.map((cell) => (cell.kind === 'share' ? round1(x(cell.pct)) : null)));
}
