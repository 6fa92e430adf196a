/**
 * The home page's computed copy: what the site covers, said only of what the data folder holds. With
 * one role it says "one role", without employers or salaries it does not mention them, and it names the
 * featured role only when that role is in the data.
 */
import type { Catalogue, RoleRecord } from '@/lib/model/site-model';
import { midSentence, numberWord, sentenceStart } from '@/lib/text/sentences';
import { formatList } from '@/lib/format';
import { roleSections } from '@/lib/role/sections';

type ResumeRole = Catalogue['roles'][number];

/** What the data says about the roles with resume data, as the copy needs it. */
export interface HomeFacts {
  roleCount: number;
  sourceCount: number;
  /** The featured role, when the data has it. */
  featured?: Pick<RoleRecord, 'plural'>;
  hasSkills: boolean;
  hasEmployers: boolean;
  hasSalaries: boolean;
  hasEducation: boolean;
}

/** The facts of the featured role's own page, or of all resume roles when there is none. */
export function homeFacts(catalogue: Catalogue, resumeRoles: readonly ResumeRole[], featured?: RoleRecord): HomeFacts {
  const base = { roleCount: resumeRoles.length, sourceCount: catalogue.sources.length };
  if (featured) {
    return {
      ...base,
      featured,
      hasSkills: featured.skills.length + featured.softSkills.length > 0,
      hasEmployers: featured.employers.length > 0,
      hasSalaries: featured.salaries.length > 0,
      hasEducation: roleSections({ record: featured, sources: {} }).some((section) => section.id === 'education'),
    };
  }
  return {
    ...base,
    hasSkills: resumeRoles.some((role) => role.skillCount > 0),
    hasEmployers: resumeRoles.some((role) => role.employerCount > 0),
    hasSalaries: resumeRoles.some((role) => role.topSalaryUsd !== undefined),
    hasEducation: false,
  };
}

const roles = (n: number) => `${numberWord(n)} ${n === 1 ? 'role' : 'roles'}`;

/** "how one related role compares" / "how four related roles compare"; empty with none. */
function relatedClause(n: number): string {
  if (n <= 0) return '';
  return n === 1 ? 'how one related role compares' : `how ${numberWord(n)} related roles compare`;
}

/**
 * The introduction up to its link to the sources: "What global account managers do — the skills on
 * their resumes, who hires them, what they earn — and how four related roles compare, drawn as charts
 * from", or without a featured role, "The skills, employers and pay of three roles, drawn as charts from".
 */
export function introLead(facts: HomeFacts): string {
  if (facts.featured) {
    const facets = [
      facts.hasSkills && 'the skills on their resumes',
      facts.hasEmployers && 'who hires them',
      facts.hasSalaries && 'what they earn',
    ].filter((facet): facet is string => typeof facet === 'string');
    const what = `What ${midSentence(facts.featured.plural)} do${facets.length > 0 ? ` — ${facets.join(', ')} —` : ''}`;
    const related = relatedClause(facts.roleCount - 1);
    const joined = related ? `${what}${facets.length > 0 ? ' and' : ', and'} ${related}` : what;
    return `${joined}, drawn ${facets.length > 0 ? 'as charts ' : ''}from`;
  }
  const facets = [facts.hasSkills && 'skills', facts.hasEmployers && 'employers', facts.hasSalaries && 'pay'].filter(
    (facet): facet is string => typeof facet === 'string',
  );
  if (facets.length === 0) return `${sentenceStart(roles(facts.roleCount))}, drawn from`;
  return `The ${formatList(facets)} of ${roles(facts.roleCount)}, drawn as charts from`;
}

/** The link text to the sources: "one published source" / "three published sources". */
export function sourcesLinkText(n: number): string {
  return n === 1 ? 'one published source' : `${numberWord(n)} published sources`;
}

/** The home page's meta description, naming only what the data has. */
export function homeDescription(facts: HomeFacts): string {
  const topics = formatList(
    [
      facts.hasSkills && 'skills',
      facts.hasEmployers && 'employers',
      facts.hasSalaries && 'salaries',
      facts.hasEducation && 'education',
    ].filter((topic): topic is string => typeof topic === 'string'),
  );
  const drawn = topics ? `: ${topics}, drawn from resume data.` : ', drawn from resume data.';
  if (facts.featured) {
    const related = facts.roleCount > 1 ? ', and how related roles compare' : '';
    return `What ${midSentence(facts.featured.plural)} do${related}${drawn}`;
  }
  if (facts.roleCount === 0) return 'Occupations and their official statistics, drawn from published data.';
  return `${sentenceStart(roles(facts.roleCount))}${drawn}`;
}
