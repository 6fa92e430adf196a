import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/site';

const roles = Papa.parse<{ id: string; title: string }>(readFileSync('data/roles.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

describe('home page', () => {
  const browser = useBrowser();

  it('lists every role in data/roles.csv, each linking to its page', async () => {
    const { page, offsite } = await browser.open('');
    const links = page.getByTestId('role-list').getByRole('link');
    await expect.poll(() => links.count()).toBe(roles.length);
    for (const role of roles) {
      const link = page.getByTestId('role-list').getByRole('link', { name: role.title, exact: true });
      expect(await link.getAttribute('href')).toMatch(new RegExp(`/roles/${role.id}/$`));
    }
    expect(offsite).toEqual([]);
  });

  it('opens a role page with its title and description', async () => {
    const { page } = await browser.open('');
    await page.getByRole('link', { name: 'Global account manager', exact: true }).click();
    await page.waitForURL(/\/roles\/global-account-manager\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Global account manager');
    expect(await page.locator('main').textContent()).toContain("oversee the company's client accounts");
  });
});
