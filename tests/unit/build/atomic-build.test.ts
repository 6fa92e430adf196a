/**
 * `npm run build` as a maintainer runs it, on a two-file data folder (a site of a few pages, built in
 * seconds): the built folder is the previous site byte for byte after a failed build and after a build
 * killed with SIGKILL in the middle of `astro build`; the next build cleans up after the killed one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionStore } from '@/lib/node/atomic-dir';
import { treeHash } from '../support/tree-hash';

const work = mkdtempSync(join(tmpdir(), 'role-atlas-build-'));
const data = join(work, 'data');
const generated = join(work, 'generated');
const out = join(work, 'site');
const env = { ...process.env, DATA_DIR: data, GENERATED_DIR: generated, OUT_DIR: out };
afterAll(() => rmSync(work, { recursive: true, force: true }));

const seedLines = (file: string, n: number) => readFileSync(join('data', file), 'utf8').split('\n').slice(0, n);

function run(script: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const store = versionStore(out);
const partials = () => readdirSync(store).filter((name) => name.endsWith('.partial'));
/** Files an unfinished build has written so far, 0 while it has not started writing. */
function partialFileCount(): number {
  return partials().reduce((n, name) => n + readdirSync(join(store, name), { recursive: true }).length, 0);
}

// Each case runs `astro build` (a few seconds on a quiet machine, much longer on a loaded one).
describe('npm run build', { timeout: 180_000 }, () => {
  beforeAll(() => {
    mkdirSync(data);
    writeFileSync(join(data, 'sources.csv'), `${seedLines('sources.csv', 2).join('\n')}\n`);
    writeFileSync(join(data, 'roles.csv'), `${seedLines('roles.csv', 2).join('\n')}\n`);
    const step = run('scripts/data.ts');
    expect(step.status, step.output).toBe(0);
    const first = run('scripts/build.ts');
    expect(first.status, first.output).toBe(0);
  }, 180_000);

  it('builds a site into OUT_DIR', () => {
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html');
    expect(readdirSync(store)).toHaveLength(1);
  });

  it('leaves the previous site byte for byte when astro build is killed with SIGKILL halfway', async () => {
    const before = treeHash(out);
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      env,
      detached: true, // its own process group: the kill takes astro with it, as a power cut would
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    let finished = false;
    void exited.then(() => (finished = true));
    while (!finished && partialFileCount() < 3) await new Promise((wait) => setTimeout(wait, 10));
    expect(finished, 'the build ended before it could be killed mid-way').toBe(false);
    process.kill(-child.pid!, 'SIGKILL');
    await exited;

    expect(treeHash(out)).toBe(before);
    expect(partials()).toHaveLength(1); // what the killed build left, cleaned up by the next one

    const next = run('scripts/build.ts');
    expect(next.status, next.output).toBe(0);
    expect(partials()).toEqual([]);
    expect(readdirSync(store)).toHaveLength(1);
    expect(treeHash(out)).toBe(before); // same data, same site
  });

  it('leaves the previous site byte for byte when astro build fails, and removes what it wrote', () => {
    const before = treeHash(out);
    const catalogue = join(generated, 'catalogue.json');
    renameSync(catalogue, `${catalogue}.away`);
    try {
      const failed = run('scripts/build.ts');
      expect(failed.status).toBe(1);
      expect(failed.output).toContain('still holds the previous site, unchanged');
    } finally {
      renameSync(`${catalogue}.away`, catalogue);
    }
    expect(treeHash(out)).toBe(before);
    expect(readdirSync(store)).toHaveLength(1);
  });
});
