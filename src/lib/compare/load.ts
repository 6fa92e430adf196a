/** Build-time loading of everything one comparison page shows. */
import type { ComparisonInput } from '@/lib/charts/producers/comparison';
import { loadComparison, loadRole } from '@/lib/site/load';

export function loadComparisonInput(id: string): ComparisonInput {
  const comparison = loadComparison(id);
  return { comparison, role: loadRole(comparison.role.id), other: loadRole(comparison.other.id) };
}
