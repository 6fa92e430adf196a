/** The ranked results on the search page, from the same engine as the dialog. */
import { hitItem } from '@/lib/search/present';
import { href } from '@/lib/site/urls';
import { useSearchClient, useSearchResults } from '@/components/islands/search/engine-client';
import { ResultText } from '@/components/islands/search/ResultText';

/** Results listed on the page; the dialog shows fewer. */
const PAGE_LIMIT = 50;

export function SearchResults({ query }: { query: string }) {
  const state = useSearchClient();
  const { results } = useSearchResults(state, query, PAGE_LIMIT);
  if (state.status === 'loading' || (state.status === 'ready' && !results)) {
    return (
      <p role="status" className="text-muted">
        Searching for “{query}”…
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <p role="status" className="text-muted">
        Search could not load. Everything is listed A to Z below.
      </p>
    );
  }
  if (!results) return null;
  // Every entry the engine counts matches some of the query (its relevance floor), so the count said is theirs.
  const count = results.hits.length;
  const matched = results.matched;
  return (
    <section aria-labelledby="search-results-heading" data-search-results-list>
      <h2 id="search-results-heading" className="text-xl font-semibold">
        Results for “{query}”
      </h2>
      <p role="status" className="mt-1 text-muted">
        {count === 0
          ? 'No matches. Check the spelling, try fewer words, or browse everything A to Z below.'
          : `${matched} ${matched === 1 ? 'match' : 'matches'}${matched > count ? `, the best ${count} shown` : ''}, best first.`}
      </p>
      {count > 0 && (
        <ol className="mt-4 divide-y divide-rule border-y border-rule">
          {results.hits.map((hit) => (
            <li key={`${hit.entry.kind}:${hit.entry.path}:${hit.entry.title}`} className="py-3">
              <a href={href(hit.entry.path)} className="no-underline hover:underline">
                <ResultText item={hitItem(hit)} titleClassName="text-accent" />
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
