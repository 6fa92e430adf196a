/**
 * Validated rows → the records the site reads. Pure and deterministic: the same rows give the
 * same records in the same order. Each page reads only the record it shows (roles/<id>.json …),
 * plus the small catalogue (catalogue.json) of names and links.
 */
import type { Tables } from '@/lib/data/validate';
import type { SourceRow } from '@/lib/data/schema';
import { matchKey, slugify } from '@/lib/text/slug';
import { buildOfficialRecords, officialSourceIds, type OfficialRecord } from '@/lib/data/official';
import {
  deriveOfficialComparisons,
  officialComparisonIndex,
  type OfficialComparison,
  type OfficialComparisonLink,
} from '@/lib/data/official-comparisons';

/** A source as pages cite it. */
export interface Source {
  id: string;
  title: string;
  publisher?: string;
  /** YYYY-MM-DD */
  date: string;
  dateLabel?: string;
  url?: string;
  licence?: string;
  note?: string;
  /** Credit line the licence asks for, shown with the figures. */
  attribution?: string;
}

/** Just enough of a role to name and link it. */
export interface RoleRef {
  id: string;
  title: string;
  /** Plural for sentences; falls back to the title with an "s". */
  plural: string;
}

export interface Responsibility {
  text: string;
  sourceId: string;
}

/** A skill as one role lists it. */
export interface RoleSkill {
  /** Skill slug: the link to /skills/<slug>/. */
  slug: string;
  name: string;
  kind: 'hard' | 'soft';
  /** Percent of the role's resumes listing it; absent when unknown. */
  sharePct?: number;
  example?: string;
  whyItMatters?: string;
  sourceId: string;
}

export interface EmployerJobs {
  slug: string;
  name: string;
  openJobs: number;
  sourceId: string;
}

export interface IndustrySalary {
  industry: string;
  avgSalaryUsd: number;
  sourceId: string;
}

/** Skills named as setting one side of a comparison apart. */
export interface SkillMention {
  slug: string;
  name: string;
}

/** A comparison between two roles, oriented from `role` to `other`. */
export interface Comparison {
  /** URL id: "<role>-vs-<other>". */
  id: string;
  role: RoleRef;
  other: RoleRef;
  /** Percentage points by which `other` is more (+) or less (−) likely to hold a Master's degree. */
  mastersPpDiff?: number;
  /** The same for a Doctoral degree. */
  doctoralPpDiff?: number;
  /** The source's own verdict on `other`'s education level relative to `role`. */
  educationVerdict?: 'similar' | 'lower' | 'higher';
  /** Skills the source says set `role` apart. */
  roleSkills: SkillMention[];
  /** Skills the source says set `other` apart. */
  otherSkills: SkillMention[];
  sourceId: string;
}

/** Everything a role page shows. */
export interface RoleRecord extends RoleRef {
  description?: string;
  onetCode?: string;
  sourceId: string;
  responsibilities: Responsibility[];
  /** Hard skills: by share of resumes, highest first, unknown shares last, then in file order. */
  skills: RoleSkill[];
  /** Soft skills, in file order. */
  softSkills: RoleSkill[];
  /** Most open jobs first. */
  employers: EmployerJobs[];
  /** Highest salary first. */
  salaries: IndustrySalary[];
  /** Comparisons this role takes part in, oriented from this role. */
  comparisons: Comparison[];
  /**
   * Official O*NET and BLS figures of the occupation this role is, or names in roles.csv `onet_code`.
   * Survey measures: shown beside the resume figures, never on the same axis.
   */
  official?: OfficialRecord;
  /**
   * Comparison pages of the occupation in `official` with the occupations O*NET lists as most
   * closely related (see official-comparisons.ts), seen from that occupation; absent when none.
   */
  officialComparisons?: OfficialComparisonLink[];
  /** The sources cited on this page, by id. */
  sources: Record<string, Source>;
}

/** One skill across every role that lists or is compared on it. */
export interface SkillRecord {
  slug: string;
  name: string;
  /** Roles listing the skill, highest share first. */
  roles: (RoleRef & Omit<RoleSkill, 'slug' | 'name'>)[];
  /** Comparisons naming the skill as setting a side apart. */
  comparisons: { id: string; role: RoleRef; other: RoleRef; side: 'role' | 'other' }[];
  sources: Record<string, Source>;
}

/** One employer across every role it hires for. */
export interface EmployerRecord {
  slug: string;
  name: string;
  totalOpenJobs: number;
  /** Most open jobs first. */
  roles: (RoleRef & { openJobs: number; sourceId: string })[];
  sources: Record<string, Source>;
}

/** The small index every list page and the navigation read. */
export interface Catalogue {
  sources: Source[];
  roles: (RoleRef & {
    description?: string;
    skillCount: number;
    employerCount: number;
    topSalaryUsd?: number;
    onetCode?: string;
    /** An O*NET occupation's page (onet_occupations.csv), not a hand-made role. */
    isOccupation?: true;
  })[];
  skills: { slug: string; name: string; kinds: ('hard' | 'soft')[]; roleCount: number; maxSharePct?: number }[];
  employers: { slug: string; name: string; totalOpenJobs: number; roleCount: number }[];
  comparisons: { id: string; role: RoleRef; other: RoleRef }[];
  industries: string[];
  /** SOC major groups with BLS's titles (soc_major_groups.csv), by code; empty without official data. */
  socMajorGroups: { code: string; title: string; sourceId: string }[];
  /** The sources each list's records cite, by id: what a page listing them credits. */
  cites: Record<CatalogueList, string[]>;
}

/** The lists of records list pages show. */
export type CatalogueList = 'roles' | 'occupations' | 'skills' | 'employers' | 'comparisons' | 'officialComparisons';

export interface SiteModel {
  catalogue: Catalogue;
  roles: RoleRecord[];
  skills: SkillRecord[];
  employers: EmployerRecord[];
  comparisons: Comparison[];
  /** Comparisons of related O*NET occupations, each pair once (its page reads both role records). */
  officialComparisons: OfficialComparison[];
}

function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    title: row.title,
    ...(row.publisher && { publisher: row.publisher }),
    date: row.date,
    ...(row.date_label && { dateLabel: row.date_label }),
    ...(row.url && { url: row.url }),
    ...(row.licence && { licence: row.licence }),
    ...(row.note && { note: row.note }),
    ...(row.attribution && { attribution: row.attribution }),
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/**
 * Gives every distinct name (matched ignoring case) one display form and one slug. The display form
 * is, in order: the form `preferred` gives (skill_names.csv, keyed by matchKey); the first one
 * written with a capital letter; else the first seen in sentence case ("post sales" → "Post sales"),
 * so a name the source wrote only in lowercase never stands lowercase beside capitalised ones.
 * Slugs that collide get a numeric suffix, assigned in name order so they are stable.
 */
export function nameRegistry(
  namesInOrder: readonly string[],
  preferred: ReadonlyMap<string, string> = new Map(),
): Map<string, { name: string; slug: string }> {
  const display = new Map<string, string>();
  for (const name of namesInOrder) {
    const key = matchKey(name);
    const current = display.get(key);
    if (current === undefined || (current === current.toLowerCase() && name !== name.toLowerCase()))
      display.set(key, name.trim());
  }
  for (const [key, name] of display) {
    const chosen = preferred.get(key) ?? (name === name.toLowerCase() ? sentenceCase(name) : name);
    display.set(key, chosen.trim());
  }
  const registry = new Map<string, { name: string; slug: string }>();
  const taken = new Set<string>();
  for (const [key, name] of [...display].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    const base = slugify(name) || 'item';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    registry.set(key, { name, slug });
  }
  return registry;
}

/** "post sales" → "Post sales": the first letter capitalised, the rest as written. */
export function sentenceCase(name: string): string {
  return name.charAt(0).toLocaleUpperCase('en-US') + name.slice(1);
}

function sharesFirst(a: { sharePct?: number }, b: { sharePct?: number }): number {
  return (b.sharePct ?? -1) - (a.sharePct ?? -1);
}

/** Builds every record the site reads from validated tables. */
export function buildSiteModel(tables: Tables): SiteModel {
  const sources = new Map([...tables.sources, ...tables.officialSources].map(({ row }) => [row.id, toSource(row)]));
  const officials = buildOfficialRecords(tables);
  const cite = (ids: Iterable<string>): Record<string, Source> =>
    Object.fromEntries([...new Set(ids)].sort().map((id) => [id, sources.get(id)!]));

  const refs = new Map<string, RoleRef>(
    tables.roles.map(({ row }) => [
      row.id,
      { id: row.id, title: row.title, plural: row.title_plural ?? `${row.title}s` },
    ]),
  );
  const ref = (id: string): RoleRef => refs.get(id)!;

  const skillNames = nameRegistry(
    [...tables.skills.map(({ row }) => row.skill), ...tables.comparisonSkills.map(({ row }) => row.skill)],
    new Map(tables.skillNames.map(({ row }) => [matchKey(row.skill), row.display_name])),
  );
  const skillOf = (name: string) => skillNames.get(matchKey(name))!;
  const employerNames = nameRegistry(tables.employers.map(({ row }) => row.employer));
  const employerOf = (name: string) => employerNames.get(matchKey(name))!;

  const comparisons: Comparison[] = tables.comparisons.map(({ row }) => {
    const mentions = (side: 'role' | 'other'): SkillMention[] =>
      tables.comparisonSkills
        .filter(({ row: s }) => s.role_id === row.role_id && s.other_role_id === row.other_role_id && s.side === side)
        .sort((a, b) => a.row.position - b.row.position)
        .map(({ row: s }) => skillOf(s.skill));
    return {
      id: `${row.role_id}-vs-${row.other_role_id}`,
      role: ref(row.role_id),
      other: ref(row.other_role_id),
      ...(row.masters_pp_diff !== undefined && { mastersPpDiff: row.masters_pp_diff }),
      ...(row.doctoral_pp_diff !== undefined && { doctoralPpDiff: row.doctoral_pp_diff }),
      ...(row.education_verdict && { educationVerdict: row.education_verdict }),
      roleSkills: mentions('role'),
      otherSkills: mentions('other'),
      sourceId: row.source_id,
    };
  });

  const officialComparisons = deriveOfficialComparisons(officials.values(), new Set(comparisons.map((c) => c.id)));
  const officialLinks = officialComparisonIndex(officialComparisons);
  const linksOf = (official: OfficialRecord | undefined) => {
    const links = official && officialLinks.get(official.roleId);
    return links ? { officialComparisons: links } : {};
  };

  const roles: RoleRecord[] = tables.roles.map(({ row }) => {
    const own = <T extends { role_id: string }>(list: { row: T }[]) =>
      list.map((l) => l.row).filter((r) => r.role_id === row.id);
    const allSkills: RoleSkill[] = own(tables.skills).map((s) => ({
      ...skillOf(s.skill),
      kind: s.kind,
      ...(s.resume_share_pct !== undefined && { sharePct: s.resume_share_pct }),
      ...(s.example && { example: s.example }),
      ...(s.why_it_matters && { whyItMatters: s.why_it_matters }),
      sourceId: s.source_id,
    }));
    const official = row.onet_code === undefined ? undefined : officials.get(row.onet_code);
    const record: Omit<RoleRecord, 'sources'> = {
      ...ref(row.id),
      ...(row.description && { description: row.description }),
      ...(row.onet_code && { onetCode: row.onet_code }),
      sourceId: row.source_id,
      responsibilities: own(tables.responsibilities)
        .sort((a, b) => a.position - b.position)
        .map((r) => ({ text: r.text, sourceId: r.source_id })),
      skills: allSkills.filter((s) => s.kind === 'hard').sort(sharesFirst),
      softSkills: allSkills.filter((s) => s.kind === 'soft'),
      employers: own(tables.employers)
        .map((e) => ({ ...employerOf(e.employer), openJobs: e.open_jobs, sourceId: e.source_id }))
        .sort((a, b) => b.openJobs - a.openJobs),
      salaries: own(tables.salaries)
        .map((s) => ({ industry: s.industry, avgSalaryUsd: s.avg_salary_usd, sourceId: s.source_id }))
        .sort((a, b) => b.avgSalaryUsd - a.avgSalaryUsd),
      comparisons: comparisons
        .filter((c) => c.role.id === row.id || c.other.id === row.id)
        .map((c) => (c.role.id === row.id ? c : reverseComparison(c))),
      ...(official && { official }),
      ...linksOf(official),
    };
    const cited = [
      record.sourceId,
      ...record.responsibilities.map((r) => r.sourceId),
      ...allSkills.map((s) => s.sourceId),
      ...record.employers.map((e) => e.sourceId),
      ...record.salaries.map((s) => s.sourceId),
      ...record.comparisons.map((c) => c.sourceId),
      ...(official ? officialSourceIds(official) : []),
    ];
    return { ...record, sources: cite(cited) };
  });
  // Every O*NET occupation is a role as well, whose page shows official figures only.
  for (const { row } of tables.onetOccupations) {
    const official = officials.get(row.onet_code)!;
    roles.push({
      id: row.id,
      title: row.title,
      plural: row.title,
      ...(row.description && { description: row.description }),
      onetCode: row.onet_code,
      sourceId: row.source_id,
      responsibilities: [],
      skills: [],
      softSkills: [],
      employers: [],
      salaries: [],
      comparisons: [],
      official,
      ...linksOf(official),
      sources: cite([row.source_id, ...officialSourceIds(official)]),
    });
  }

  const skills: SkillRecord[] = [...skillNames.values()]
    .map(({ name, slug }) => {
      const listed = roles.flatMap((role) =>
        [...role.skills, ...role.softSkills]
          .filter((s) => s.slug === slug)
          .map(({ slug: _slug, name: _name, ...rest }) => ({
            id: role.id,
            title: role.title,
            plural: role.plural,
            ...rest,
          })),
      );
      const compared = comparisons.flatMap((c) =>
        (['role', 'other'] as const)
          .filter((side) => (side === 'role' ? c.roleSkills : c.otherSkills).some((s) => s.slug === slug))
          .map((side) => ({ id: c.id, role: c.role, other: c.other, side })),
      );
      return {
        slug,
        name,
        roles: listed.sort(sharesFirst),
        comparisons: compared,
        sources: cite([
          ...listed.map((l) => l.sourceId),
          ...comparisons.filter((c) => compared.some((m) => m.id === c.id)).map((c) => c.sourceId),
        ]),
      };
    })
    .sort(byName);

  const employers: EmployerRecord[] = [...employerNames.values()]
    .map(({ name, slug }) => {
      const hiring = roles
        .flatMap((role) =>
          role.employers
            .filter((e) => e.slug === slug)
            .map((e) => ({ ...ref(role.id), openJobs: e.openJobs, sourceId: e.sourceId })),
        )
        .sort((a, b) => b.openJobs - a.openJobs);
      return {
        slug,
        name,
        totalOpenJobs: hiring.reduce((sum, h) => sum + h.openJobs, 0),
        roles: hiring,
        sources: cite(hiring.map((h) => h.sourceId)),
      };
    })
    .sort(byName);

  const catalogue: Catalogue = {
    sources: [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
    roles: roles.map((role) => ({
      id: role.id,
      title: role.title,
      plural: role.plural,
      ...(role.description && { description: role.description }),
      skillCount: role.skills.length + role.softSkills.length,
      employerCount: role.employers.length,
      ...(role.salaries[0] && { topSalaryUsd: role.salaries[0].avgSalaryUsd }),
      ...(role.onetCode && { onetCode: role.onetCode }),
      ...(role.official?.roleId === role.id && { isOccupation: true as const }),
    })),
    skills: skills.map((skill) => {
      const shares = skill.roles.flatMap((r) => (r.sharePct === undefined ? [] : [r.sharePct]));
      return {
        slug: skill.slug,
        name: skill.name,
        kinds: [...new Set(skill.roles.map((r) => r.kind))].sort(),
        roleCount: skill.roles.length,
        ...(shares.length > 0 && { maxSharePct: Math.max(...shares) }),
      };
    }),
    employers: employers.map((e) => ({
      slug: e.slug,
      name: e.name,
      totalOpenJobs: e.totalOpenJobs,
      roleCount: e.roles.length,
    })),
    comparisons: comparisons.map((c) => ({ id: c.id, role: c.role, other: c.other })),
    industries: [...new Set(tables.salaries.map(({ row }) => row.industry))].sort((a, b) => a.localeCompare(b, 'en')),
    socMajorGroups: tables.socMajorGroups.map(({ row }) => ({
      code: row.soc_code.slice(0, 2),
      title: row.title,
      sourceId: row.source_id,
    })),
    cites: citedBy(roles, skills, employers, comparisons, officialComparisons),
  };

  return { catalogue, roles, skills, employers, comparisons, officialComparisons };
}

/** The source ids each list of records cites, sorted: resume roles cite what their listing shows (skills, employers, salaries). */
function citedBy(
  roles: readonly RoleRecord[],
  skills: readonly SkillRecord[],
  employers: readonly EmployerRecord[],
  comparisons: readonly Comparison[],
  officialComparisons: readonly OfficialComparison[],
): Record<CatalogueList, string[]> {
  const ids = (list: Iterable<string>) => [...new Set(list)].sort();
  const occupation = (r: RoleRecord) => r.official?.roleId === r.id;
  return {
    roles: ids(
      roles
        .filter((r) => !occupation(r))
        .flatMap((r) => [
          r.sourceId,
          ...[...r.skills, ...r.softSkills, ...r.employers, ...r.salaries].map((x) => x.sourceId),
        ]),
    ),
    occupations: ids(roles.filter(occupation).map((r) => r.sourceId)),
    skills: ids(skills.flatMap((s) => Object.keys(s.sources))),
    employers: ids(employers.flatMap((e) => Object.keys(e.sources))),
    comparisons: ids(comparisons.map((c) => c.sourceId)),
    officialComparisons: ids(officialComparisons.map((c) => c.sourceId)),
  };
}

/**
 * The same comparison seen from the other side: differences change sign. The source's verdict
 * is kept only when it is symmetric ("similar"); "lower" seen from the other side would be a
 * claim the source did not make in those words, so it is dropped from the reversed view.
 */
export function reverseComparison(c: Comparison): Comparison {
  return {
    id: c.id,
    role: c.other,
    other: c.role,
    ...(c.mastersPpDiff !== undefined && { mastersPpDiff: -c.mastersPpDiff }),
    ...(c.doctoralPpDiff !== undefined && { doctoralPpDiff: -c.doctoralPpDiff }),
    ...(c.educationVerdict === 'similar' && { educationVerdict: 'similar' as const }),
    roleSkills: c.otherSkills,
    otherSkills: c.roleSkills,
    sourceId: c.sourceId,
  };
}
