/**
 * Figures computed from records, in a real browser. When the built site's data folder (DATA_DIR, default data/)
 * holds `npm run aggregate` output (record_run.csv), the tests read the site every browser test reads. Otherwise
 * (the committed data/ holds no record figures: raw records are never committed) the file makes its own: the
 * README's synthetic example, small — synthetic records for the hand-made roles, aggregated with DuckDB, built
 * with the real build script into a temporary folder and served on a port of its own. Either way the expected
 * figures are read from that data folder's record files, never typed here.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { IMPORTED_FILES } from '@/lib/import/official';
import { launchChromium } from './support/chromium';
import { cspReport, recordCsp } from './support/csp';
import { recordOffsite } from './support/page-pool';
import { serveStatic } from './support/static-server';

type Row = Record<string, string>;
const SITE_DATA = process.env.DATA_DIR ?? 'data';
const ownSite = !existsSync(join(SITE_DATA, 'record_run.csv'));
const work = ownSite ? mkdtempSync(join(tmpdir(), 'role-atlas-records-site-')) : '';
const DATA = ownSite ? join(work, 'data') : SITE_DATA;
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const count = (value: string) => Number(value).toLocaleString('en-US');
const pct = (value: string) => `${Number(Number(value).toFixed(1))}%`;

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    env: {
      ...process.env,
      DATA_DIR: DATA,
      GENERATED_DIR: join(work, 'generated'),
      OUT_DIR: join(work, 'site'),
      BASE_PATH: '/',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
}

/** The README's synthetic example on the hand-made files (the official import would only slow the build). */
async function buildSyntheticSite(): Promise<{ server: Server; origin: string }> {
  mkdirSync(DATA, { recursive: true });
  for (const name of readdirSync(SITE_DATA)) {
    if (name.endsWith('.csv') && !IMPORTED_FILES.includes(name)) copyFileSync(join(SITE_DATA, name), join(DATA, name));
  }
  const records = join(work, 'records');
  run('scripts/generate-synthetic-records.ts', ['--records', '20000', '--out', records]);
  run('scripts/aggregate.ts', ['--records', records, '--out', DATA, '--max-bad-records', '20000']);
  run('scripts/data.ts', []);
  run('scripts/build.ts', []);
  return serveStatic(join(work, 'site'), '/');
}

describe('figures computed from records', () => {
  let browser: Browser;
  let server: Server | undefined;
  let origin: string;
  const contexts: BrowserContext[] = [];
  const violations: string[] = [];
  beforeAll(async () => {
    if (ownSite) ({ server, origin } = await buildSyntheticSite());
    else origin = `${inject('siteOrigin')}${inject('basePath')}`.replace(/\/$/, '');
    browser = await launchChromium();
  }, 600_000);
  afterEach(() => {
    const found = violations.splice(0);
    expect(found, cspReport(found)).toEqual([]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    if (ownSite) rmSync(work, { recursive: true, force: true });
  });
  const browserPages = {
    /** A site path in a fresh context, recording CSP violations and every request off the site's origin. */
    async open(path: string): Promise<{ page: Page; offsite: string[] }> {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      recordCsp(page, violations);
      const offsite = recordOffsite(page, new URL(origin).origin);
      await page.goto(`${origin}/${path}`);
      return { page, offsite };
    },
  };
  // Read lazily: in the file's own site the record files exist only once beforeAll has aggregated.
  const facts = () => {
    const run = csv('record_run.csv')[0]!;
    const groups = csv('record_groups.csv').filter((g) => g.kind === 'role' && g.suppressed === 'no');
    const salaries = csv('record_salaries.csv');
    // The role with the most records that also has an industry with too few records to publish.
    const role = groups
      .filter((g) => salaries.some((s) => s.group_id === g.group_id && s.suppressed === 'yes'))
      .sort((a, b) => Number(b.records) - Number(a.records))[0];
    return { run, salaries, role };
  };

  it('the data folder has a role with computed figures and a suppressed salary', () => {
    const { role } = facts();
    expect(role, 'a role with records and a suppressed industry').toBeDefined();
  });

  it('shows how many records the figures come from, and when', async () => {
    const { run, role } = facts();
    const { page, offsite } = await browserPages.open(`roles/${role!.group_id}/`);
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
    const { role } = facts();
    const { page } = await browserPages.open(`roles/${role!.group_id}/`);
    const skills = csv('record_skills.csv').filter((s) => s.kind === 'role' && s.group_id === role!.group_id);
    const frame = page.locator('figure[data-chart-id="records-skills-by-share"]');
    const top = skills[0]!;
    expect(await frame.locator('p').first().innerText()).toContain(
      `on ${pct(top.share_pct!)} of ${count(top.records!)} resumes (95% interval ${pct(top.low_pct!)}–${pct(top.high_pct!)})`,
    );
    // Every share is drawn with its interval: one whisker per skill with both bounds.
    const bounded = skills.filter((s) => s.low_pct !== '' && s.high_pct !== '').length;
    expect(bounded).toBeGreaterThan(0);
    expect(await frame.locator('svg [data-mark="interval"]').count()).toBe(bounded);
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
    const { run, salaries, role } = facts();
    const { page } = await browserPages.open(`roles/${role!.group_id}/`);
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

  it('compares two roles on their computed education, in percentage points, on their comparison page', async () => {
    const diffs = csv('record_education_diffs.csv');
    // A typed comparison (comparisons.csv) whose two roles both have computed education.
    const pair = csv('comparisons.csv').find((c) =>
      diffs.some(
        (d) =>
          (d.role_id === c.role_id && d.other_role_id === c.other_role_id) ||
          (d.role_id === c.other_role_id && d.other_role_id === c.role_id),
      ),
    );
    expect(pair, 'a comparison of two roles with computed education').toBeDefined();
    const { page } = await browserPages.open(`compare/${pair!.role_id}-vs-${pair!.other_role_id}/`);
    const section = page.getByTestId('comparison-records');
    await section.waitFor();
    const frame = section.locator('figure[data-chart-id="records-education-difference"]');
    expect(await frame.locator('figcaption p').innerText()).toMatch(/percentage points/);
    // Seen from the page's first role: other minus role, so a pair stored the other way round flips sign.
    const expected = diffs.flatMap((d) =>
      d.role_id === pair!.role_id && d.other_role_id === pair!.other_role_id
        ? [Number(d.pp_diff)]
        : d.role_id === pair!.other_role_id && d.other_role_id === pair!.role_id
          ? [0 - Number(d.pp_diff)]
          : [],
    );
    const shown = await frame
      .locator('table tbody tr')
      .evaluateAll((rows) => rows.map((row) => JSON.parse(row.querySelectorAll('td')[2]!.getAttribute('data-v')!)));
    expect(shown).toEqual(expected);
    expect(await section.getByTestId('source-line').last().innerText()).toContain(csv('record_run.csv')[0]!.title);
    const results = await new AxeBuilder({ page })
      .include('[data-testid="comparison-records"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('has no accessibility violations in the records section', async () => {
    const { role } = facts();
    const { page } = await browserPages.open(`roles/${role!.group_id}/`);
    const results = await new AxeBuilder({ page })
      .include('#records')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
