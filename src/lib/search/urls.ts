/** Addresses search uses: the results page for a query and the index file. */
import { href } from '@/lib/site/urls';
import { SEARCH_INDEX_FILE } from '@/lib/search/index-format';

/** The shareable results page, e.g. "/search/?q=acount%20manger"; the A–Z page when the query is empty. */
export function searchPageHref(query = ''): string {
  const q = query.trim();
  return q ? href(`search/?q=${encodeURIComponent(q)}`) : href('search/');
}

/** Where the site serves the search index. */
export const searchIndexHref = (): string => href(SEARCH_INDEX_FILE);
