/** Build-time gathering of everything the dataset downloads hold: all records, and the data folder's CSV files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '@/lib/node/paths';
import { roleDataPath } from '@/lib/downloads/paths';
import { loadCatalogue, loadComparison, loadEmployer, loadRolePage, loadSkill } from '@/lib/site/load';

/** A record without its own copy of the sources it cites: the dataset lists every source once. */
function bySourceId<T extends { sources: unknown }>({ sources: _sources, ...record }: T): Omit<T, 'sources'> {
  return record;
}

/**
 * A role of the dataset. A resume role is given whole. An O*NET occupation is given by reference:
 * its id, title and code, and `data`, the path (from the site root) of its page's JSON, which holds
 * the full record; the official tables themselves are in the CSV zip. Repeating every occupation's
 * record here would make this file a second copy of the 1,016 occupation files (24 MB of 25).
 */
function datasetRole(id: string) {
  const record = loadRolePage(id);
  if (record.kind !== 'occupation') return bySourceId(record);
  const { kind, title, plural, onetCode, sourceId } = record;
  return { kind, id, title, plural, onetCode, sourceId, data: roleDataPath(id) };
}

const BY_REFERENCE = [
  'Occupations: each O*NET occupation in "roles" is listed by reference (kind, id, title, onetCode,',
  'sourceId); its full record, as its page shows it, is the JSON file named in "data" (a path from',
  'the site root), and the official tables it comes from are the onet_*.csv and bls_*.csv files of',
  'role-atlas-csv.zip.',
];

/**
 * The whole dataset as one JSON-ready object; `readme` repeats README.txt line by line. Records
 * cite their sources by id (`sourceId`), each source listed once in `sources`.
 */
export function loadDataset(readme: string) {
  const catalogue = loadCatalogue();
  return {
    readme: [...readme.trimEnd().split('\n'), '', ...BY_REFERENCE],
    sources: catalogue.sources,
    roles: catalogue.roles.map((r) => datasetRole(r.id)),
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
