/**
 * Layouts for the comparison tool's charts, built on the site's chart layouts so the tool draws
 * like the static pages. Pure: figures in, positioned marks out, numbers rounded to 0.1.
 */
import { scaleLinear } from 'd3-scale';
import { layoutBars, type BarLayout, type BarMark } from '@/lib/charts/layout/bar';
import { round1 } from '@/lib/charts/layout/text';
import type { RoleSalaries, SkillsMatrix } from '@/lib/compare/tool-view';
import { formatUsd } from '@/lib/format';

export interface SalaryGroupMarks {
  roleId: string;
  /** The group's heading: the role's title. */
  heading: string;
  headingY: number;
  bars: BarMark[];
}

export interface GroupedBarLayout extends Omit<BarLayout, 'bars'> {
  groups: SalaryGroupMarks[];
}

/**
 * Salary by industry grouped by role, on one shared scale: every bar is laid out together (so equal
 * salaries have equal lengths across roles), then each role's bars move down under its heading.
 * The highest-paying industry of a role is highlighted (and says so) when the role has more than one.
 */
export function layoutSalaryGroups(groups: readonly RoleSalaries[], width = 400): GroupedBarLayout {
  const items = groups.flatMap((group) =>
    group.salaries.map((s) => {
      const highlight = group.salaries.length > 1 && group.highest.some((h) => h.industry === s.industry);
      return {
        label: s.industry,
        value: s.avgSalaryUsd,
        valueLabel: `${formatUsd(s.avgSalaryUsd)}${highlight ? ' · highest' : ''}`,
        highlight,
      };
    }),
  );
  const flat = layoutBars(items, { width });
  const headingHeight = round1(flat.lineHeight + 6);
  let next = 0;
  let shift = 0;
  const placed = groups.map((group, g) => {
    const bars = flat.bars.slice(next, next + group.salaries.length);
    next += group.salaries.length;
    const firstTop = bars[0]?.y ?? 0;
    shift += headingHeight + (g > 0 ? 10 : 0);
    const move = (y: number) => round1(y + shift);
    return {
      roleId: group.roleId,
      heading: group.title,
      headingY: round1(firstTop + shift - 8),
      bars: bars.map((bar) => ({ ...bar, y: move(bar.y), labelY: move(bar.labelY), valueY: move(bar.valueY) })),
    };
  });
  const { bars: _bars, ...frame } = flat;
  return { ...frame, height: round1(flat.height + shift), groups: placed };
}

/** Width of each matrix cell's bar, as a percentage of the cell, on one scale for the whole matrix. */
export function matrixBarWidths(matrix: SkillsMatrix): (number | null)[][] {
  const x = scaleLinear()
    .domain([0, Math.max(matrix.maxSharePct, Number.EPSILON)])
    .range([0, 100]);
  return matrix.rows.map((row) => row.cells.map((cell) => (cell.kind === 'share' ? round1(x(cell.pct)) : null)));
}
