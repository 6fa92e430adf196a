/**
 * What /moves/ shows for a pair of roles or occupations, from the records the comparison tool
 * fetches (compare/data/roles/<id>.json): the skill move and the differences in wage, outlook,
 * education and training, each in words where BLS gives a flag. Pure, shared by the island and the
 * page's static tables.
 */
import { skillMove, type SkillMove } from '@/lib/career/move';
import type { ToolRole } from '@/lib/compare/tool-data';
import { formatPointsDiff, formatUsd } from '@/lib/format';

export interface MoveDifference {
  label: string;
  from: string;
  to: string;
  /** The difference in words or numbers, target minus source; "—" when it cannot be computed. */
  difference: string;
}

export interface MoveView {
  from: { id: string; title: string; occupationTitle?: string };
  to: { id: string; title: string; occupationTitle?: string };
  /** Undefined when either side has no O*NET ratings (a resume role naming no occupation). */
  skills?: SkillMove;
  differences: MoveDifference[];
  sourceIds: string[];
}

const FLAGS: Record<string, string> = { not_available: 'not available', top_coded: 'at or above the top-coded wage' };
const signedUsd = (n: number) => (n > 0 ? `+${formatUsd(n)}` : n < 0 ? `\u2212${formatUsd(-n)}` : formatUsd(0));
const pct = (n: number) => `${n > 0 ? '+' : n < 0 ? '\u2212' : ''}${Math.abs(n).toFixed(1)}%`;

/** Skills and knowledge as one list; a knowledge area named like a skill (Mathematics) says which it is. */
function ratedOf(role: ToolRole) {
  if (!role.official) return undefined;
  const { skills, knowledge } = role.official;
  const skillNames = new Set(skills.map((s) => s.name));
  return [
    ...skills.map((s) => ({ elementId: s.id, name: s.name, importance: s.importance })),
    ...knowledge.map((k) => ({
      elementId: k.id,
      name: skillNames.has(k.name) ? `${k.name} (knowledge)` : k.name,
      importance: k.importance,
    })),
  ];
}

function wageRow(from: ToolRole, to: ToolRole): MoveDifference | undefined {
  const a = from.official?.national;
  const b = to.official?.national;
  if (!a && !b) return undefined;
  const text = (n: typeof a) =>
    n?.unit === 'hourly'
      ? 'hourly wages only'
      : n?.median === undefined
        ? 'not available'
        : typeof n.median === 'number'
          ? formatUsd(n.median)
          : FLAGS[n.median]!;
  const x = a?.unit === 'annual' ? a.median : undefined;
  const y = b?.unit === 'annual' ? b.median : undefined;
  return {
    label: 'Median annual wage (BLS OEWS)',
    from: text(a),
    to: text(b),
    difference: typeof x === 'number' && typeof y === 'number' ? signedUsd(y - x) : '—',
  };
}

export function moveView(from: ToolRole, to: ToolRole): MoveView {
  const a = ratedOf(from);
  const b = ratedOf(to);
  const differences: MoveDifference[] = [];
  const wage = wageRow(from, to);
  if (wage) differences.push(wage);
  const ca = from.official?.career;
  const cb = to.official?.career;
  if (ca || cb) {
    differences.push({
      label: `Projected change in employment, ${(ca ?? cb)!.baseYear}–${(ca ?? cb)!.projectedYear} (BLS)`,
      from: ca ? pct(ca.changePct) : 'not available',
      to: cb ? pct(cb.changePct) : 'not available',
      difference: ca && cb ? formatPointsDiff(Math.round((cb.changePct - ca.changePct) * 10) / 10) : '—',
    });
    for (const [label, key] of [
      ['Typical education needed for entry', 'education'],
      ['Work experience in a related occupation', 'workExperience'],
      ['Typical on-the-job training', 'jobTraining'],
    ] as const) {
      const x = ca?.[key];
      const y = cb?.[key];
      if (x === undefined && y === undefined) continue;
      const words = (v: string | undefined) => (v === undefined ? 'not available' : (FLAGS[v] ?? v));
      differences.push({
        label,
        from: words(x),
        to: words(y),
        difference: x !== undefined && y !== undefined ? (x === y ? 'the same' : 'different') : '—',
      });
    }
  }
  const sourceIds = [
    ...new Set([...(from.official?.sources ?? []), ...(to.official?.sources ?? [])].map((s) => s.id)),
  ].sort();
  const side = (r: ToolRole) => ({
    id: r.id,
    title: r.title,
    ...(r.official && r.official.occupationTitle !== r.title && { occupationTitle: r.official.occupationTitle }),
  });
  return {
    from: side(from),
    to: side(to),
    ...(a && b && { skills: skillMove(a, b) }),
    differences,
    sourceIds,
  };
}

/** The address of a move: /moves/?from=<id>&to=<id>. */
export function moveSearch(fromId: string, toId: string): string {
  return `?${new URLSearchParams({ from: fromId, to: toId }).toString()}`;
}
