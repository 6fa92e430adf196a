/**
 * Sentences about a role's skills, computed from the shares of resumes listing them. Skills whose
 * share is unknown are never ranked. Each function returns undefined when the data cannot support
 * the sentence, and the page then leaves it out.
 */
import type { RoleRef, RoleSkill } from '@/lib/model/site-model';
import { formatList, formatPercent } from '@/lib/format';
import { leaders, midSentence, numberWord, topWithTies } from '@/lib/text/sentences';

type Ranked = Pick<RoleSkill, 'name'> & { sharePct: number };

/** Skills with a known share, highest first (file order among equals). */
export function rankedSkills(skills: readonly Pick<RoleSkill, 'name' | 'sharePct'>[]): Ranked[] {
  return skills
    .filter((s): s is Ranked => s.sharePct !== undefined)
    .map((s, index) => ({ s, index }))
    .sort((a, b) => b.s.sharePct - a.s.sharePct || a.index - b.index)
    .map(({ s }) => s);
}

/**
 * "12% of global account managers list Global Account on their resume." When several skills share
 * the top figure, each is named: "…list Global Account on their resume, and 12% list Cloud."
 */
export function topSkillSentence(role: RoleRef, skills: readonly Pick<RoleSkill, 'name' | 'sharePct'>[]) {
  const top = leaders(rankedSkills(skills), (s) => s.sharePct);
  const [first, ...others] = top;
  if (first === undefined) return undefined;
  const share = formatPercent(first.sharePct);
  const alsoLevel = others.length === 0 ? '' : `, and ${share} list ${formatList(others.map((s) => s.name))}`;
  return `${share} of ${midSentence(role.plural)} list ${first.name} on their resume${alsoLevel}.`;
}

/**
 * "Global Account, Account Management and Customer Satisfaction are the skills most often listed."
 * A skill level with the last one named is mentioned, so the cut-off never hides a tie.
 */
export function mostListedSentence(skills: readonly Pick<RoleSkill, 'name' | 'sharePct'>[], count = 3) {
  const ranked = rankedSkills(skills);
  if (ranked.length < 2) return undefined;
  const { top, tied } = topWithTies(ranked, count, (s) => s.sharePct);
  const names = formatList(top.map((s) => s.name));
  const verb = top.length === 1 ? 'is the skill' : 'are the skills';
  const last = top.at(-1)!;
  const level =
    tied.length === 0
      ? ''
      : `, with ${formatList(tied.map((s) => s.name))} listed as often as ${last.name} (${formatPercent(last.sharePct)})`;
  return `${names} ${verb} most often listed${level}.`;
}

/** "Global account managers are also known for soft skills such as Analytical skills, Communication skills and Customer-service skills." */
export function softSkillsSentence(role: RoleRef, softSkills: readonly Pick<RoleSkill, 'name'>[], count = 3) {
  if (softSkills.length === 0) return undefined;
  const names = formatList(softSkills.slice(0, count).map((s) => s.name));
  const kind = softSkills.length === 1 ? 'the soft skill' : 'soft skills such as';
  return `${role.plural} are also known for ${kind} ${names}.`;
}

/**
 * The skills chart in one sentence: "The six skills shown are listed by 5% to 12% of global account
 * managers, most often Global Account."
 */
export function skillsChartSummary(role: RoleRef, skills: readonly Pick<RoleSkill, 'name' | 'sharePct'>[]) {
  const ranked = rankedSkills(skills);
  const plural = midSentence(role.plural);
  const [only] = ranked;
  if (only === undefined) return undefined;
  if (ranked.length === 1) return `${only.name} is listed by ${formatPercent(only.sharePct)} of ${plural}.`;
  const high = ranked[0]!.sharePct;
  const low = ranked.at(-1)!.sharePct;
  const range = high === low ? formatPercent(high) : `${formatPercent(low)} to ${formatPercent(high)}`;
  const most = high === low ? '' : `, most often ${formatList(leaders(ranked, (s) => s.sharePct).map((s) => s.name))}`;
  return `The ${numberWord(ranked.length)} skills shown are each listed by ${range} of ${plural}${most}.`;
}

/**
 * Hard skills the role lists with neither a share of resumes nor an example line: the chart and the
 * examples leave them out, so the page names them in a list of their own (every skill a role lists is
 * on its page).
 */
export function skillsWithoutFigures<T extends Pick<RoleSkill, 'sharePct' | 'example'>>(skills: readonly T[]): T[] {
  return skills.filter((skill) => skill.sharePct === undefined && skill.example === undefined);
}
