/**
 * The search engine off the main thread: it downloads the index, builds the engine and answers
 * searches, so typing stays smooth whatever the index size. When queries arrive faster than they
 * are answered, only the latest is searched (the others' results would be stale on arrival).
 */
import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';
import { SEARCH_INDEX_FORMAT, type SearchIndex } from '@/lib/search/index-format';
import type { FromWorker, ToWorker } from '@/components/islands/search/protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

let engine: Promise<SearchEngine> | undefined;
let latest: Extract<ToWorker, { type: 'search' }> | undefined;
let scheduled = false;

/**
 * A fresh worker runs its first searches with cold, unoptimised code, several times slower than
 * later ones. A few throwaway searches through every tier (exact, prefix, words, typos) before
 * answering "ready" make the person's first keystrokes as fast as the rest.
 */
function warmUp(engine: SearchEngine): void {
  for (const typed of ['zq', 'acount', 'acount mnager', 'eng', 'enginer', 'sl']) engine.search(typed);
}

async function answerLatest(): Promise<void> {
  scheduled = false;
  const request = latest;
  latest = undefined;
  if (!request || !engine) return;
  const ready = await engine.catch(() => undefined);
  if (ready) scope.postMessage({ type: 'results', id: request.id, results: ready.search(request.query, request) });
}

scope.onmessage = ({ data }) => {
  if (data.type === 'load') {
    engine ??= fetch(data.indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json() as Promise<SearchIndex>;
      })
      .then((index) => {
        if (index.format !== SEARCH_INDEX_FORMAT) throw new Error('search index: unknown format');
        const ready = createSearchEngine(index);
        warmUp(ready);
        return ready;
      });
    engine.then(
      (ready) => scope.postMessage({ type: 'ready', suggestions: ready.suggestions() }),
      (error: unknown) => scope.postMessage({ type: 'failed', message: String(error) }),
    );
  } else if (data.type === 'search') {
    latest = data;
    // Let queued messages arrive first, so a burst of keystrokes costs one search.
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => void answerLatest(), 0);
    }
  }
};
