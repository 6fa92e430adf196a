/**
 * The chart system in Chromium against the built site: shared scales in the compare tool, bars
 * that use their plot, phones (390 px: nothing overflows, no chart text under 12 px), and chart
 * downloads made in the browser (the CSV holds the table's rows; the SVG is the chart on the page).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/built-pages';
import { useBrowser } from './support/site';

type Row = Record<string, string>;
const DATA = process.env.DATA_DIR ?? 'data';
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const GAM = 'global-account-manager';
const SALES = 'sales-managers';
const official = existsSync(join(DIST, 'roles', SALES, 'index.html'));
const comparison = csv('comparisons.csv')[0]!;
const comparisonPath = `compare/${comparison.role_id}-vs-${comparison.other_role_id}/`;

const browser = useBrowser();

async function readDownload(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Every bar chart's longest bar and plot width (px), as drawn. */
const barSpans = (page: Page) =>
  page.locator('[data-chart-drawing] svg[data-chart-kind="bar"]').evaluateAll((svgs) =>
    svgs.map((svg) => ({
      id:
        svg.closest('figure, section')?.getAttribute('data-chart-id') ??
        svg.closest('section')?.getAttribute('data-panel'),
      plot: svg.querySelector('[data-plot]')!.getBoundingClientRect().width,
      longest: Math.max(
        0,
        ...[...svg.querySelectorAll('[data-mark="bar"]')].map((b) => b.getBoundingClientRect().width),
      ),
    })),
  );

describe.skipIf(!official)('compare tool with three roles', () => {
  it('draws equal values at equal lengths (±1 px) in every column, and the longest bar across its plot', async () => {
    const { page } = await browser.open(`compare/?roles=${SALES},marketing-managers,chief-executives`);
    await page.getByTestId('comparison-view').waitFor();
    const cells = await page.locator('[data-testid="importance-matrix"] td').evaluateAll((tds) =>
      tds.flatMap((td) => {
        const bar = td.querySelector('[data-mark="bar"]');
        return bar ? [{ value: td.textContent!.trim(), width: bar.getBoundingClientRect().width }] : [];
      }),
    );
    expect(cells.length).toBeGreaterThan(20);
    const byValue = new Map<string, number[]>();
    for (const c of cells) byValue.set(c.value, [...(byValue.get(c.value) ?? []), c.width]);
    const repeated = [...byValue].filter(([, widths]) => widths.length > 1);
    expect(repeated.length).toBeGreaterThan(0);
    for (const [value, widths] of repeated)
      expect(Math.max(...widths) - Math.min(...widths), value).toBeLessThanOrEqual(1);
    // Longer for larger values, whatever the column.
    const sorted = [...cells].sort((a, b) => Number(a.value) - Number(b.value));
    for (let i = 1; i < sorted.length; i++)
      if (Number(sorted[i]!.value) > Number(sorted[i - 1]!.value))
        expect(sorted[i]!.width).toBeGreaterThan(sorted[i - 1]!.width);
    for (const span of await barSpans(page)) expect(span.longest / span.plot, span.id!).toBeGreaterThanOrEqual(0.9);
  });

  it('shows one row for a role and the occupation it names, not the same figures twice', async () => {
    const { page } = await browser.open(`compare/?roles=${GAM},${SALES},marketing-managers`);
    await page.getByTestId('comparison-view').waitFor();
    const wages = page.locator('[data-panel="official-wages"] [data-value-label]');
    expect(await wages.count()).toBe(2);
    const heads = await page.locator('[data-testid="importance-matrix"] thead th').allInnerTexts();
    expect(heads).toHaveLength(3);
    expect(heads[1]).toMatch(/^Sales Managers \(also for Global account manager\)$/);
  });

  it('keeps the table view in the address, and says so plainly when no role in the address is known', async () => {
    const { page } = await browser.open(`compare/?roles=${SALES},marketing-managers`);
    await page.getByTestId('comparison-view').waitFor();
    await page.getByRole('button', { name: 'Show as tables' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('tables');
    await page.reload();
    await page.getByTestId('comparison-view').waitFor();
    expect(await page.getByRole('button', { name: 'Show as tables' }).getAttribute('aria-pressed')).toBe('true');
    const unknown = (await browser.open('compare/?roles=nobody,no-one')).page;
    const alert = unknown.getByTestId('address-problems');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      /None of the roles this address names is in the data \(“nobody” and “no-one”\)/,
    );
  });
});

describe.skipIf(!official)('occupation page', () => {
  it('draws the longest bar of every bar chart across at least 90% of its plot', async () => {
    for (const width of [1280, 390]) {
      const { page } = await browser.open(`roles/${SALES}/`, { viewport: { width, height: 900 } });
      const spans = await barSpans(page);
      expect(spans.length).toBeGreaterThanOrEqual(3);
      for (const span of spans) {
        expect(span.longest / span.plot, `${span.id} at ${width}`).toBeGreaterThanOrEqual(0.9);
        // Sized to the container, not capped near 416 px inside a wide card.
        if (width === 1280) expect(span.plot, span.id!).toBeGreaterThan(600);
      }
    }
  });
});

describe('chart data tables', () => {
  it('right-align the numeric columns, header included, and keep text columns and row headers at the start', async () => {
    const { page } = await browser.open(`roles/${GAM}/`);
    const tables = await page.locator('[data-testid="chart-table"]').evaluateAll((elements) =>
      elements.map((table) => {
        const numeric = [...table.querySelectorAll('thead th')].map((th) => th.hasAttribute('data-kind'));
        const align = (cell: Element) => getComputedStyle(cell).textAlign;
        return {
          numeric,
          head: [...table.querySelectorAll('thead th')].map(align),
          body: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(align)),
        };
      }),
    );
    expect(tables.length).toBeGreaterThan(3);
    expect(tables.some((t) => t.numeric.some(Boolean)) && tables.some((t) => t.numeric.some((n) => !n))).toBe(true);
    const start = ['left', 'start'];
    for (const table of tables) {
      table.numeric.forEach((isNumber, i) => {
        if (isNumber) expect(table.head[i]).toBe('right');
        else expect(start).toContain(table.head[i]);
      });
      for (const row of table.body) {
        row.forEach((alignment, i) => {
          if (isNumberCell(table.numeric, i)) expect(alignment).toBe('right');
          else expect(start).toContain(alignment);
        });
      }
    }
  });
});

/** A body cell is right-aligned when its column is numeric, except the first (a row header). */
const isNumberCell = (numeric: boolean[], i: number) => i > 0 && numeric[i] === true;

describe('at 390 px', () => {
  const pages = [
    `roles/${GAM}/`,
    comparisonPath,
    ...(official ? [`roles/${SALES}/`, 'compare/marketing-managers-vs-sales-managers/'] : []),
    `compare/?roles=${GAM},${comparison.other_role_id},market-sales-manager`,
  ];
  for (const path of pages) {
    it(`${path}: nothing overflows the viewport and no chart text is under 12 px`, async () => {
      const { page } = await browser.open(path, { viewport: { width: 390, height: 844 } });
      if (path.startsWith('compare/?')) await page.getByTestId('comparison-view').waitFor();
      const found = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        texts: [...document.querySelectorAll('main svg text')].length,
        small: [...document.querySelectorAll('main svg text, main table')]
          .filter((t) => parseFloat(getComputedStyle(t).fontSize) < 12)
          .map((t) => t.textContent!.slice(0, 40)),
        // Chart text that runs past its chart's right edge.
        outside: [...document.querySelectorAll('main [data-chart-drawing] svg')].flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')]
            .filter(
              (t) => t.getBoundingClientRect().right > box.right + 1 || t.getBoundingClientRect().left < box.left - 1,
            )
            .map((t) => t.textContent!.slice(0, 40));
        }),
        headings: [...document.querySelectorAll('main h2, main h3, main h4, main th')]
          .filter((h) => h.scrollWidth > (h as HTMLElement).clientWidth + 1)
          .map((h) => h.textContent!.slice(0, 40)),
      }));
      expect(found.overflow, path).toBeLessThanOrEqual(0);
      expect(found.texts, path).toBeGreaterThan(0);
      expect(found.small, path).toEqual([]);
      expect(found.outside, path).toEqual([]);
      expect(found.headings, path).toEqual([]);
    });
  }

  it('the compare tool says when its matrix scrolls sideways', async () => {
    const { page } = await browser.open(`compare/?roles=${GAM},${comparison.other_role_id},market-sales-manager`, {
      viewport: { width: 390, height: 844 },
    });
    await page.getByTestId('comparison-view').waitFor();
    const region = page.locator('[data-panel="skills"] [role="region"]');
    const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(await page.locator('[data-panel="skills"] [data-testid="scroll-hint"]').count()).toBe(scrolls ? 1 : 0);
    expect(await region.getAttribute('tabindex')).toBe('0');
  });
});

describe('chart downloads', () => {
  it('are offered by the compare tool’s charts too, from the same chart data as its table', async () => {
    const pick = [GAM, comparison.other_role_id];
    const { page } = await browser.open(`compare/?roles=${pick.join(',')}`, { acceptDownloads: true });
    await page.getByTestId('comparison-view').waitFor();
    const panel = page.locator('[data-panel="education"]');
    expect(await panel.getAttribute('id')).toBe('tool-education');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('link', { name: /^CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`compare-${pick.join('-and-')}--tool-education.csv`);
    const rows = Papa.parse<string[]>((await readDownload(download)).toString('utf8'), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((r) => [Number(r[1]), Number(r[2])])).toEqual([
      [Number(comparison.masters_pp_diff), Number(comparison.doctoral_pp_diff)],
    ]);
  });

  it('gives the CSV of the table shown, an SVG equal to the chart on the page, a PNG, and a link to the chart', async () => {
    const { page } = await browser.open(`roles/${GAM}/`, {
      acceptDownloads: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const figure = page.locator('[data-chart-id="skills-by-share-of-resumes"]');
    const save = async (control: ReturnType<typeof figure.getByRole>) => {
      const [download] = await Promise.all([page.waitForEvent('download'), control.click()]);
      return { name: download.suggestedFilename(), body: await readDownload(download) };
    };
    const csvFile = await save(figure.getByRole('link', { name: /^CSV/ }));
    const rows = Papa.parse<string[]>(csvFile.body.toString('utf8'), { skipEmptyLines: true }).data;
    const skills = csv('skills.csv').filter((r) => r.role_id === GAM && r.resume_share_pct);
    expect(rows[0]).toEqual(['Skill', 'Share of resumes (%)']);
    expect(
      rows
        .slice(1)
        .map(([, share]) => Number(share))
        .sort(),
    ).toEqual(skills.map((s) => Number(s.resume_share_pct)).sort());

    // The JSON is read back from the frame's caption and table, with the cited sources' details from the
    // site's sources file: the same rows as the CSV, numbers at full precision, the licence kept.
    const jsonFile = await save(figure.getByRole('link', { name: /^JSON/ }));
    expect(jsonFile.name).toBe(`${GAM}--skills-by-share-of-resumes.json`);
    const json = JSON.parse(jsonFile.body.toString('utf8')) as {
      title: string;
      page: { kind: string; id: string };
      sources: { id: string; licence: string | null; publisher: string | null }[];
      columns: { key: string }[];
      rows: Record<string, string | number | null>[];
    };
    expect(json.title).toBe(await figure.locator('figcaption h2, figcaption h3, figcaption h4').innerText());
    expect(json.page).toEqual({ kind: 'roles', id: GAM });
    expect(json.sources.length).toBeGreaterThan(0);
    const sourcesCsv = new Map(csv('sources.csv').map((row) => [row.id, row]));
    for (const source of json.sources) {
      const row = sourcesCsv.get(source.id);
      expect(row, source.id).toBeDefined();
      expect(source.publisher ?? '').toBe(row!.publisher ?? '');
      expect(source.licence ?? '').toBe(row!.licence ?? '');
    }
    expect(json.rows.map((row) => row[json.columns[1]!.key]).sort()).toEqual(
      skills.map((s) => Number(s.resume_share_pct)).sort(),
    );

    const svgFile = await save(figure.getByRole('button', { name: /^SVG/ }));
    expect(svgFile.name).toBe(`${GAM}--skills-by-share-of-resumes.svg`);
    const compared = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const onPage = document.querySelector('[data-chart-id="skills-by-share-of-resumes"] [data-chart-drawing] svg')!;
      const shape = (svg: Element) => ({
        texts: [...svg.querySelectorAll('text')].map((t) => t.textContent),
        bars: [...svg.querySelectorAll('[data-mark="bar"]')].map((r) => [r.getAttribute('x'), r.getAttribute('width')]),
      });
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        file: shape(root),
        page: shape(onPage),
        width: Number(root.getAttribute('width')),
        shown: Math.round(onPage.getBoundingClientRect().width),
        fill: root.querySelector('[data-mark="bar"]')?.getAttribute('fill'),
        pageFill: getComputedStyle(onPage.querySelector('[data-mark="bar"]')!).fill,
      };
    }, svgFile.body.toString('utf8'));
    expect(compared.error).toBeNull();
    expect(compared.file).toEqual(compared.page);
    expect(compared.file.bars.length).toBe(skills.length);
    expect(compared.width).toBe(compared.shown);
    expect(compared.fill).toBe(compared.pageFill);

    const png = await save(figure.getByRole('button', { name: /^PNG/ }));
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');

    await figure.getByRole('link', { name: /^Copy link/ }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${new URL(page.url()).origin}${new URL(page.url()).pathname}#chart-skills-by-share-of-resumes`);
    expect(await figure.getAttribute('id')).toBe('chart-skills-by-share-of-resumes');
  });

  it('still gives the CSV when the sources file cannot load, and downloads the page’s data file for the JSON', async () => {
    const { page } = await browser.open(`roles/${GAM}/`, { acceptDownloads: true });
    await page.route('**/data/sources.json', (route) => route.abort());
    const figure = page.locator('[data-chart-id="skills-by-share-of-resumes"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('link', { name: /^CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${GAM}--skills-by-share-of-resumes.csv`);
    const rows = Papa.parse<string[]>((await readDownload(download)).toString('utf8'), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Skill', 'Share of resumes (%)']);
    // The JSON needs the sources' details: without them the link's own target, the page's full data file, is downloaded.
    const [fallback] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('link', { name: /^JSON/ }).click(),
    ]);
    expect(fallback.suggestedFilename()).toBe(`${GAM}.json`);
  });
});
