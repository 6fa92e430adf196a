/**
 * Replaces a whole output folder at once: everything is written to a sibling temp folder,
 * which then takes the old folder's place by rename. A failure before the rename leaves the
 * previous output exactly as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export async function replaceFolder(target: string, files: ReadonlyMap<string, string>): Promise<void> {
  const folder = resolve(target);
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = `${folder}.tmp-${stamp}`;
  const old = `${folder}.old-${stamp}`;
  try {
    for (const [path, text] of files) {
      const file = join(temp, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text, 'utf8');
    }
    await mkdir(temp, { recursive: true });
    let hadPrevious = true;
    try {
      await rename(folder, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadPrevious = false;
    }
    try {
      await rename(temp, folder);
    } catch (error) {
      if (hadPrevious) await rename(old, folder);
      throw error;
    }
    if (hadPrevious) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
