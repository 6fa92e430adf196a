/**
 * `npm run data`: validates the data folder and writes the JSON the site reads.
 * On any problem it prints them all and exits 1, writing nothing.
 */
import { basename, relative } from 'node:path';
import { runPipeline } from '@/lib/site/data-step';
import { formatIssue } from '@/lib/data/issues';
import { replaceFolder } from '@/lib/node/atomic-dir';
import { readFolderFiles } from '@/lib/node/read-folder';
import { dataDir, generatedDir } from '@/lib/node/paths';

const started = performance.now();
const source = dataDir();
const target = generatedDir();
const fromHere = relative(process.cwd(), source);
const shownSource = fromHere.startsWith('..') ? source : fromHere || '.';

let input: Map<string, Uint8Array>;
try {
  input = await readFolderFiles(source);
} catch (error) {
  console.error(`Data step: cannot read the data folder ${source}: ${(error as Error).message}`);
  console.error('Set DATA_DIR to a folder of CSV files (see data/README.md).');
  process.exit(1);
}

const result = runPipeline(input);
if (!result.ok) {
  const n = result.issues.length;
  console.error(
    `Data step: ${n} problem${n === 1 ? '' : 's'} in ${shownSource}/ — nothing was written; the site keeps its previous data.\n`,
  );
  for (const issue of result.issues) console.error(`  ${formatIssue(issue, shownSource)}`);
  console.error('\nThe columns and values each file takes are described in data/README.md.');
  process.exit(1);
}

await replaceFolder(target, result.files);
const counts = Object.entries(result.rowCounts)
  .map(([file, rows]) => `${file} ${rows}`)
  .join(', ');
const ms = Math.round(performance.now() - started);
console.log(
  `Data step: read ${shownSource}/ (${counts}); wrote ${result.files.size} files to ${basename(target)}/ in ${ms} ms.`,
);
