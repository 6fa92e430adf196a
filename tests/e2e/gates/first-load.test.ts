/**
 * Gates on what every built page loads before a person does anything: at most 4 KB of gzipped JavaScript, no
 * search index or fuse.js (search loads on intent), and no request to another origin.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserGatePages, notServed, type BuiltPage } from '../support/built-pages';
import { recordOffsite, usePagePool } from '../support/page-pool';
import { siteUrl } from '../support/site';

/** Gzipped bytes of JavaScript a page may run before interaction (issue 3). */
const JS_BUDGET = 4096;
/** Strings that survive minification in every fuse.js build (its error messages). */
const FUSE_SIGNATURES = ['Pattern length exceeds max of', "Incorrect 'index' type"];
/** <script type> values a browser runs as JavaScript; JSON-LD, import maps and speculation rules are data. */
const JS_SCRIPT_TYPE = /^(|module|(text|application)\/(x-)?(javascript|ecmascript)|text\/jscript)$/i;

interface FirstLoad {
  page: BuiltPage;
  /** Each JavaScript response, with its gzipped body size. */
  scripts: { url: string; gzipped: number }[];
  /** Inline executable <script> bodies, gzipped together as they travel inside the HTML. */
  inlineGzipped: number;
  inlineCount: number;
  /** JSON responses (the search index is one) and scripts that contain fuse.js. */
  json: string[];
  fuse: string[];
  offsite: string[];
}

const gzipped = (body: Buffer | string) => gzipSync(body).length;
const total = (load: FirstLoad) => load.inlineGzipped + load.scripts.reduce((sum, s) => sum + s.gzipped, 0);
const shortUrl = (url: string) => url.replace(/^https?:\/\/127\.0\.0\.1:\d+/, '');

async function measureFirstLoad(tab: Page, page: BuiltPage): Promise<FirstLoad> {
  const load: FirstLoad = { page, scripts: [], inlineGzipped: 0, inlineCount: 0, json: [], fuse: [], offsite: [] };
  load.offsite = recordOffsite(tab);
  const reading: Promise<void>[] = [];
  tab.on('response', (response) => {
    const url = response.url();
    const contentType = response.headers()['content-type'] ?? '';
    const isScript = response.request().resourceType() === 'script' || /javascript|ecmascript/i.test(contentType);
    if (/json/i.test(contentType) || /\.json$/i.test(new URL(url).pathname)) load.json.push(shortUrl(url));
    if (!isScript) return;
    reading.push(
      response.body().then(
        (body) => {
          load.scripts.push({ url: shortUrl(url), gzipped: gzipped(body) });
          const text = body.toString('utf8');
          if (/fuse/i.test(new URL(url).pathname) || FUSE_SIGNATURES.some((s) => text.includes(s))) {
            load.fuse.push(shortUrl(url));
          }
        },
        // A redirect or an aborted request has no body; it ran no code.
        () => undefined,
      ),
    );
  });
  // Network idle without touching the page: nothing a person does has happened yet.
  const response = await tab.goto(siteUrl(page.path), { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(notServed(page, response?.status()));
  await Promise.all(reading);
  const inline = await tab.evaluate((pattern) => {
    const runs = new RegExp(pattern, 'i');
    return [...document.scripts]
      .filter((script) => !script.src && runs.test(script.type.trim()))
      .map((script) => script.textContent ?? '');
  }, JS_SCRIPT_TYPE.source);
  load.inlineCount = inline.length;
  load.inlineGzipped = inline.length > 0 ? gzipped(inline.join('\n')) : 0;
  return load;
}

function table(loads: FirstLoad[]): string {
  const rows = loads.map((load) => {
    const files = load.scripts.map((s) => `${s.url} ${s.gzipped}`).join(', ') || '-';
    const flag = total(load) > JS_BUDGET ? '  OVER' : '';
    return `${String(total(load)).padStart(7)}  ${String(load.inlineGzipped).padStart(6)} (${load.inlineCount})  ${load.page.urlPath}  [${files}]${flag}`;
  });
  return ['  total  inline (count)  page  [script: gzipped bytes]', ...rows].join('\n');
}

const pages = browserGatePages();

describe('what every built page loads before interaction', () => {
  const pool = usePagePool();
  let loads: FirstLoad[] = [];

  beforeAll(
    async () => {
      // A fresh context per page: an empty cache, as on a first visit. Most of a visit is the half second of
      // quiet that "network idle" waits for, so more pages at once cost little CPU.
      loads = await pool.visitAll(pages, measureFirstLoad, { contextPerPage: true, concurrency: 6 });
    },
    Math.max(60_000, pages.length * 5_000),
  );

  it(`stays within ${JS_BUDGET} bytes of gzipped JavaScript (${pages.length} pages)`, () => {
    expect(loads.length).toBeGreaterThan(0);
    const over = loads.filter((load) => total(load) > JS_BUDGET);
    expect(
      over.map((load) => load.page.urlPath),
      `pages over the ${JS_BUDGET}-byte JavaScript budget:\n${table(loads)}\n`,
    ).toEqual([]);
  });

  it('fetches no search index (no JSON) and no fuse.js until a person shows intent', () => {
    const early = loads
      .filter((load) => load.json.length > 0 || load.fuse.length > 0)
      .map((load) => `${load.page.urlPath}: json [${load.json.join(', ')}] fuse.js in [${load.fuse.join(', ')}]`);
    expect(early, `loaded before interaction:\n${early.join('\n')}\n`).toEqual([]);
  });

  it('sends no request to another origin', () => {
    const offsite = loads
      .filter((load) => load.offsite.length > 0)
      .map((load) => `${load.page.urlPath}: ${load.offsite.join(', ')}`);
    expect(offsite, `requests that left the site:\n${offsite.join('\n')}\n`).toEqual([]);
  });
});
