/** Which files a --records argument names: the file itself, or a folder's record files in name order. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf } from '@/lib/records/load';

export async function recordFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => !name.startsWith('.') && formatOf(name) !== null).sort();
  return names.map((name) => join(path, name));
}
