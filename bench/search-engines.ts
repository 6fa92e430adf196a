/**
 * The engines of the side-by-side search bench (bench/search-peers.ts), behind one interface:
 * built from the same index, asked the same query, answering entry positions best first. Each peer
 * is set up as its documentation suggests for type-ahead over short names (prefix search on, typo
 * tolerance on where it has one), one document per name (title or alternative title), and its
 * answers folded to entries (an entry's first name found is where it ranks).
 *
 * Runs in Node and, bundled by Vite, in Chromium (bench/search-peers.ts builds the bundle), so it
 * imports only what a browser can run. Pagefind is not here: its search runs only from its own
 * bundle in a browser (search-peers.ts drives it there).
 */
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { Charset, Index } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createSearchEngine } from '@/lib/search/engine';
import type { SearchIndex } from '@/lib/search/index-format';

export interface BenchEngine {
  /** Entry positions, best first, at most `limit`. */
  search(query: string, limit: number): number[] | Promise<number[]>;
}

export interface EngineMaker {
  name: string;
  /** The npm package (its version is read from node_modules by the bench). */
  packageName: string;
  make(index: SearchIndex): BenchEngine | Promise<BenchEngine>;
}

/** How many names a peer is asked for, to fill `limit` entries once names are folded to entries. */
const NAMES_PER_ENTRY = 20;

interface Names {
  text: string[];
  entry: number[];
}

function namesOf(index: SearchIndex): Names {
  const text: string[] = [];
  const entry: number[] = [];
  index.entries.forEach((e, position) => {
    for (const name of [e.title, ...(e.aliases ?? [])]) {
      text.push(name);
      entry.push(position);
    }
  });
  return { text, entry };
}

/** Name ids (best first) → distinct entry positions, at most `limit`. */
function toEntries(names: Names, ids: Iterable<number>, limit: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (const id of ids) {
    const entry = names.entry[id]!;
    if (seen.has(entry)) continue;
    seen.add(entry);
    out.push(entry);
    if (out.length === limit) break;
  }
  return out;
}

export const ENGINES: EngineMaker[] = [
  {
    name: 'Role Atlas engine',
    packageName: '',
    make(index) {
      const engine = createSearchEngine(index);
      return { search: (query, limit) => engine.search(query, { limit }).hits.map((h) => h.position) };
    },
  },
  {
    name: 'MiniSearch',
    packageName: 'minisearch',
    make(index) {
      const names = namesOf(index);
      const mini = new MiniSearch<{ id: number; name: string }>({ fields: ['name'], storeFields: [] });
      mini.addAll(names.text.map((name, id) => ({ id, name })));
      const options = { prefix: true, fuzzy: 0.2 };
      return {
        search: (query, limit) =>
          toEntries(
            names,
            mini.search(query, options).map((r) => r.id as number),
            limit,
          ),
      };
    },
  },
  {
    name: 'FlexSearch',
    packageName: 'flexsearch',
    make(index) {
      const names = namesOf(index);
      const flex = new Index({ tokenize: 'forward', encoder: Charset.LatinBalance });
      names.text.forEach((name, id) => flex.add(id, name));
      return {
        search: (query, limit) =>
          toEntries(names, flex.search(query, { limit: limit * NAMES_PER_ENTRY, suggest: true }) as number[], limit),
      };
    },
  },
  {
    name: 'fuse.js',
    packageName: 'fuse.js',
    make(index) {
      const names = namesOf(index);
      const fuse = new Fuse(names.text, { ignoreLocation: true, threshold: 0.4 }, Fuse.createIndex([], names.text));
      return {
        search: (query, limit) =>
          toEntries(
            names,
            fuse.search(query, { limit: limit * NAMES_PER_ENTRY }).map((r) => r.refIndex),
            limit,
          ),
      };
    },
  },
  {
    name: 'Orama',
    packageName: '@orama/orama',
    async make(index) {
      const names = namesOf(index);
      const db = create({ schema: { name: 'string', id: 'string' } as const });
      await insertMultiple(
        db,
        names.text.map((name, id) => ({ id: String(id), name })),
        5000,
      );
      return {
        async search(query, limit) {
          const result = await oramaSearch(db, {
            term: query,
            properties: ['name'],
            tolerance: 1,
            limit: limit * NAMES_PER_ENTRY,
          });
          return toEntries(
            names,
            result.hits.map((h) => Number(h.id)),
            limit,
          );
        },
      };
    },
  },
];
