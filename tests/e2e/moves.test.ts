/**
 * /moves/ in a real browser: a move opened from its permalink, the address following the pickers,
 * the skill lists computed by the stated rules from data/onet_importance.csv, the links from
 * occupation pages, the tables without JavaScript, and 0 axe violations light and dark.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { HALF_STEP, IMPORTANT } from '@/lib/career/move';
import { DIST } from './support/built-pages';
import { useBrowser } from './support/site';

type Row = Record<string, string>;
const DATA = process.env.DATA_DIR ?? 'data';
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const FROM = 'sales-managers';
const TO = 'marketing-managers';
const built = existsSync(join(DIST, 'moves', 'index.html')) && existsSync(join(DIST, 'roles', TO, 'index.html'));

if (!built) {
  describe('career moves', () => {
    it.skip(`skipped: ${DIST}/ has no /moves/ page or no O*NET occupation pages`, () => {});
  });
} else {
  describe('career moves', () => {
    const browser = useBrowser();
    const occupations = new Map(csv('onet_occupations.csv').map((o) => [o.id!, o]));
    const ratings = (id: string) =>
      new Map(
        csv('onet_importance.csv')
          .filter((r) => r.onet_code === occupations.get(id)!.onet_code)
          .map((r) => [r.element_id!, { name: r.element!, importance: Number(r.importance) }]),
      );

    it('opens a move from its permalink: skills to build by the stated rule, largest gap first', async () => {
      const { page, offsite } = await browser.open(`moves/?from=${FROM}&to=${TO}`);
      const heading = page.getByTestId('move-heading');
      await heading.waitFor();
      expect(await heading.innerText()).toBe(`From ${occupations.get(FROM)!.title} to ${occupations.get(TO)!.title}`);
      const from = ratings(FROM);
      const to = ratings(TO);
      const expected = [...to]
        .map(([id, r]) => ({ name: r.name, gap: r.importance - (from.get(id)?.importance ?? 0), to: r.importance }))
        .filter((g) => g.to >= IMPORTANT && g.gap >= HALF_STEP)
        .sort((a, b) => b.gap - a.gap || (a.name < b.name ? -1 : 1));
      expect(expected.length).toBeGreaterThan(0);
      const build = page.getByTestId('move').locator('table').first();
      const names = await build.locator('tbody th').allInnerTexts();
      expect(names.map((n) => n.replace(/ \(knowledge\)$/, ''))).toEqual(expected.map((g) => g.name));
      expect(new URL(page.url()).search).toBe(`?from=${FROM}&to=${TO}`);
      expect(offsite).toEqual([]);
    });

    it('keeps the pair in the address when the target changes', async () => {
      const { page } = await browser.open(`moves/?from=${FROM}&to=${TO}`);
      await page.getByTestId('move-heading').waitFor();
      const other = 'chief-executives';
      await page.getByLabel('To', { exact: true }).selectOption(other);
      await page.waitForFunction((id) => location.search === `?from=sales-managers&to=${id}`, other);
      await page
        .getByTestId('move-heading')
        .filter({ hasText: `From ${occupations.get(FROM)!.title} to ${occupations.get(other)!.title}` })
        .waitFor();
    });

    it('is linked from every similar-occupation entry of an occupation page', async () => {
      const { page } = await browser.open(`roles/${FROM}/`);
      const links = await page
        .getByTestId('similar-occupations')
        .getByTestId('move-link')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toHaveLength(10);
      for (const link of links) expect(new URL(link).search).toMatch(new RegExp(`^\\?from=${FROM}&to=[a-z0-9-]+$`));
    });

    it('lists the moves linked from resume roles as tables without JavaScript', async () => {
      const { page } = await browser.open('moves/', { javaScriptEnabled: false });
      const linked = page.getByTestId('linked-moves');
      expect(await linked.locator('[data-testid="move"]').count()).toBeGreaterThan(0);
      expect(await linked.locator('table').count()).toBeGreaterThan(0);
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations with a move open, ${scheme}`, async () => {
        const { page } = await browser.open(`moves/?from=${FROM}&to=${TO}`, { colorScheme: scheme });
        await page.getByTestId('move-heading').waitFor();
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
