/** Build-time gathering of everything the dataset downloads hold: all records, and the data folder's CSV files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '@/lib/node/paths';
import { loadCatalogue, loadComparison, loadEmployer, loadRolePage, loadSkill } from '@/lib/site/load';

/** The whole dataset as one JSON-ready object; `readme` repeats README.txt line by line. */
export function loadDataset(readme: string) {
  const catalogue = loadCatalogue();
  return {
    readme: readme.trimEnd().split('\n'),
    sources: catalogue.sources,
    roles: catalogue.roles.map((r) => loadRolePage(r.id)),
    skills: catalogue.skills.map((s) => loadSkill(s.slug)),
    employers: catalogue.employers.map((e) => loadEmployer(e.slug)),
    comparisons: catalogue.comparisons.map((c) => loadComparison(c.id)),
  };
}

/** Every CSV file of the data folder (DATA_DIR, else data/), by file name. */
export function readDataCsvFiles(dir = dataDir()): Map<string, string> {
  const names = readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort();
  return new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}
