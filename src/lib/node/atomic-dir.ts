/**
 * Replaces a whole output folder (the built site, the generated JSON) at once, so that a reader of it
 * always sees either the previous version or the new one, complete — also when the process writing it is
 * killed (SIGKILL, power loss) at any point.
 *
 * Two renames (old away, new in) are not atomic: between them the folder does not exist. So the target is
 * a symbolic link, and every version is a real folder in a sibling store:
 *
 *     dist            → dist.versions/000001764573600000-4242   (a relative link)
 *     dist.versions/
 *       000001764573600000-4242/               the current site
 *       000001764573700000-4310.partial        a build in progress (pid 4310)
 *
 * Publishing a new version:
 *   1. tidy: remove what killed runs left (partial folders and temp links of dead processes, complete
 *      versions nothing links to);
 *   2. write the new version into `<stamp>.partial` (the caller fills it: `astro build`, or files);
 *   3. rename it to `<stamp>` (complete, but nothing points at it yet);
 *   4. make a new link `<target>.link-<pid>` to it and rename that over the target: rename(2) replaces the
 *      old link in one step, the one atomic moment;
 *   5. remove the previous version.
 * Killed before 4, the target still names the previous version, untouched; after 4, the new one. Whatever a
 * killed run left in the store is removed by step 1 of the next run. A failure in 2 removes the partial
 * folder and leaves everything else as it was.
 *
 * A target that is still a real folder (from before this scheme, or a file system without symbolic links)
 * is replaced by rename-over: the old folder is moved into the store, then the new link takes its name.
 * Between those two renames the target is missing; a run killed there leaves a complete version in the
 * store, and step 1 of the next run links the target back to the newest one. Where symbolic links cannot
 * be made at all, versions are renamed into place the same way (old out, new in), with the same recovery.
 */
import { existsSync, lstatSync } from 'node:fs';
import { lstat, mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const PARTIAL = '.partial';

/** Where the versions of `target` live: a sibling folder, so that renames stay on one file system. */
export function versionStore(target: string): string {
  return `${resolve(target)}.versions`;
}

/** A version name that sorts by creation time: zero-padded milliseconds, then the writer's pid. */
function newStamp(): string {
  return `${String(Date.now()).padStart(18, '0')}-${process.pid}`;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid written into a partial version's or temp link's name, e.g. '…-4242.partial' → 4242. */
function writerPid(name: string): number | undefined {
  const match = /-(\d+)(?:\.partial)?$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The version folder name the target links to, or undefined when it is not one of our links. */
async function currentVersion(target: string): Promise<string | undefined> {
  try {
    const link = await readlink(target);
    return dirname(link) === basename(versionStore(target)) ? basename(link) : undefined;
  } catch {
    return undefined;
  }
}

/** Gives the target its new version: a link renamed over the old one, or rename-over without links. */
async function pointTo(target: string, version: string): Promise<void> {
  const store = versionStore(target);
  const tempLink = `${target}.link-${process.pid}`;
  await rm(tempLink, { force: true });
  let linked = true;
  try {
    await symlink(join(basename(store), version), tempLink, 'dir');
  } catch {
    linked = false; // no symbolic links here (e.g. Windows without the privilege): rename the folder itself
  }
  const stat = await lstat(target).catch((error: unknown) => {
    if (missing(error)) return undefined;
    throw error;
  });
  if (stat && !stat.isSymbolicLink()) {
    // A real folder (first run of this scheme, or no links): move it into the store first.
    await rename(target, join(store, `${newStamp()}-previous`));
  }
  await rename(linked ? tempLink : join(store, version), target);
}

/**
 * Removes what earlier, killed runs left behind and repairs a missing target. Safe to call at any time
 * while no other process is publishing to the same target.
 */
export async function tidyVersions(target: string): Promise<void> {
  const folder = resolve(target);
  const store = versionStore(folder);
  const parent = dirname(folder);
  const linkPrefix = `${basename(folder)}.link-`;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(linkPrefix)) continue;
    const pid = writerPid(name);
    if (pid === undefined || !isAlive(pid)) await rm(join(parent, name), { force: true });
  }
  const entries = (await readdir(store).catch(() => [] as string[])).sort();
  const complete = entries.filter((name) => !name.endsWith(PARTIAL));
  if (!existsSync(folder) && complete.length > 0) {
    // Killed between the two renames of a rename-over: the newest complete version takes the name.
    await pointTo(folder, complete.at(-1)!);
  }
  const current = await currentVersion(folder);
  for (const name of entries) {
    if (name === current) continue;
    if (name.endsWith(PARTIAL)) {
      const pid = writerPid(name);
      if (pid !== undefined && isAlive(pid)) continue; // another build, still running
    }
    await rm(join(store, name), { recursive: true, force: true });
  }
}

/**
 * Publishes a new version of `target`: `fill` writes it into the empty folder it is given; only when it
 * resolves does the target switch to it. When `fill` throws, its folder is removed and the target is left
 * exactly as it was.
 */
export async function publishFolder(target: string, fill: (folder: string) => Promise<void>): Promise<void> {
  const folder = resolve(target);
  const store = versionStore(folder);
  await tidyVersions(folder);
  const version = newStamp();
  const partial = join(store, `${version}${PARTIAL}`);
  await mkdir(partial, { recursive: true });
  try {
    await fill(partial);
    await rename(partial, join(store, version));
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  await pointTo(folder, version);
  await tidyVersions(folder);
}

/** Publishes a folder holding exactly `files` (relative path → UTF-8 text) as the new version of `target`. */
export async function replaceFolder(target: string, files: ReadonlyMap<string, string>): Promise<void> {
  await publishFolder(target, async (folder) => {
    for (const [path, text] of files) {
      const file = join(folder, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text, 'utf8');
    }
  });
}

/** Whether `target` is published by this module (a link into its version store). */
export function isVersionLink(target: string): boolean {
  try {
    return lstatSync(target).isSymbolicLink() && existsSync(versionStore(target));
  } catch {
    return false;
  }
}
