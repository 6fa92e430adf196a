/**
 * The search index: the one file the search dialog and the results page download. It holds only
 * what people search (names and alternative names) and what a result shows (kind, name, link,
 * one short line), so it stays small as the data grows to thousands of occupations.
 * Its constants and types live in index-format.ts (no zod in the browser); each schema is checked
 * to parse into its type.
 */
import { z } from 'zod';
import { SEARCH_INDEX_FORMAT, SEARCH_KINDS, type SearchEntry, type SearchIndex } from '@/lib/search/index-format';

/** One thing a person can find. */
export const SearchEntrySchema = z.object({
  /** What the entry is: decides the group it is shown in and breaks ties (roles first). */
  kind: z.enum(SEARCH_KINDS),
  /** The name people search for and the result shows, e.g. "Global account manager". */
  title: z.string().min(1),
  /** The page the result opens, relative to the site's base path, e.g. "roles/global-account-manager/". */
  path: z.string().regex(/^(?:[a-z0-9-]+\/)+$/),
  /** One short line under the title, computed from the data, e.g. "Role · 10 skills · 3 employers". */
  detail: z.string(),
  /** Other names the entry goes by (alternative job titles); searched like the title. */
  aliases: z.array(z.string().min(1)).optional(),
  /**
   * How many people work in the occupation, as a tie-break between equally good matches: ten times
   * log10 of its BLS national employment, rounded (Registered Nurses, 3.3 million: 65). Only for an
   * occupation BLS publishes under its own code; absent otherwise.
   */
  weight: z.number().int().nonnegative().optional(),
}) satisfies z.ZodType<SearchEntry>;

/** Everything search can find, plus what it suggests before anything is typed. */
export const SearchIndexSchema = z.object({
  /** Bumped whenever the shape changes, so a cached index of another shape is never read. */
  format: z.literal(SEARCH_INDEX_FORMAT),
  /** Every entry: roles, then skills, employers and industries, each in the catalogue's order. */
  entries: z.array(SearchEntrySchema),
  /** Positions in `entries` offered while the search box is empty: the featured role, top skills and employers. */
  suggestions: z.array(z.number().int().nonnegative()),
}) satisfies z.ZodType<SearchIndex>;
