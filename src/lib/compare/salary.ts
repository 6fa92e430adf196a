/** Salary derivations shared by the comparison pages and the comparison tool. */

/** The top of a role's salary-by-industry list; several industries when they tie. */
export interface HighestPaying {
  /** Industries paying the highest average, by name. */
  industries: string[];
  avgSalaryUsd: number;
}

/** The highest-paying industry (or industries, on a tie) of a role; undefined without salary data. */
export function highestPayingIndustry(
  salaries: readonly { industry: string; avgSalaryUsd: number }[],
): HighestPaying | undefined {
  if (salaries.length === 0) return undefined;
  const top = Math.max(...salaries.map((s) => s.avgSalaryUsd));
  return {
    industries: salaries
      .filter((s) => s.avgSalaryUsd === top)
      .map((s) => s.industry)
      .sort((a, b) => a.localeCompare(b, 'en')),
    avgSalaryUsd: top,
  };
}
