/** The data step as one function: data folder bytes → issues, or the generated files. */
import { buildSiteModel } from '@/lib/model/site-model';
import { generatedFiles } from '@/lib/site/generated-files';
import { validateDataFolder } from '@/lib/data/validate';
import type { DataIssue } from '@/lib/data/issues';

export type PipelineResult =
  | { ok: true; files: Map<string, string>; rowCounts: Record<string, number> }
  | { ok: false; issues: DataIssue[]; rowCounts: Record<string, number> };

export function runPipeline(input: ReadonlyMap<string, Uint8Array>): PipelineResult {
  const { tables, issues, rowCounts } = validateDataFolder(input);
  if (issues.length > 0) return { ok: false, issues, rowCounts };
  return { ok: true, files: generatedFiles(buildSiteModel(tables)), rowCounts };
}
