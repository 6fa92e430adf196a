/**
 * Search in a real browser: the dialog (shortcuts, typo-tolerant results, keyboard, focus, axe),
 * the results page with and without JavaScript, and that nothing of search loads before intent.
 * Expected names and links come from data/ and the data step's catalogue, never typed here.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '@/lib/model/site-model';
import { useBrowser } from './support/site';

const roles = Papa.parse<{ id: string; title: string }>(readFileSync('data/roles.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const featured = roles.find((r) => r.id === 'global-account-manager')!;
const catalogue = JSON.parse(readFileSync('.generated/catalogue.json', 'utf8')) as Catalogue;
const cloud = catalogue.skills.find((s) => s.name.toLowerCase() === 'cloud')!;
const FUSE_SIGNATURE = 'Pattern length exceeds max of';
/** Search loads on intent: allow for a slow machine (vitest's default poll gives up after one second). */
const SOON = { timeout: 15_000 };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Search Role Atlas' });
const comboboxOf = (page: Page) => dialogOf(page).getByRole('combobox');

async function openWithSlash(page: Page) {
  await page.keyboard.press('/');
  await expect.poll(() => dialogOf(page).isVisible(), SOON).toBe(true);
  await expect.poll(() => comboboxOf(page).evaluate((el) => el === document.activeElement), SOON).toBe(true);
}

/** Waits until the options for the typed query are shown (the index loads on intent). */
async function typeQuery(page: Page, query: string) {
  await page.keyboard.type(query);
  const announced = dialogOf(page)
    .getByRole('status')
    .filter({ hasText: /^\d+ results?\b|^No results/ });
  await expect.poll(() => announced.count(), SOON).toBe(1);
}

describe('search dialog', () => {
  const browser = useBrowser();

  it('opens with / on the home page, finds "acount manger", and Enter opens the role', async () => {
    expect(featured).toBeDefined();
    const { page, offsite } = await browser.open('');
    await openWithSlash(page);
    await typeQuery(page, 'acount manger');
    const options = dialogOf(page).getByRole('option');
    await expect.poll(async () => (await options.first().textContent()) ?? '', SOON).toContain(featured.title);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    expect(await comboboxOf(page).getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    expect(await comboboxOf(page).getAttribute('aria-expanded')).toBe('true');
    // The matched words are highlighted as elements.
    expect(await options.first().locator('mark').allTextContents()).toEqual(expect.arrayContaining(['account']));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/roles/${featured.id}/$`));
    expect(offsite).toEqual([]);
  });

  it('opens the global account manager role for "GAM" + Enter, not a skill of that name', async () => {
    const { page } = await browser.open('');
    await openWithSlash(page);
    await typeQuery(page, 'GAM');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/roles/${featured.id}/$`));
  });

  it('opens the best match when Enter comes before the results have been shown', async () => {
    const { page } = await browser.open('');
    await openWithSlash(page);
    await expect.poll(() => dialogOf(page).getByRole('option').count(), SOON).toBeGreaterThan(0);
    await page.keyboard.type('acount manger');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/roles/${featured.id}/$`));
  });

  it('searches on the page itself where a worker cannot start', async () => {
    const { page } = await browser.open('');
    await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    await page.reload();
    await openWithSlash(page);
    await typeQuery(page, 'acount manger');
    const first = dialogOf(page).getByRole('option').first();
    expect(await first.textContent()).toContain(featured.title);
  });

  it('moves the active option with the arrow keys and opens the results page from "All results"', async () => {
    const { page } = await browser.open('');
    await openWithSlash(page);
    await typeQuery(page, 'sales');
    const options = dialogOf(page).getByRole('option');
    expect(await options.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await comboboxOf(page).getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await dialogOf(page)
      .getByRole('link', { name: /All results for/ })
      .click();
    await page.waitForURL(/\/search\/\?q=sales$/);
  });

  it('closes with Escape and gives focus back to the element that had it', async () => {
    const { page } = await browser.open('');
    const skillsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Skills' });
    await skillsLink.focus();
    await openWithSlash(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOf(page).isVisible(), SOON).toBe(false);
    expect(await skillsLink.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('opens with Ctrl-K and from the header button, but not when / is typed into a field', async () => {
    const { page } = await browser.open('search/');
    await page.locator('#search-page-query').focus();
    await page.keyboard.press('/');
    expect(await page.locator('#search-page-query').inputValue()).toBe('/');
    expect(await dialogOf(page).count()).toBe(0);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialogOf(page).isVisible(), SOON).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('[data-search-launcher]').click();
    await expect.poll(() => dialogOf(page).isVisible(), SOON).toBe(true);
  });

  it('suggests the featured role while the box is empty', async () => {
    const { page } = await browser.open('');
    await openWithSlash(page);
    const first = dialogOf(page).getByRole('option').first();
    await expect.poll(async () => (await first.textContent()) ?? '', SOON).toContain(featured.title);
  });

  it('loads nothing of search before intent, then the index and fuse.js once', async () => {
    const { page } = await browser.open('');
    const requests: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.text().catch(() => '');
      if (body.includes(FUSE_SIGNATURE)) scripts.push(new URL(response.url()).pathname);
    });
    await page.reload({ waitUntil: 'networkidle' });
    expect(requests.filter((path) => path.endsWith('search-index.json'))).toEqual([]);
    expect(scripts).toEqual([]);

    await page.locator('[data-search-launcher]').hover();
    await expect.poll(() => requests.filter((path) => path.endsWith('search-index.json')).length, SOON).toBe(1);
    await expect.poll(() => scripts.length, SOON).toBe(1);
    await openWithSlash(page);
    await page.keyboard.press('Escape');
    await openWithSlash(page);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.endsWith('search-index.json'))).toHaveLength(1);
    expect(scripts).toHaveLength(1);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations with the dialog open, showing results (${scheme})`, async () => {
      const { page } = await browser.open('', { colorScheme: scheme });
      await openWithSlash(page);
      await typeQuery(page, 'acount manger');
      const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      const empty = await new AxeBuilder({ page }).setLegacyMode(true).withTags(TAGS).analyze();
      expect(empty.violations.map((v) => v.id)).toEqual([]);
    });
  }
});

describe('search page', () => {
  const browser = useBrowser();

  it('ranks results for the query in the address: /search/?q=cloud lists the Cloud skill', async () => {
    expect(cloud).toBeDefined();
    const { page } = await browser.open('search/?q=cloud');
    const list = page.locator('[data-search-results-list] ol');
    await expect.poll(() => list.getByRole('link').count(), SOON).toBeGreaterThan(0);
    const first = list.getByRole('link').first();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`/skills/${cloud.slug}/$`));
    expect(await first.textContent()).toContain(cloud.name);
    expect(await page.locator('#search-page-query').inputValue()).toBe('cloud');
  });

  it('lists and counts only real matches: /search/?q=cloud shows no padding, and folds the A–Z index', async () => {
    const { page } = await browser.open('search/?q=cloud');
    const links = page.locator('[data-search-results-list] ol').getByRole('link');
    await expect.poll(() => links.count(), SOON).toBeGreaterThan(0);
    const titles = await links.allTextContents();
    // Every result holds a word starting with "cloud" (the engine's relevance floor)…
    for (const text of titles) expect(text.toLowerCase(), text).toMatch(/\bcloud/);
    // …and the count said is the count listed.
    const status = await page.locator('[data-search-results-list] [role="status"]').textContent();
    expect(status).toMatch(new RegExp(`^${titles.length} match(es)?, best first`));
    // With JavaScript the A–Z index waits behind its button.
    const azLinks = page.locator('[data-search-az]').getByRole('link');
    expect(await azLinks.first().isVisible()).toBe(false);
    const toggle = page.getByRole('button', { name: /^Browse all \d+, A to Z$/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await azLinks.first().isVisible()).toBe(true);
    expect(await azLinks.count()).toBe(catalogue.roles.length + catalogue.skills.length + catalogue.employers.length);
  });

  it('shows the A–Z index open on the search page without a query', async () => {
    const { page } = await browser.open('search/');
    const azLinks = page.locator('[data-search-az]').getByRole('link');
    await expect.poll(() => azLinks.first().isVisible(), SOON).toBe(true);
  });

  it('finds typos on the results page too', async () => {
    const { page } = await browser.open(`search/?q=${encodeURIComponent('acount manger')}`);
    const first = page.locator('[data-search-results-list] ol').getByRole('link').first();
    await expect.poll(() => first.getAttribute('href'), SOON).toMatch(new RegExp(`/roles/${featured.id}/$`));
  });

  it('paints the page without a query in its final layout: the A to Z open, nothing shifting on a phone', async () => {
    const { page } = await browser.open('search/', { viewport: { width: 390, height: 844 } });
    await page.waitForLoadState('networkidle');
    const shifted = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(total), 300);
        }),
    );
    expect(shifted).toBeLessThan(0.01);
    expect(await page.locator('[data-search-az-toggle]').getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-search-az]').getByRole('link').first().isVisible()).toBe(true);
  });

  it('lists every role, skill and employer A to Z without JavaScript', async () => {
    const { page } = await browser.open('search/?q=cloud', { javaScriptEnabled: false });
    const az = page.locator('[data-search-az]');
    const hrefs = await az.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const expected = [
      ...catalogue.roles.map((r) => `roles/${r.id}/`),
      ...catalogue.skills.map((s) => `skills/${s.slug}/`),
      ...catalogue.employers.map((e) => `employers/${e.slug}/`),
    ];
    expect(hrefs).toHaveLength(expected.length);
    for (const path of expected)
      expect(
        hrefs.some((h) => h.endsWith(`/${path}`)),
        path,
      ).toBe(true);
    expect(await page.locator('[data-search-az]').getByRole('link').first().isVisible()).toBe(true);
    // No button that would need a script.
    expect(await page.locator('[data-search-az-toggle]').isVisible()).toBe(false);
    // The header's search launcher is a plain link to this page.
    expect(await page.locator('[data-search-launcher]').getAttribute('href')).toMatch(/\/search\/$/);
    expect(await page.locator('[data-search-results-list]').count()).toBe(0);
  });
});
