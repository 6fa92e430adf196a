/**
 * Comparison pages and the comparison tool in Chromium. Expected values come from data/*.csv (and the
 * generated catalogue for names ↔ slugs), never from the implementation.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cell, csvRows, generatedCatalogue, squash } from './support/seed';
import { useBrowser } from './support/site';

const catalogue = generatedCatalogue();
const roles = csvRows('roles.csv');
const comparisons = csvRows('comparisons.csv');
const comparisonSkills = csvRows('comparison_skills.csv');
const salaries = csvRows('salaries.csv');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const roleRow = (id: string) => roles.find((r) => cell(r, 'id') === id)!;
const title = (id: string) => cell(roleRow(id), 'title');
const plural = (id: string) => cell(roleRow(id), 'title_plural') || `${title(id)}s`;
const skillSlug = (name: string) => catalogue.skills.find((s) => s.name.toLowerCase() === name.toLowerCase())!.slug;
const usd = (value: string) => `$${Number(value).toLocaleString('en-US')}`;
/** "-4.6" → "−4.6 pp", "0.1" → "+0.1 pp": how a signed difference is written. */
const pp = (value: string) => `${Number(value) > 0 ? '+' : Number(value) < 0 ? '−' : ''}${Math.abs(Number(value))} pp`;
/** "-4.6" → "4.6 percentage points less likely": a difference of shares, in percentage points. */
const likely = (value: string) => {
  const size = Math.abs(Number(value));
  const unit = size === 1 ? 'percentage point' : 'percentage points';
  return size === 0 ? 'just as likely' : `${size} ${unit} ${Number(value) < 0 ? 'less' : 'more'} likely`;
};
const ids = (row: Record<string, string>) => [cell(row, 'role_id'), cell(row, 'other_role_id')] as const;
const pageId = (row: Record<string, string>) => ids(row).join('-vs-');

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The roles in the address's ?roles=, in order. */
const rolesInUrl = (page: Page) => new URL(page.url()).searchParams.get('roles')?.split(',') ?? [];
const chipTitles = (page: Page) => page.getByTestId('picked-roles').locator('li > span').allTextContents();

describe('comparison pages', () => {
  const browser = useBrowser();

  for (const row of comparisons) {
    const [roleId, otherId] = ids(row);
    it(`/compare/${pageId(row)}/ shows every fact of the seed for the pair`, async () => {
      const { page, offsite } = await browser.open(`compare/${pageId(row)}/`);
      const main = squash(await page.locator('main').textContent());
      expect(squash(await page.getByRole('heading', { level: 1 }).textContent())).toBe(
        `${title(roleId)} vs. ${title(otherId)}`,
      );

      // Both descriptions, each side with the skills the source says set it apart, linking to skill pages.
      const sides = page.getByTestId('comparison-side');
      expect(await sides.count()).toBe(2);
      for (const [index, id, side] of [
        [0, roleId, 'role'],
        [1, otherId, 'other'],
      ] as const) {
        const box = sides.nth(index);
        expect(squash(await box.textContent())).toContain(squash(cell(roleRow(id), 'description')));
        const named = comparisonSkills
          .filter(
            (s) => cell(s, 'role_id') === roleId && cell(s, 'other_role_id') === otherId && cell(s, 'side') === side,
          )
          .sort((a, b) => Number(cell(a, 'position')) - Number(cell(b, 'position')));
        const links = box.getByTestId('skills-apart').getByRole('link');
        expect((await links.allTextContents()).map((t) => t.toLowerCase())).toEqual(
          named.map((s) => cell(s, 'skill').toLowerCase()),
        );
        for (const [i, skill] of named.entries()) {
          expect(await links.nth(i).getAttribute('href')).toMatch(
            new RegExp(`/skills/${skillSlug(cell(skill, 'skill'))}/$`),
          );
        }
      }

      // Salary by industry for both roles on one chart; a role without salaries is said to have none.
      const pairSalaries = salaries.filter((s) => ids(row).includes(cell(s, 'role_id') as never));
      const salaryFrame = page.locator('[data-chart-id="salary-by-industry"]');
      if (pairSalaries.length > 0) {
        const frameText = squash(await salaryFrame.textContent());
        for (const salary of pairSalaries) {
          expect(frameText).toContain(cell(salary, 'industry'));
          expect(frameText).toContain(usd(cell(salary, 'avg_salary_usd')));
        }
        for (const id of ids(row).filter((id) => !pairSalaries.some((s) => cell(s, 'role_id') === id))) {
          expect(main).toContain(`No salary data for ${title(id)}.`);
        }
      } else {
        expect(await salaryFrame.count()).toBe(0);
      }

      // Education: the differences, the sentence computed from them and the source's verdict.
      const education = squash(await page.locator('[data-chart-id="education-difference"]').textContent());
      expect(education).toContain(pp(cell(row, 'masters_pp_diff')));
      expect(education).toContain(pp(cell(row, 'doctoral_pp_diff')));
      expect(education).toContain(
        `${plural(otherId)} are ${likely(cell(row, 'masters_pp_diff'))} to earn a Master's Degree`,
      );
      expect(education).toContain(`${likely(cell(row, 'doctoral_pp_diff'))} to graduate with a Doctoral Degree`);
      expect(education).toContain(cell(row, 'education_verdict'));
      const verdict = squash(await page.getByTestId('education-verdict').textContent());
      expect(verdict).toContain(`${plural(otherId).toLowerCase()} as ${cell(row, 'education_verdict')}`);

      // The skill-share sections need shares on both sides; the seed has them for one role only.
      expect(await page.locator('[data-chart-id="distinctive-skills-by-share-of-resumes"]').count()).toBe(0);
      expect(offsite).toEqual([]);
    });
  }

  it('offers each chart’s data as CSV that matches its table, made on click; without JavaScript, the dataset', async () => {
    const row = comparisons[0]!;
    const { page } = await browser.open(`compare/${pageId(row)}/`, { acceptDownloads: true });
    const frame = page.locator('[data-chart-id="education-difference"]');
    const link = frame.getByRole('link', { name: /^CSV/ });
    expect(await link.getAttribute('href')).toMatch(/\/data\/role-atlas-csv\.zip$/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(download.suggestedFilename()).toBe(`${pageId(row)}--education-difference.csv`);
    expect(csv).toContain(cell(row, 'masters_pp_diff'));
    expect(csv).toContain(cell(row, 'doctoral_pp_diff'));
    expect(csv).toContain(cell(row, 'education_verdict'));
  });

  it('is linked from both role pages of the pair', async () => {
    const row = comparisons[0]!;
    for (const id of ids(row)) {
      const { page } = await browser.open(`roles/${id}/`);
      const hrefs = await page.locator(`main a[href$="/compare/${pageId(row)}/"]`).count();
      expect(hrefs, `role page ${id} links to the comparison`).toBeGreaterThan(0);
    }
  });

  it('has no axe violations, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await browser.open(`compare/${pageId(comparisons[0]!)}/`, { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

describe('the comparison tool', () => {
  const browser = useBrowser();
  const [first, second] = comparisons;
  const three = [...new Set([...ids(first!), ...ids(second!)])].slice(0, 3);

  /** Opens the tool at a permalink and waits for the comparison to show. */
  async function openTool(query: string, options = {}) {
    const opened = await browser.open(`compare/${query}`, options);
    await opened.page.getByTestId('compare-tool').waitFor();
    return opened;
  }

  it('without ?roles= lists every comparison page and every role, and loads no island before intent', async () => {
    const { page } = await browser.open('compare/');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const pages = page.getByTestId('comparison-list').getByRole('link');
    expect(await pages.count()).toBe(comparisons.length);
    for (const row of comparisons) {
      expect(
        await page
          .getByTestId('comparison-list')
          .locator(`a[href$="/compare/${pageId(row)}/"]`)
          .count(),
      ).toBe(1);
    }
    expect(await page.getByTestId('role-list').getByRole('link').count()).toBe(roles.length);
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('compare-tool').count()).toBe(0);
    const launch = page.getByRole('button', { name: 'Compare roles' });
    await launch.click();
    await page.getByRole('combobox', { name: 'Roles to compare' }).waitFor();
    expect(scripts.some((url) => /mount/.test(url))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
  });

  it('is useful without JavaScript: links to every comparison and role, no dead button', async () => {
    const { page } = await browser.open(`compare/?roles=${three.join(',')}`, { javaScriptEnabled: false });
    expect(await page.getByTestId('comparison-list').getByRole('link').count()).toBe(comparisons.length);
    expect(await page.getByTestId('role-list').getByRole('link').count()).toBe(roles.length);
    expect(await page.getByRole('button', { name: 'Compare roles' }).isVisible()).toBe(false);
    expect(await page.locator('main').textContent()).toContain('The comparison tool needs JavaScript');
  });

  it('opens a permalink with three roles and shows all three', async () => {
    const { page, offsite } = await openTool(`?roles=${three.join(',')}`);
    await page.getByTestId('comparison-view').waitFor();
    expect(await chipTitles(page)).toEqual(three.map(title));
    const headers = await page.getByTestId('skills-matrix').locator('thead th').allTextContents();
    expect(headers.slice(1)).toEqual(three.map(title));
    expect(rolesInUrl(page)).toEqual(three);
    expect(offsite).toEqual([]);
  });

  it('shows what is known for roles with little data and says what is missing', async () => {
    const withoutSalary = roles
      .map((r) => cell(r, 'id'))
      .filter((id) => !salaries.some((s) => cell(s, 'role_id') === id));
    const withSalary = roles.map((r) => cell(r, 'id')).filter((id) => salaries.some((s) => cell(s, 'role_id') === id));
    const pick = [withSalary[0]!, withoutSalary[0]!] as const;
    const { page } = await openTool(`?roles=${pick.join(',')}`);
    await page.getByTestId('comparison-view').waitFor();
    expect(squash(await page.getByTestId('tool-missing').textContent())).toContain(
      `No salary data for ${title(pick[1])}.`,
    );
    const salaryPanel = squash(await page.locator('[data-panel="salary"]').textContent());
    for (const s of salaries.filter((r) => cell(r, 'role_id') === pick[0])) {
      expect(salaryPanel).toContain(usd(cell(s, 'avg_salary_usd')));
    }
  });

  it('picks roles with the site search engine: "gam" → Global account manager, "nurse" → Registered Nurses', async () => {
    const occupations = csvRows('onet_occupations.csv');
    const nurses = occupations.find((o) => cell(o, 'title') === 'Registered Nurses');
    expect(nurses).toBeDefined();
    const { page } = await browser.open('compare/');
    await page.getByRole('button', { name: 'Compare roles' }).click();
    const input = page.getByRole('combobox', { name: 'Roles to compare' });
    await input.waitFor();
    const options = page.getByRole('listbox', { name: 'Roles' }).getByRole('option');
    const optionTexts = async () => (await options.allTextContents()).map(squash);
    await input.fill('gam');
    // The title filter answers first; the engine's answer (alternative titles, acronyms) replaces it.
    await expect.poll(async () => (await optionTexts())[0], { timeout: 15_000 }).toBe(title('global-account-manager'));
    await input.fill('nurse');
    await expect
      .poll(async () => (await optionTexts()).slice(0, 5), { timeout: 15_000 })
      .toContain(cell(nurses!, 'title'));
    await page.keyboard.press('Enter');
    await expect.poll(() => rolesInUrl(page)).toEqual([cell(nurses!, 'id')]);
  });

  it('changes the selection by keyboard only, and the address follows; reload and back restore it', async () => {
    const { page } = await browser.open('compare/');
    const [a, b] = ids(first!);
    // Tab to the launcher, then Enter: the tool starts with focus in the role picker.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Compare roles') break;
    }
    await page.keyboard.press('Enter');
    const input = page.getByRole('combobox', { name: 'Roles to compare' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.type(title(a));
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    const active = await input.getAttribute('aria-activedescendant');
    expect(squash(await page.locator(`[id="${active}"]`).textContent())).toBe(title(a));
    await page.keyboard.press('Enter');
    await expect.poll(() => rolesInUrl(page)).toEqual([a]);

    // Arrow keys move through the options; Enter adds the active one.
    await page.keyboard.type(title(b).slice(0, 4));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const chosen = squash(
      await page.locator(`[id="${await input.getAttribute('aria-activedescendant')}"]`).textContent(),
    );
    await page.keyboard.press('Enter');
    // The option may be any role the tool offers (O*NET occupations too): its chip names it.
    const chip = page.getByTestId('picked-roles').locator('li').nth(1);
    expect(squash(await chip.locator('span').first().textContent())).toBe(chosen);
    const chosenId = (await chip.getAttribute('data-role-id'))!;
    await expect.poll(() => rolesInUrl(page)).toEqual([a, chosenId]);
    await page.getByTestId('comparison-view').waitFor();

    // Shift+Tab reaches the last chip's remove button; Enter removes that role.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Remove ${chosen}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => rolesInUrl(page)).toEqual([a]);
    // Focus moves to the remaining chip's button, and Tab leads back to the picker.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Remove ${title(a)}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type(title(b));
    await page.keyboard.press('Enter');
    await expect.poll(() => rolesInUrl(page)).toEqual([a, b]);
    await page.getByTestId('comparison-view').waitFor();

    await page.reload();
    await page.getByTestId('comparison-view').waitFor();
    expect(await chipTitles(page)).toEqual([title(a), title(b)]);

    await page.goBack();
    await expect.poll(() => rolesInUrl(page)).toEqual([a]);
    await expect.poll(() => chipTitles(page)).toEqual([title(a)]);
    await page.goBack();
    await expect.poll(() => rolesInUrl(page)).toEqual([a, chosenId]);
    await expect.poll(() => chipTitles(page)).toEqual([title(a), chosen]);
    await page.goForward();
    await expect.poll(() => chipTitles(page)).toEqual([title(a)]);
  });

  it('reports unknown ids in the address, ignores them and cleans the address', async () => {
    const [a, b] = ids(first!);
    const { page } = await openTool(`?roles=${a},no-such-role,${b},${a}`);
    const alert = page.getByTestId('address-problems');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toContain('no-such-role');
    await page.getByTestId('comparison-view').waitFor();
    expect(await chipTitles(page)).toEqual([title(a), title(b)]);
    expect(rolesInUrl(page)).toEqual([a, b]);
  });

  it('shows in its table view the same numbers as its charts', async () => {
    const [a, b] = ids(first!);
    const { page } = await openTool(`?roles=${a},${b}`);
    await page.getByTestId('comparison-view').waitFor();
    const chartValues = async (panel: string) =>
      (await page.locator(`[data-panel="${panel}"] [data-value-label]`).allTextContents()).map(
        (t) => t.split(' · ')[0]!,
      );
    const matrixCells = async () =>
      page
        .getByTestId('skills-matrix')
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((row) => [...row.children].map((c) => (c.textContent ?? '').trim())));
    const salaryChart = await chartValues('salary');
    const educationChart = await chartValues('education');
    const matrix = await matrixCells();
    expect(salaryChart.length).toBeGreaterThan(0);
    expect(educationChart.sort()).toEqual(
      [pp(cell(first!, 'masters_pp_diff')), pp(cell(first!, 'doctoral_pp_diff'))].sort(),
    );

    await page.getByRole('button', { name: 'Show as tables' }).click();
    const tableText = async (panel: string) =>
      page
        .locator(`[data-panel="${panel}"] [data-testid="tool-table"] tbody tr`)
        .evaluateAll((rows) => rows.map((row) => [...row.children].map((c) => (c.textContent ?? '').trim())));
    const salaryTable = await tableText('salary');
    expect(salaryTable.map((r) => r[2])).toEqual(salaryChart);
    const educationTable = await tableText('education');
    expect(educationTable.flatMap((r) => r.slice(1, 3)).sort()).toEqual(educationChart.sort());
    expect(await tableText('skills')).toEqual(matrix);
  });

  it('downloads the comparison as CSV and JSON, and copies its link', async () => {
    const [a, b] = ids(first!);
    const { page } = await openTool(`?roles=${a},${b}`, {
      acceptDownloads: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.getByTestId('comparison-view').waitFor();
    const read = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
    };
    const csv = await read('Download CSV');
    expect(csv.name).toMatch(/\.csv$/);
    for (const s of salaries.filter((r) => [a, b].includes(cell(r, 'role_id')))) {
      expect(csv.text).toContain(`${cell(s, 'industry')},${cell(s, 'avg_salary_usd')}`);
    }
    expect(csv.text).toContain(`Master's Degree,${cell(first!, 'masters_pp_diff')}`);
    const json = JSON.parse((await read('Download JSON')).text);
    expect(json.roles.map((r: { id: string }) => r.id)).toEqual([a, b]);
    expect(json.education[0].mastersPpDiff).toBe(Number(cell(first!, 'masters_pp_diff')));

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByTestId('announcer').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  it('has no axe violations with the island loaded, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openTool(`?roles=${three.join(',')},unknown-role`, { colorScheme });
      await page.getByTestId('comparison-view').waitFor();
      // With the list of options open, too.
      await page.getByRole('combobox', { name: 'Roles to compare' }).click();
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Show as tables' }).click();
      expect(await axeViolations(page), `${colorScheme}, tables`).toEqual([]);
    }
  });
});
