/** The search engine in the browser: the index is downloaded and the engine built once per page. */
import { useEffect, useState } from 'react';
import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';
import { SEARCH_INDEX_FORMAT, type SearchIndex } from '@/lib/search/index-format';
import { searchIndexHref } from '@/lib/search/urls';

let loading: Promise<SearchEngine> | undefined;

export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= fetch(searchIndexHref())
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchIndex>;
    })
    .then((index) => {
      if (index.format !== SEARCH_INDEX_FORMAT) throw new Error('search index: unknown format');
      return createSearchEngine(index);
    })
    .catch((error: unknown) => {
      loading = undefined; // a later attempt may succeed (e.g. back online)
      throw error;
    });
  return loading;
}

export type EngineState = { status: 'loading' } | { status: 'ready'; engine: SearchEngine } | { status: 'failed' };

export function useSearchEngine(): EngineState {
  const [state, setState] = useState<EngineState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadSearchEngine().then(
      (engine) => live && setState({ status: 'ready', engine }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
