/**
 * Replaces some files of a folder and leaves every other file alone. All new files are first
 * written to a hidden temp folder inside the target (same file system), then each one takes its
 * old namesake's place by rename: a reader sees either the old file or the new one, never half of
 * one, and a failure while writing leaves every file as it was.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export async function replaceFiles(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  const target = resolve(folder);
  const temp = await mkdtemp(join(target, '.import-'));
  try {
    for (const [name, text] of files) await writeFile(join(temp, name), text, 'utf8');
    for (const name of files.keys()) await rename(join(temp, name), join(target, name));
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
