/**
 * Gate: the home page and the featured role page read the same with JavaScript off: the same headings, the
 * same charts, and every chart's numbers in an HTML table that opens without script.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/site';

const PAGES = [
  { name: 'home page', path: '' },
  { name: 'role page', path: 'roles/global-account-manager/' },
];

interface Reading {
  headings: string[];
  charts: string[];
  /** Charts whose frame has no <details> with a table of at least one data row. */
  chartsWithoutTable: string[];
  mainText: number;
}

function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const charts = [...(main?.querySelectorAll('svg[role="img"]') ?? [])];
    // A chart's frame is its <figure>; the frame's name is its accessible name's source (aria-labelledby).
    const nameOf = (chart: Element) =>
      text(document.getElementById(chart.getAttribute('aria-labelledby') ?? '')) ||
      chart.getAttribute('aria-label') ||
      '(unnamed chart)';
    return {
      headings: [...(main?.querySelectorAll('h1, h2, h3, h4') ?? [])].map(text),
      charts: charts.map(nameOf),
      chartsWithoutTable: charts
        .filter((chart) => {
          const frame = chart.closest('figure') ?? chart.parentElement;
          return !frame?.querySelector('details table tbody tr, details table tr td');
        })
        .map(nameOf),
      mainText: text(main).length,
    };
  });
}

describe('reading without JavaScript', () => {
  const browser = useBrowser();

  for (const { name, path } of PAGES) {
    it(`the ${name} shows its content, charts and tables with JavaScript disabled`, async () => {
      const withScript = await read((await browser.open(path)).page);
      const { page } = await browser.open(path, { javaScriptEnabled: false });
      const without = await read(page);

      expect(without.mainText, 'the <main> element is missing or empty without JavaScript').toBeGreaterThan(0);
      expect(without.headings, 'headings in <main> differ without JavaScript').toEqual(withScript.headings);
      expect(without.charts, 'charts (svg role=img) differ without JavaScript').toEqual(withScript.charts);
      expect(without.chartsWithoutTable, 'charts whose frame has no <details> table of their numbers').toEqual([]);

      // <details> is native: each chart's table opens with no script at all.
      const toggles = page.locator('main figure details > summary');
      for (let index = 0; index < (await toggles.count()); index++) {
        const toggle = toggles.nth(index);
        await toggle.click();
        await expect
          .poll(() => toggle.locator('xpath=..').locator('table').isVisible(), {
            message: `the table under "${await toggle.textContent()}" (#${index + 1}) did not open without JavaScript`,
          })
          .toBe(true);
      }
    });
  }
});
