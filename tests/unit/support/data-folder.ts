/** The seed data folder as bytes, to be altered one file at a time by tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORTED_FILES } from '@/lib/import/official';

export const SEED_DIR = 'data';

/**
 * The hand-made CSV files of data/: the importer's O*NET and BLS files (about 200,000 rows) are left
 * out, so that each rule is tested on the small seed; the importer has tests of its own.
 */
export function seedFileNames(): string[] {
  return readdirSync(SEED_DIR).filter((name) => name.endsWith('.csv') && !IMPORTED_FILES.includes(name));
}

export function seedFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of seedFileNames()) {
    files.set(name, readFileSync(join(SEED_DIR, name)));
  }
  return files;
}

export function seedText(name: string): string {
  return readFileSync(join(SEED_DIR, name), 'utf8');
}

/** The seed folder with some files replaced (text or bytes) or removed (null). */
export function seedWith(changes: Record<string, string | Uint8Array | null>): Map<string, Uint8Array> {
  const files = seedFiles();
  for (const [name, content] of Object.entries(changes)) {
    if (content === null) files.delete(name);
    else files.set(name, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  return files;
}

/** A seed file with its n-th data line (1 = first after the header) changed by `edit`. */
export function editLine(name: string, dataLine: number, edit: (line: string) => string): string {
  const lines = seedText(name).split('\n');
  lines[dataLine] = edit(lines[dataLine]!);
  return lines.join('\n');
}
