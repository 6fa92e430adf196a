/**
 * `npm run import:official -- --onet <dir> --bls <dir> [--ep <dir>] --out <data dir> [--bls-year <year>] [--ep-release <YYYY-YY>]`
 * Converts the raw O*NET and BLS files into the importer's own CSV files in a data folder, checks the
 * whole folder as the data step would, and only then replaces those files (each atomically). Hand-made
 * files are never written. On any problem it prints them all, exits 1 and writes nothing.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { formatIssue, type DataIssue } from '@/lib/data/issues';
import { validateDataFolder } from '@/lib/data/validate';
import { importOfficial } from '@/lib/import/official';
import { readFolderFiles } from '@/lib/node/read-folder';
import { replaceFiles } from '@/lib/node/replace-files';

const USAGE =
  'Usage: npm run import:official -- --onet <O*NET folder> --bls <BLS OEWS folder> [--ep <BLS projections folder>] --out <data folder> [--bls-year <year>] [--ep-release <YYYY-YY>]';
/** Problems printed per file; a wrong layout can make every line of a big file fail the same way. */
const SHOWN_PER_FILE = 20;

const started = performance.now();
let options: { onet?: string; bls?: string; ep?: string; out?: string; 'bls-year'?: string; 'ep-release'?: string };
try {
  options = parseArgs({
    options: {
      onet: { type: 'string' },
      bls: { type: 'string' },
      ep: { type: 'string' },
      'ep-release': { type: 'string' },
      out: { type: 'string' },
      'bls-year': { type: 'string' },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { onet, bls, ep, out } = options;
const blsYear = options['bls-year'];
const epRelease = options['ep-release'];
if (
  !onet ||
  !bls ||
  !out ||
  (blsYear !== undefined && !/^\d{4}$/.test(blsYear)) ||
  (epRelease !== undefined && (!ep || !/^\d{4}-\d{2}$/.test(epRelease)))
) {
  console.error(USAGE);
  process.exit(2);
}

const shown = (folder: string) => {
  const fromHere = relative(process.cwd(), folder);
  return fromHere.startsWith('..') ? folder : fromHere || '.';
};

async function read(folder: string, flag: string): Promise<Map<string, Uint8Array>> {
  try {
    return (await readFolderFiles(folder)).files;
  } catch (error) {
    console.error(`Import: cannot read the ${flag} folder ${folder}: ${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
}

function report(problems: { folder: string; issues: DataIssue[] }[]): never {
  const total = problems.reduce((sum, p) => sum + p.issues.length, 0);
  console.error(`Import: ${total} problem${total === 1 ? '' : 's'} — nothing was written.\n`);
  for (const { folder, issues } of problems) {
    const perFile = new Map<string, number>();
    for (const issue of issues) {
      const count = (perFile.get(issue.file) ?? 0) + 1;
      perFile.set(issue.file, count);
      if (count <= SHOWN_PER_FILE) console.error(`  ${formatIssue(issue, shown(folder))}`);
    }
    for (const [file, count] of perFile) {
      if (count > SHOWN_PER_FILE) console.error(`  … and ${count - SHOWN_PER_FILE} more in ${shown(folder)}/${file}`);
    }
  }
  process.exit(1);
}

const [onetFiles, blsFiles, epFiles, dataFiles] = [
  await read(onet, '--onet'),
  await read(bls, '--bls'),
  ep === undefined ? undefined : await read(ep, '--ep'),
  await read(out, '--out'),
];

const rolesCsv = dataFiles.get('roles.csv');
const takenRoleIds = new Set(
  rolesCsv
    ? Papa.parse<{ id?: string }>(new TextDecoder().decode(rolesCsv), { header: true, skipEmptyLines: true })
        .data.map((row) => row.id?.trim())
        .filter((id): id is string => !!id)
    : [],
);

const result = importOfficial({
  onet: onetFiles,
  bls: blsFiles,
  takenRoleIds,
  ...(blsYear && { blsYear: Number(blsYear) }),
  ...(epFiles && { ep: epFiles }),
  ...(epRelease && { epRelease }),
});
if (!result.ok) {
  report([
    { folder: onet, issues: result.onetIssues },
    { folder: bls, issues: result.blsIssues },
    ...(ep ? [{ folder: ep, issues: result.epIssues }] : []),
  ]);
}

// The folder as the data step will see it: hand-made files as they are, the importer's replaced.
const combined = new Map(dataFiles);
for (const [name, text] of result.files) combined.set(name, new TextEncoder().encode(text));
const validation = validateDataFolder(combined);
if (validation.issues.length > 0) {
  console.error('Import: the converted files do not pass the data step together with the folder they go into.');
  report([{ folder: out, issues: validation.issues }]);
}

await replaceFiles(out, result.files);
const counts = Object.entries(result.rowCounts)
  .map(([file, rows]) => `${file} ${rows}`)
  .join(', ');
for (const note of result.notes) console.log(`Note: ${note}`);
console.log(
  `Import: wrote ${result.files.size} files to ${shown(out)}/ (${counts}) in ${Math.round(performance.now() - started)} ms.`,
);
