/**
 * Comparison pages of related O*NET occupations, in a real browser. Runs only when the built site
 * has them (a build from a data folder holding the importer's output: DATA_DIR=… OUT_DIR=…);
 * expected figures come from that data folder's CSV files, never from the implementation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/built-pages';
import { useBrowser } from './support/site';

type Row = Record<string, string>;
const DATA = process.env.DATA_DIR ?? 'data';
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

const SALES_CODE = '11-2022.00';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FLAG_WORDS: Record<string, string> = {
  not_available: 'not available',
  top_coded: 'at or above the top-coded wage',
  less_than_half_percent: 'less than 0.5%',
};

const hasData = existsSync(join(DATA, 'onet_related_occupations.csv')) && existsSync(join(DATA, 'bls_oews.csv'));
const salesId = hasData ? csv('onet_occupations.csv').find((o) => o.onet_code === SALES_CODE)?.id : undefined;
const built = salesId !== undefined && existsSync(join(DIST, 'roles', salesId, 'index.html'));
const skipReason = !hasData
  ? `${DATA}/ has no official import (onet_related_occupations.csv, bls_oews.csv): set DATA_DIR to a folder with the importer's output and build from it (DATA_DIR=… OUT_DIR=… npm run build)`
  : !built
    ? `the built site (${DIST}/) has no page for Sales Managers (${SALES_CODE}): build from ${DATA}/ first`
    : undefined;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

if (skipReason) {
  describe('official comparison pages', () => {
    it.skip(`skipped: ${skipReason}`, () => {});
  });
} else {
  describe('official comparison pages', () => {
    const browser = useBrowser();
    const occupations = csv('onet_occupations.csv');
    const byCode = new Map(occupations.map((o) => [o.onet_code!, o]));
    const related = csv('onet_related_occupations.csv').filter((r) => r.tier === 'primary-short');
    const bls = csv('bls_oews.csv').filter((r) => r.soc_level === 'detailed');
    const sources = csv('official_sources.csv');
    // The wage survey (OEWS); the projections are a second BLS source, cited by the outlook part only.
    const blsSource = sources.find((s) => s.id!.startsWith('bls-oews'))!;
    const onetSource = sources.find((s) => /O\*NET/.test(s.title!))!;

    /** The page id of a pair: the occupation listing the other first; the lower code first when both list each other. */
    const pairId = (lister: string, listed: string) => {
      const mutual = related.some((r) => r.onet_code === listed && r.related_onet_code === lister);
      const [a, b] = mutual && listed < lister ? [listed, lister] : [lister, listed];
      return `${byCode.get(a)!.id}-vs-${byCode.get(b)!.id}`;
    };
    const salesPairs = new Map<string, string>();
    for (const r of related) {
      if (r.onet_code === SALES_CODE) salesPairs.set(pairId(SALES_CODE, r.related_onet_code!), r.related_onet_code!);
      if (r.related_onet_code === SALES_CODE) salesPairs.set(pairId(r.onet_code!, SALES_CODE), r.onet_code!);
    }

    /** BLS's national row for an occupation: its SOC code's, else its broad group's. */
    const nationalRow = (code: string) => {
      const own = code.slice(0, 7);
      const national = (soc: string) => bls.find((r) => r.soc_code === soc && r.naics === '000000');
      return national(own) ?? national(`${own.slice(0, 6)}0`);
    };
    /** The mean wage as the page must write it: the number in dollars, or BLS's reason in words. */
    const meanText = (row: Row): string => {
      const unit = row.wages_released === 'hourly_only' ? 'hourly' : 'annual';
      const value = row[`${unit}_mean`];
      if (value) {
        const n = Number(value);
        return unit === 'annual'
          ? `$${n.toLocaleString('en-US')}`
          : `$${n.toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
      }
      return FLAG_WORDS[row[`${unit}_mean_flag`]!] ?? 'no figure';
    };

    it('the Sales Managers page links to comparisons with its primary related occupations', async () => {
      const { page, offsite } = await browser.open(`roles/${salesId}/`);
      const links = await page
        .locator('main a[href*="/compare/"]')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const linked = new Set(links.flatMap((path) => path.match(/\/compare\/([^/?]+)\/$/)?.[1] ?? []));
      // Linked from its related-occupations list: every pair whose other occupation Sales Managers lists.
      const listed = new Set(
        csv('onet_related_occupations.csv')
          .filter((r) => r.onet_code === SALES_CODE)
          .map((r) => r.related_onet_code),
      );
      const expected = [...salesPairs].filter(([, code]) => listed.has(code)).map(([id]) => id);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.filter((id) => linked.has(id))).toEqual(expected);
      expect([...linked].filter((id) => id.split('-vs-').includes(salesId!)).every((id) => salesPairs.has(id))).toBe(
        true,
      );
      expect(offsite).toEqual([]);
    });

    it('shows both occupations’ BLS national mean wage from bls_oews.csv, and cites BLS and O*NET', async () => {
      const [id, otherCode] = [...salesPairs][0]!;
      const { page, offsite } = await browser.open(`compare/${id}/`);
      const [firstId] = id.split('-vs-');
      const codes = firstId === salesId ? [SALES_CODE, otherCode] : [otherCode, SALES_CODE];
      const titles = codes.map((c) => byCode.get(c)!.title!);
      expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe(`${titles[0]} vs. ${titles[1]}`);

      const sides = page.getByTestId('comparison-side');
      expect(await sides.count()).toBe(2);
      for (const [i, code] of codes.entries()) {
        const side = sides.nth(i);
        const occupation = byCode.get(code)!;
        expect(await side.getAttribute('data-occupation')).toBe(occupation.id);
        const text = (await side.innerText()).replace(/\s+/g, ' ');
        expect(text).toContain(occupation.description!.replace(/\s+/g, ' ').trim());
        const national = nationalRow(code);
        if (!national) continue;
        const mean = (await side.locator('[data-figure="mean"]').innerText()).trim();
        expect(mean.startsWith(meanText(national)), `${code}: ${mean}`).toBe(true);
        if (national.employment)
          expect((await side.locator('[data-figure="employment"]').innerText()).trim()).toBe(
            Number(national.employment).toLocaleString('en-US'),
          );
        // The figures are cited to BLS right under them.
        expect(await side.getByTestId('source-line').last().innerText()).toContain(blsSource.title);
      }

      const cited = await page.locator('main [data-testid="source-line"]').allInnerTexts();
      expect(cited.some((t) => t.includes(blsSource.title!))).toBe(true);
      expect(cited.some((t) => t.includes(onetSource.title!))).toBe(true);
      // Each chart cites its own source: wages BLS, education and skills O*NET.
      for (const chart of await page.getByTestId('chart').all()) {
        const chartId = (await chart.getAttribute('data-chart-id'))!;
        const line = await chart.getByTestId('source-line').innerText();
        const wages = chartId.includes('wage');
        expect(line, chartId).toContain(wages ? blsSource.title : onetSource.title);
        expect(line, chartId).not.toContain(wages ? onetSource.title : blsSource.title);
      }
      // Importance is O*NET's rating, never a share of resumes.
      const skills = page.locator('[data-chart-id="distinctive-skills-by-importance"]');
      if ((await skills.count()) > 0) expect(await skills.innerText()).not.toMatch(/% of resumes|percentage points/);
      expect(await page.getByTestId('official-attributions').innerText()).toContain(onetSource.attribution);
      expect(offsite).toEqual([]);
    });

    it('has no axe violations, light and dark', async () => {
      const [id] = [...salesPairs.keys()];
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await browser.open(`compare/${id}/`, { colorScheme });
        expect(await axeViolations(page), colorScheme).toEqual([]);
        for (const summary of await page.locator('details > summary').all()) await summary.click();
        expect(await axeViolations(page), `${colorScheme}, tables open`).toEqual([]);
      }
    });
  });
}
