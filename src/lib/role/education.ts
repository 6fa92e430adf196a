/**
 * Education sentences for a pair of roles, computed from the comparison's percentage-point
 * differences (other role minus this role). A difference of two shares is in percentage points
 * ("4.6 percentage points less likely to earn a Master's Degree"; the source itself writes "4.6%
 * less likely", which the site quotes only as the source's). Works for any pair, either orientation, and any mix of positive,
 * negative, zero and missing figures; a sentence with nothing to say is not produced.
 */
import type { Comparison, RoleRef } from '@/lib/model/site-model';
import { formatDecimal, formatList } from '@/lib/format';
import { midSentence } from '@/lib/text/sentences';

/** The degrees the data compares, each with the verb phrase the source uses for it. */
export const DEGREES = [
  { key: 'mastersPpDiff', label: "Master's Degree", phrase: "earn a Master's Degree" },
  { key: 'doctoralPpDiff', label: 'Doctoral Degree', phrase: 'graduate with a Doctoral Degree' },
] as const;

export type EducationFigures = Pick<Comparison, 'mastersPpDiff' | 'doctoralPpDiff'>;

/** "4.6 percentage points less likely", "1 percentage point more likely" or "just as likely". */
export function likelihood(pp: number): string {
  if (pp === 0) return 'just as likely';
  const size = Math.abs(pp);
  return `${formatDecimal(size)} percentage ${size === 1 ? 'point' : 'points'} ${pp < 0 ? 'less' : 'more'} likely`;
}

/**
 * "Managers, account executive are 4.6 percentage points less likely to earn a Master's Degree and 0.1 percentage points more likely
 * to graduate with a Doctoral Degree." — or undefined when the comparison has neither figure.
 */
export function educationSentence(comparison: EducationFigures & { other: RoleRef }): string | undefined {
  const clauses = DEGREES.flatMap((degree) => {
    const pp = comparison[degree.key];
    return pp === undefined ? [] : [`${likelihood(pp)} to ${degree.phrase}`];
  });
  if (clauses.length === 0) return undefined;
  return `${comparison.other.plural} are ${formatList(clauses)}.`;
}

/**
 * The source's own verdict, attributed to it: "The source rates the education level of market
 * sales managers as lower than that of global account managers."
 */
export function educationVerdictSentence(
  comparison: Pick<Comparison, 'role' | 'other' | 'educationVerdict'>,
): string | undefined {
  const verdict = comparison.educationVerdict;
  if (verdict === undefined) return undefined;
  const relation = verdict === 'similar' ? 'similar to' : `${verdict} than`;
  return (
    `The source rates the education level of ${midSentence(comparison.other.plural)} as ${relation} ` +
    `that of ${midSentence(comparison.role.plural)}.`
  );
}

/**
 * How a set of differences spreads, in words: "3.4 to 5.3 percentage points less likely",
 * "between 0.4 points less and 0.1 points more likely", "up to 0.4 percentage points less likely".
 */
export function spread(values: readonly number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const points = (pp: number) => formatDecimal(Math.abs(pp));
  const side = (pp: number) => (pp < 0 ? 'less' : 'more');
  if (low === high) return low === 0 ? 'just as likely' : `${points(low)} percentage points ${side(low)} likely`;
  if (high <= 0 && low < 0) {
    return high === 0
      ? `up to ${points(low)} percentage points less likely`
      : `${points(high)} to ${points(low)} percentage points less likely`;
  }
  if (low >= 0) {
    return low === 0
      ? `up to ${points(high)} percentage points more likely`
      : `${points(low)} to ${points(high)} percentage points more likely`;
  }
  return `between ${points(low)} points less and ${points(high)} points more likely`;
}

/**
 * One sentence summing up how related roles differ from this one, degree by degree: "Compared with
 * global account managers, the related roles shown are 3.4 to 5.3 percentage points less likely to
 * earn a Master's Degree and between 0.4 points less likely and 0.1 points more likely to graduate
 * with a Doctoral Degree." Undefined when no comparison has a figure.
 */
export function educationSummary(role: RoleRef, comparisons: readonly (EducationFigures & { other: RoleRef })[]) {
  const withFigures = comparisons.filter((c) => DEGREES.some((d) => c[d.key] !== undefined));
  if (withFigures.length === 0) return undefined;
  const subject = withFigures.length === 1 ? midSentence(withFigures[0]!.other.plural) : 'the related roles shown';
  const clauses = DEGREES.flatMap((degree) => {
    const values = withFigures.flatMap((c) => (c[degree.key] === undefined ? [] : [c[degree.key]!]));
    return values.length === 0 ? [] : [`${spread(values)} to ${degree.phrase}`];
  });
  return `Compared with ${midSentence(role.plural)}, ${subject} are ${formatList(clauses)}.`;
}
