/** Shared helpers for browser tests: one Chromium per test file, pages opened by site path. */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { recordOffsite } from './page-pool';

/** Absolute URL of a path inside the built site, e.g. siteUrl('roles/x/'). */
export function siteUrl(path = ''): string {
  return `${inject('siteOrigin')}${inject('basePath')}${path.replace(/^\//, '')}`;
}

/** Starts one browser for the file; every test gets a fresh context from `open`. */
export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
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
      contexts.push(context);
      const page = await context.newPage();
      const offsite = recordOffsite(page);
      await page.goto(siteUrl(path));
      return { page, offsite };
    },
  };
}
