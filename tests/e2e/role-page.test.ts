/**
 * The role page in a real browser, against the built site. Expected figures come from data/*.csv;
 * numbers on the page are compared as numbers (formatting such as "$", "%", "−" and "pp" removed).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteUrl, useBrowser } from './support/site';

type Row = Record<string, string>;
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;

const GAM = 'global-account-manager';
/** The charts of resume figures; a build with official data adds survey charts (tests/e2e/official.test.ts). */
const RESUME_CHARTS = '[data-testid="chart"]:not([data-chart-id^="official-"])';
const roles = csv('roles.csv');
const of = (file: string, roleId: string) => csv(file).filter((r) => r.role_id === roleId);

/** The number a cell or label shows, e.g. "−4.6 pp" → -4.6, "$119,239" → 119239; undefined for text. */
function numberIn(text: string): number | undefined {
  const cleaned = text
    .replace(/\u2212/g, '-')
    .replace(/[$,%+]|\bpp\b|·.*$/g, '')
    .trim();
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : undefined;
}

async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())),
    );
}

/** Presses Tab until `target` has focus; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 300): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
  }
  throw new Error('The element was never reached with the Tab key.');
}

describe('role page', () => {
  const browser = useBrowser();

  it('shows every seed figure and text of the global account manager', async () => {
    const { page, offsite } = await browser.open(`roles/${GAM}/`);
    const main = page.locator('main');
    const text = (await main.innerText()).replace(/\s+/g, ' ');
    const has = (s: string) => expect(text, s).toContain(s.replace(/\s+/g, ' ').trim());

    has(roles.find((r) => r.id === GAM)!.description!);
    for (const r of of('responsibilities.csv', GAM)) has(r.text!);
    for (const r of of('skills.csv', GAM)) {
      has(r.skill!);
      if (r.example) has(r.example);
      if (r.why_it_matters) has(r.why_it_matters);
    }
    // Every figure is in a chart's table, in the row that names it.
    await main.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const cells = async (chartId: string) =>
      tableRows(main.locator(`[data-chart-id="${chartId}"] table`)).then((rows) =>
        rows.map(([label, ...values]) => [label, ...values.map((v) => numberIn(v) ?? v)]),
      );
    const skills = await cells('skills-by-share-of-resumes');
    for (const r of of('skills.csv', GAM).filter((r) => r.resume_share_pct)) {
      expect(skills).toContainEqual([r.skill, Number(r.resume_share_pct)]);
    }
    const employers = await cells('top-employers-by-open-jobs');
    for (const r of of('employers.csv', GAM)) expect(employers).toContainEqual([r.employer, Number(r.open_jobs)]);
    const salaries = await cells('salary-by-industry');
    for (const r of of('salaries.csv', GAM)) expect(salaries).toContainEqual([r.industry, Number(r.avg_salary_usd)]);
    const education = await cells('education-compared-with-related-roles');
    for (const r of of('comparisons.csv', GAM)) {
      const other = roles.find((role) => role.id === r.other_role_id)!;
      expect(education).toContainEqual([other.title, Number(r.masters_pp_diff), Number(r.doctoral_pp_diff)]);
      // The computed sentence says the same figures in words.
      has(
        `${other.title_plural} are ${Math.abs(Number(r.masters_pp_diff))} percentage points ${Number(r.masters_pp_diff) < 0 ? 'less' : 'more'} likely to earn a Master's Degree`,
      );
    }
    // The top employers, named in a computed sentence, in order of open jobs.
    const top = [...of('employers.csv', GAM)].sort((a, b) => Number(b.open_jobs) - Number(a.open_jobs)).slice(0, 3);
    const sentence = await page.getByTestId('employers-sentence').innerText();
    let cursor = -1;
    for (const e of top) {
      const at = sentence.indexOf(`${e.employer} (${e.open_jobs}`);
      expect(at, e.employer).toBeGreaterThan(cursor);
      cursor = at;
    }
    // Each related role links to its comparison page.
    for (const r of of('comparisons.csv', GAM)) {
      const link = page.getByTestId('related-roles').locator(`a[href$="/compare/${GAM}-vs-${r.other_role_id}/"]`);
      expect(await link.count()).toBe(1);
    }
    expect(offsite).toEqual([]);
  });

  it('names and describes every chart, draws one bar per table row, and cites the source', async () => {
    const { page } = await browser.open(`roles/${GAM}/`);
    const figures = page.locator(RESUME_CHARTS);
    expect(await figures.count()).toBe(4);
    for (const figure of await figures.all()) {
      const title = (await figure.getByRole('heading').innerText()).trim();
      const svg = figure.getByRole('img', { name: title, exact: true });
      expect(await svg.count(), title).toBe(1);
      const describedBy = (await svg.getAttribute('aria-describedby'))!;
      const summary = (await page.locator(`[id="${describedBy}"]`).innerText()).trim();
      expect(summary.length).toBeGreaterThan(20);
      expect(summary.endsWith('.')).toBe(true);
      expect(await figure.getByTestId('source-line').innerText()).toContain(csv('sources.csv')[0]!.title);
      const rows = await figure.locator('tbody tr').count();
      const bars = await svg.locator('[data-mark="bar"]').count();
      const kind = await svg.getAttribute('data-chart-kind');
      // A diverging chart has a bar per non-zero value of each group; a bar chart one per row; a
      // single value is a figure with its context, not a lone bar.
      if (kind === 'figure') {
        expect(rows, title).toBe(1);
        expect(bars, title).toBe(0);
        expect(await figure.getByTestId('single-figure-context').count(), title).toBe(1);
      } else if (kind === 'diverging') expect(bars).toBeGreaterThanOrEqual(rows);
      else expect(bars).toBe(rows);
    }
  });

  it('opens a chart table with the keyboard, showing the same numbers as the chart labels', async () => {
    const { page } = await browser.open(`roles/${GAM}/`);
    const figure = page.locator('[data-chart-id="top-employers-by-open-jobs"]');
    const summary = figure.locator('summary');
    const table = figure.locator('table');
    expect(await table.isVisible()).toBe(false);
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    await expect.poll(() => table.isVisible()).toBe(true);
    const rows = await tableRows(table);
    const labels = (await figure.locator('svg text').allTextContents()).map((t) => t.trim());
    for (const [employer, jobs] of rows) {
      expect(labels).toContain(employer);
      expect(labels).toContain(jobs);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => table.isVisible()).toBe(false);
  });

  it("downloads exactly each chart's rows as CSV and JSON, made in the browser on click", async () => {
    const { page } = await browser.open(`roles/${GAM}/`, { acceptDownloads: true });
    const read = async (figure: Locator, name: RegExp) => {
      const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name }).click()]);
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
    };
    for (const figure of await page.locator(RESUME_CHARTS).all()) {
      const chartId = (await figure.getAttribute('data-chart-id'))!;
      // Without JavaScript both links give the page's full data file (its JSON), which holds the chart's rows.
      expect(await figure.getByRole('link', { name: /^CSV/ }).getAttribute('href')).toMatch(
        new RegExp(`/data/roles/${GAM}\\.json$`),
      );
      expect(await figure.getByRole('link', { name: /^JSON/ }).getAttribute('href')).toMatch(
        new RegExp(`/data/roles/${GAM}\\.json$`),
      );
      await figure.locator('summary').click();
      const shown = await tableRows(figure.locator('table'));
      const csvFile = await read(figure, /^CSV/);
      expect(csvFile.name).toBe(`${GAM}--${chartId}.csv`);
      expect(csvFile.text.endsWith('\r\n')).toBe(true);
      const downloaded = Papa.parse<string[]>(csvFile.text, { skipEmptyLines: true }).data.slice(1);
      expect(downloaded).toHaveLength(shown.length);
      downloaded.forEach((row, i) => {
        row.forEach((cell, j) => {
          const onPage = shown[i]![j]!;
          if (cell === '') expect(onPage).toMatch(/not stated/);
          else if (numberIn(onPage) !== undefined) expect(numberIn(onPage)).toBe(Number(cell));
          else expect(onPage).toBe(cell);
        });
      });
      const jsonFile = await read(figure, /^JSON/);
      expect(jsonFile.name).toBe(`${GAM}--${chartId}.json`);
      const json = JSON.parse(jsonFile.text);
      expect(json.title).toBe((await figure.getByRole('heading').innerText()).trim());
      expect(json.page).toEqual({ kind: 'roles', id: GAM });
      expect(json.sources[0].date).toBe(csv('sources.csv')[0]!.date);
      expect(
        json.rows.map((r: Record<string, unknown>) => Object.values(r).map((v) => (v === null ? '' : String(v)))),
      ).toEqual(downloaded);
    }
  });

  it('leaves out the sections a role has no data for, with no empty heading', async () => {
    const withSalary = new Set(csv('salaries.csv').map((r) => r.role_id));
    const withEmployers = new Set(csv('employers.csv').map((r) => r.role_id));
    const sparse = roles.find((r) => !withSalary.has(r.id) && !withEmployers.has(r.id));
    expect(sparse, 'the seed has a role without salaries and employers').toBeDefined();
    const { page } = await browser.open(`roles/${sparse!.id}/`);
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings).not.toContain('Salary by industry');
    expect(headings).not.toContain('Top employers');
    expect(await page.locator('[data-chart-id="salary-by-industry"]').count()).toBe(0);
    for (const section of await page.locator('[data-testid="role-page"] > section').all()) {
      const lines = (await section.innerText()).trim().split('\n');
      expect(lines.length, `section #${await section.getAttribute('id')} has more than its heading`).toBeGreaterThan(1);
    }
    // Every contents entry points at a section on the page.
    for (const href of await page
      .getByTestId('role-toc')
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(await page.locator(href).count(), href).toBe(1);
    }
  });

  it('serves the role and dataset downloads it links to', async () => {
    const { page } = await browser.open(`roles/${GAM}/`, { acceptDownloads: true });
    const downloads = page.getByTestId('role-downloads');
    const get = async (name: RegExp) => {
      const href = (await downloads.getByRole('link', { name }).first().getAttribute('href'))!;
      return page.request.get(new URL(href, page.url()).href);
    };
    // The CSV is made in the browser from the page's JSON, on click.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('link', { name: /^CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${GAM}.csv`);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const csvText = Buffer.concat(chunks).toString('utf8');
    expect(csvText.startsWith('section,label,value,unit,source_id\r\n')).toBe(true);
    const roleCsv = Papa.parse<Row>(csvText, { header: true, skipEmptyLines: true }).data;
    for (const r of of('employers.csv', GAM)) {
      expect(roleCsv).toContainEqual({
        section: 'employer',
        label: r.employer,
        value: r.open_jobs,
        unit: 'open_jobs',
        source_id: r.source_id,
      });
    }
    const roleJson = await (await get(/^JSON.*role/)).json();
    expect(roleJson.id).toBe(GAM);
    const dataset = await (await page.request.get(siteUrl('data/role-atlas.json'))).json();
    // Hand-made roles first; a build with official data follows them with its occupations.
    expect(dataset.roles.map((r: { id: string }) => r.id).slice(0, roles.length)).toEqual(roles.map((r) => r.id));
    expect(dataset.readme.join('\n')).toContain(csv('sources.csv')[0]!.title);
    // An occupation is listed by reference: its page's JSON holds the full record.
    const occupation = dataset.roles.find((r: { kind: string }) => r.kind === 'occupation');
    if (occupation) {
      expect(occupation.official).toBeUndefined();
      const full = await (await page.request.get(siteUrl(occupation.data))).json();
      expect(full).toMatchObject({ kind: 'occupation', id: occupation.id, onetCode: occupation.onetCode });
      expect(full.official.onetCode).toBe(occupation.onetCode);
    }
    const zip = await get(/zip/);
    expect(zip.status()).toBe(200);
    expect((await zip.body()).subarray(0, 2).toString()).toBe('PK');
  });

  it('gives the JSON from the CSV link without JavaScript', async () => {
    const { page } = await browser.open(`roles/${GAM}/`, { javaScriptEnabled: false });
    const links = page.getByTestId('role-downloads').getByRole('link');
    const csvHref = await links.filter({ hasText: /^CSV/ }).getAttribute('href');
    expect(csvHref).toBe(await links.filter({ hasText: /^JSON/ }).first().getAttribute('href'));
    const json = await (await page.request.get(new URL(csvHref!, page.url()).href)).json();
    expect(json.id).toBe(GAM);
  });

  it('reads fully without JavaScript, tables included', async () => {
    const { page } = await browser.open(`roles/${GAM}/`, { javaScriptEnabled: false });
    const figure = page.locator('[data-chart-id="skills-by-share-of-resumes"]');
    await figure.locator('summary').click();
    expect(await figure.locator('table').isVisible()).toBe(true);
    expect(await page.getByRole('img').count()).toBeGreaterThanOrEqual(4);
  });
});
