/**
 * `npm run generate:synthetic -- --records 100000 --out synthetic-records [--seed 1] [--format csv.gz|csv|parquet]`
 * Writes synthetic resume records (seeded, deterministic) for the roles of data/ (DATA_DIR) to
 * <out>/synthetic-records.<format>. Synthetic: for examples, tests and benches, never real people.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import Papa from 'papaparse';
import { dataDir } from '@/lib/node/paths';
import { openDuckDb, sqlString } from '@/lib/records/duckdb';
import { syntheticCsv, type SyntheticRole } from '@/lib/records/synthetic';

const USAGE =
  'Usage: npm run generate:synthetic -- --records <count> --out <folder> [--seed 1] [--format csv.gz|csv|parquet]';
const { values } = parseArgs({
  options: {
    records: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    format: { type: 'string', default: 'csv.gz' },
  },
});
const records = Number(values.records);
const seed = Number(values.seed);
if (
  !values.out ||
  !Number.isInteger(records) ||
  records < 1 ||
  !Number.isInteger(seed) ||
  !['csv.gz', 'csv', 'parquet'].includes(values.format!)
) {
  console.error(USAGE);
  process.exit(2);
}

const read = async (file: string) =>
  Papa.parse<Record<string, string>>((await readFile(join(dataDir(), file), 'utf8')).trim(), { header: true }).data;
const skills = await read('skills.csv');
const roles: SyntheticRole[] = (await read('roles.csv')).map((role) => ({
  id: role.id!,
  title: role.title!,
  skills: skills.filter((s) => s.role_id === role.id && s.kind === 'hard').map((s) => s.skill!),
}));

const started = performance.now();
await mkdir(values.out, { recursive: true });
// For Parquet, the CSV is a temporary file of its own, so a CSV.gz already in the folder is left alone.
const csvName = {
  csv: 'synthetic-records.csv',
  'csv.gz': 'synthetic-records.csv.gz',
  parquet: 'synthetic-records.tmp.csv.gz',
};
const csvPath = resolve(values.out, csvName[values.format as keyof typeof csvName]);
const source = Readable.from(syntheticCsv({ records, seed, roles }));
if (values.format === 'csv') await pipeline(source, createWriteStream(csvPath));
else await pipeline(source, createGzip({ level: 6 }), createWriteStream(csvPath));
let written = csvPath;
if (values.format === 'parquet') {
  written = resolve(values.out, 'synthetic-records.parquet');
  const engine = await openDuckDb();
  await engine.query(
    `copy (select * from read_csv(${sqlString(csvPath)}, all_varchar = true, header = true, delim = ',', quote = '"')) ` +
      `to ${sqlString(written)} (format parquet)`,
  );
  engine.close();
  await rm(csvPath);
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `Synthetic records: ${records.toLocaleString('en-US')} (seed ${seed}) → ${written} in ${seconds.toFixed(1)} s`,
);
