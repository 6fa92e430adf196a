/** The data step as a maintainer runs it: DATA_DIR in, generated folder out, or errors and nothing written. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { versionStore } from '@/lib/node/atomic-dir';
import { seedFileNames } from '../support/data-folder';

const work = mkdtempSync(join(tmpdir(), 'role-atlas-data-step-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runDataStep(dataDir: string, generatedDir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, GENERATED_DIR: generatedDir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its bytes, for byte-for-byte comparison. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(folder, path)] = readFileSync(path, 'base64');
    }
  };
  walk(folder);
  return out;
}

/** A copy of data/'s hand-made files (the imported official files would only make each run slower). */
function copyOfSeed(name: string): string {
  const folder = join(work, name);
  mkdirSync(folder, { recursive: true });
  for (const file of seedFileNames()) cpSync(join('data', file), join(folder, file));
  return folder;
}

// Each case starts Node processes; on a loaded 2-core machine that takes seconds, so allow a minute.
describe('npm run data', { timeout: 60_000 }, () => {
  it('writes the same bytes on every run over the same input', () => {
    const data = copyOfSeed('seed');
    const first = runDataStep(data, join(work, 'out-1'));
    const second = runDataStep(data, join(work, 'out-2'));
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(snapshot(join(work, 'out-1'))).toEqual(snapshot(join(work, 'out-2')));
    expect(first.stdout).toMatch(/roles\.csv 5/);
    expect(first.stdout).toMatch(/in \d+ ms/);
  });

  it('reads the folder DATA_DIR names', () => {
    const data = copyOfSeed('renamed');
    const roles = readFileSync(join(data, 'roles.csv'), 'utf8').replace(
      'Global account manager,',
      'Global key account lead,',
    );
    writeFileSync(join(data, 'roles.csv'), roles);
    const out = join(work, 'out-renamed');
    expect(runDataStep(data, out).status).toBe(0);
    const catalogue = JSON.parse(readFileSync(join(out, 'catalogue.json'), 'utf8')) as { roles: { title: string }[] };
    expect(catalogue.roles.map((r) => r.title)).toContain('Global key account lead');
  });

  it('on bad data prints every problem with file and line, exits 1 and leaves the previous output untouched', () => {
    const data = copyOfSeed('bad');
    const out = join(work, 'out-bad');
    expect(runDataStep(data, out).status).toBe(0);
    const before = snapshot(out);

    const skills = readFileSync(join(data, 'skills.csv'), 'utf8').replace(',12,', ',12.5%,');
    writeFileSync(join(data, 'skills.csv'), skills);
    writeFileSync(
      join(data, 'employers.csv'),
      `${readFileSync(join(data, 'employers.csv'), 'utf8')}no-such-role,Acme,3,career-page-gam\n`,
    );
    const failed = runDataStep(data, out);

    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`${data}/skills.csv:2:4`);
    expect(failed.stderr).toContain('"12.5%"');
    expect(failed.stderr).toContain(`${data}/employers.csv:5:1`);
    expect(failed.stderr).toMatch(/2 problems/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(work).filter((name) => name.includes('.tmp-') || name.includes('.link-'))).toEqual([]);
    expect(readdirSync(versionStore(out))).toHaveLength(1); // nothing half-written left beside the output
  });

  it('fails clearly when the data folder does not exist', () => {
    const failed = runDataStep(join(work, 'missing'), join(work, 'out-missing'));
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/cannot read the data folder/);
  });
});
