/**
 * Horizontal bars in groups, each under a heading (one group per role or occupation), on one
 * shared scale: every bar is laid out together, so equal values have equal lengths across groups,
 * then each group's bars move down under its heading. Pure, numbers rounded to 0.1.
 */
import { layoutBars, type BarItem, type BarLayout, type BarLayoutOptions, type BarMark } from '@/lib/charts/layout/bar';
import { round1 } from '@/lib/format';

export interface BarGroup {
  /** Stable id of the group, e.g. the role id. */
  id: string;
  /** The group's heading, e.g. the role's title. */
  heading: string;
  items: BarItem[];
}

export interface BarGroupMarks {
  id: string;
  heading: string;
  /** Baseline of the heading. */
  headingY: number;
  bars: BarMark[];
}

export interface GroupedBarLayout extends Omit<BarLayout, 'bars'> {
  groups: BarGroupMarks[];
}

export function layoutGroupedBars(groups: readonly BarGroup[], options: BarLayoutOptions = {}): GroupedBarLayout {
  const flat = layoutBars(
    groups.flatMap((group) => group.items),
    options,
  );
  const headingHeight = round1(flat.lineHeight + 6);
  let next = 0;
  let shift = 0;
  const placed = groups.map((group, g) => {
    const bars = flat.bars.slice(next, next + group.items.length);
    next += group.items.length;
    const firstTop = bars[0]?.y ?? 0;
    shift += headingHeight + (g > 0 ? 10 : 0);
    const move = (y: number) => round1(y + shift);
    return {
      id: group.id,
      heading: group.heading,
      headingY: round1(firstTop + shift - 8),
      bars: bars.map((bar) => ({ ...bar, y: move(bar.y), labelY: move(bar.labelY), valueY: move(bar.valueY) })),
    };
  });
  const { bars: _bars, ...frame } = flat;
  return { ...frame, height: round1(flat.height + shift), groups: placed };
}
