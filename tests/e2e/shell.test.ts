/**
 * The site's shell on every page type it owns: header navigation, skip link, theme (system, toggle,
 * persistence, no JavaScript), narrow screens, print, and page metadata.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cell, csvRows, generatedCatalogue, squash } from './support/seed';
import { siteUrl, useBrowser } from './support/site';

const catalogue = generatedCatalogue();
const firstRole = cell(csvRows('roles.csv')[0]!, 'id');
const firstSkill = catalogue.skills[0]!.slug;
const firstEmployer = catalogue.employers[0]!.slug;

/** One page of each type the shell serves. */
const PAGES = [
  { name: 'home', path: '' },
  { name: 'roles', path: 'roles/' },
  { name: 'role', path: `roles/${firstRole}/` },
  { name: 'skills', path: 'skills/' },
  { name: 'skill', path: `skills/${firstSkill}/` },
  { name: 'employers', path: 'employers/' },
  { name: 'employer', path: `employers/${firstEmployer}/` },
  { name: 'about', path: 'about/' },
];

const NAV = ['Roles', 'Skills', 'Employers', 'Compare', 'Match', 'About'];

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? null);
/** Relative luminance of the body's background, 0 (black) to 1 (white). */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('canvas').getContext('2d')!;
    probe.fillStyle = getComputedStyle(document.body).backgroundColor;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...probe.getImageData(0, 0, 1, 1).data].map((v) => v / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  });

describe('header navigation', () => {
  const browser = useBrowser();

  it('links every section and marks the current one with aria-current', async () => {
    for (const [label, path, current] of [
      ['Roles', 'roles/', 'page'],
      ['Roles', `roles/${firstRole}/`, 'true'],
      ['Skills', `skills/${firstSkill}/`, 'true'],
      ['Employers', 'employers/', 'page'],
      ['Match', 'match/', 'page'],
      ['About', 'about/', 'page'],
    ] as const) {
      const { page } = await browser.open(path);
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link').allTextContents()).toEqual(NAV);
      for (const item of NAV) {
        const expected = item === label ? current : null;
        expect(await nav.getByRole('link', { name: item }).getAttribute('aria-current'), `${item} on ${path}`).toBe(
          expected,
        );
      }
    }
  });

  it('keeps a search entry in the header', async () => {
    const { page } = await browser.open('');
    expect(await page.locator('[data-site-header] [data-search-launcher]').count()).toBeGreaterThan(0);
  });
});

describe('keyboard', () => {
  const browser = useBrowser();

  it('reaches the skip link first, which moves focus to the main content', async () => {
    const { page } = await browser.open('about/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('reaches the site name and every nav link by Tab, in order', async () => {
    const { page } = await browser.open('skills/');
    const reached: string[] = [];
    for (let i = 0; i < 12 && reached.length < NAV.length + 1; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() =>
        document.activeElement?.closest('header') ? (document.activeElement.textContent ?? '').trim() : '',
      );
      if (name === 'Role Atlas' || NAV.includes(name)) reached.push(name);
    }
    expect(reached).toEqual(['Role Atlas', ...NAV]);
  });
});

describe('theme', () => {
  const browser = useBrowser();

  it('follows the system setting when the reader has not chosen', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await browser.open('', { colorScheme });
      expect(await theme(page)).toBe(colorScheme);
      // The button offers the other theme, in its accessible name and its visible label.
      const offer = colorScheme === 'dark' ? 'light' : 'dark';
      const toggle = page.getByRole('button', { name: new RegExp(`^Switch to ${offer} theme$`, 'i') });
      expect(await toggle.count()).toBe(1);
      expect(squash(await toggle.innerText()).toLowerCase()).toBe(`switch to ${offer} theme`);
      expect(await page.getByRole('button', { name: `Switch to ${colorScheme} theme` }).count()).toBe(0);
      const luminance = await backgroundLuminance(page);
      if (colorScheme === 'dark') expect(luminance).toBeLessThan(0.1);
      else expect(luminance).toBeGreaterThan(0.8);
    }
  });

  it('switches by keyboard and remembers the choice across reloads and pages', async () => {
    const { page } = await browser.open('', { colorScheme: 'light' });
    await page.getByRole('button', { name: 'Switch to dark theme' }).focus();
    await page.keyboard.press('Enter');
    expect(await theme(page)).toBe('dark');
    // Focus stays on the button, which now offers the light theme.
    expect(await page.evaluate(() => document.activeElement?.matches('[data-theme-toggle]') ?? false)).toBe(true);
    expect(await page.getByRole('button', { name: 'Switch to light theme' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Switch to dark theme' }).count()).toBe(0);
    expect(await backgroundLuminance(page)).toBeLessThan(0.1);
    expect(await page.evaluate(() => localStorage.getItem('role-atlas:theme'))).toBe('dark');

    await page.reload();
    expect(await theme(page)).toBe('dark');
    expect(await page.getByRole('button', { name: 'Switch to light theme' }).count()).toBe(1);

    await page.goto(siteUrl('about/'));
    expect(await theme(page)).toBe('dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).focus();
    await page.keyboard.press('Space');
    expect(await theme(page)).toBe('light');
    await page.reload();
    expect(await theme(page)).toBe('light');
  });

  it('a stored choice wins over the system setting', async () => {
    const { page } = await browser.open('', { colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await theme(page)).toBe('light');
    await page.reload();
    expect(await theme(page)).toBe('light');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
  });

  it('without JavaScript follows the system and hides the toggle', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await browser.open('', { colorScheme, javaScriptEnabled: false });
      expect(await theme(page)).toBeNull();
      expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
      const luminance = await backgroundLuminance(page);
      if (colorScheme === 'dark') expect(luminance).toBeLessThan(0.1);
      else expect(luminance).toBeGreaterThan(0.8);
    }
  });
});

describe('narrow screens', () => {
  const browser = useBrowser();

  for (const { name, path } of PAGES) {
    it(`the ${name} page does not scroll sideways at 360 px`, async () => {
      const { page } = await browser.open(path, { viewport: { width: 360, height: 740 } });
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
});

describe('print', () => {
  const browser = useBrowser();

  it('prints a role page without site chrome, toggles or downloads, keeping its charts', async () => {
    const { page } = await browser.open(`roles/${firstRole}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '[data-site-header]',
      '[data-theme-toggle]',
      '[data-search-launcher]',
      '[data-downloads]',
      'main figure details',
      '[data-site-footer] [data-print="hide"]',
    ]) {
      const shown = await page
        .locator(selector)
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length);
      expect(shown, `${selector} is shown in print`).toBe(0);
    }
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    const printedSources = squash(await page.getByTestId('footer-sources').innerText());
    for (const row of csvRows('sources.csv')) expect(printedSources).toContain(cell(row, 'title'));
    // Every chart the card keeps prints; charts marked data-print="caption" print as their title and summary
    // (tests/e2e/print.test.ts), and parts marked data-print="hide" are left to the screen.
    const printedCharts = await page
      .locator('main svg[role="img"]')
      .evaluateAll((svgs) =>
        svgs
          .filter((svg) => !svg.closest('[data-print="hide"], [data-print="caption"]'))
          .map((svg) => (svg as unknown as HTMLElement).checkVisibility()),
      );
    expect(printedCharts.length).toBeGreaterThan(0);
    expect(printedCharts.every(Boolean)).toBe(true);
    // Printed in the light theme even when the screen is dark.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
  });
});

describe('page metadata', () => {
  const browser = useBrowser();

  for (const { name, path } of PAGES) {
    it(`the ${name} page has a title, description, canonical URL, Open Graph and Twitter tags`, async () => {
      const { page } = await browser.open(path);
      const meta = (selector: string, attribute = 'content') => page.locator(selector).first().getAttribute(attribute);
      const title = await page.title();
      expect(title).toMatch(/Role Atlas/);
      expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(20);
      const canonical = new URL((await meta('link[rel="canonical"]', 'href'))!);
      expect(canonical.pathname).toBe(new URL(siteUrl(path)).pathname);
      expect(await meta('meta[property="og:url"]')).toBe(canonical.href);
      expect(await meta('meta[property="og:title"]')).toBe(title);
      expect(await meta('meta[name="twitter:card"]')).toBe('summary');
      expect(await meta('link[rel="icon"]', 'href')).toMatch(/favicon\.svg$/);
    });
  }

  it('describes each role page as a schema.org Occupation from roles.csv', async () => {
    for (const row of csvRows('roles.csv')) {
      const { page } = await browser.open(`roles/${cell(row, 'id')}/`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const occupation = blocks
        .map((t) => JSON.parse(t) as Record<string, unknown>)
        .find((b) => b['@type'] === 'Occupation');
      expect(occupation?.name).toBe(cell(row, 'title'));
      const salaries = csvRows('salaries.csv').filter((s) => cell(s, 'role_id') === cell(row, 'id'));
      const averages = ((occupation?.estimatedSalary ?? []) as { '@type': string }[]).filter(
        (amount) => amount['@type'] === 'MonetaryAmount',
      );
      expect(averages.length).toBe(salaries.length);
      await page.context().close();
    }
  });

  it('serves robots.txt pointing at the sitemap under the base path', async () => {
    const { page } = await browser.open('');
    const robots = await (await page.request.get(siteUrl('robots.txt'))).text();
    const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemap).toBeDefined();
    expect(new URL(sitemap!).pathname).toBe(new URL(siteUrl('sitemap-index.xml')).pathname);
    expect((await page.request.get(siteUrl('sitemap-index.xml'))).ok()).toBe(true);
  });

  it('answers an unknown address with the 404 page', async () => {
    const { page } = await browser.open('');
    const response = await page.goto(siteUrl('no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('not found');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(readFileSync('dist/404.html', 'utf8')).toContain('Page not found');
  });
});
