/** Build-time access to the search index the data step wrote (served as is by the index endpoint). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir } from '@/lib/node/paths';
import { SEARCH_INDEX_FILE } from '@/lib/search/index-format';

export function readSearchIndexText(): string {
  const file = join(generatedDir(), SEARCH_INDEX_FILE);
  if (!existsSync(file)) {
    throw new Error(
      `The search index ${file} is missing: run \`npm run data\` (or \`npm run build\`, which runs it first).`,
    );
  }
  return readFileSync(file, 'utf8');
}
