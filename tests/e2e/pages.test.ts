/**
 * Each page type of the shell renders its data: expected values come from data/*.csv (and the
 * generated catalogue for names ↔ slugs), never from the implementation.
 */
import { describe, expect, it } from 'vitest';
import { cell, csvRows, generatedCatalogue, squash } from './support/seed';
import { useBrowser } from './support/site';

const catalogue = generatedCatalogue();
const roles = csvRows('roles.csv');
const skills = csvRows('skills.csv');
const employers = csvRows('employers.csv');
const salaries = csvRows('salaries.csv');
const sources = csvRows('sources.csv');
const comparisonSkills = csvRows('comparison_skills.csv');

const FEATURED = 'global-account-manager';
const lower = (s: string) => s.toLowerCase();
const skillSlug = (name: string) => catalogue.skills.find((s) => lower(s.name) === lower(name))!.slug;
const employerSlug = (name: string) => catalogue.employers.find((e) => e.name === name)!.slug;
const roleTitle = (id: string) =>
  cell(
    roles.find((r) => cell(r, 'id') === id)!,
    'title',
  );
const grouped = <T>(rows: T[], key: (row: T) => string) =>
  rows.reduce((map, row) => map.set(key(row), [...(map.get(key(row)) ?? []), row]), new Map<string, T[]>());
/** "12" → matches "12%"; "4.5" → "4.5%". */
const percentText = (value: string) => `${Number(value)}%`;
const countText = (value: string | number) => Number(value).toLocaleString('en-US');

describe('home page', () => {
  const browser = useBrowser();

  it("shows the featured role's key figures computed from its rows", async () => {
    const { page } = await browser.open('');
    const figures = squash(await page.getByTestId('key-figures').textContent());
    const own = skills.filter((s) => cell(s, 'role_id') === FEATURED && cell(s, 'resume_share_pct'));
    const topShare = Math.max(...own.map((s) => Number(cell(s, 'resume_share_pct'))));
    expect(figures).toContain(percentText(String(topShare)));
    for (const s of own.filter((s) => Number(cell(s, 'resume_share_pct')) === topShare))
      expect(figures).toContain(cell(s, 'skill'));
    const jobs = employers.filter((e) => cell(e, 'role_id') === FEATURED);
    const most = Math.max(...jobs.map((e) => Number(cell(e, 'open_jobs'))));
    expect(figures).toContain(countText(most));
    expect(figures).toContain(
      cell(
        jobs.find((e) => Number(cell(e, 'open_jobs')) === most)!,
        'employer',
      ),
    );
    const pay = salaries.filter((s) => cell(s, 'role_id') === FEATURED);
    const best = Math.max(...pay.map((s) => Number(cell(s, 'avg_salary_usd'))));
    expect(figures).toContain(`$${countText(best)}`);
    const link = page.getByRole('link', { name: `Read the ${lower(roleTitle(FEATURED))} page` });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`/roles/${FEATURED}/$`));
  });

  it('ranks the employers with most open jobs, summed over roles', async () => {
    const { page } = await browser.open('');
    const totals = [...grouped(employers, (e) => cell(e, 'employer'))]
      .map(([name, rows]) => ({ name, jobs: rows.reduce((sum, r) => sum + Number(cell(r, 'open_jobs')), 0) }))
      .sort((a, b) => b.jobs - a.jobs || a.name.localeCompare(b.name));
    const items = page.getByTestId('top-employers').getByRole('listitem');
    const shown = await items.count();
    expect(shown).toBe(Math.min(5, totals.length));
    for (let i = 0; i < shown; i++) {
      const text = squash(await items.nth(i).textContent());
      expect(text).toContain(totals[i]!.name);
      expect(text).toContain(`${countText(totals[i]!.jobs)} open job`);
    }
  });

  it('lists the most-listed skills, led by the highest share among the most-listed', async () => {
    const { page } = await browser.open('');
    const byRoles = grouped(skills, (s) => lower(cell(s, 'skill')));
    const mostRoles = Math.max(...[...byRoles.values()].map((rows) => rows.length));
    const leaders = [...byRoles.values()].filter((rows) => rows.length === mostRoles);
    const share = (rows: Record<string, string>[]) =>
      Math.max(-1, ...rows.map((r) => (cell(r, 'resume_share_pct') ? Number(cell(r, 'resume_share_pct')) : -1)));
    const bestShare = Math.max(...leaders.map(share));
    const first = squash(await page.getByTestId('top-skills').getByRole('listitem').first().textContent());
    const expectedNames = leaders
      .filter((rows) => share(rows) === bestShare)
      .map((rows) => lower(cell(rows[0]!, 'skill')));
    expect(expectedNames.some((name) => lower(first).startsWith(name))).toBe(true);
  });
});

describe('roles index', () => {
  const browser = useBrowser();

  it('lists every role with a link and the start of its description', async () => {
    const { page } = await browser.open('roles/');
    const list = page.getByTestId('role-list');
    for (const row of roles) {
      const link = list.getByRole('link', { name: cell(row, 'title'), exact: true });
      expect(await link.getAttribute('href')).toMatch(new RegExp(`/roles/${cell(row, 'id')}/$`));
      const description = cell(row, 'description');
      if (description) {
        const item = squash(await link.locator('xpath=ancestor::li').textContent());
        expect(item).toContain(squash(description).split(' ').slice(0, 8).join(' '));
      }
    }
  });
});

describe('skills', () => {
  const browser = useBrowser();

  it('lists every skill from skills.csv and comparison_skills.csv, A to Z', async () => {
    const { page } = await browser.open('skills/');
    const names = [...new Set([...skills, ...comparisonSkills].map((s) => lower(cell(s, 'skill'))))];
    const shown = (await page.getByTestId('skill-index').getByRole('link').allTextContents()).map(lower);
    expect([...shown].sort()).toEqual([...names].sort());
    expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it("shows on each skill's page the roles listing it, their shares and example lines", async () => {
    for (const [name, rows] of grouped(skills, (s) => lower(cell(s, 'skill')))) {
      const { page } = await browser.open(`skills/${skillSlug(name)}/`);
      expect(lower(squash(await page.getByRole('heading', { level: 1 }).textContent()))).toBe(name);
      for (const row of rows) {
        const item = page.locator(`[data-testid="skill-roles"] [data-role="${cell(row, 'role_id')}"]`);
        const text = squash(await item.textContent());
        expect(text).toContain(roleTitle(cell(row, 'role_id')));
        if (cell(row, 'resume_share_pct')) expect(text).toContain(percentText(cell(row, 'resume_share_pct')));
        if (cell(row, 'example')) expect(text).toContain(squash(cell(row, 'example')));
        if (cell(row, 'why_it_matters')) expect(text).toContain(squash(cell(row, 'why_it_matters')));
      }
      const withShare = rows.filter((r) => cell(r, 'resume_share_pct'));
      expect(await page.locator('main figure svg[role="img"]').count()).toBe(withShare.length > 0 ? 1 : 0);
      await page.context().close();
    }
  });

  it('links each skill named in a comparison to that comparison', async () => {
    const byPair = grouped(comparisonSkills, (s) => lower(cell(s, 'skill')));
    const [name, rows] = [...byPair][0]!;
    const { page } = await browser.open(`skills/${skillSlug(name)}/`);
    const links = page.getByTestId('skill-comparisons').getByRole('link');
    const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    for (const row of rows) {
      const id = `${cell(row, 'role_id')}-vs-${cell(row, 'other_role_id')}`;
      expect(hrefs.some((href) => href.endsWith(`/compare/${id}/`))).toBe(true);
    }
  });
});

describe('employers', () => {
  const browser = useBrowser();

  it('lists every employer with its open jobs summed over roles', async () => {
    const { page } = await browser.open('employers/');
    for (const [name, rows] of grouped(employers, (e) => cell(e, 'employer'))) {
      const total = rows.reduce((sum, r) => sum + Number(cell(r, 'open_jobs')), 0);
      const row = page.getByTestId('employer-table').getByRole('row').filter({ hasText: name });
      expect(squash(await row.textContent())).toContain(countText(total));
    }
  });

  it("shows on each employer's page the open jobs per role, with a chart", async () => {
    for (const [name, rows] of grouped(employers, (e) => cell(e, 'employer'))) {
      const { page } = await browser.open(`employers/${employerSlug(name)}/`);
      expect(squash(await page.getByRole('heading', { level: 1 }).textContent())).toBe(name);
      for (const row of rows) {
        const item = page.locator(`[data-testid="employer-roles"] [data-role="${cell(row, 'role_id')}"]`);
        const text = squash(await item.textContent());
        expect(text).toContain(roleTitle(cell(row, 'role_id')));
        expect(text).toContain(`${countText(cell(row, 'open_jobs'))} open job`);
      }
      expect(await page.locator('main figure svg[role="img"]').count()).toBe(1);
      await page.context().close();
    }
  });
});

describe('about page', () => {
  const browser = useBrowser();

  it('gives every source its anchor, title, date and licence', async () => {
    const { page } = await browser.open('about/');
    for (const row of sources) {
      const entry = page.locator(`#source-${cell(row, 'id')}`);
      const text = squash(await entry.textContent());
      expect(text).toContain(cell(row, 'title'));
      expect(text).toContain(cell(row, 'date_label') || cell(row, 'date').slice(0, 4));
      expect(text).toContain(cell(row, 'licence') || 'Not stated by the source');
      if (cell(row, 'publisher')) expect(text).toContain(cell(row, 'publisher'));
    }
  });

  it('offers the whole dataset as JSON and as a zip of CSVs', async () => {
    const { page } = await browser.open('about/');
    const links = page.getByTestId('about-downloads').getByRole('link');
    expect(await links.count()).toBe(2);
    for (const href of await links.evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href))) {
      expect((await page.request.get(href)).ok(), href).toBe(true);
    }
  });

  it('is linked from the footer of every page with each source', async () => {
    const { page } = await browser.open('');
    const footer = page.locator('[data-site-footer]');
    for (const row of sources) {
      const link = footer.getByRole('link', { name: cell(row, 'title') });
      expect(await link.getAttribute('href')).toMatch(new RegExp(`/about/#source-${cell(row, 'id')}$`));
    }
  });
});
