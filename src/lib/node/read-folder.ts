/**
 * Reads the files of a data folder into memory: name → bytes. A symbolic link to a file is read like the
 * file. Anything else named like a data file (a `.csv` name) — a folder, a link to a folder, a broken link,
 * a link loop, a pipe or device — is reported, never skipped, so that a section cannot silently vanish.
 * Other entries (a README, a subfolder of notes) are left to the contract, which ignores them.
 */
import { lstat, readdir, readFile, readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataIssue } from '@/lib/data/issues';

export interface FolderFiles {
  files: Map<string, Uint8Array>;
  /** Entries named like a data file that are not a readable file. */
  issues: DataIssue[];
}

const DATA_NAME = /\.csv$/i;

const problem = (file: string, expected: string): DataIssue => ({ file, line: 0, column: 0, expected });

/** What an entry named like a data file is when it is not a file, in words; undefined for a file. */
async function notAFile(path: string, name: string): Promise<string | undefined> {
  const own = await lstat(path);
  if (own.isFile()) return undefined;
  if (own.isDirectory()) return `a CSV file, but ${name} is a folder: move it out of the data folder or rename it`;
  if (own.isSymbolicLink()) {
    const to = await readlink(path);
    try {
      const target = await stat(path);
      if (target.isFile()) return undefined;
      if (target.isDirectory()) return `a CSV file, but ${name} is a symbolic link to a folder (${to})`;
      return `a CSV file, but ${name} is a symbolic link to something that is not a file (${to})`;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return `a CSV file, but ${name} is a symbolic link that leads back to itself (a loop)`;
      if (code === 'ENOENT') return `a CSV file, but ${name} is a symbolic link to ${to}, which does not exist`;
      return `a CSV file, but ${name} is a symbolic link that cannot be followed (${code ?? 'error'})`;
    }
  }
  return `a CSV file, but ${name} is a special file (a pipe, socket or device)`;
}

export async function readFolderFiles(folder: string): Promise<FolderFiles> {
  const names = (await readdir(folder)).sort((a, b) => a.localeCompare(b));
  const files = new Map<string, Uint8Array>();
  const issues: DataIssue[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const wrong = await notAFile(path, name).catch((error: unknown) => `a readable file (${(error as Error).message})`);
    const bytes = wrong === undefined ? await readFile(path).catch((error: Error) => error) : undefined;
    if (bytes instanceof Uint8Array) files.set(name, bytes);
    else if (DATA_NAME.test(name)) issues.push(problem(name, wrong ?? `a readable file (${bytes!.message})`));
  }
  return { files, issues };
}
