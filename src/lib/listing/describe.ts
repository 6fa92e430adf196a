/** The one-line introductions of skill and employer pages, computed from their records. */
import type { EmployerRecord, SkillRecord } from '@/lib/model/site-model';
import { midSentence, numberWord } from '@/lib/text/sentences';
import { formatCount, formatList } from '@/lib/format';

const roles = (n: number) => `${numberWord(n)} ${n === 1 ? 'role' : 'roles'}`;

/**
 * "A hard skill listed by one role in the data: global account managers." Skills only named in
 * comparisons say so instead.
 */
export function skillLede(skill: SkillRecord): string {
  const kinds = [...new Set(skill.roles.map((r) => r.kind))].sort();
  const compared = skill.comparisons.length;
  const comparisons = `${numberWord(compared)} ${compared === 1 ? 'comparison' : 'comparisons'} between roles`;
  if (skill.roles.length === 0) return `${skill.name} is named in ${comparisons}, as a skill that sets a role apart.`;
  const kind = kinds.length === 1 ? `A ${kinds[0]} skill` : 'A skill';
  const who = formatList(skill.roles.map((r) => midSentence(r.plural)));
  const also = compared > 0 ? ` It is also named in ${comparisons}.` : '';
  return `${kind} listed by ${roles(skill.roles.length)} in the data: ${who}.${also}`;
}

/** "93 open jobs, all for global account managers." / "120 open jobs across two roles." */
export function employerLede(employer: EmployerRecord): string {
  const n = employer.totalOpenJobs;
  const jobs = `${formatCount(n)} open ${n === 1 ? 'job' : 'jobs'}`;
  const [only] = employer.roles;
  if (only === undefined) return `No open jobs are recorded for ${employer.name}.`;
  if (employer.roles.length === 1) return `${jobs} at ${employer.name}, all for ${midSentence(only.plural)}.`;
  return `${jobs} at ${employer.name} across ${roles(employer.roles.length)}.`;
}
