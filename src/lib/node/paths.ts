/** Where the data step reads from and writes to; both can be moved by environment variables. */
import { resolve } from 'node:path';

/** The folder of source CSVs: DATA_DIR, else ./data. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR ?? 'data');
}

/** The git-ignored folder of generated JSON the site reads: GENERATED_DIR, else ./.generated. */
export function generatedDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.GENERATED_DIR ?? '.generated');
}
