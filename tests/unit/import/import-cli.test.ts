/** `npm run import:official` as a maintainer runs it: its own files replaced, hand-made files untouched, or nothing. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORTED_FILES } from '@/lib/import/official';
import { BLS, EP, ONET_29, tabRows, withTabCell } from './fixtures';

const work = mkdtempSync(join(tmpdir(), 'role-atlas-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SLOW = 60_000; // each run starts a Node process; the machine may be busy

function runImport(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-official.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of a data folder without the importer's own files, as a maintainer has it before the first import. */
function copyOf(from: string, name: string): string {
  const to = join(work, name);
  cpSync(from, to, { recursive: true, filter: (source) => !IMPORTED_FILES.includes(basename(source)) });
  return to;
}

/** Every entry of a folder (files and folders) with its bytes. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { withFileTypes: true }).map((entry) => [
      entry.name,
      entry.isFile() ? readFileSync(join(folder, entry.name), 'base64') : 'folder',
    ]),
  );
}

describe('npm run import:official', () => {
  it(
    'adds its own files beside the hand-made ones, leaves those byte for byte, and writes the same bytes every run',
    () => {
      const data = copyOf('data', 'data-ok');
      const before = snapshot(data);
      const first = runImport(['--onet', ONET_29, '--bls', BLS, '--ep', EP, '--out', data]);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(
        new RegExp(
          `Import: wrote ${IMPORTED_FILES.length} files .*onet_occupations\\.csv \\d+.*bls_projections\\.csv [1-9]`,
        ),
      );
      const afterFirst = snapshot(data);
      for (const [name, bytes] of Object.entries(before)) expect(afterFirst[name], name).toBe(bytes);
      expect(Object.keys(afterFirst).sort()).toEqual([...Object.keys(before), ...IMPORTED_FILES].sort()); // no temp folder left

      const second = runImport(['--onet', ONET_29, '--bls', BLS, '--ep', EP, '--out', data]);
      expect(second.status, second.stderr).toBe(0);
      expect(snapshot(data)).toEqual(afterFirst);
    },
    SLOW,
  );

  it(
    'on a bad input file names folder, file, line and column, exits 1 and writes nothing',
    () => {
      const data = copyOf('data', 'data-bad');
      expect(runImport(['--onet', ONET_29, '--bls', BLS, '--out', data]).status).toBe(0);
      const before = snapshot(data);

      const onet = copyOf(ONET_29, 'onet-bad');
      const line = tabRows(ONET_29, 'Task Statements.txt')[1]!.line;
      writeFileSync(
        join(onet, 'Task Statements.txt'),
        withTabCell(ONET_29, 'Task Statements.txt', line, 'Task ID', 'seven'),
      );
      const failed = runImport(['--onet', onet, '--bls', BLS, '--out', data]);
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain(`${onet}/Task Statements.txt:${line}:2 (column Task ID): found "seven"`);
      expect(failed.stderr).toMatch(/nothing was written/);
      expect(snapshot(data)).toEqual(before);
    },
    SLOW,
  );

  it(
    'refuses output that would not pass the data step in that folder, and writes nothing',
    () => {
      const data = copyOf('data', 'data-conflict');
      // Whatever code the seed gives the role (if any) is replaced with one O*NET does not list.
      const roles = readFileSync(join(data, 'roles.csv'), 'utf8').replace(
        /^(global-account-manager,.*"),[^,]*,career-page-gam$/m,
        '$1,11-2099.00,career-page-gam',
      );
      expect(roles).toContain('11-2099.00');
      writeFileSync(join(data, 'roles.csv'), roles);
      const before = snapshot(data);
      const failed = runImport(['--onet', ONET_29, '--bls', BLS, '--out', data]);
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain(`${data}/roles.csv:2:5 (column onet_code): found "11-2099.00"`);
      expect(snapshot(data)).toEqual(before);
    },
    SLOW,
  );

  it(
    'explains its usage when a folder is not given, and fails on a folder that does not exist',
    () => {
      const usage = runImport(['--onet', ONET_29, '--bls', BLS]);
      expect(usage.status).toBe(2);
      expect(usage.stderr).toMatch(/Usage: npm run import:official -- --onet/);
      const missing = runImport(['--onet', join(work, 'nowhere'), '--bls', BLS, '--out', 'data']);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/cannot read the --onet folder/);
    },
    SLOW,
  );
});
