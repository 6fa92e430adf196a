/**
 * The data step as one call, for the CLI (`npm run data`) and for tests that run it in-process: reads a
 * data folder, validates it, and on success publishes the generated JSON; on any problem it reports them
 * all and writes nothing. Returns the exit status.
 */
import { basename, relative } from 'node:path';
import { formatIssue, sortIssues } from '@/lib/data/issues';
import { runPipeline } from '@/lib/site/data-step';
import { replaceFolder } from '@/lib/node/atomic-dir';
import { readFolderFiles } from '@/lib/node/read-folder';

export interface DataStepOptions {
  /** The data folder. */
  source: string;
  /** The generated folder it publishes. */
  target: string;
  /** Where report lines go. */
  out?: (line: string) => void;
  err?: (line: string) => void;
}

export async function runDataStep({
  source,
  target,
  out = console.log,
  err = console.error,
}: DataStepOptions): Promise<number> {
  const started = performance.now();
  const fromHere = relative(process.cwd(), source);
  const shownSource = fromHere.startsWith('..') ? source : fromHere || '.';

  const read = await readFolderFiles(source).catch((error: unknown) => error as Error);
  if (read instanceof Error) {
    err(`Data step: cannot read the data folder ${source}: ${read.message}`);
    err('Set DATA_DIR to a folder of CSV files (see data/README.md).');
    return 1;
  }
  // Every problem at once: the files that could be read are validated too, except that a data file
  // reported as not a file is not reported again as missing.
  const result = runPipeline(read.files);
  const reported = new Set(read.issues.map((issue) => issue.file));
  const issues = sortIssues([
    ...read.issues,
    ...(result.ok ? [] : result.issues.filter((issue) => !reported.has(issue.file))),
  ]);
  if (!result.ok || issues.length > 0) {
    const n = issues.length;
    err(
      `Data step: ${n} problem${n === 1 ? '' : 's'} in ${shownSource}/ — nothing was written; the site keeps its previous data.\n`,
    );
    for (const issue of issues) err(`  ${formatIssue(issue, shownSource)}`);
    err('\nThe columns and values each file takes are described in data/README.md.');
    return 1;
  }

  await replaceFolder(target, result.files);
  const counts = Object.entries(result.rowCounts)
    .map(([file, rows]) => `${file} ${rows}`)
    .join(', ');
  const ms = Math.round(performance.now() - started);
  out(
    `Data step: read ${shownSource}/ (${counts}); wrote ${result.files.size} files to ${basename(target)}/ in ${ms} ms.`,
  );
  return 0;
}
