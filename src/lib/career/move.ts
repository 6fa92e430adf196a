/**
 * A career move from one role or occupation to another, from their O*NET importance ratings (0–100)
 * of skills and knowledge. The rules, stated on /about/:
 * - "important" means rated 50 or more, O*NET's "Important" (3 on its 1–5 scale) or above;
 * - "clearly" more (or less) important means at least HALF_STEP points apart: half a step of
 *   O*NET's 1–5 scale (one step is 25 points on 0–100).
 * To build: important in the target and clearly more important there than in the source, the largest
 * gap first. Matter less: important in the source and clearly less important in the target, the
 * largest drop first. Carry over: important in both and neither of those. The three never overlap.
 */
import { importanceGaps, type ImportanceGap } from '@/lib/career/similarity';

export const IMPORTANT = 50;
export const HALF_STEP = 12.5;

export interface Rated {
  elementId: string;
  name: string;
  importance: number;
}

export interface SkillMove {
  carryOver: ImportanceGap[];
  toBuild: ImportanceGap[];
  mattersLess: ImportanceGap[];
}

export function skillMove(from: readonly Rated[], to: readonly Rated[]): SkillMove {
  const gaps = importanceGaps(from, to);
  const toBuild = gaps.filter((g) => g.to >= IMPORTANT && g.gap >= HALF_STEP);
  const mattersLess = gaps
    .filter((g) => g.from >= IMPORTANT && g.gap <= -HALF_STEP)
    .sort((a, b) => a.gap - b.gap || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const placed = new Set([...toBuild, ...mattersLess].map((g) => g.elementId));
  const carryOver = gaps
    .filter((g) => g.from >= IMPORTANT && g.to >= IMPORTANT && !placed.has(g.elementId))
    .sort((a, b) => b.to - a.to || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { carryOver, toBuild, mattersLess };
}
