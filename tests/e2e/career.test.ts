/**
 * Career parts of occupation pages in a real browser: job outlook, how to become one, interests,
 * work styles and similar occupations. Runs when the built site has the O*NET pages; expected
 * figures are read from the data folder's CSV files, never typed here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/built-pages';
import { useBrowser } from './support/site';

type Row = Record<string, string>;
const DATA = process.env.DATA_DIR ?? 'data';
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

const SALES = 'sales-managers';
const built = existsSync(join(DIST, 'roles', SALES, 'index.html')) && existsSync(join(DATA, 'bls_projections.csv'));
const oneDecimal = (n: string) =>
  Number(n).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

if (!built) {
  describe('career parts of occupation pages', () => {
    it.skip(`skipped: ${DIST}/ has no O*NET occupation pages or ${DATA}/ no bls_projections.csv`, () => {});
  });
} else {
  describe('career parts of occupation pages', () => {
    const browser = useBrowser();
    const occupation = csv('onet_occupations.csv').find((o) => o.id === SALES)!;
    const projections = csv('bls_projections.csv');
    const own = projections.find((r) => r.soc_code === occupation.onet_code!.slice(0, 7))!;
    const total = projections.find((r) => r.occupation_type === 'total')!;

    it('shows the Sales Managers outlook: employment then and projected, change, openings, compared with all occupations', async () => {
      const { page, offsite } = await browser.open(`roles/${SALES}/`);
      const outlook = page.getByTestId('official-outlook');
      const sentence = await outlook.getByTestId('outlook-sentence').innerText();
      expect(sentence).toContain(`from ${oneDecimal(own.employment_base_thousands!)} thousand in ${own.base_year}`);
      expect(sentence).toContain(
        `to ${oneDecimal(own.employment_projected_thousands!)} thousand in ${own.projected_year}`,
      );
      expect(sentence).toContain(`(+${oneDecimal(own.change_pct!)}%)`);
      expect(sentence).toContain(`the +${oneDecimal(total.change_pct!)}% projected for all occupations`);
      expect(sentence).toContain(Number(own.change_pct) > Number(total.change_pct) ? 'faster than' : 'slower than');
      const openings = await outlook.getByTestId('outlook-openings').innerText();
      expect(openings).toContain(`${oneDecimal(own.openings_annual_thousands!)} thousand openings a year`);
      // The figures the issue names, as the data holds them.
      expect([
        own.employment_base_thousands,
        own.employment_projected_thousands,
        own.change_pct,
        own.openings_annual_thousands,
      ]).toEqual(['619.5', '648.5', '4.7', '49']);
      expect(await outlook.getByTestId('source-line').innerText()).toContain('Employment Projections');
      expect(offsite).toEqual([]);
    });

    it("gives how to become one in BLS's words, beside the job zone and education parts", async () => {
      const { page } = await browser.open(`roles/${SALES}/`);
      const how = page.getByTestId('how-to-become');
      const pairs = await how
        .locator('dt')
        .evaluateAll((dts) => dts.map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]));
      expect(pairs).toContainEqual(['Typical education needed for entry', own.education]);
      expect(pairs).toContainEqual(['Work experience in a related occupation', own.work_experience]);
      expect(pairs).toContainEqual(['Typical on-the-job training', own.job_training]);
      expect(own.education).toBe("Bachelor's degree");
      const links = await page
        .getByTestId('official-how-to-become')
        .locator('a[href^="#"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(['#official-job-zone', '#official-education']));
    });

    it('charts the interest profile and the work styles with their tables', async () => {
      const { page } = await browser.open(`roles/${SALES}/`);
      const interests = csv('onet_interests.csv').find((r) => r.onet_code === occupation.onet_code)!;
      const figure = page.locator('[data-chart-id="official-interests"]');
      await figure.locator('summary').click();
      const rows = await figure
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));
      expect(rows.map((r) => r[0])).toEqual([
        'Realistic',
        'Investigative',
        'Artistic',
        'Social',
        'Enterprising',
        'Conventional',
      ]);
      expect(rows.map((r) => Number(r[1]))).toEqual(
        ['realistic', 'investigative', 'artistic', 'social', 'enterprising', 'conventional'].map(
          (a) => Math.round(Number(interests[a]) * 10) / 10, // the table writes scores with one decimal
        ),
      );
      const styles = csv('onet_work_styles.csv').filter((r) => r.onet_code === occupation.onet_code);
      expect(await page.locator('[data-chart-id="official-work-styles"] tbody tr').count()).toBe(styles.length);
    });

    it('gives a resume role that names the occupation the same parts, its moves starting from the role', async () => {
      const role = csv('roles.csv').find((r) => r.onet_code === occupation.onet_code)!;
      const { page } = await browser.open(`roles/${role.id}/`);
      expect(await page.getByTestId('outlook-sentence').innerText()).toContain(`(+${oneDecimal(own.change_pct!)}%)`);
      const links = await page
        .getByTestId('move-link')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('from')));
      expect(links).toHaveLength(10);
      expect(new Set(links)).toEqual(new Set([role.id]));
    });

    it('lists ten similar occupations, each linking to its page, saying where O*NET agrees', async () => {
      const { page } = await browser.open(`roles/${SALES}/`);
      const table = page.getByTestId('similar-occupations');
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(10);
      const related = new Set(
        csv('onet_related_occupations.csv')
          .filter((r) => r.onet_code === occupation.onet_code)
          .map((r) => r.related_onet_code),
      );
      const ids = new Map(csv('onet_occupations.csv').map((o) => [o.id!, o.onet_code!]));
      for (let i = 0; i < 10; i++) {
        const link = rows.nth(i).locator('th a').first();
        const id = (await link.getAttribute('href'))!.match(/roles\/([^/]+)\/$/)![1]!;
        const agrees = (await rows.nth(i).locator('th').innerText()).includes('O*NET lists it as related');
        expect(agrees, id).toBe(related.has(ids.get(id)!));
      }
    });
  });
}
