/** Messages between the page and the search worker. */
import type { SearchResults } from '@/lib/search/engine';
import type { SearchEntry } from '@/lib/search/index-format';

export type ToWorker =
  { type: 'load'; indexUrl: string } | { type: 'search'; id: number; query: string; limit: number };

export type FromWorker =
  | { type: 'ready'; suggestions: SearchEntry[] }
  | { type: 'failed'; message: string }
  | { type: 'results'; id: number; results: SearchResults };
