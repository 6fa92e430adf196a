/** Build-time loading of everything one comparison page shows. */
import type { ComparisonInput } from '@/lib/compare/charts';
import type { OfficialComparisonInput } from '@/lib/compare/occupation-charts';
import type { OfficialComparison } from '@/lib/compare/occupation-pairs';
import { loadComparison, loadOccupation, loadRole } from '@/lib/site/load';

export function loadComparisonInput(id: string): ComparisonInput {
  const comparison = loadComparison(id);
  return { comparison, role: loadRole(comparison.role.id), other: loadRole(comparison.other.id) };
}

/** An official comparison with both occupations' records (each read once per build, then cached). */
export function loadOfficialComparisonInput(comparison: OfficialComparison): OfficialComparisonInput {
  return { comparison, role: loadOccupation(comparison.role.id), other: loadOccupation(comparison.other.id) };
}
