/**
 * The search index's constants and types, without its zod schema (index-schema.ts), so the code
 * that runs in the browser never bundles zod.
 */
import type { z } from 'zod';
import type { SearchEntrySchema, SearchIndexSchema } from '@/lib/search/index-schema';

/** What an entry is, in the order results of equal score are listed. */
export const SEARCH_KINDS = ['role', 'skill', 'employer', 'industry'] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number];
export type SearchEntry = z.infer<typeof SearchEntrySchema>;
export type SearchIndex = z.infer<typeof SearchIndexSchema>;

export const SEARCH_INDEX_FORMAT = 1;

/** The file the data step writes and the site serves, inside the generated folder and at the site root. */
export const SEARCH_INDEX_FILE = 'search-index.json';

/** Group headings, in the order ties are broken. */
export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  role: { one: 'Role', many: 'Roles' },
  skill: { one: 'Skill', many: 'Skills' },
  employer: { one: 'Employer', many: 'Employers' },
  industry: { one: 'Industry', many: 'Industries' },
};
