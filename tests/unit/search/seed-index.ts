/** The search index the data step builds from the seed data/ folder, built in memory. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { runPipeline } from '@/lib/data/pipeline';
import { SEARCH_INDEX_FILE, type SearchIndex } from '@/lib/search/index-format';
import { SearchIndexSchema } from '@/lib/search/index-schema';

export function seedSearchIndex(dir = 'data'): SearchIndex {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv'))) files.set(name, readFileSync(join(dir, name)));
  const result = runPipeline(files);
  if (!result.ok) throw new Error(`seed data has issues: ${JSON.stringify(result.issues)}`);
  return SearchIndexSchema.parse(JSON.parse(result.files.get(SEARCH_INDEX_FILE)!));
}

export function seedCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join('data', file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}
