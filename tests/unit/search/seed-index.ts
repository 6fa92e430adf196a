/** The search index the data step builds from the seed data/ folder, built in memory, and its site model. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildSiteModel, type SiteModel } from '@/lib/model/site-model';
import { runPipeline } from '@/lib/site/data-step';
import { validateDataFolder } from '@/lib/data/validate';
import { IMPORTED_FILES } from '@/lib/import/official';
import { SEARCH_INDEX_FILE, type SearchIndex } from '@/lib/search/index-format';
import { SearchIndexSchema } from '@/lib/search/index-schema';

/** The hand-made CSVs: the seed, without the importer's O*NET and BLS files. */
function seedFiles(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const handMade = readdirSync(dir).filter((n) => n.endsWith('.csv') && !IMPORTED_FILES.includes(n));
  for (const name of handMade) files.set(name, readFileSync(join(dir, name)));
  return files;
}

/** Every CSV of the data folder: the seed and the official import, as the site is built. */
function allFiles(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv'))) files.set(name, readFileSync(join(dir, name)));
  return files;
}

export function seedSearchIndex(dir = 'data'): SearchIndex {
  return indexOf(seedFiles(dir));
}

/** The search index of the whole data folder (about 1,000 occupations and 57,000 names once imported). */
export function fullSearchIndex(dir = 'data'): SearchIndex {
  return indexOf(allFiles(dir));
}

function indexOf(files: Map<string, Uint8Array>): SearchIndex {
  const result = runPipeline(files);
  if (!result.ok) throw new Error(`seed data has issues: ${JSON.stringify(result.issues)}`);
  return SearchIndexSchema.parse(JSON.parse(result.files.get(SEARCH_INDEX_FILE)!));
}

/** The site model of the seed, for checks that need the records behind the index. */
export function seedSiteModel(dir = 'data'): SiteModel {
  const { tables, issues } = validateDataFolder(seedFiles(dir));
  if (issues.length > 0) throw new Error(`seed data has issues: ${JSON.stringify(issues)}`);
  return buildSiteModel(tables);
}

export function seedCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join('data', file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}
