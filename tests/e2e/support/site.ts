/** Shared helpers for browser tests: one Chromium per test file, pages opened by site path. */
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { cspReport, recordCsp } from './csp';
import { recordOffsite } from './page-pool';

/** Absolute URL of a path inside the built site, e.g. siteUrl('roles/x/'). */
export function siteUrl(path = ''): string {
  return `${inject('siteOrigin')}${inject('basePath')}${path.replace(/^\//, '')}`;
}

/**
 * Starts one browser for the file; every test gets a fresh context from `open`. Every page of those
 * contexts records Content-Security-Policy violations, and a test with any fails.
 */
export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const violations: string[] = [];
  afterEach(() => {
    const found = violations.splice(0);
    expect(found, cspReport(found)).toEqual([]);
  });
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });
  return {
    /** Opens a site path in a new context; every request that leaves the site's origin is recorded. */
    async open(
      path = '',
      options: Parameters<Browser['newContext']>[0] = {},
    ): Promise<{ page: Page; offsite: string[] }> {
      const context = await browser.newContext(options);
      context.on('page', (page) => recordCsp(page, violations));
      contexts.push(context);
      const page = await context.newPage();
      recordCsp(page, violations); // before it navigates (the context's 'page' event may come later)
      const offsite = recordOffsite(page);
      await page.goto(siteUrl(path));
      return { page, offsite };
    },
  };
}
