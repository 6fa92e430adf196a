/** Reads every regular file directly inside a folder into memory: name → bytes. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function readFolderFiles(folder: string): Promise<Map<string, Uint8Array>> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = new Map<string, Uint8Array>();
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    files.set(entry.name, await readFile(join(folder, entry.name)));
  }
  return files;
}
