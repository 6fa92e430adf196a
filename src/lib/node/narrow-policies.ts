/**
 * Narrows the Content-Security-Policy of every HTML page below `folder` to that page's own inline
 * scripts and styles (see src/lib/seo/csp.ts). Run by `npm run build` on the new version folder before
 * it is published, so a build that fails or is killed here leaves the previous site untouched.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { narrowPolicy } from '@/lib/seo/csp';

/** Rewrites each page whose policy lists hashes it does not use; returns how many pages it rewrote. */
export async function narrowPolicies(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  let rewritten = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = await readFile(file, 'utf8');
    const narrowed = narrowPolicy(html);
    if (narrowed === html) continue;
    await writeFile(file, narrowed, 'utf8');
    rewritten++;
  }
  return rewritten;
}
