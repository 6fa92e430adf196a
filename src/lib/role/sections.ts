/**
 * The sections of a role page, in the seed page's order, and which ones a role has data for. The
 * page and its table of contents both read this list, so a section without data has neither a
 * heading nor a contents entry.
 */
import type { RoleRecord } from '@/lib/data/model';
import { DEGREES } from '@/lib/derive/education';

export type RoleSectionId =
  | 'what-they-do'
  | 'responsibilities'
  | 'skills'
  | 'soft-skills'
  | 'employers'
  | 'salary'
  | 'education'
  | 'related-roles'
  | 'downloads';

export interface RoleSection {
  /** Element id, for in-page links: /roles/<id>/#skills. */
  id: RoleSectionId;
  title: string;
}

const SECTIONS: (RoleSection & { shown: (role: RoleRecord) => boolean })[] = [
  { id: 'what-they-do', title: 'What they do', shown: (r) => r.description !== undefined },
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
  { id: 'downloads', title: 'Download the data', shown: () => true },
];

/** The sections this role has data for, in page order. */
export function roleSections(role: RoleRecord): RoleSection[] {
  return SECTIONS.filter((s) => s.shown(role)).map(({ id, title }) => ({ id, title }));
}
