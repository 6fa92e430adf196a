/**
 * Figures computed from records, in a real browser. Runs when the built site comes from a data folder with
 * `npm run aggregate` output (record_run.csv), e.g. the README's synthetic example:
 *   npm run generate:synthetic -- --records 100000 --out synthetic-records
 *   cp -r data synthetic-data && npm run aggregate -- --records synthetic-records --out synthetic-data --max-bad-records 1000
 *   DATA_DIR=synthetic-data GENERATED_DIR=.generated.synthetic OUT_DIR=dist-synthetic npm run build
 *   DATA_DIR=synthetic-data OUT_DIR=dist-synthetic npx vitest run --project e2e tests/e2e/records.test.ts
 * Expected figures are read from that data folder's record files, never typed here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/site';

type Row = Record<string, string>;
const DATA = process.env.DATA_DIR ?? 'data';
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const count = (value: string) => Number(value).toLocaleString('en-US');
const pct = (value: string) => `${Number(Number(value).toFixed(1))}%`;

const hasRecords = existsSync(join(DATA, 'record_run.csv'));

if (!hasRecords) {
  describe('figures computed from records', () => {
    it.skip(`skipped: ${DATA}/ has no record_run.csv; build from an aggregated folder (see this file's header)`, () => {});
  });
} else {
  describe('figures computed from records', () => {
    const browser = useBrowser();
    const run = csv('record_run.csv')[0]!;
    const groups = csv('record_groups.csv').filter((g) => g.kind === 'role' && g.suppressed === 'no');
    const salaries = csv('record_salaries.csv');
    // The role with the most records that also has an industry with too few records to publish.
    const role = groups
      .filter((g) => salaries.some((s) => s.group_id === g.group_id && s.suppressed === 'yes'))
      .sort((a, b) => Number(b.records) - Number(a.records))[0];

    it('the data folder has a role with computed figures and a suppressed salary', () => {
      expect(role, 'a role with records and a suppressed industry').toBeDefined();
    });

    it('shows how many records the figures come from, and when', async () => {
      const { page, offsite } = await browser.open(`roles/${role!.group_id}/`);
      const section = page.locator('#records');
      const years =
        role!.date_from!.slice(0, 4) === role!.date_to!.slice(0, 4)
          ? role!.date_from!.slice(0, 4)
          : `${role!.date_from!.slice(0, 4)}–${role!.date_to!.slice(0, 4)}`;
      expect(await section.getByTestId('records-count').innerText()).toBe(
        `From ${count(role!.records!)} resumes, ${years}.`,
      );
      expect(await section.getByTestId('source-line').last().innerText()).toContain(run.title);
      expect(offsite).toEqual([]);
    });

    it('gives each skill share its interval and n, in the table and the summary', async () => {
      const { page } = await browser.open(`roles/${role!.group_id}/`);
      const skills = csv('record_skills.csv').filter((s) => s.kind === 'role' && s.group_id === role!.group_id);
      const frame = page.locator('figure[data-chart-id="records-skills-by-share"]');
      const top = skills[0]!;
      expect(await frame.locator('p').first().innerText()).toContain(
        `on ${pct(top.share_pct!)} of ${count(top.records!)} resumes (95% interval ${pct(top.low_pct!)}–${pct(top.high_pct!)})`,
      );
      await frame.getByText('Show the data as a table').click();
      const rows = frame.locator('table tbody tr');
      expect(await rows.count()).toBe(skills.length);
      const first = await rows.first().locator('th, td').allInnerTexts();
      expect(first.map((t) => t.trim())).toEqual([
        top.skill,
        pct(top.share_pct!),
        pct(top.low_pct!),
        pct(top.high_pct!),
        count(top.records!),
      ]);
    });

    it('writes a suppressed figure in words', async () => {
      const { page } = await browser.open(`roles/${role!.group_id}/`);
      const suppressed = salaries.find((s) => s.group_id === role!.group_id && s.suppressed === 'yes')!;
      const frame = page.locator('figure[data-chart-id="records-salary-by-industry"]');
      const words = `fewer than ${run.min_records} records`;
      expect(await frame.locator('svg').first().textContent()).toContain(words);
      await frame.getByText('Show the data as a table').click();
      const row = frame.locator('table tbody tr', { hasText: suppressed.industry! });
      const cells = (await row.locator('th, td').allInnerTexts()).map((t) => t.trim());
      expect(cells).toEqual([suppressed.industry, words, words, words, words, words]);
      expect(await page.locator('#records a[href$="about/#records-method"]').count()).toBe(1);
    });

    it('has no accessibility violations in the records section', async () => {
      const { page } = await browser.open(`roles/${role!.group_id}/`);
      const results = await new AxeBuilder({ page })
        .include('#records')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  });
}
