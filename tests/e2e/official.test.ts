/**
 * Official statistics on role pages, in a real browser. Runs only when the built site has the O*NET
 * and BLS pages (a build from a data folder holding the importer's output, e.g. DATA_DIR=… with
 * OUT_DIR=…); expected figures are read from that data folder's CSV files, never typed here.
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
const GAM = 'global-account-manager';
const FLAG_WORDS: Record<string, string> = {
  not_available: 'not available',
  top_coded: 'at or above the top-coded wage',
  less_than_half_percent: 'less than 0.5%',
};

const built = existsSync(join(DIST, 'roles', SALES, 'index.html'));
const skipReason = built
  ? undefined
  : `the built site (${DIST}/) has no O*NET occupation pages: build from a data folder with the official import (DATA_DIR=… OUT_DIR=… npm run build)`;
if (built && !existsSync(join(DATA, 'bls_oews.csv')))
  throw new Error(
    `${DIST}/ has official pages but ${DATA}/ has no bls_oews.csv: set DATA_DIR to the folder it was built from.`,
  );

/** A flag as the page writes it: a top-coded annual wage with BLS's threshold from the source's note. */
function flagText(flag: string, sourceId: string): string {
  if (flag !== 'top_coded') return FLAG_WORDS[flag]!;
  const note = csv('official_sources.csv').find((s) => s.id === sourceId)!.note!;
  return `at or above ${/or (\$[\d,]+) per year/.exec(note)![1]}`;
}

/** The number a text shows, e.g. "$160,930" → 160930; undefined for words. */
function numberIn(text: string): number | undefined {
  const cleaned = text.replace(/[$,]/g, '').trim();
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : undefined;
}

if (skipReason) {
  describe('official statistics on role pages', () => {
    it.skip(`skipped: ${skipReason}`, () => {});
  });
} else {
  describe('official statistics on role pages', () => {
    const browser = useBrowser();
    const sources = csv('official_sources.csv');
    const blsSource = sources.find((s) => s.id!.startsWith('bls-oews'))!;
    const onetSource = sources.find((s) => s.id!.startsWith('onet'))!;
    const occupation = csv('onet_occupations.csv').find((o) => o.id === SALES)!;
    const national = csv('bls_oews.csv').find(
      (r) => r.soc_code === occupation.onet_code!.slice(0, 7) && r.naics === '000000' && r.soc_level === 'detailed',
    )!;

    it('shows the Sales Managers BLS national employment and mean wage, citing BLS', async () => {
      const { page, offsite } = await browser.open(`roles/${SALES}/`);
      const official = page.locator('#official');
      expect((await official.getByRole('heading', { level: 2 }).innerText()).trim()).toBe(
        `Official statistics for ${occupation.title} (O*NET-SOC ${occupation.onet_code})`,
      );
      const figures = official.getByTestId('official-key-figures');
      const values = async (label: string) =>
        numberIn(
          await figures
            .locator('div', { has: page.locator('dt', { hasText: label }) })
            .locator('dd')
            .innerText(),
        );
      expect(await values('Employment')).toBe(Number(national.employment));
      expect(await values('Mean annual wage')).toBe(Number(national.annual_mean));
      const sentence = await official.getByTestId('official-national-sentence').innerText();
      expect(sentence).toContain(Number(national.employment).toLocaleString('en-US'));
      expect(sentence).toContain(`$${Number(national.annual_mean).toLocaleString('en-US')}`);
      expect(sentence).toContain(blsSource.date_label);
      // Cited right under the figures, linking to the source's entry on the about page.
      const cite = official.locator('#official-wages > [data-testid="source-line"]');
      expect(await cite.innerText()).toContain(blsSource.title);
      expect(await cite.getByRole('link').getAttribute('href')).toMatch(new RegExp(`about/#source-${blsSource.id}$`));
      expect(await official.getByTestId('official-intro').innerText()).toContain('not figures from resumes');
      expect(offsite).toEqual([]);
    });

    it('writes withheld percentiles in words and published ones as BLS gives them', async () => {
      const { page } = await browser.open(`roles/${SALES}/`);
      const figure = page.locator('[data-chart-id="official-wage-percentiles"]');
      await figure.locator('summary').click();
      const cells = await figure
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));
      const columns = ['p10', 'p25', 'median', 'p75', 'p90'].map((p) => `annual_${p}`);
      const expected = columns
        .filter((c) => national[c] || national[`${c}_flag`])
        .map((c) => (national[c] ? Number(national[c]) : flagText(national[`${c}_flag`]!, national.source_id!)));
      expect(cells.map(([, wage]) => numberIn(wage!) ?? wage)).toEqual(expected);
      // A top-coded percentile says BLS's threshold, as the source's note states it.
      if (columns.some((c) => national[`${c}_flag`] === 'top_coded'))
        expect(await figure.locator('figcaption').innerText()).toContain(flagText('top_coded', national.source_id!));
      expect(await figure.getByTestId('source-line').innerText()).toContain(blsSource.title);
    });

    it('gives the global account manager page the official part of its occupation, each chart citing its own source', async () => {
      const code = csv('roles.csv').find((r) => r.id === GAM)!.onet_code;
      const mapped = csv('onet_occupations.csv').find((o) => o.onet_code === code)!;
      const { page, offsite } = await browser.open(`roles/${GAM}/`);
      const ids = await page.locator('[data-testid="role-page"] > section').evaluateAll((s) => s.map((e) => e.id));
      // After every resume section, before the downloads.
      expect(ids.slice(-2)).toEqual(['official', 'downloads']);
      const official = page.locator('#official');
      expect(await official.getByRole('heading', { level: 2 }).innerText()).toContain(
        `${mapped.title} (O*NET-SOC ${code})`,
      );
      const intro = await official.getByTestId('official-intro').innerText();
      expect(intro).toContain('not figures from resumes');
      expect(intro).toContain(`${mapped.title} (O*NET-SOC ${code})`);
      expect(
        await official
          .getByRole('link', { name: new RegExp(mapped.title!) })
          .first()
          .getAttribute('href'),
      ).toMatch(new RegExp(`roles/${mapped.id}/$`));
      const charts = official.getByTestId('chart');
      expect(await charts.count()).toBeGreaterThan(0);
      for (const chart of await charts.all()) {
        const id = (await chart.getAttribute('data-chart-id'))!;
        const cited = await chart.getByTestId('source-line').innerText();
        const wages = id.includes('wage');
        expect(cited, id).toContain(wages ? blsSource.title : onetSource.title);
        expect(cited, id).not.toContain(wages ? onetSource.title : blsSource.title);
        for (const resume of csv('sources.csv')) expect(cited, id).not.toContain(resume.title);
      }
      // The resume charts above cite no survey.
      for (const chart of await page.locator('[data-testid="chart"]:not([data-chart-id^="official-"])').all()) {
        const cited = await chart.getByTestId('source-line').innerText();
        expect(cited).not.toContain(blsSource.title);
        expect(cited).not.toContain(onetSource.title);
      }
      expect(await official.getByTestId('official-attribution').innerText()).toContain(onetSource.attribution);
      expect(offsite).toEqual([]);
    });
  });
}
