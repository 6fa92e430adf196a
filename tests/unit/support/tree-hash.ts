/** One hash of a whole folder tree (names, kinds, link targets and bytes), to prove it did not change. */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** The tree below `folder` (itself followed if it is a link), walked in name order. */
export function treeHash(folder: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) {
        hash.update(`d ${prefix}${name}\n`);
        walk(path, `${prefix}${name}/`);
      } else if (stat.isSymbolicLink()) {
        hash.update(`l ${prefix}${name} ${readlinkSync(path)}\n`);
      } else {
        hash.update(`f ${prefix}${name} ${stat.size}\n`);
        hash.update(readFileSync(path));
      }
    }
  };
  walk(folder, '');
  return hash.digest('hex');
}
