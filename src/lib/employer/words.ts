/** Sentences about who hires for a role, computed from open-job counts. */
import type { EmployerJobs, RoleRef } from '@/lib/model/site-model';
import { formatCount, formatList } from '@/lib/format';
import { leaders, midSentence, numberWord, topWithTies } from '@/lib/text/sentences';

type Hiring = Pick<EmployerJobs, 'name' | 'openJobs'>;

const jobs = (n: number) => `${formatCount(n)} ${n === 1 ? 'job' : 'jobs'}`;

function byJobs(employers: readonly Hiring[]): Hiring[] {
  return employers
    .map((e, index) => ({ e, index }))
    .sort((a, b) => b.e.openJobs - a.e.openJobs || a.index - b.index)
    .map(({ e }) => e);
}

/**
 * "The three companies that hire the most global account managers are Iron Mountain (93 jobs),
 * VMware (58) and Amazon (31)." The count word follows the data ("The two companies…", "The
 * company… is"), and employers level with the last one named are added, never silently cut.
 */
export function topEmployersSentence(role: RoleRef, employers: readonly Hiring[], count = 3) {
  const sorted = byJobs(employers);
  if (sorted.length === 0) return undefined;
  const { top, tied } = topWithTies(sorted, count, (e) => e.openJobs);
  const plural = midSentence(role.plural);
  const named = formatList(top.map((e, i) => `${e.name} (${i === 0 ? jobs(e.openJobs) : formatCount(e.openJobs)})`));
  const subject =
    top.length === 1
      ? `The company that hires the most ${plural} is`
      : `The ${numberWord(top.length)} companies that hire the most ${plural} are`;
  const level =
    tied.length === 0
      ? ''
      : `; ${formatList(tied.map((e) => e.name))} also ${tied.length === 1 ? 'has' : 'have'} ${jobs(top.at(-1)!.openJobs)}`;
  return `${subject} ${named}${level}.`;
}

/** The employers chart in one sentence: "Of the three employers shown, Iron Mountain has the most open jobs for global account managers: 93." */
export function employersChartSummary(role: RoleRef, employers: readonly Hiring[]) {
  const sorted = byJobs(employers);
  const [first] = sorted;
  if (first === undefined) return undefined;
  const plural = midSentence(role.plural);
  if (sorted.length === 1)
    return `${first.name} has ${formatCount(first.openJobs)} open ${first.openJobs === 1 ? 'job' : 'jobs'} for ${plural}.`;
  const best = leaders(sorted, (e) => e.openJobs);
  const verb = best.length === 1 ? 'has' : 'each have';
  return `Of the ${numberWord(sorted.length)} employers shown, ${formatList(best.map((e) => e.name))} ${verb} the most open jobs for ${plural}: ${formatCount(first.openJobs)}.`;
}
