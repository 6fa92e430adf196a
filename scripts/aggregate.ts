/**
 * `npm run aggregate -- --records <file or folder> --out <data folder> [--min-records 30] [--max-bad-records 0]
 *   [--title <what the records are>] [--bad-records-report <file>]`
 * Computes the record figures of the data contract from raw records and replaces only its own files in the data
 * folder (each atomically), after checking the whole folder as the data step would. Bad records stop the run
 * (exit 1, nothing written) unless --max-bad-records accepts them; accepted ones are all listed in the report.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatIssue } from '@/lib/data/issues';
import { readFolderFiles } from '@/lib/node/read-folder';
import { replaceFiles } from '@/lib/node/replace-files';
import { DEFAULT_PARAMS } from '@/lib/records/engine';
import { recordFiles } from '@/lib/records/files';
import { RecordFileError } from '@/lib/records/load';
import { badRecordsCsv, formatBadRecord, formatSummary } from '@/lib/records/report';
import { runAggregate } from '@/lib/records/run';

const USAGE =
  'Usage: npm run aggregate -- --records <file or folder> --out <data folder> [--min-records 30] ' +
  '[--max-bad-records 0] [--title "Resumes from …"] [--bad-records-report aggregate-bad-records.csv]';

let values: Record<string, string | undefined>;
try {
  values = parseArgs({
    options: {
      records: { type: 'string' },
      out: { type: 'string' },
      'min-records': { type: 'string' },
      'max-bad-records': { type: 'string' },
      title: { type: 'string' },
      'bad-records-report': { type: 'string' },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const wholeNumber = (text: string | undefined, fallback: number, min: number) => {
  if (text === undefined) return fallback;
  return /^\d+$/.test(text) && Number(text) >= min ? Number(text) : NaN;
};
const minRecords = wholeNumber(values['min-records'], DEFAULT_PARAMS.minRecords, 1);
const maxBadRecords = wholeNumber(values['max-bad-records'], 0, 0);
if (!values.records || !values.out || Number.isNaN(minRecords) || Number.isNaN(maxBadRecords)) {
  console.error(USAGE);
  process.exit(2);
}
const reportPath = values['bad-records-report'] ?? 'aggregate-bad-records.csv';

let files: string[];
let dataFolder: Map<string, Uint8Array>;
try {
  files = await recordFiles(values.records);
  const folder = await readFolderFiles(values.out);
  if (folder.issues.length > 0) {
    for (const issue of folder.issues) console.error(`Aggregate: ${formatIssue(issue, values.out)}`);
    process.exit(1);
  }
  dataFolder = folder.files;
} catch (error) {
  console.error(`Aggregate: ${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}
if (files.length === 0) {
  console.error(`Aggregate: no record files (.csv, .csv.gz, .parquet, .jsonl) in ${values.records}`);
  process.exit(1);
}

let result;
try {
  result = await runAggregate({
    files,
    dataFolder,
    params: { ...DEFAULT_PARAMS, minRecords },
    maxBadRecords,
    title: values.title ?? 'Resume records',
    date: new Date().toISOString().slice(0, 10),
    progress: (line) => console.log(`Aggregate: ${line}`),
  });
} catch (error) {
  if (!(error instanceof RecordFileError)) throw error;
  console.error(`Aggregate: ${error.message} — nothing was written.`);
  process.exit(1);
}

if (!result.ok) {
  console.error(`Aggregate: nothing was written; the data folder keeps its previous files.`);
  for (const problem of result.problems) console.error(`  ${problem}`);
  if (result.bad.length > 0) {
    console.error(
      `\n${result.badCount} bad record${result.badCount === 1 ? '' : 's'}; the first ${result.bad.length}:`,
    );
    for (const bad of result.bad) console.error(`  ${formatBadRecord(bad)}`);
    console.error('\nFix them, or accept up to N of them with --max-bad-records N (all are then listed in a report).');
  }
  process.exit(1);
}

if (result.bad.length > 0) {
  await writeFile(reportPath, badRecordsCsv(result.bad), 'utf8');
  console.log(
    `Aggregate: ${result.bad.length} bad records accepted (--max-bad-records ${maxBadRecords}); all listed in ${reportPath}`,
  );
}
await replaceFiles(values.out, result.files);
console.log(formatSummary(result.summary, minRecords));
console.log(`Aggregate: wrote ${[...result.files.keys()].join(', ')} to ${values.out}`);
