/**
 * What the comparison tool shows for 2–4 picked roles, on shared axes: a skills matrix, salary by
 * industry grouped by role, and the education differences the data has for each pair. Pure: the
 * island only draws this, and the downloads are made from exactly this.
 */
import { highestPaying } from '@/lib/role/salary';
import type { ToolEducation, ToolOfficial, ToolRole } from '@/lib/compare/tool-data';
import type { NationalFigures } from '@/lib/compare/occupation-figures';
import { midSentence } from '@/lib/text/sentences';

/** One cell of the skills matrix: a share of resumes, named without a share, or absent. */
export type MatrixCell = { kind: 'share'; pct: number } | { kind: 'listed' } | { kind: 'absent' };

/** One skill (row) across the picked roles (columns, in pick order). */
export interface MatrixRow {
  slug: string;
  name: string;
  cells: MatrixCell[];
}

export interface SkillsMatrix {
  /** Skills (each row's cells are the picked roles, in pick order) listed by more of the picked roles first, then by largest share, then by name. */
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

/** The picked roles whose official figures are one occupation's (a role naming an occupation and the occupation itself). */
export type SharingRoles = { id: string; title: string }[];

/**
 * A picked role's BLS national figures (survey figures: their own panel and axis). Picked roles that
 * are or name the same occupation share one row: its figures are one data point, not several.
 */
export interface OfficialWageRow {
  roleId: string;
  title: string;
  /** The O*NET occupation whose figures these are. */
  occupationTitle: string;
  /** Every picked role these figures stand for, in pick order (the first is roleId). */
  roles: SharingRoles;
  figures: NationalFigures;
}

/** Picked roles with O*NET ratings × skills: importance 0–100, null where O*NET does not rate it. */
export interface ImportanceMatrix {
  /** Column order: the picked roles with official figures, in pick order. */
  roles: { id: string; title: string; occupationTitle: string; roles: SharingRoles }[];
  /** The most important skills of each role, together; highest rating first, then by name. */
  rows: { id: string; name: string; cells: (number | null)[] }[];
  /** The O*NET sources of the ratings. */
  sourceIds: string[];
}

/** How many of each role's most important skills join the importance matrix. */
export const IMPORTANCE_TOP = 10;

export interface ToolView {
  roles: { id: string; title: string; plural: string }[];
  matrix: SkillsMatrix;
  /** Roles with salary data, in pick order. */
  salaries: RoleSalaries[];
  /** Pairs with education differences in the data. */
  education: PairEducation[];
  /** BLS national figures of the picked roles that have them, in pick order. */
  officialWages: OfficialWageRow[];
  /** O*NET importance of the picked roles' top skills; absent when no picked role has ratings. */
  importance?: ImportanceMatrix;
  /** What the data lacks for the picked roles, as sentences to show. */
  missing: string[];
  /**
   * Pairs the data does not compare whose roles the education chart still shows (each compared
   * with another picked role): said under that chart, where it cannot read as contradicting it.
   */
  educationNotes: string[];
  /** Sources behind the resume figures shown, by id. */
  sources: ToolRole['sources'];
  /** Sources behind the official figures shown (O*NET, BLS), by id. */
  officialSources: ToolRole['sources'];
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

/** Picked roles with official figures, grouped by the occupation whose figures they are (pick order kept). */
function byOccupation(roles: readonly (ToolRole & { official: ToolOfficial })[]): Map<string, SharingRoles> {
  const groups = new Map<string, SharingRoles>();
  for (const role of roles) {
    const code = role.official.onetCode;
    groups.set(code, [...(groups.get(code) ?? []), { id: role.id, title: role.title }]);
  }
  return groups;
}

export function buildImportanceMatrix(roles: readonly ToolRole[]): ImportanceMatrix | undefined {
  const withRatings = roles.filter(
    (r): r is ToolRole & { official: ToolOfficial } => (r.official?.skills.length ?? 0) > 0,
  );
  const sharing = byOccupation(withRatings);
  const rated = withRatings.filter((r) => sharing.get(r.official.onetCode)![0]!.id === r.id);
  if (rated.length === 0) return undefined;
  const names = new Map<string, string>();
  for (const role of rated)
    for (const skill of role.official.skills.slice(0, IMPORTANCE_TOP)) names.set(skill.id, skill.name);
  const ratings = rated.map((r) => new Map(r.official.skills.map((s) => [s.id, s.importance])));
  const rows = [...names].map(([id, name]) => ({ id, name, cells: ratings.map((m) => m.get(id) ?? null) }));
  const top = (row: (typeof rows)[number]) => Math.max(...row.cells.map((c) => c ?? -1));
  rows.sort((a, b) => top(b) - top(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    roles: rated.map((r) => ({
      id: r.id,
      title: r.title,
      occupationTitle: r.official.occupationTitle,
      roles: sharing.get(r.official.onetCode)!,
    })),
    rows,
    sourceIds: [...new Set(rated.map((r) => r.official.onetSourceId))].sort(),
  };
}

/** BLS national figures of the picked roles, one row per occupation (roles sharing it named on the row). */
function officialWageRows(roles: readonly ToolRole[]): OfficialWageRow[] {
  const official = roles.filter((r): r is ToolRole & { official: ToolOfficial } => r.official?.national !== undefined);
  const sharing = byOccupation(official);
  return official.flatMap((r) => {
    const group = sharing.get(r.official.onetCode)!;
    if (group[0]!.id !== r.id) return [];
    const row = { roleId: r.id, title: r.title, occupationTitle: r.official.occupationTitle, roles: group };
    return [{ ...row, figures: r.official.national! }];
  });
}

export function buildToolView(roles: readonly ToolRole[]): ToolView {
  const matrix = buildSkillsMatrix(roles);
  const importance = buildImportanceMatrix(roles);
  const salaries = roleSalaryGroups(roles);
  const education = pairEducation(roles);
  const missing: string[] = [];
  for (const role of roles) {
    if (role.official && role.skills.length === 0 && role.salaries.length === 0) {
      missing.push(`No resume figures for ${role.title}: it is shown by its official O*NET and BLS figures only.`);
      continue;
    }
    if (role.skills.length === 0) missing.push(`No skills data for ${role.title}.`);
    else if (!role.skills.some((s) => s.sharePct !== undefined))
      missing.push(`No skill shares for ${role.title}: its skills are shown as listed.`);
    if (role.salaries.length === 0) missing.push(`No salary data for ${role.title}.`);
  }
  const educationNotes: string[] = [];
  if (roles.length >= 2 && education.length === 0) {
    missing.push('No education comparison in the data for these roles.');
  } else {
    const charted = new Set(education.flatMap((e) => [e.role.id, e.other.id]));
    roles.forEach((a, i) => {
      for (const b of roles.slice(i + 1)) {
        const compared = education.some((e) => [e.role.id, e.other.id].sort().join() === [a.id, b.id].sort().join());
        if (compared) continue;
        if (charted.has(a.id) && charted.has(b.id))
          educationNotes.push(
            `The data does not compare ${midSentence(a.plural)} with ${midSentence(b.plural)} directly: each is compared with another role above.`,
          );
        else missing.push(`No education comparison in the data for ${a.title} and ${b.title}.`);
      }
    });
  }
  const shownSources = new Map(roles.flatMap((r) => r.sources).map((s) => [s.id, s]));
  const officialSources = new Map(roles.flatMap((r) => r.official?.sources ?? []).map((s) => [s.id, s]));
  return {
    roles: roles.map((r) => ({ id: r.id, title: r.title, plural: r.plural })),
    matrix,
    salaries,
    education,
    officialWages: officialWageRows(roles),
    ...(importance && { importance }),
    missing,
    educationNotes,
    sources: [...shownSources.values()].sort((a, b) => a.id.localeCompare(b.id)),
    officialSources: [...officialSources.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
