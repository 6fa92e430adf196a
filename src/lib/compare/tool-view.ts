/**
 * What the comparison tool shows for 2–4 picked roles, on shared axes: a skills matrix, salary by
 * industry grouped by role, and the education differences the data has for each pair. Pure: the
 * island only draws this, and the downloads are made from exactly this.
 */
import { highestPaying } from '@/lib/derive/salary';
import type { ToolEducation, ToolRole } from '@/lib/compare/tool-data';

/** One cell of the skills matrix: a share of resumes, named without a share, or absent. */
export type MatrixCell = { kind: 'share'; pct: number } | { kind: 'listed' } | { kind: 'absent' };

/** One skill (row) across the picked roles (columns, in pick order). */
export interface MatrixRow {
  slug: string;
  name: string;
  cells: MatrixCell[];
}

export interface SkillsMatrix {
  /** Column order: the picked roles. */
  roleIds: string[];
  /** Skills listed by more of the picked roles first, then by largest share, then by name. */
  rows: MatrixRow[];
  /** The largest share in the matrix (0 when none), for a shared scale. */
  maxSharePct: number;
}

type SalaryFigure = { industry: string; avgSalaryUsd: number };

export interface RoleSalaries {
  roleId: string;
  title: string;
  plural: string;
  /** Highest first. */
  salaries: { industry: string; avgSalaryUsd: number }[];
  /** The highest-paying industries (several on a tie). */
  highest: { industry: string; avgSalaryUsd: number }[];
}

/** Education differences for one pair of picked roles, oriented as the data states them. */
export interface PairEducation extends Omit<ToolEducation, 'otherId'> {
  role: { id: string; title: string; plural: string };
  other: { id: string; title: string; plural: string };
}

export interface ToolView {
  roles: { id: string; title: string; plural: string }[];
  matrix: SkillsMatrix;
  /** Roles with salary data, in pick order. */
  salaries: RoleSalaries[];
  /** The largest salary shown (0 when none), for a shared axis. */
  maxSalaryUsd: number;
  /** Pairs with education differences in the data. */
  education: PairEducation[];
  /** What the data lacks for the picked roles, as sentences to show. */
  missing: string[];
  /** Sources behind the figures shown, by id. */
  sources: ToolRole['sources'];
}

const cellRank = (cell: MatrixCell) => (cell.kind === 'share' ? cell.pct : -1);

export function buildSkillsMatrix(roles: readonly ToolRole[]): SkillsMatrix {
  const names = new Map<string, string>();
  for (const role of roles)
    for (const skill of role.skills) if (!names.has(skill.slug)) names.set(skill.slug, skill.name);
  const rows: MatrixRow[] = [...names].map(([slug, name]) => ({
    slug,
    name,
    cells: roles.map((role): MatrixCell => {
      const skill = role.skills.find((s) => s.slug === slug);
      if (!skill) return { kind: 'absent' };
      return skill.sharePct === undefined ? { kind: 'listed' } : { kind: 'share', pct: skill.sharePct };
    }),
  }));
  const present = (row: MatrixRow) => row.cells.filter((c) => c.kind !== 'absent').length;
  const top = (row: MatrixRow) => Math.max(...row.cells.map(cellRank));
  rows.sort((a, b) => present(b) - present(a) || top(b) - top(a) || a.name.localeCompare(b.name, 'en'));
  return {
    roleIds: roles.map((r) => r.id),
    rows,
    maxSharePct: Math.max(0, ...rows.flatMap((r) => r.cells.map(cellRank))),
  };
}

/** Education differences for every picked pair the data compares, in pick order. */
export function pairEducation(roles: readonly ToolRole[]): PairEducation[] {
  const pairs: PairEducation[] = [];
  const ref = (r: ToolRole) => ({ id: r.id, title: r.title, plural: r.plural });
  roles.forEach((a, i) => {
    for (const b of roles.slice(i + 1)) {
      const forward = a.education.find((e) => e.otherId === b.id);
      const backward = forward ? undefined : b.education.find((e) => e.otherId === a.id);
      const found = forward ?? backward;
      if (!found) continue;
      const { otherId: _otherId, ...figures } = found;
      pairs.push(forward ? { ...figures, role: ref(a), other: ref(b) } : { ...figures, role: ref(b), other: ref(a) });
    }
  });
  return pairs;
}

/** Salary groups for the roles that have salary data, in the given order, each highest first. */
export function roleSalaryGroups(
  roles: readonly { id: string; title: string; plural: string; salaries: readonly SalaryFigure[] }[],
): RoleSalaries[] {
  return roles
    .filter((r) => r.salaries.length > 0)
    .map((r) => {
      const salaries = r.salaries
        .map(({ industry, avgSalaryUsd }) => ({ industry, avgSalaryUsd }))
        .sort((a, b) => b.avgSalaryUsd - a.avgSalaryUsd);
      return { roleId: r.id, title: r.title, plural: r.plural, salaries, highest: highestPaying(salaries) };
    });
}

export function buildToolView(roles: readonly ToolRole[]): ToolView {
  const matrix = buildSkillsMatrix(roles);
  const salaries = roleSalaryGroups(roles);
  const education = pairEducation(roles);
  const missing: string[] = [];
  for (const role of roles) {
    if (role.skills.length === 0) missing.push(`No skills data for ${role.title}.`);
    else if (!role.skills.some((s) => s.sharePct !== undefined))
      missing.push(`No skill shares for ${role.title}: its skills are shown as listed.`);
    if (role.salaries.length === 0) missing.push(`No salary data for ${role.title}.`);
  }
  if (roles.length >= 2 && education.length === 0) {
    missing.push('No education comparison in the data for these roles.');
  } else {
    roles.forEach((a, i) => {
      for (const b of roles.slice(i + 1)) {
        const compared = education.some((e) => [e.role.id, e.other.id].sort().join() === [a.id, b.id].sort().join());
        if (!compared) missing.push(`No education comparison in the data for ${a.title} and ${b.title}.`);
      }
    });
  }
  const shownSources = new Map(roles.flatMap((r) => r.sources).map((s) => [s.id, s]));
  return {
    roles: roles.map((r) => ({ id: r.id, title: r.title, plural: r.plural })),
    matrix,
    salaries,
    maxSalaryUsd: Math.max(0, ...salaries.flatMap((s) => s.salaries.map((row) => row.avgSalaryUsd))),
    education,
    missing,
    sources: [...shownSources.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
