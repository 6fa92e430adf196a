/** Sentences for comparison pages, computed from the figures they describe. */
import type { DistinctiveSkills, SkillShareGap } from '@/lib/compare/skills';
import { midSentence } from '@/lib/text/sentences';
import type { RoleRef } from '@/lib/model/site-model';
import { formatDecimal, formatPercent } from '@/lib/format';

function clause(gap: SkillShareGap, ahead: RoleRef, ownPct: number, otherPct: number): string {
  return (
    `${gap.name} sets ${midSentence(ahead.plural)} apart most: ${formatPercent(ownPct)} of their resumes list it ` +
    `against ${formatPercent(otherPct)}, ${formatDecimal(Math.abs(gap.gapPp))} percentage points more`
  );
}

/**
 * "Global Account sets global account managers apart most: 12% of their resumes list it against 3%,
 * 9 percentage points more; Cloud sets … ." Undefined when neither side has a gap.
 */
export function distinctiveSummary(role: RoleRef, other: RoleRef, gaps: DistinctiveSkills): string | undefined {
  const [roleTop] = gaps.role;
  const [otherTop] = gaps.other;
  const clauses = [
    ...(roleTop ? [clause(roleTop, role, roleTop.roleSharePct, roleTop.otherSharePct)] : []),
    ...(otherTop ? [clause(otherTop, other, otherTop.otherSharePct, otherTop.roleSharePct)] : []),
  ];
  return clauses.length === 0 ? undefined : `${clauses.join('; ')}.`;
}

/** "No salary data for Market sales manager." for each role without salaries. */
export function missingSalaryNotes(roles: readonly (RoleRef & { salaries: readonly unknown[] })[]): string[] {
  return roles.filter((r) => r.salaries.length === 0).map((r) => `No salary data for ${r.title}.`);
}
