/** Build-time gathering of everything the dataset downloads hold: all records, and the data folder's CSV files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '@/lib/node/paths';
import { loadCatalogue, loadComparison, loadEmployer, loadRolePage, loadSkill } from '@/lib/site/load';

/** A record without its own copy of the sources it cites: the dataset lists every source once. */
function bySourceId<T extends { sources: unknown }>({ sources: _sources, ...record }: T): Omit<T, 'sources'> {
  return record;
}

/**
 * The whole dataset as one JSON-ready object; `readme` repeats README.txt line by line. Records
 * cite their sources by id (`sourceId`), each source listed once in `sources`.
 */
export function loadDataset(readme: string) {
  const catalogue = loadCatalogue();
  return {
    readme: readme.trimEnd().split('\n'),
    sources: catalogue.sources,
    roles: catalogue.roles.map((r) => bySourceId(loadRolePage(r.id))),
    skills: catalogue.skills.map((s) => bySourceId(loadSkill(s.slug))),
    employers: catalogue.employers.map((e) => bySourceId(loadEmployer(e.slug))),
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
