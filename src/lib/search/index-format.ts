/**
 * The search index's constants and types, without its zod schema (index-schema.ts, which is
 * checked against these types), so the code that runs in the browser never bundles zod.
 */

/** What an entry is, in the order results of equal score are listed. */
export const SEARCH_KINDS = ['role', 'skill', 'employer', 'industry'] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_INDEX_FORMAT = 1;

/** One thing a person can find (each field is described in index-schema.ts). */
export interface SearchEntry {
  kind: SearchKind;
  title: string;
  path: string;
  detail: string;
  aliases?: string[] | undefined;
  weight?: number | undefined;
}

/** Everything search can find, plus what it suggests before anything is typed. */
export interface SearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  entries: SearchEntry[];
  suggestions: number[];
}

/** The file the data step writes and the site serves, inside the generated folder and at the site root. */
export const SEARCH_INDEX_FILE = 'search-index.json';

/** Group headings, in the order ties are broken. */
export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  role: { one: 'Role', many: 'Roles' },
  skill: { one: 'Skill', many: 'Skills' },
  employer: { one: 'Employer', many: 'Employers' },
  industry: { one: 'Industry', many: 'Industries' },
};
