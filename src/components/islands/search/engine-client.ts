/**
 * Search from the page: a worker runs the engine (search.worker.ts), so the index download, the
 * engine build and every search stay off the main thread. Created once per page, on intent.
 * Where workers cannot start, the engine runs on the page instead (loaded only then).
 */
import { useEffect, useState } from 'react';
import type { SearchResults } from '@/lib/search/engine';
import { SEARCH_INDEX_FORMAT, type SearchEntry, type SearchIndex } from '@/lib/search/index-format';
import { searchIndexHref } from '@/lib/search/urls';
import type { FromWorker, ToWorker } from '@/components/islands/search/protocol';

export interface SearchClient {
  search(query: string, limit: number): Promise<SearchResults>;
  suggestions: SearchEntry[];
}

let client: Promise<SearchClient> | undefined;

function workerClient(indexUrl: string): Promise<SearchClient> {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const waiting = new Map<number, (results: SearchResults) => void>();
  let nextId = 0;
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'ready') {
        resolve({
          suggestions: data.suggestions,
          search(query, limit) {
            const id = ++nextId;
            worker.postMessage({ type: 'search', id, query, limit } satisfies ToWorker);
            return new Promise((answer) => waiting.set(id, answer));
          },
        });
      } else if (data.type === 'failed') {
        reject(new Error(data.message));
      } else {
        // The worker answers only the latest query of a burst: earlier ones get the same answer.
        for (const [id, answer] of waiting) {
          if (id <= data.id) {
            answer(data.results);
            waiting.delete(id);
          }
        }
      }
    };
    worker.onerror = () => reject(new Error('search worker failed to start'));
    worker.postMessage({ type: 'load', indexUrl } satisfies ToWorker);
  });
}

async function pageClient(indexUrl: string): Promise<SearchClient> {
  const [{ createSearchEngine }, response] = await Promise.all([import('@/lib/search/engine'), fetch(indexUrl)]);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const index = (await response.json()) as SearchIndex;
  if (index.format !== SEARCH_INDEX_FORMAT) throw new Error('search index: unknown format');
  const engine = createSearchEngine(index);
  return { suggestions: engine.suggestions(), search: async (query, limit) => engine.search(query, { limit }) };
}

export function loadSearchClient(): Promise<SearchClient> {
  const indexUrl = new URL(searchIndexHref(), location.href).href;
  client ??= (typeof Worker === 'function' ? workerClient(indexUrl) : Promise.reject(new Error('no workers')))
    .catch(() => pageClient(indexUrl))
    .catch((error: unknown) => {
      client = undefined; // a later attempt may succeed (e.g. back online)
      throw error;
    });
  return client;
}

export type ClientState = { status: 'loading' } | { status: 'ready'; client: SearchClient } | { status: 'failed' };

export function useSearchClient(): ClientState {
  const [state, setState] = useState<ClientState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadSearchClient().then(
      (ready) => live && setState({ status: 'ready', client: ready }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

export interface LiveResults {
  /** The latest answer received (for an earlier query while `pending`); none for an empty query. */
  results: SearchResults | undefined;
  /** True while the answer for the current query is still on its way. */
  pending: boolean;
}

/** Results for `query` (trimmed) as they arrive; older answers stay shown until the new one comes. */
export function useSearchResults(state: ClientState, query: string, limit: number): LiveResults {
  const [results, setResults] = useState<SearchResults | undefined>(undefined);
  useEffect(() => {
    if (state.status !== 'ready' || !query) {
      setResults(undefined);
      return;
    }
    let live = true;
    state.client.search(query, limit).then((answer) => live && answer.query === query && setResults(answer));
    return () => {
      live = false;
    };
  }, [state, query, limit]);
  return {
    results: query ? results : undefined,
    pending: Boolean(query) && results?.query !== query,
  };
}
