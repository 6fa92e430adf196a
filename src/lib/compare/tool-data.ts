/**
 * The compact data the comparison tool fetches in the browser: a small index of every role (to
 * pick from) and one file per role (fetched only for the roles picked), holding just the fields
 * the tool shows. Built at build time from the generated role records.
 */
import { nationalFigures, type NationalFigures } from '@/lib/compare/occupation-figures';
import type { OccupationRecord, RoleRecord, Source } from '@/lib/model/site-model';
import type { RolePageView } from '@/lib/role/page';

/** One role in the tool's picker. */
export interface ToolIndexEntry {
  id: string;
  title: string;
}

/** Every role the tool can compare, by title. */
export interface ToolIndex {
  roles: ToolIndexEntry[];
}

/** A skill as the tool shows it for one role. */
export interface ToolSkill {
  slug: string;
  name: string;
  /** Percent of the role's resumes listing it; absent when the skill is only named, without a share. */
  sharePct?: number;
}

/** Education differences from the data, oriented from this role to `otherId`. */
export interface ToolEducation {
  otherId: string;
  /** Percentage points by which the other role is more (+) or less (−) likely to hold a Master's degree. */
  mastersPpDiff?: number;
  /** The same for a Doctoral degree. */
  doctoralPpDiff?: number;
  /** The source's own verdict on the other role's education level, in the source's word. */
  verdict?: 'similar' | 'lower' | 'higher';
  sourceId: string;
}

/**
 * The official figures of the O*NET occupation a role is (or names): survey measures, shown in their
 * own panels, never on an axis with the resume figures.
 */
export interface ToolOfficial {
  onetCode: string;
  /** O*NET title of the occupation (differs from the role's title when a role names it). */
  occupationTitle: string;
  /** BLS national employment and wages, all industries; absent when BLS publishes none. */
  national?: NationalFigures;
  /** Every skill O*NET rates for the occupation: importance 0–100, highest first. */
  skills: { id: string; name: string; importance: number }[];
  /** Every knowledge area O*NET rates, the same way (the career-move tool uses both). */
  knowledge: { id: string; name: string; importance: number }[];
  /** BLS projections and entry requirements, for the career-move tool; absent when BLS projects none. */
  career?: ToolCareer;
  onetSourceId: string;
  /** The O*NET and BLS sources of these figures (kept apart from the resume figures' `sources`). */
  sources: Pick<Source, 'id' | 'title' | 'date' | 'dateLabel'>[];
}

/** What a career move compares besides skills: BLS's projection and typical entry requirements. */
export interface ToolCareer {
  /** Whose projection: the occupation's own, its SOC occupation's or its broad group's (BLS title). */
  socTitle: string;
  matchedBy: 'soc-code' | 'soc-parent' | 'soc-broad-group';
  baseYear: number;
  projectedYear: number;
  changePct: number;
  /** All occupations' projected change in the same release. */
  allChangePct: number;
  education?: string;
  workExperience?: string;
  jobTraining?: string;
  /** The marker words stand for BLS's flags; see Projection. */
  medianWage?: number | 'not_available' | 'top_coded';
  sourceId: string;
}

/** One role as the comparison tool reads it. */
export interface ToolRole {
  id: string;
  title: string;
  plural: string;
  /** Skills listed with a share (highest first), then skills only named (listed, soft, or named in comparisons). */
  skills: ToolSkill[];
  /** Average salary by industry, highest first. */
  salaries: { industry: string; avgSalaryUsd: number }[];
  /** Comparisons with education figures that the data states from this role's side. */
  education: ToolEducation[];
  /** Official (O*NET, BLS) figures, when the role is or names an O*NET occupation. */
  official?: ToolOfficial;
  /** The sources behind the resume figures, to cite under each chart. */
  sources: Pick<Source, 'id' | 'title' | 'date' | 'dateLabel'>[];
}

const citation = ({ id, title, date, dateLabel }: Source) => ({ id, title, date, ...(dateLabel && { dateLabel }) });

function toolOfficial(occupation: OccupationRecord | undefined): ToolOfficial | undefined {
  if (!occupation) return undefined;
  const { official } = occupation;
  const national = nationalFigures(official);
  const outlook = official.outlook;
  const p = outlook?.projection;
  const career: ToolCareer | undefined = outlook &&
    p && {
      socTitle: p.socTitle,
      matchedBy: outlook.matchedBy,
      baseYear: p.baseYear,
      projectedYear: p.projectedYear,
      changePct: p.changePct,
      allChangePct: outlook.allOccupations.changePct,
      ...(p.education !== undefined && { education: p.education }),
      ...(p.workExperience !== undefined && { workExperience: p.workExperience }),
      ...(p.jobTraining !== undefined && { jobTraining: p.jobTraining }),
      ...(p.medianWage !== undefined && { medianWage: p.medianWage }),
      sourceId: p.sourceId,
    };
  return {
    onetCode: official.onetCode,
    occupationTitle: official.title,
    ...(national && { national }),
    skills: official.skills.map((s) => ({ id: s.elementId, name: s.name, importance: s.importance })),
    knowledge: official.knowledge.map((s) => ({ id: s.elementId, name: s.name, importance: s.importance })),
    ...(career && { career }),
    onetSourceId: official.onetSourceId,
    sources: [
      ...new Set([
        official.onetSourceId,
        ...(national ? [national.sourceId] : []),
        ...(career ? [career.sourceId] : []),
      ]),
    ]
      .sort()
      .map((id) => citation(occupation.sources[id]!)),
  };
}

export function toolIndex(roles: readonly { id: string; title: string }[]): ToolIndex {
  return {
    roles: roles
      .map(({ id, title }) => ({ id, title }))
      .sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id)),
  };
}

/**
 * The tool's record of one page: a resume role's listed skills, skills named for it in comparisons,
 * salaries and education; and the official figures of the occupation it is or names.
 */
export function toolRole({ record, occupation }: RolePageView): ToolRole {
  const official = toolOfficial(occupation);
  const role = record.kind === 'role' ? record : undefined;
  return {
    id: record.id,
    title: record.title,
    plural: record.plural,
    ...(role ? resumeFigures(role) : { skills: [], salaries: [], education: [], sources: [] }),
    ...(official && { official }),
  };
}

/** What the tool shows of a resume role's own figures. */
function resumeFigures(role: RoleRecord): Pick<ToolRole, 'skills' | 'salaries' | 'education' | 'sources'> {
  const skills = new Map<string, ToolSkill>();
  for (const skill of [...role.skills, ...role.softSkills]) {
    const seen = skills.get(skill.slug);
    if (!seen || (seen.sharePct === undefined && skill.sharePct !== undefined)) {
      skills.set(skill.slug, {
        slug: skill.slug,
        name: skill.name,
        ...(skill.sharePct !== undefined && { sharePct: skill.sharePct }),
      });
    }
  }
  for (const comparison of role.comparisons) {
    for (const mention of comparison.roleSkills) {
      if (!skills.has(mention.slug)) skills.set(mention.slug, { slug: mention.slug, name: mention.name });
    }
  }
  // Kept only as the data states them (this role first), so the source's verdict keeps its words;
  // the other role's file holds the comparisons stated from its side.
  const education = role.comparisons
    .filter((c) => c.id === `${role.id}-vs-${c.other.id}`)
    .filter((c) => c.mastersPpDiff !== undefined || c.doctoralPpDiff !== undefined)
    .map((c) => ({
      otherId: c.other.id,
      ...(c.mastersPpDiff !== undefined && { mastersPpDiff: c.mastersPpDiff }),
      ...(c.doctoralPpDiff !== undefined && { doctoralPpDiff: c.doctoralPpDiff }),
      ...(c.educationVerdict && { verdict: c.educationVerdict }),
      sourceId: c.sourceId,
    }));
  const cited = new Set([
    ...[...role.skills, ...role.softSkills].map((s) => s.sourceId),
    ...role.comparisons.map((c) => c.sourceId),
    ...role.salaries.map((s) => s.sourceId),
  ]);
  return {
    skills: [...skills.values()].sort(
      (a, b) => (b.sharePct ?? -1) - (a.sharePct ?? -1) || a.name.localeCompare(b.name, 'en'),
    ),
    salaries: role.salaries.map(({ industry, avgSalaryUsd }) => ({ industry, avgSalaryUsd })),
    education,
    sources: Object.values(role.sources)
      .filter((s) => cited.has(s.id))
      .map(citation),
  };
}
