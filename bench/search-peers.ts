/**
 * Search side by side (issue 13): the project's engine, MiniSearch, FlexSearch, fuse.js, Orama and
 * Pagefind on the same index (the one the site serves, dist/search-index.json) and the same
 * labelled query set (tests/unit/search/query-set.ts), in one run: per class top-1 and top-5 accuracy,
 * p50 and p95 latency per query in Node and in Chromium (engines interleaved query by query, so
 * load on the shared machine falls on all of them alike), shipped bytes gzipped, memory.
 *
 * Run with `npm run bench -- search-peers`; bench/modules/search-peers.ts hands it to bench/run.ts.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { SEARCH_INDEX_FILE, type SearchIndex } from '@/lib/search/index-format';
import { CHROMIUM_PATH } from './lib/machine';
import { markdownTable } from './lib/markdown';
import type { BenchContext, BenchModule } from './lib/types';
import { ENGINES, type BenchEngine } from './search-engines';
import {
  measureAccuracy,
  QUERY_CLASSES,
  readQuerySet,
  type Accuracy,
  type LabelledQuery,
  type QueryClass,
} from '../tests/unit/search/query-set';

/** Results asked for per query: the dialog's 10; accuracy reads the first 5. */
const LIMIT = 10;
const NODE_ROUNDS = 2;
const BROWSER_ROUNDS = 2;
/**
 * fuse.js alone takes a third of a second per query over 57,000 names on a quiet machine (seconds
 * on a loaded one): it answers every 4th query of the set (every class keeps its share), once, in
 * Node — its accuracy is over that sample — and every 20th in Chromium.
 */
const SLOW_ENGINE = 'fuse.js';
const SLOW_SAMPLE_NODE = 4;
const SLOW_SAMPLE = 20;
const inSlowSample = (position: number) => position % SLOW_SAMPLE_NODE === 0;
const PAGEFIND = 'Pagefind';
const AIM = { top1: 97, p95Ms: 4, indexKb: 320 };

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const pct = (part: number, whole: number) => (whole === 0 ? '–' : ((100 * part) / whole).toFixed(1));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

function packageVersion(name: string): string {
  if (!name) return 'this branch';
  const file = fileURLToPath(new URL(`../node_modules/${name}/package.json`, import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Node's heap after a full collection (exposes gc for the bench only). */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

interface EngineRun {
  name: string;
  version: string;
  buildMs: number;
  heapBytes: number;
  times: number[];
  /** Per query, the first results' paths (from the first round). */
  answers: Map<string, string[]>;
}

/** Every engine built in Node, then the queries run round by round, engine after engine per query. */
async function nodeRuns(index: SearchIndex, queries: LabelledQuery[], log: (m: string) => void): Promise<EngineRun[]> {
  const runs: (EngineRun & { engine: BenchEngine })[] = [];
  for (const maker of ENGINES) {
    log(`Node: building ${maker.name}`);
    const before = heapAfterGc();
    const start = performance.now();
    const engine = await maker.make(index);
    const buildMs = performance.now() - start;
    runs.push({
      name: maker.name,
      version: packageVersion(maker.packageName),
      buildMs,
      heapBytes: heapAfterGc() - before,
      times: [],
      answers: new Map(),
      engine,
    });
  }
  for (let round = 0; round < NODE_ROUNDS; round++) {
    log(`Node: round ${round + 1} of ${NODE_ROUNDS}`);
    for (const [q, { query }] of queries.entries()) {
      // Rotate who goes first, so no engine always runs right after another's garbage.
      for (let k = 0; k < runs.length; k++) {
        const run = runs[(q + k) % runs.length]!;
        if (run.name === SLOW_ENGINE && (round > 0 || !inSlowSample(q))) continue;
        const start = performance.now();
        const found = await run.engine.search(query, LIMIT);
        run.times.push(performance.now() - start);
        if (round === 0)
          run.answers.set(
            query,
            found.slice(0, 5).map((p) => index.entries[p]!.path),
          );
      }
    }
  }
  return runs.map(({ engine: _engine, ...run }) => run);
}

/** The engines of search-engines.ts as one browser script (window.SearchPeers), bundled as the site's build does. */
async function bundle(entrySource: string, name: string): Promise<string> {
  const out = fileURLToPath(new URL('./out/', import.meta.url));
  mkdirSync(out, { recursive: true });
  const entry = join(out, `${name}-entry.ts`);
  writeFileSync(entry, entrySource);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['iife'], name, fileName: () => `${name}.js` },
    },
  });
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((o) => o.type === 'chunk');
    if (chunk && 'code' in chunk) return chunk.code;
  }
  throw new Error(`search-peers bench: Vite produced no bundle for ${name}`);
}

/** Gzipped bytes of each engine's code alone, minified as a site would ship it. */
async function libraryBytes(): Promise<Map<string, number>> {
  const sources: Record<string, string> = {
    'Role Atlas engine': "export { createSearchEngine } from '@/lib/search/engine';",
    MiniSearch: "export { default } from 'minisearch';",
    FlexSearch: "export { Index, Charset } from 'flexsearch';",
    'fuse.js': "export { default } from 'fuse.js';",
    Orama: "export { create, insertMultiple, search } from '@orama/orama';",
  };
  const sizes = new Map<string, number>();
  for (const [name, source] of Object.entries(sources)) {
    sizes.set(name, gzipSync(await bundle(source, `size_${name.replace(/\W+/g, '_')}`)).length);
  }
  return sizes;
}

/** A Pagefind index of the same entries: one page per entry, its title as the heading, its alternative titles listed. */
async function buildPagefind(index: SearchIndex, folder: string): Promise<{ buildMs: number }> {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const start = performance.now();
  const { index: pf, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!pf) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const entry of index.entries) {
    const aliases = (entry.aliases ?? []).map((a) => `<li>${escape(a)}</li>`).join('');
    const content = `<html lang="en"><body><h1>${escape(entry.title)}</h1><ul>${aliases}</ul></body></html>`;
    const added = await pf.addHTMLFile({ url: `/${entry.path}`, content });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  }
  rmSync(folder, { recursive: true, force: true });
  const written = await pf.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { buildMs: performance.now() - start };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((f) => join(folder, f))
    .filter((f) => statSync(f).isFile());
}

/** What the Pagefind search of a page needs: its script, wasm and the index; fragments load per result. */
function pagefindBytes(folder: string): { runtime: number; index: number } {
  let runtime = 0;
  let index = 0;
  for (const file of filesUnder(folder)) {
    const name = file.slice(folder.length + 1);
    if (/ui|highlight|playground/.test(name)) continue; // Pagefind's optional UI
    const size = gzipSync(readFileSync(file)).length;
    if (name === 'pagefind.js' || name.startsWith('wasm.')) runtime += size;
    else index += size;
  }
  return { runtime, index };
}

interface BrowserRun {
  buildMs: Record<string, number>;
  heapBytes: Record<string, number>;
  times: Record<string, number[]>;
  pagefindAnswers: Record<string, string[]>;
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

// Long on purpose: one browser session, its steps in order (serve Pagefind, load the bundle, build each engine, run the queries).
async function browserRuns(
  context: BenchContext,
  indexText: string,
  queries: string[],
  pagefindFolder: string,
  log: (m: string) => void,
): Promise<BrowserRun> {
  const engines = fileURLToPath(new URL('./search-engines.ts', import.meta.url));
  const code = await bundle(`export { ENGINES } from ${JSON.stringify(engines)};\n`, 'SearchPeers');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const pagefindUrl = context.siteUrl('__bench/pagefind/');
    await page.route(`${pagefindUrl}**`, (route) => {
      const file = join(
        pagefindFolder,
        new URL(route.request().url()).pathname.slice(new URL(pagefindUrl).pathname.length),
      );
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.json')
          ? 'application/json'
          : 'application/octet-stream';
      return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
    });
    await page.goto(context.siteUrl('404.html'));
    await page.addScriptTag({ content: 'window.__name = (f) => f;' });
    await page.addScriptTag({ content: code });
    await page.evaluate((text) => {
      (window as unknown as { benchIndex: unknown }).benchIndex = JSON.parse(text);
    }, indexText);
    const buildMs: Record<string, number> = {};
    const heapBytes: Record<string, number> = {};
    const names = ENGINES.map((e) => e.name);
    for (const name of [...names, PAGEFIND]) {
      log(`Chromium: building ${name}`);
      const before = await heapUsed(page);
      buildMs[name] = await page.evaluate(
        async ({ name, pagefindUrl, isPagefind }) => {
          type Engine = { search(q: string, l: number): unknown };
          const w = window as unknown as {
            SearchPeers: { ENGINES: { name: string; make(i: unknown): Engine | Promise<Engine> }[] };
            benchIndex: unknown;
            benchEngines: Record<string, Engine>;
          };
          w.benchEngines ??= {};
          const start = performance.now();
          if (isPagefind) {
            const pf = (await import(`${pagefindUrl}pagefind.js`)) as {
              options(o: object): Promise<void>;
              init(): Promise<void>;
              search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
            };
            await pf.options({ basePath: pagefindUrl });
            await pf.init();
            w.benchEngines[name] = {
              async search(q: string, limit: number) {
                const found = await pf.search(q);
                return Promise.all(found.results.slice(0, limit).map((r) => r.data().then((d) => d.url)));
              },
            };
          } else {
            w.benchEngines[name] = await w.SearchPeers.ENGINES.find((e) => e.name === name)!.make(w.benchIndex);
          }
          return performance.now() - start;
        },
        { name, pagefindUrl, isPagefind: name === PAGEFIND },
      );
      heapBytes[name] = (await heapUsed(page)) - before;
    }
    log('Chromium: queries, engines interleaved');
    return {
      buildMs,
      heapBytes,
      ...(await page.evaluate(
        async ({ queries, rounds, limit, slow, sample }) => {
          const w = window as unknown as {
            benchEngines: Record<string, { search(q: string, l: number): unknown }>;
          };
          const names = Object.keys(w.benchEngines);
          const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
          const pagefindAnswers: Record<string, string[]> = {};
          for (let round = 0; round < rounds; round++) {
            for (let q = 0; q < queries.length; q++) {
              for (let k = 0; k < names.length; k++) {
                const name = names[(q + k) % names.length]!;
                if (name === slow && (round > 0 || q % sample !== 0)) continue;
                const start = performance.now();
                const found = await w.benchEngines[name]!.search(queries[q]!, limit);
                times[name]!.push(performance.now() - start);
                if (name === 'Pagefind' && round === 0) pagefindAnswers[queries[q]!] = found as string[];
              }
            }
          }
          return { times, pagefindAnswers };
        },
        { queries, rounds: BROWSER_ROUNDS, limit: LIMIT, slow: SLOW_ENGINE, sample: SLOW_SAMPLE },
      )),
    };
  } finally {
    await browser.close();
  }
}

/**
 * Each query's fastest time over the rounds (times are round after round, queries in order).
 * Other programs on the machine only ever add time, so this is closer to what the code needs.
 */
function bestOfRounds(times: number[], perRound: number): number[] {
  return Array.from({ length: perRound }, (_, q) => {
    let best = Infinity;
    for (let at = q; at < times.length; at += perRound) best = Math.min(best, times[at]!);
    return best;
  });
}

/** "97.8 / 100" per class: top-1 / top-5, in percent. */
function accuracyCells(accuracy: Record<QueryClass | 'all', Accuracy>): string[] {
  return [...QUERY_CLASSES, 'all' as const].map((c) => {
    const a = accuracy[c]!;
    return `${pct(a.top1, a.queries)} / ${pct(a.top5, a.queries)}`;
  });
}

const searchPeers: BenchModule = {
  name: 'search-peers',
  title: 'Search side by side: accuracy on the labelled query set, latency, bytes and memory',
  order: 41,
  // Long on purpose: one benchmark run, measured step by step and reported in the order RESULTS.md shows it.
  async run(context) {
    const loadBefore = loadavg()[0]!;
    const indexText = readFileSync(`${context.distDir}/${SEARCH_INDEX_FILE}`, 'utf8');
    const index = JSON.parse(indexText) as SearchIndex;
    // SEARCH_PEERS_SAMPLE=25 runs every 25th query only: a quick check that the module works end to end.
    const sample = Number(process.env.SEARCH_PEERS_SAMPLE ?? 1);
    const queries = readQuerySet().filter((_, i) => i % sample === 0);
    const pagefindFolder = join(context.outDir, 'pagefind');

    context.log('Bytes: bundling each engine alone');
    const library = await libraryBytes();
    context.log('Pagefind: indexing the same entries');
    const pagefindBuild = await buildPagefind(index, pagefindFolder);
    const node = await nodeRuns(index, queries, context.log);
    const browserRun = await browserRuns(
      context,
      indexText,
      queries.map((q) => q.query),
      pagefindFolder,
      context.log,
    );
    const pagefindSize = pagefindBytes(pagefindFolder);
    const indexGzip = gzipSync(indexText).length;
    const loadAfter = loadavg()[0]!;

    // Pagefind answers with page addresses under the folder its bundle is served from (/__bench/…).
    const pagefindPath = (url: string) => url.replace(/^.*?\/__bench\//, '');
    const accuracy = new Map<string, Record<QueryClass | 'all', Accuracy>>(
      node.map((run) => [
        run.name,
        measureAccuracy(
          run.name === SLOW_ENGINE ? queries.filter((_, i) => inSlowSample(i)) : queries,
          (q) => run.answers.get(q) ?? [],
        ),
      ]),
    );
    accuracy.set(
      PAGEFIND,
      measureAccuracy(queries, (q) => (browserRun.pagefindAnswers[q] ?? []).map(pagefindPath)),
    );
    const engines = [...node.map((r) => r.name), PAGEFIND];
    const version = (name: string) =>
      name === PAGEFIND ? packageVersion('pagefind') : node.find((r) => r.name === name)!.version;

    const counts = QUERY_CLASSES.map((c) => `${c} ${queries.filter((q) => q.class === c).length}`).join(', ');
    const accuracyTable = markdownTable(
      ['Engine', 'Version', ...QUERY_CLASSES, 'all'],
      engines.map((name) => [name, version(name), ...accuracyCells(accuracy.get(name)!)]),
      ['l', 'l', ...QUERY_CLASSES.map(() => 'r' as const), 'r'],
    );
    const latencyTable = markdownTable(
      [
        'Engine',
        'Node p50 ms',
        'Node p95 ms',
        'Node samples',
        'Chromium p50 ms',
        'Chromium p95 ms',
        'Chromium best-of-rounds p95 ms',
        'Chromium samples',
      ],
      engines.map((name) => {
        const n = node.find((r) => r.name === name)?.times ?? [];
        const b = browserRun.times[name] ?? [];
        return [
          name,
          n.length ? ms(percentile(n, 50)) : '–',
          n.length ? ms(percentile(n, 95)) : '–',
          n.length,
          ms(percentile(b, 50)),
          ms(percentile(b, 95)),
          b.length === BROWSER_ROUNDS * queries.length ? ms(percentile(bestOfRounds(b, queries.length), 95)) : '–',
          b.length,
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    );
    const sizeTable = markdownTable(
      [
        'Engine',
        'Code KB gz',
        'Index KB gz',
        'Total KB gz',
        'Ready ms Node',
        'Ready ms Chromium',
        'Heap MB Node',
        'Heap MB Chromium',
      ],
      engines.map((name) => {
        const isPagefind = name === PAGEFIND;
        const code = isPagefind ? pagefindSize.runtime : library.get(name)!;
        const data = isPagefind ? pagefindSize.index : indexGzip;
        const run = node.find((r) => r.name === name);
        return [
          name,
          kb(code),
          kb(data),
          kb(code + data),
          isPagefind ? `${ms(pagefindBuild.buildMs)} (indexing)` : ms(run!.buildMs),
          ms(browserRun.buildMs[name]!),
          run ? (run.heapBytes / 2 ** 20).toFixed(1) : '–',
          (browserRun.heapBytes[name]! / 2 ** 20).toFixed(1),
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    );

    const ours = accuracy.get('Role Atlas engine')!;
    const oursP95 = percentile(browserRun.times['Role Atlas engine']!, 95);
    const oursBestP95 = percentile(bestOfRounds(browserRun.times['Role Atlas engine']!, queries.length), 95);
    const bestPeer = (c: QueryClass) =>
      Math.max(
        ...engines
          .filter((e) => e !== 'Role Atlas engine')
          .map((e) => accuracy.get(e)![c]!.top1 / accuracy.get(e)![c]!.queries),
      );
    const behind = [...QUERY_CLASSES].filter((c) => ours[c]!.top1 / ours[c]!.queries < bestPeer(c));
    const misses = ours.all.misses.map(
      (m) =>
        `- \`${m.query}\` (${m.class}): got ${
          m.got
            .slice(0, 3)
            .map((p) => `\`${p}\``)
            .join(', ') || 'nothing'
        }`,
    );

    const markdown = [
      `The labelled query set (tests/fixtures/search-queries/, made by tests/unit/search/query-set.ts; regenerate with \`npx tsx bench/search-queries.ts\`): ${queries.length} queries — ${counts}. Each lists the entries accepted as the right answer; top-1 counts a query when its first result is one of them, top-5 when one is among the first five.`,
      `Every engine gets the index the site serves (dist/search-index.json: ${index.entries.length} entries, ${index.entries.reduce((n, e) => n + 1 + (e.aliases?.length ?? 0), 0)} names), one document per name; Pagefind gets one page per entry (title as heading, alternative titles listed), indexed with its Node API and searched in Chromium from its own script and wasm. Set-ups are in bench/search-engines.ts.`,
      `Load average (1 min) on the shared 2-core machine: ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end — other sessions were running; their load inflates every timing, tails most.`,
      '',
      '### Accuracy: top-1 / top-5 (%) per class',
      '',
      accuracyTable,
      '',
      `Aim: top-1 ≥ ${AIM.top1} % overall and in every class at least the best peer's. Ours: ${pct(ours.all.top1, ours.all.queries)} % overall; ${behind.length === 0 ? 'no class below the best peer' : `below the best peer in ${behind.join(', ')}`}. Pagefind has no typo tolerance and ranks pages by word frequency, so typos and acronyms inside long pages fare worst there.`,
      '',
      "### Latency per query (all results for the query, the dialog's 10)",
      '',
      latencyTable,
      '',
      `Node: ${NODE_ROUNDS} rounds, Chromium: ${BROWSER_ROUNDS} rounds of every query, each query asked of every engine in turn (who goes first rotates). fuse.js alone over every name takes a third of a second a query, so it ran every ${SLOW_SAMPLE_NODE}th query once in Node (its accuracy is over those ${accuracy.get(SLOW_ENGINE)!.all.queries} queries) and every ${SLOW_SAMPLE}th once in Chromium. Pagefind's times include fetching its index chunks and the first 10 results' fragments (served from memory, no network). Best-of-rounds takes each query's fastest round. Aim: p95 ≤ ${AIM.p95Ms} ms in Chromium; ours: ${ms(oursP95)} ms over all samples, ${ms(oursBestP95)} ms best-of-rounds (${oursBestP95 <= AIM.p95Ms ? 'met' : 'not met on this loaded machine'}).`,
      '',
      '### Shipped bytes (gzipped), start-up and memory',
      '',
      sizeTable,
      '',
      `Code: each engine bundled alone by Vite, minified (ours includes fuse.js, which marks the letters of a typo match). Index: the engines other than Pagefind load the site's search-index.json and build their index from it in the browser (${kb(indexGzip)} KB gzipped; aim ≤ ${AIM.indexKb} KB); Pagefind ships its own index, of which a page fetches only the chunks a query needs (the total is shown). Heap: V8 heap growth from building the engine, after garbage collection (Chromium through the DevTools protocol); Pagefind keeps its index in wasm memory, which the JS heap does not show.`,
      '',
      '<details><summary>Queries our engine gets wrong at top-1</summary>',
      '',
      ...(misses.length > 0 ? misses : ['None.']),
      '',
      '</details>',
    ].join('\n');

    return {
      markdown,
      data: {
        loadAverage: { before: loadBefore, after: loadAfter },
        accuracy: Object.fromEntries(accuracy),
        node: node.map(({ answers: _answers, ...run }) => run),
        chromium: browserRun,
        bytes: { library: Object.fromEntries(library), pagefind: pagefindSize, index: indexGzip },
      },
    };
  },
};

export default searchPeers;
