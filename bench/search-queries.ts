/**
 * `npx tsx bench/search-queries.ts`: regenerates the labelled search query set
 * (tests/fixtures/search-queries/generated.json) from data/, leaving out the hand-checked queries.
 * The generator is tests/unit/search/query-set.ts; run this after the data changes (the ranking
 * test that checks the file is what the data gives says so).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { fullSearchIndex } from '../tests/unit/search/seed-index';
import {
  GENERATED_FILE,
  generateQuerySet,
  HAND_CHECKED_FILE,
  QUERY_CLASSES,
  type LabelledQuery,
} from '../tests/unit/search/query-set';

const handChecked = (JSON.parse(readFileSync(HAND_CHECKED_FILE, 'utf8')) as LabelledQuery[]).map((q) => q.query);
const queries = generateQuerySet(fullSearchIndex(), 'data', handChecked);
const text = await format(JSON.stringify(queries), {
  ...(await resolveConfig(GENERATED_FILE)),
  filepath: GENERATED_FILE,
});
writeFileSync(GENERATED_FILE, text);
const counts = QUERY_CLASSES.map((c) => `${c} ${queries.filter((q) => q.class === c).length}`).join(', ');
console.error(`wrote ${queries.length} queries to ${GENERATED_FILE}: ${counts}`);
