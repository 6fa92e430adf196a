/**
 * Visits every built page with one browser and a few pages open at once, for the gates that cover the whole
 * site. Unlike `useBrowser().open()`, the caller sees the page before it navigates, so it can listen to every
 * response and choose what the page waits for.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { BuiltPage } from './built-pages';
import { launchChromium } from './chromium';
import { cspReport, recordCsp } from './csp';

/** Two cores: three pages at once keeps both busy while one waits on the network. */
const CONCURRENCY = 3;

export interface VisitOptions {
  /** Options for the browser contexts, e.g. `{ javaScriptEnabled: false }`. */
  context?: BrowserContextOptions;
  /** A fresh context (empty cache and storage) for every page, for gates that count what a first visit loads. */
  contextPerPage?: boolean;
  /** Pages open at once; raise it for visits that mostly wait (e.g. for network idle). */
  concurrency?: number;
  /**
   * Navigate one tab per worker from page to page instead of opening a tab per page: the renderer and its
   * compiled scripts (axe's half a megabyte) are reused. Only for visits that add no listeners to the tab.
   */
  reuseTab?: boolean;
}

/** Records every request of `page` that leaves the site's origin (data: and blob: URLs stay on the page). */
export function recordOffsite(page: Page, origin = inject('siteOrigin')): string[] {
  const offsite: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(url);
  });
  return offsite;
}

/** Each tab's list of Content-Security-Policy violations (a reused tab keeps its list, emptied per page). */
const cspSinks = new WeakMap<Page, string[]>();

/** Starts one browser for the test file; `visitAll` opens pages in a few contexts at once. */
export function usePagePool() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    /**
     * Calls `visit` with a new tab for every page (the tab has not navigated yet) and returns the results in
     * the pages' order. The tab is closed afterwards.
     */
    async visitAll<T>(
      pages: BuiltPage[],
      visit: (tab: Page, page: BuiltPage) => Promise<T>,
      options: VisitOptions = {},
    ): Promise<T[]> {
      const results: T[] = new Array(pages.length);
      let next = 0;
      const worker = async () => {
        let shared: BrowserContext | undefined;
        let kept: Page | undefined;
        try {
          while (next < pages.length) {
            const index = next++;
            const context = options.contextPerPage
              ? await browser.newContext(options.context)
              : (shared ??= await browser.newContext(options.context));
            const tab = (options.reuseTab && kept) || (await context.newPage());
            if (options.reuseTab && !options.contextPerPage) kept = tab;
            const violations = cspSinks.get(tab) ?? [];
            if (!cspSinks.has(tab)) {
              cspSinks.set(tab, violations);
              recordCsp(tab, violations);
            }
            violations.length = 0;
            try {
              results[index] = await visit(tab, pages[index]!);
              // Every gate that visits the whole site fails on a Content-Security-Policy violation.
              if (violations.length > 0) throw new Error(cspReport(violations));
            } catch (error) {
              next = pages.length; // the other workers stop after their current page
              throw new Error(`while visiting ${pages[index]!.urlPath}: ${(error as Error).message}`, { cause: error });
            } finally {
              if (options.contextPerPage) await context.close();
              else if (tab !== kept) await tab.close();
            }
          }
        } finally {
          await shared?.close();
        }
      };
      const workers = Array.from({ length: Math.min(options.concurrency ?? CONCURRENCY, pages.length) }, worker);
      // Wait for every worker, so no tab is still in use when the test reports the first failure.
      const failure = (await Promise.allSettled(workers)).find((outcome) => outcome.status === 'rejected');
      if (failure) throw failure.reason;
      return results;
    },
  };
}
