/** Loaded by the search page when its address has a query: renders the ranked results there. */
import { createRoot } from 'react-dom/client';
import { SearchResults } from '@/components/islands/search/SearchResults';

export function mountSearchResults(container: HTMLElement, query: string): void {
  createRoot(container).render(<SearchResults query={query} />);
}
