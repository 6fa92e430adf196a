/**
 * /match/ in a real browser: nothing loads before intent; a pasted text (built from one occupation's
 * data rows) ranks that occupation first; the address keeps the skills and never the text; no
 * request carries the text; the page without JavaScript; 0 axe violations light and dark.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IMPORTANT } from '@/lib/career/move';
import { termSlug } from '@/lib/match/rank';
import { termKey } from '@/lib/match/text';
import { DIST } from './support/built-pages';
import { useBrowser } from './support/site';

type Row = Record<string, string>;
const DATA = process.env.DATA_DIR ?? 'data';
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const TARGET = 'sales-managers';
const CANARY = 'Zanzibar-Quokka-7Q4X';
const built = existsSync(join(DIST, 'match', 'index.html')) && existsSync(join(DIST, 'roles', TARGET, 'index.html'));

/** Every request the page makes: its URL and its body, to look for the pasted text in. */
function recordRequests(page: Page): { url: string; body: string; method: string }[] {
  const seen: { url: string; body: string; method: string }[] = [];
  page.on('request', (request) =>
    seen.push({ url: request.url(), body: request.postData() ?? '', method: request.method() }),
  );
  return seen;
}

if (!built) {
  describe('skills matcher', () => {
    it.skip(`skipped: ${DIST}/ has no /match/ page or no O*NET occupation pages`, () => {});
  });
} else {
  describe('skills matcher', () => {
    const browser = useBrowser();
    const occupation = csv('onet_occupations.csv').find((o) => o.id === TARGET)!;
    // Everything that counts for the occupation by the page's stated rule: its important skills and
    // knowledge, and its hot or in-demand technologies. A text naming all of them covers it in full.
    const elements = [
      ...csv('onet_importance.csv')
        .filter((r) => r.onet_code === occupation.onet_code && Number(r.importance) >= IMPORTANT)
        .map((r) => r.element!),
      ...csv('onet_technology_skills.csv')
        .filter((r) => r.onet_code === occupation.onet_code && (r.hot === 'yes' || r.in_demand === 'yes'))
        .map((r) => r.technology!),
    ];
    const resume = `${CANARY}\nProfile: ten years of ${elements.join('; ')}.\nPrivate: call 555-0199.`;

    async function paste(page: Page) {
      const start = page.getByLabel('Or paste a resume or a job ad');
      await start.focus();
      await page.getByTestId('match-tool').waitFor();
      await page.getByLabel('Or paste a resume or a job ad').fill(resume);
      await page.getByTestId('match-results').waitFor();
    }

    it('loads nothing before intent, then ranks the occupation the text describes first', async () => {
      const { page, offsite } = await browser.open('', {});
      const requests = recordRequests(page);
      await page.goto(new URL('match/', page.url()).href);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((r) => r.url.includes('match/data.json'))).toEqual([]);
      await paste(page);
      expect(requests.filter((r) => r.url.includes('match/data.json')).length).toBe(1);
      expect(elements.length).toBeGreaterThan(5);
      const first = page.getByTestId('match-results').locator('li').first();
      expect(await first.getAttribute('data-role-id')).toBe(TARGET);
      // Every element the text names counts (one-letter names such as "R" are never matched in text).
      const counted = (await first.innerText()).toLowerCase();
      for (const name of elements.filter((e) => e.length > 1)) expect(counted).toContain(name.toLowerCase());
      expect(await first.locator('h3 a').innerText()).toBe(occupation.title);
      expect(offsite).toEqual([]);
    });

    it('keeps the chosen skills in the address, never the text, and no request carries the text', async () => {
      const { page } = await browser.open('');
      const requests = recordRequests(page);
      await page.goto(new URL('match/', page.url()).href);
      await paste(page);
      await page.waitForFunction(() => location.search.startsWith('?skills='));
      const address = decodeURIComponent(page.url());
      expect(address).not.toContain(CANARY);
      expect(address).not.toContain('555-0199');
      expect(address).toContain(termSlug(termKey(elements[0]!)));
      await page.waitForLoadState('networkidle');
      for (const { url, body } of requests) {
        for (const secret of [CANARY, '555-0199', 'ten years of']) {
          expect(decodeURIComponent(url)).not.toContain(secret);
          expect(body).not.toContain(secret);
        }
      }
      expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);

      // The address alone brings the skills and the ranking back.
      const again = await browser.open(new URL(page.url()).pathname.replace(/^\//, '') + new URL(page.url()).search);
      await again.page.getByTestId('match-results').waitFor();
      const first = again.page.getByTestId('match-results').locator('li').first();
      expect(await first.getAttribute('data-role-id')).toBe(TARGET);
      expect(await again.page.getByLabel('Or paste a resume or a job ad').inputValue()).toBe('');
    });

    it('picks and rates a skill from the vocabulary; a lower rating lowers the score', async () => {
      const { page } = await browser.open('match/');
      await page.getByLabel('Find a skill').fill('negotiation');
      await page.getByTestId('match-hits').waitFor();
      await page.getByRole('button', { name: /^Add Negotiation/ }).click();
      await page.waitForFunction(() => location.search === '?skills=negotiation');
      const score = async () =>
        parseFloat(await page.getByTestId('match-results').getByTestId('match-score').first().innerText());
      const strong = await score();
      await page.getByLabel('How well: Negotiation').selectOption({ label: 'Learning' });
      await page.waitForFunction(() => location.search === '?skills=negotiation:1');
      expect(await score()).toBeCloseTo(strong / 3, 0);
    });

    it('says without JavaScript what it does, that it needs JavaScript, and links to browse roles', async () => {
      const { page } = await browser.open('match/', { javaScriptEnabled: false });
      const note = page.locator('noscript').first();
      expect(await page.locator('body').innerText()).toMatch(/needs JavaScript/);
      expect(await page.getByRole('link', { name: 'all roles and occupations' }).getAttribute('href')).toMatch(
        /roles\/$/,
      );
      expect(await note.count()).toBe(1);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Match your skills');
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations with results shown, ${scheme}`, async () => {
        const { page } = await browser.open('match/', { colorScheme: scheme });
        await paste(page);
        const results = await new AxeBuilder({ page })
          .setLegacyMode(true)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  });
}
