/** The version switch behind the data step and the build, including what a killed run leaves behind. */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishFolder, replaceFolder, tidyVersions, versionStore } from '@/lib/node/atomic-dir';
import { treeHash } from '../support/tree-hash';

let work: string;
let target: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'atomic-dir-'));
  target = join(work, 'out');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A pid no process has: beyond Linux's pid_max. */
const DEAD_PID = 4_194_999;

describe('replaceFolder', () => {
  it('publishes the files as a link into the version store, and keeps only the current version', async () => {
    await replaceFolder(target, new Map([['a.json', '1']]));
    await replaceFolder(target, new Map([['b/c.json', '2']]));
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    expect(readdirSync(target, { recursive: true }).sort()).toEqual(['b', join('b', 'c.json')]);
    expect(readdirSync(versionStore(target))).toHaveLength(1);
    expect(readdirSync(work).sort()).toEqual(['out', 'out.versions']);
  });

  it('turns a real folder from before into a link, in one publish', async () => {
    mkdirSync(target);
    writeFileSync(join(target, 'old.txt'), 'old');
    await replaceFolder(target, new Map([['new.txt', 'new']]));
    expect(readFileSync(join(target, 'new.txt'), 'utf8')).toBe('new');
    expect(existsSync(join(target, 'old.txt'))).toBe(false);
    expect(readdirSync(versionStore(target))).toHaveLength(1);
  });
});

describe('publishFolder', () => {
  it('leaves the target byte for byte and removes its work when filling fails', async () => {
    await replaceFolder(target, new Map([['a.txt', 'a']]));
    const before = treeHash(target);
    await expect(
      publishFolder(target, async (folder) => {
        writeFileSync(join(folder, 'half.txt'), 'half');
        throw new Error('build failed');
      }),
    ).rejects.toThrow('build failed');
    expect(treeHash(target)).toBe(before);
    expect(readdirSync(versionStore(target))).toHaveLength(1);
  });
});

describe('tidyVersions, after a run killed at each point', () => {
  it('killed while writing: removes the partial folder of the dead writer, keeps a live one', async () => {
    await replaceFolder(target, new Map([['a.txt', 'a']]));
    const before = treeHash(target);
    const store = versionStore(target);
    mkdirSync(join(store, `000000000000000001-${DEAD_PID}.partial`));
    mkdirSync(join(store, `000000000000000002-${process.pid}.partial`));
    await tidyVersions(target);
    expect(readdirSync(store).filter((n) => n.endsWith('.partial'))).toEqual([
      `000000000000000002-${process.pid}.partial`,
    ]);
    expect(treeHash(target)).toBe(before);
  });

  it('killed after the version was complete but before the switch: the target stays old, the orphan goes', async () => {
    await replaceFolder(target, new Map([['a.txt', 'a']]));
    const before = treeHash(target);
    const store = versionStore(target);
    mkdirSync(join(store, `999999999999999999-${DEAD_PID}`));
    writeFileSync(join(work, `out.link-${DEAD_PID}`), '');
    await tidyVersions(target);
    expect(treeHash(target)).toBe(before);
    expect(readdirSync(store)).toHaveLength(1);
    expect(existsSync(join(work, `out.link-${DEAD_PID}`))).toBe(false);
  });

  it('killed between the two renames that turn a real folder into a link: the target comes back', async () => {
    const store = versionStore(target);
    mkdirSync(join(store, `000000000000000005-${DEAD_PID}`), { recursive: true });
    writeFileSync(join(store, `000000000000000005-${DEAD_PID}`, 'site.txt'), 'complete');
    await tidyVersions(target);
    expect(readFileSync(join(target, 'site.txt'), 'utf8')).toBe('complete');
  });

  it('leaves a target that is a link of its own making alone when there is no store', async () => {
    mkdirSync(join(work, 'elsewhere'));
    symlinkSync('elsewhere', target);
    await tidyVersions(target);
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
  });
});
