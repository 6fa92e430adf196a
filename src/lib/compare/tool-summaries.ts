/** One computed sentence for each panel of the comparison tool, from the figures it shows. */
import { educationSentence, educationSummary } from '@/lib/derive/education';
import { midSentence, numberWord, sentenceStart } from '@/lib/derive/text';
import { formatList, formatPercent, formatUsd, pluralize } from '@/lib/format';
import type { PairEducation, SkillsMatrix, ToolView } from '@/lib/compare/tool-view';

/**
 * "12 skills are named for these 3 roles; 2 of them for every role. The largest share is Global
 * Account, listed on 12% of the resumes of global account managers."
 */
export function matrixSummary(matrix: SkillsMatrix, roles: ToolView['roles']): string | undefined {
  if (matrix.rows.length === 0) return undefined;
  const everywhere = matrix.rows.filter((row) => row.cells.every((c) => c.kind !== 'absent')).length;
  const first = `${sentenceStart(pluralize(matrix.rows.length, 'skill'))} ${matrix.rows.length === 1 ? 'is' : 'are'} named for these ${numberWord(roles.length)} roles; ${everywhere === 0 ? 'none' : numberWord(everywhere)} of them for every role.`;
  let best: { name: string; role: string; pct: number } | undefined;
  for (const row of matrix.rows) {
    row.cells.forEach((cell, i) => {
      if (cell.kind === 'share' && (best === undefined || cell.pct > best.pct)) {
        best = { name: row.name, role: roles[i]!.plural, pct: cell.pct };
      }
    });
  }
  if (best === undefined) return `${first} No shares of resumes are known for them.`;
  return `${first} The largest share is ${best.name}, listed on ${formatPercent(best.pct)} of the resumes of ${midSentence(best.role)}.`;
}

/**
 * "Highest average salary on record: global account managers $119,239 (Technology) and managers,
 * account executive $87,422 (Technology)."
 */
export function salarySummary(view: Pick<ToolView, 'salaries'>): string | undefined {
  if (view.salaries.length === 0) return undefined;
  const parts = view.salaries.map((group) => {
    const top = group.highest;
    return `${midSentence(group.plural)} ${formatUsd(top[0]!.avgSalaryUsd)} (${formatList(top.map((t) => t.industry))})`;
  });
  return `Highest average salary on record: ${formatList(parts)}.`;
}

/**
 * The pair's sentence when there is one pair; the range of differences when every pair is seen from
 * the same role; else how many pairs the data compares.
 */
export function educationPanelSummary(pairs: readonly PairEducation[]): string | undefined {
  const [first] = pairs;
  if (first === undefined) return undefined;
  if (pairs.length === 1) return educationSentence(first);
  if (pairs.every((pair) => pair.role.id === first.role.id)) return educationSummary(first.role, pairs);
  return `The data compares education for ${numberWord(pairs.length)} of these pairs of roles; each pair's difference is drawn below.`;
}
