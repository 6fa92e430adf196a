/**
 * The sections of a role page, in the seed page's order, and which ones a role has data for. The
 * page and its table of contents both read this list, so a section without data has neither a
 * heading nor a contents entry.
 */
import type { RoleRecord } from '@/lib/model/site-model';
import type { RolePageView } from '@/lib/role/page';
import type { OfficialRecord } from '@/lib/occupation/figures';
import { DEGREES } from '@/lib/role/education';
import { hasNationalFigures, sectorWages } from '@/lib/occupation/words';
import { howToBecomeRows } from '@/lib/occupation/outlook';

export type RoleSectionId =
  | 'what-they-do'
  | 'responsibilities'
  | 'skills'
  | 'soft-skills'
  | 'employers'
  | 'salary'
  | 'education'
  | 'related-roles'
  | 'records'
  | 'official'
  | 'downloads';

export interface RoleSection {
  /** Element id, for in-page links: /roles/<id>/#skills. */
  id: RoleSectionId;
  title: string;
  /** Parts of the section with their own heading (the official part's), in page order. */
  parts?: OfficialPart[];
}

export type OfficialPartId =
  | 'official-wages'
  | 'official-outlook'
  | 'official-how-to-become'
  | 'official-interests'
  | 'official-work-styles'
  | 'official-similar'
  | 'official-sectors'
  | 'official-education'
  | 'official-importance'
  | 'official-technology'
  | 'official-tasks'
  | 'official-job-zone'
  | 'official-titles'
  | 'official-related';

export interface OfficialPart {
  id: OfficialPartId;
  title: string;
}

const OFFICIAL_PARTS: (OfficialPart & { shown: (o: OfficialRecord) => boolean })[] = [
  {
    id: 'official-wages',
    title: 'Employment and wages',
    shown: (o) => o.oews?.national !== undefined && hasNationalFigures(o.oews.national),
  },
  { id: 'official-outlook', title: 'Job outlook', shown: (o) => o.outlook !== undefined },
  {
    id: 'official-sectors',
    title: 'Wages by industry sector',
    shown: (o) => {
      const { ranked, withheld } = sectorWages(o);
      return ranked.length + withheld.length > 0;
    },
  },
  {
    id: 'official-how-to-become',
    title: 'How to become one',
    shown: (o) => o.outlook !== undefined && howToBecomeRows(o.outlook.projection).length > 0,
  },
  { id: 'official-education', title: 'Education required', shown: (o) => o.education.some((e) => e.sharePct > 0) },
  { id: 'official-job-zone', title: 'Preparation needed (job zone)', shown: (o) => o.jobZone !== undefined },
  {
    id: 'official-importance',
    title: 'Skills and knowledge by importance',
    shown: (o) => o.skills.length > 0 || o.knowledge.length > 0,
  },
  { id: 'official-interests', title: 'Interests', shown: (o) => o.interests !== undefined },
  { id: 'official-work-styles', title: 'Work styles', shown: (o) => o.workStyles.length > 0 },
  { id: 'official-similar', title: 'Similar occupations by skills', shown: (o) => o.similar.length > 0 },
  { id: 'official-technology', title: 'Technology used', shown: (o) => o.technologies.length > 0 },
  { id: 'official-tasks', title: 'Tasks', shown: (o) => o.tasks.length > 0 },
  { id: 'official-titles', title: 'Other job titles', shown: (o) => o.alternativeTitles.length > 0 },
  { id: 'official-related', title: 'Related occupations', shown: (o) => o.related.length > 0 },
];

/** The parts of the official part an occupation has data for, in page order. */
export function officialParts(official: OfficialRecord): OfficialPart[] {
  return OFFICIAL_PARTS.filter((p) => p.shown(official)).map(({ id, title }) => ({ id, title }));
}

/** "Official statistics for Sales Managers (O*NET-SOC 11-2022.00)". */
export const officialTitle = (official: Pick<OfficialRecord, 'title' | 'onetCode'>): string =>
  `Official statistics for ${official.title} (O*NET-SOC ${official.onetCode})`;

/** The sections of a resume role's own figures, each shown when the role has data for it. */
const ROLE_SECTIONS: (RoleSection & { shown: (role: RoleRecord) => boolean })[] = [
  { id: 'responsibilities', title: 'Responsibilities', shown: (r) => r.responsibilities.length > 0 },
  { id: 'skills', title: 'Skills', shown: (r) => r.skills.length > 0 },
  { id: 'soft-skills', title: 'Soft skills', shown: (r) => r.softSkills.length > 0 },
  { id: 'employers', title: 'Top employers', shown: (r) => r.employers.length > 0 },
  { id: 'salary', title: 'Salary by industry', shown: (r) => r.salaries.length > 0 },
  {
    id: 'education',
    title: 'Education compared with related roles',
    shown: (r) => r.comparisons.some((c) => DEGREES.some((d) => c[d.key] !== undefined) || c.educationVerdict),
  },
  { id: 'related-roles', title: 'Related roles', shown: (r) => r.comparisons.length > 0 },
];

/** The sections this page has data for, in page order. */
export function roleSections({ record, occupation }: RolePageView): RoleSection[] {
  const { kind } = record;
  return [
    ...(record.description !== undefined ? [{ id: 'what-they-do' as const, title: 'What they do' }] : []),
    ...(kind === 'role' ? ROLE_SECTIONS.filter((s) => s.shown(record)).map(({ id, title }) => ({ id, title })) : []),
    // Figures computed from raw records (`npm run aggregate`): one provenance, apart from the hand-typed ones.
    ...(record.records ? [{ id: 'records' as const, title: 'Computed from resume records' }] : []),
    // Survey figures come after every resume-derived section, in a part of their own.
    ...(occupation
      ? [
          {
            id: 'official' as const,
            title: officialTitle(occupation.official),
            parts: officialParts(occupation.official),
          },
        ]
      : []),
    { id: 'downloads', title: 'Download the data' },
  ];
}
