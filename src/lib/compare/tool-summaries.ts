/** One computed sentence for each panel of the comparison tool, from the figures it shows. */
import { educationSentence, educationSummary } from '@/lib/role/education';
import { midSentence, numberWord, sentenceStart } from '@/lib/text/sentences';
import { formatDecimal, formatList, formatPercent, formatUsd, pluralize } from '@/lib/format';
import { FLAG_WORDS, formatWage } from '@/lib/occupation/words';
import type { ImportanceMatrix, OfficialWageRow, PairEducation, SkillsMatrix, ToolView } from '@/lib/compare/tool-view';

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

/**
 * A role as the official panels name it: "Global account manager (as Sales Managers)" when it names
 * an occupation; when several picked roles share the occupation's figures, the occupation once with
 * the roles it stands for: "Sales Managers (also for Global account manager)".
 */
export function officialLabel(row: { title: string; occupationTitle: string; roles?: { title: string }[] }): string {
  const others = (row.roles ?? []).map((r) => r.title).filter((t) => t !== row.occupationTitle);
  if ((row.roles?.length ?? 1) > 1)
    return `${row.occupationTitle} (${others.length < row.roles!.length ? 'also ' : ''}for ${formatList(others)})`;
  return row.title === row.occupationTitle ? row.title : `${row.title} (as ${row.occupationTitle})`;
}

/**
 * "Mean wage across all industries (BLS): Sales Managers $160,930 a year and Marketing Managers
 * $171,520 a year." A withheld mean is given in words.
 */
export function officialWagesSummary(rows: readonly OfficialWageRow[]): string | undefined {
  const parts = rows.flatMap((row) => {
    const { mean, unit } = row.figures;
    if (mean === undefined) return [];
    const text =
      typeof mean === 'number'
        ? `${formatWage(unit)(mean)} ${unit === 'annual' ? 'a year' : 'an hour'}`
        : FLAG_WORDS[mean];
    return [`${officialLabel(row)} ${text}`];
  });
  return parts.length === 0 ? undefined : `Mean wage across all industries (BLS): ${formatList(parts)}.`;
}

/**
 * "O*NET rates Speaking the most important of these skills: 75 of 100 for Sales Managers." Several
 * roles level at the top are named together.
 */
export function importanceSummary(matrix: ImportanceMatrix): string | undefined {
  let best: { name: string; roles: string[]; value: number } | undefined;
  for (const row of matrix.rows) {
    row.cells.forEach((value, i) => {
      if (value === null) return;
      const role = matrix.roles[i]!.title;
      if (best === undefined || value > best.value) best = { name: row.name, roles: [role], value };
      else if (value === best.value && row.name === best.name) best.roles.push(role);
    });
  }
  if (best === undefined) return undefined;
  return `O*NET rates ${best.name} the most important of these skills: ${formatDecimal(best.value)} of 100 for ${formatList(best.roles)}.`;
}
