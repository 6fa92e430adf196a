/**
 * Validated rows → the records the site reads. Pure and deterministic: the same rows give the
 * same records in the same order. Each page reads only the record it shows (roles/<id>.json …),
 * plus the small catalogue (catalogue.json) of names and links.
 */
import type { Tables } from '@/lib/data/tables';
import type { SourceRow } from '@/lib/data/schema';
import { matchKey, slugify } from '@/lib/text/slug';
import { buildOfficialRecords, officialSourceIds, type OfficialRecord } from '@/lib/occupation/figures';
import {
  deriveOfficialComparisons,
  officialComparisonIndex,
  type OccupationRef,
  type OfficialComparison,
  type OfficialComparisonLink,
} from '@/lib/compare/occupation-pairs';
import { recordFigures, recordsSource, type RecordFigures } from '@/lib/model/record-figures';

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

/**
 * A resume role from roles.csv: what resumes and career pages say about it. A role that names an
 * O*NET occupation (roles.csv `onet_code`) links to that occupation's record; it never carries the
 * occupation's figures itself.
 */
export interface RoleRecord extends RoleRef {
  kind: 'role';
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
  /** The O*NET occupation named in `onetCode`, when the data holds it: its record is roles/<id>.json. */
  occupation?: OccupationRef;
  /** Figures computed from raw records (`npm run aggregate`), cited to the run; absent when there are none. */
  records?: RecordFigures;
  /** The sources cited on this page, by id. */
  sources: Record<string, Source>;
}

/**
 * An O*NET occupation (onet_occupations.csv): official O*NET and BLS figures only. Survey measures,
 * shown beside resume figures on a role that names the occupation, never on the same axis.
 */
export interface OccupationRecord extends RoleRef {
  kind: 'occupation';
  description?: string;
  onetCode: string;
  sourceId: string;
  official: OfficialRecord;
  /**
   * Comparison pages of this occupation with the occupations O*NET lists as most closely related
   * (see compare/occupation-pairs.ts), seen from this occupation; absent when none.
   */
  officialComparisons?: OfficialComparisonLink[];
  /** Figures computed from records whose title maps to this occupation; absent when there are none. */
  records?: RecordFigures;
  /** The sources cited on this page, by id. */
  sources: Record<string, Source>;
}

/** A record with a page of its own at /roles/<id>/, of either kind (TypeScript narrows on `kind`). */
export type RolePageRecord = RoleRecord | OccupationRecord;

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
    /** "role": a resume role (roles.csv); "occupation": an O*NET occupation (onet_occupations.csv). */
    kind: RolePageRecord['kind'];
    /** On a role, the page id of the occupation it names, when the data holds it. */
    occupationId?: string;
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
  /** Resume roles, in roles.csv order. */
  roles: RoleRecord[];
  /** O*NET occupations, in onet_occupations.csv order. */
  occupations: OccupationRecord[];
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
 * so a name the source wrote only in lowercase never stands lowercase beside capitalised ones
 * (`capitaliseLowercase: false` keeps it as written, for proper names such as employers').
 * Slugs that collide get a numeric suffix, assigned in name order so they are stable.
 */
export function nameRegistry(
  namesInOrder: readonly string[],
  preferred: ReadonlyMap<string, string> = new Map(),
  { capitaliseLowercase = true }: { capitaliseLowercase?: boolean } = {},
): Map<string, { name: string; slug: string }> {
  const display = new Map<string, string>();
  for (const name of namesInOrder) {
    const key = matchKey(name);
    const current = display.get(key);
    if (current === undefined || (current === current.toLowerCase() && name !== name.toLowerCase()))
      display.set(key, name.trim());
  }
  for (const [key, name] of display) {
    const chosen =
      preferred.get(key) ?? (capitaliseLowercase && name === name.toLowerCase() ? sentenceCase(name) : name);
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

/** Picks the cited sources out of every source, by id, in id order. */
type Cite = (ids: Iterable<string>) => Record<string, Source>;

/** Rows by one of their columns, in file order within each group: one pass. */
function groupRows<T>(rows: readonly { row: T }[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const { row } of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Appends to the list under `key`, creating it. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The display names and slugs of skills and employers, each name matched ignoring case. */
interface Names {
  skills: Map<string, { name: string; slug: string }>;
  employers: Map<string, { name: string; slug: string }>;
}

const named = (registry: Names['skills'], name: string) => registry.get(matchKey(name))!;

function buildComparisons(tables: Tables, ref: (id: string) => RoleRef, names: Names): Comparison[] {
  const mentions = groupRows(tables.comparisonSkills, (s) => `${s.role_id}\u0000${s.other_role_id}\u0000${s.side}`);
  return tables.comparisons.map(({ row }) => {
    const side = (which: 'role' | 'other'): SkillMention[] =>
      [...(mentions.get(`${row.role_id}\u0000${row.other_role_id}\u0000${which}`) ?? [])]
        .sort((a, b) => a.position - b.position)
        .map((s) => named(names.skills, s.skill));
    return {
      id: `${row.role_id}-vs-${row.other_role_id}`,
      role: ref(row.role_id),
      other: ref(row.other_role_id),
      ...(row.masters_pp_diff !== undefined && { mastersPpDiff: row.masters_pp_diff }),
      ...(row.doctoral_pp_diff !== undefined && { doctoralPpDiff: row.doctoral_pp_diff }),
      ...(row.education_verdict && { educationVerdict: row.education_verdict }),
      roleSkills: side('role'),
      otherSkills: side('other'),
      sourceId: row.source_id,
    };
  });
}

/** Each role's comparisons, oriented from that role, in file order. */
function comparisonsByRole(comparisons: readonly Comparison[]): Map<string, Comparison[]> {
  const byRole = new Map<string, Comparison[]>();
  for (const c of comparisons) {
    push(byRole, c.role.id, c);
    if (c.other.id !== c.role.id) push(byRole, c.other.id, reverseComparison(c));
  }
  return byRole;
}

/** Figures computed from records, by "kind:group_id" (see model/record-figures.ts). */
type Computed = ReadonlyMap<string, RecordFigures>;
const withRecords = (records: RecordFigures | undefined) => (records ? { records } : {});

/** Every O*NET occupation as a record of its own, in file order. */
function buildOccupations(
  tables: Tables,
  officials: Map<string, OfficialRecord>,
  computed: Computed,
  cite: Cite,
): OccupationRecord[] {
  return tables.onetOccupations.map(({ row }) => {
    const official = officials.get(row.onet_code)!;
    const records = computed.get(`occupation:${row.onet_code}`);
    return {
      kind: 'occupation',
      id: row.id,
      title: row.title,
      plural: row.title,
      ...(row.description && { description: row.description }),
      onetCode: row.onet_code,
      sourceId: row.source_id,
      official,
      ...withRecords(records),
      sources: cite([row.source_id, ...officialSourceIds(official), ...(records ? [records.sourceId] : [])]),
    };
  });
}

/** Every resume role in roles.csv order, each with its own rows gathered in one pass per file. */
function buildRoles(
  tables: Tables,
  ref: (id: string) => RoleRef,
  names: Names,
  comparisons: readonly Comparison[],
  occupationByCode: ReadonlyMap<string, OccupationRef>,
  computed: Computed,
  cite: Cite,
): RoleRecord[] {
  const skills = groupRows(tables.skills, (r) => r.role_id);
  const responsibilities = groupRows(tables.responsibilities, (r) => r.role_id);
  const employers = groupRows(tables.employers, (r) => r.role_id);
  const salaries = groupRows(tables.salaries, (r) => r.role_id);
  const compared = comparisonsByRole(comparisons);
  return tables.roles.map(({ row }) => {
    const allSkills: RoleSkill[] = (skills.get(row.id) ?? []).map((s) => ({
      ...named(names.skills, s.skill),
      kind: s.kind,
      ...(s.resume_share_pct !== undefined && { sharePct: s.resume_share_pct }),
      ...(s.example && { example: s.example }),
      ...(s.why_it_matters && { whyItMatters: s.why_it_matters }),
      sourceId: s.source_id,
    }));
    const occupation = row.onet_code === undefined ? undefined : occupationByCode.get(row.onet_code);
    const record: Omit<RoleRecord, 'sources'> = {
      kind: 'role',
      ...ref(row.id),
      ...(row.description && { description: row.description }),
      ...(row.onet_code && { onetCode: row.onet_code }),
      sourceId: row.source_id,
      responsibilities: [...(responsibilities.get(row.id) ?? [])]
        .sort((a, b) => a.position - b.position)
        .map((r) => ({ text: r.text, sourceId: r.source_id })),
      skills: allSkills.filter((s) => s.kind === 'hard').sort(sharesFirst),
      softSkills: allSkills.filter((s) => s.kind === 'soft'),
      employers: (employers.get(row.id) ?? [])
        .map((e) => ({ ...named(names.employers, e.employer), openJobs: e.open_jobs, sourceId: e.source_id }))
        .sort((a, b) => b.openJobs - a.openJobs),
      salaries: (salaries.get(row.id) ?? [])
        .map((s) => ({ industry: s.industry, avgSalaryUsd: s.avg_salary_usd, sourceId: s.source_id }))
        .sort((a, b) => b.avgSalaryUsd - a.avgSalaryUsd),
      comparisons: compared.get(row.id) ?? [],
      ...(occupation && { occupation }),
      ...withRecords(computed.get(`role:${row.id}`)),
    };
    const cited = [
      record.sourceId,
      ...record.responsibilities.map((r) => r.sourceId),
      ...allSkills.map((s) => s.sourceId),
      ...record.employers.map((e) => e.sourceId),
      ...record.salaries.map((s) => s.sourceId),
      ...record.comparisons.map((c) => c.sourceId),
      ...(record.records ? [record.records.sourceId] : []),
    ];
    return { ...record, sources: cite(cited) };
  });
}

/** One record per skill name: the roles listing it and the comparisons naming it, indexed by slug in one pass. */
function buildSkills(
  roles: readonly RoleRecord[],
  comparisons: readonly Comparison[],
  names: Names,
  cite: Cite,
): SkillRecord[] {
  const listed = new Map<string, SkillRecord['roles']>();
  for (const role of roles) {
    for (const { slug, name: _name, ...rest } of [...role.skills, ...role.softSkills])
      push(listed, slug, { id: role.id, title: role.title, plural: role.plural, ...rest });
  }
  const compared = new Map<string, { mention: SkillRecord['comparisons'][number]; sourceId: string }[]>();
  for (const c of comparisons) {
    for (const side of ['role', 'other'] as const) {
      const slugs = new Set((side === 'role' ? c.roleSkills : c.otherSkills).map((s) => s.slug));
      for (const slug of slugs)
        push(compared, slug, { mention: { id: c.id, role: c.role, other: c.other, side }, sourceId: c.sourceId });
    }
  }
  return [...names.skills.values()]
    .map(({ name, slug }) => {
      const roleList = listed.get(slug) ?? [];
      const mentions = compared.get(slug) ?? [];
      return {
        slug,
        name,
        roles: [...roleList].sort(sharesFirst),
        comparisons: mentions.map((m) => m.mention),
        sources: cite([...roleList.map((l) => l.sourceId), ...mentions.map((m) => m.sourceId)]),
      };
    })
    .sort(byName);
}

/** One record per employer name: the roles it hires for, most open jobs first. */
function buildEmployers(roles: readonly RoleRecord[], names: Names, cite: Cite): EmployerRecord[] {
  const hiringBySlug = new Map<string, EmployerRecord['roles']>();
  for (const role of roles) {
    for (const e of role.employers)
      push(hiringBySlug, e.slug, {
        id: role.id,
        title: role.title,
        plural: role.plural,
        openJobs: e.openJobs,
        sourceId: e.sourceId,
      });
  }
  return [...names.employers.values()]
    .map(({ name, slug }) => {
      const hiring = [...(hiringBySlug.get(slug) ?? [])].sort((a, b) => b.openJobs - a.openJobs);
      return {
        slug,
        name,
        totalOpenJobs: hiring.reduce((sum, h) => sum + h.openJobs, 0),
        roles: hiring,
        sources: cite(hiring.map((h) => h.sourceId)),
      };
    })
    .sort(byName);
}

function catalogueEntry(record: RolePageRecord): Catalogue['roles'][number] {
  const base = {
    id: record.id,
    title: record.title,
    plural: record.plural,
    ...(record.description && { description: record.description }),
  };
  if (record.kind === 'occupation')
    return { ...base, skillCount: 0, employerCount: 0, onetCode: record.onetCode, kind: 'occupation' };
  return {
    ...base,
    skillCount: record.skills.length + record.softSkills.length,
    employerCount: record.employers.length,
    ...(record.salaries[0] && { topSalaryUsd: record.salaries[0].avgSalaryUsd }),
    ...(record.onetCode && { onetCode: record.onetCode }),
    kind: 'role',
    ...(record.occupation && { occupationId: record.occupation.id }),
  };
}

function buildCatalogue(
  tables: Tables,
  sources: ReadonlyMap<string, Source>,
  records: { roles: RoleRecord[]; occupations: OccupationRecord[]; skills: SkillRecord[] } & Pick<
    SiteModel,
    'employers' | 'comparisons' | 'officialComparisons'
  >,
): Catalogue {
  return {
    sources: [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
    roles: [...records.roles, ...records.occupations].map(catalogueEntry),
    skills: records.skills.map((skill) => {
      const shares = skill.roles.flatMap((r) => (r.sharePct === undefined ? [] : [r.sharePct]));
      return {
        slug: skill.slug,
        name: skill.name,
        kinds: [...new Set(skill.roles.map((r) => r.kind))].sort(),
        roleCount: skill.roles.length,
        ...(shares.length > 0 && { maxSharePct: shares.reduce((a, b) => Math.max(a, b)) }),
      };
    }),
    employers: records.employers.map((e) => ({
      slug: e.slug,
      name: e.name,
      totalOpenJobs: e.totalOpenJobs,
      roleCount: e.roles.length,
    })),
    comparisons: records.comparisons.map((c) => ({ id: c.id, role: c.role, other: c.other })),
    industries: [...new Set(tables.salaries.map(({ row }) => row.industry))].sort((a, b) => a.localeCompare(b, 'en')),
    socMajorGroups: tables.socMajorGroups.map(({ row }) => ({
      code: row.soc_code.slice(0, 2),
      title: row.title,
      sourceId: row.source_id,
    })),
    cites: citedBy(records),
  };
}

/**
 * The source ids each list of records cites, sorted. Resume roles cite what their listing shows
 * (description, skills, employers, salaries); occupations their O*NET row.
 */
function citedBy(
  records: { roles: RoleRecord[]; occupations: OccupationRecord[]; skills: SkillRecord[] } & Pick<
    SiteModel,
    'employers' | 'comparisons' | 'officialComparisons'
  >,
): Record<CatalogueList, string[]> {
  const ids = (list: Iterable<string>) => [...new Set(list)].sort();
  return {
    roles: ids(
      records.roles.flatMap((r) => [
        r.sourceId,
        ...[...r.skills, ...r.softSkills, ...r.employers, ...r.salaries].map((x) => x.sourceId),
      ]),
    ),
    occupations: ids(records.occupations.map((o) => o.sourceId)),
    skills: ids(records.skills.flatMap((s) => Object.keys(s.sources))),
    employers: ids(records.employers.flatMap((e) => Object.keys(e.sources))),
    comparisons: ids(records.comparisons.map((c) => c.sourceId)),
    officialComparisons: ids(records.officialComparisons.map((c) => c.sourceId)),
  };
}

/** Builds every record the site reads from validated tables. */
export function buildSiteModel(tables: Tables): SiteModel {
  const sources = new Map([...tables.sources, ...tables.officialSources].map(({ row }) => [row.id, toSource(row)]));
  const fromRecords = recordsSource(tables);
  if (fromRecords) sources.set(fromRecords.id, fromRecords);
  const computed = recordFigures(tables);
  const cite: Cite = (ids) => Object.fromEntries([...new Set(ids)].sort().map((id) => [id, sources.get(id)!]));
  const refs = new Map<string, RoleRef>(
    tables.roles.map(({ row }) => [
      row.id,
      { id: row.id, title: row.title, plural: row.title_plural ?? `${row.title}s` },
    ]),
  );
  const ref = (id: string): RoleRef => refs.get(id)!;
  const names: Names = {
    skills: nameRegistry(
      [...tables.skills.map(({ row }) => row.skill), ...tables.comparisonSkills.map(({ row }) => row.skill)],
      new Map(tables.skillNames.map(({ row }) => [matchKey(row.skill), row.display_name])),
    ),
    // Employer names are proper names: shown as the source writes them (only skills get the lowercase rule).
    employers: nameRegistry(
      tables.employers.map(({ row }) => row.employer),
      new Map(),
      { capitaliseLowercase: false },
    ),
  };

  const comparisons = buildComparisons(tables, ref, names);
  const occupations = buildOccupations(tables, buildOfficialRecords(tables), computed, cite);
  const officialComparisons = deriveOfficialComparisons(occupations, new Set(comparisons.map((c) => c.id)));
  const links = officialComparisonIndex(officialComparisons);
  for (const occupation of occupations) {
    const own = links.get(occupation.id);
    if (own) occupation.officialComparisons = own;
  }
  const occupationByCode = new Map(
    occupations.map((o): [string, OccupationRef] => [o.onetCode, { id: o.id, title: o.title, onetCode: o.onetCode }]),
  );
  const roles = buildRoles(tables, ref, names, comparisons, occupationByCode, computed, cite);
  const skills = buildSkills(roles, comparisons, names, cite);
  const employers = buildEmployers(roles, names, cite);
  const catalogue = buildCatalogue(tables, sources, {
    roles,
    occupations,
    skills,
    employers,
    comparisons,
    officialComparisons,
  });
  return { catalogue, roles, occupations, skills, employers, comparisons, officialComparisons };
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
