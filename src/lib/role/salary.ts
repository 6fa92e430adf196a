/** The highest-paying industry of a role, computed from average salaries by industry. */
import type { IndustrySalary, RoleRef } from '@/lib/model/site-model';
import { formatList, formatUsd } from '@/lib/format';
import { leaders, midSentence } from '@/lib/text/sentences';

type Pay = Pick<IndustrySalary, 'industry' | 'avgSalaryUsd'>;

/** The industries paying the role the most (several when level), in list order. */
export function highestPaying<T extends Pay>(salaries: readonly T[]): T[] {
  return leaders(salaries, (s) => s.avgSalaryUsd);
}

/**
 * "The highest-paying industry on record for global account managers is Technology, at an average of
 * $119,239 a year." With one industry only, it is not called the highest: "Technology is the only
 * industry on record for …".
 */
export function highestPayingSentence(role: RoleRef, salaries: readonly Pay[]) {
  const best = highestPaying(salaries);
  const [first] = best;
  if (first === undefined) return undefined;
  const plural = midSentence(role.plural);
  const pay = `an average of ${formatUsd(first.avgSalaryUsd)} a year`;
  if (salaries.length === 1) return `${first.industry} is the only industry on record for ${plural}, at ${pay}.`;
  if (best.length === 1) return `The highest-paying industry on record for ${plural} is ${first.industry}, at ${pay}.`;
  return `The highest-paying industries on record for ${plural} are ${formatList(best.map((s) => s.industry))}, each at ${pay}.`;
}
