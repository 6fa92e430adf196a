/** The files the data step writes: path inside the generated folder → JSON text. */
import type { SiteModel } from '@/lib/model/site-model';
import { buildSearchIndex, serializeSearchIndex } from '@/lib/search/build-index';
import { SEARCH_INDEX_FILE } from '@/lib/search/index-format';

/** Bumped when the shape of the generated files changes, so stale output is never read. */
export const GENERATED_FORMAT = 4;

/** Every official comparison (related O*NET occupations), in page order. */
export const OFFICIAL_COMPARISONS_FILE = 'official-comparisons.json';

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

export function generatedFiles(model: SiteModel): Map<string, string> {
  const files = new Map<string, string>();
  files.set('catalogue.json', json({ format: GENERATED_FORMAT, ...model.catalogue }));
  for (const record of [...model.roles, ...model.occupations]) files.set(`roles/${record.id}.json`, json(record));
  for (const skill of model.skills) files.set(`skills/${skill.slug}.json`, json(skill));
  for (const employer of model.employers) files.set(`employers/${employer.slug}.json`, json(employer));
  for (const comparison of model.comparisons) files.set(`comparisons/${comparison.id}.json`, json(comparison));
  files.set(OFFICIAL_COMPARISONS_FILE, json(model.officialComparisons));
  files.set(SEARCH_INDEX_FILE, serializeSearchIndex(buildSearchIndex(model)));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
