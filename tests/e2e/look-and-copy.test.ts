/**
 * Look and copy (issue 10): one font stack for headings, text and charts; the role page's downloads and
 * contents; the about page written for a visitor, with its counts from the data; footers crediting only
 * the page's sources; the home page's call to compare and its skills; skill names in display case; and
 * /roles/ grouped by SOC major group with a filter. Expected values come from data/ and .generated/.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RolePageRecord } from '@/lib/model/site-model';
import { cell, csvRows, generatedCatalogue, squash } from './support/seed';
import { siteUrl, useBrowser } from './support/site';

const catalogue = generatedCatalogue();
const GAM = 'global-account-manager';
const generated = <T>(path: string): T => JSON.parse(readFileSync(`.generated/${path}`, 'utf8')) as T;
/** The sources a role page cites: its record's, and those of the occupation a resume role names. */
const pageSourceIds = (id: string): string[] => {
  const record = generated<RolePageRecord>(`roles/${id}.json`);
  const ids = Object.keys(record.sources);
  if (record.kind === 'role' && record.occupation)
    ids.push(...Object.keys(generated<RolePageRecord>(`roles/${record.occupation.id}.json`).sources));
  return ids;
};
const hasOfficial = existsSync('data/onet_occupations.csv');
const officialComparisons = hasOfficial ? generated<{ id: string }[]>('official-comparisons.json') : [];
const firstOccupation = catalogue.roles.find((r) => r.kind === 'occupation');

const footerTitles = async (page: Page) =>
  (await page.locator('[data-testid="footer-sources"] > li > a:first-child').allTextContents()).map(squash);

const sourceTitles = (ids: Iterable<string>) => {
  const wanted = new Set(ids);
  return catalogue.sources.filter((s) => wanted.has(s.id)).map((s) => s.title);
};

describe('one font stack', () => {
  const browser = useBrowser();
  const pages = [
    `roles/${GAM}/`,
    ...(firstOccupation ? [`roles/${firstOccupation.id}/`] : []),
    ...(officialComparisons[0] ? [`compare/${officialComparisons[0].id}/`] : []),
    'about/',
  ];

  for (const path of pages) {
    it(`headings, chart titles and chart text on ${path} use the body's font`, async () => {
      const { page } = await browser.open(path);
      const families = await page.evaluate(() => {
        const family = (el: Element) => getComputedStyle(el).fontFamily;
        const body = family(document.body);
        const others = [
          ...document.querySelectorAll('h1, h2, h3, h4, [data-testid="chart"] figcaption > *, svg text'),
        ].map((el) => ({ tag: el.tagName, family: family(el) }));
        return { body, others };
      });
      expect(families.others.length).toBeGreaterThan(3);
      expect(families.body).not.toMatch(/Georgia|Times|Palatino|Iowan/);
      const different = families.others.filter((o) => o.family !== families.body);
      expect(different).toEqual([]);
    });
  }
});

describe('role page', () => {
  const browser = useBrowser();

  it('spaces the download links as a sentence: "This role\'s data: JSON, CSV"', async () => {
    const { page } = await browser.open(`roles/${GAM}/`);
    const items = await page
      .getByTestId('role-downloads')
      .locator('li')
      .evaluateAll((lis) =>
        lis.map((li) => {
          const copy = li.cloneNode(true) as HTMLElement;
          for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
          return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        }),
      );
    expect(items[0]).toBe("This role's data: JSON, CSV");
    expect(items[1]).toBe('Every role, skill, employer and comparison: JSON, zip of the source CSV files');
  });

  it('"On this page" reads down each column, never across', async () => {
    const { page } = await browser.open(`roles/${GAM}/`, { viewport: { width: 1280, height: 900 } });
    for (const list of await page.getByTestId('role-toc').locator('ol').all()) {
      const boxes = await list.evaluate((ol) =>
        [...ol.children].map((li) => {
          const r = li.querySelector('a')!.getBoundingClientRect();
          return { top: r.top, left: r.left };
        }),
      );
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1]!, boxes[i]!];
        // The next entry is below, or at the top of a column further right; never beside its predecessor.
        const below = b.top > a.top + 1 && Math.abs(b.left - a.left) < 2;
        const nextColumn = b.left > a.left + 2 && b.top < a.top;
        const spansBelow = b.top > a.top + 1;
        expect(below || nextColumn || spansBelow, `entry ${i + 1} of ${boxes.length}`).toBe(true);
      }
    }
  });
});

describe('about page', () => {
  const browser = useBrowser();

  it('is written for a visitor: no file paths, source ids or notes on how data is stored', async () => {
    const { page } = await browser.open('about/');
    const text = squash(await page.locator('main').innerText());
    for (const internal of ['shared/seed', '.txt', 'Cited as', "that month's first day", 'kept as flags', 'Markers'])
      expect(text, internal).not.toContain(internal);
    for (const source of catalogue.sources) expect(text, source.id).not.toContain(source.id);
  });

  it('counts every comparison the site has, resume and official, as /compare/ lists them', async () => {
    const { page } = await browser.open('about/');
    const text = squash(await page.locator('main').innerText());
    const total = catalogue.comparisons.length + officialComparisons.length;
    expect(text).toContain(`${total.toLocaleString('en-US')} comparisons`);
    if (officialComparisons.length > 0) {
      expect(text).toContain(`${officialComparisons.length.toLocaleString('en-US')} between related occupations`);
      const compare = (await browser.open('compare/')).page;
      expect(squash(await compare.locator('main').innerText())).toContain(
        officialComparisons.length.toLocaleString('en-US'),
      );
    }
  });
});

describe('footer sources', () => {
  const browser = useBrowser();

  it("a role page credits exactly the role's sources", async () => {
    for (const id of [
      GAM,
      ...csvRows('roles.csv')
        .filter((r) => !cell(r, 'onet_code'))
        .map((r) => cell(r, 'id')),
    ]) {
      const { page } = await browser.open(`roles/${id}/`);
      expect(await footerTitles(page), id).toEqual(sourceTitles(pageSourceIds(id)));
    }
  });

  it('list pages credit the sources of what they list; the 404 page none; the about page all', async () => {
    const cases: [string, string[]][] = [
      ['skills/', catalogue.cites.skills],
      ['employers/', catalogue.cites.employers],
      ['about/', catalogue.sources.map((s) => s.id)],
    ];
    for (const [path, ids] of cases) {
      const { page } = await browser.open(path);
      expect(await footerTitles(page), path).toEqual(sourceTitles(ids));
    }
    const { page } = await browser.open('skills/');
    const bls = catalogue.sources.find((s) => s.id.startsWith('bls-'));
    if (bls) expect(await footerTitles(page)).not.toContain(bls.title);

    const missing = (await browser.open('no-such-page/')).page;
    expect(await missing.getByTestId('footer-sources').count()).toBe(0);
    expect(squash(await missing.locator('[data-site-footer]').innerText())).toContain('no figures from a source');
  });
});

describe('home page', () => {
  const browser = useBrowser();

  it('invites the reader to compare roles, opening the tool with the featured role and its comparisons', async () => {
    const { page } = await browser.open('');
    const call = page.getByTestId('compare-call');
    expect(await call.getByRole('heading').textContent()).toMatch(/compare/i);
    const links = await call.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const tool = new URL(links[0]!, siteUrl());
    expect(tool.pathname).toBe(new URL(siteUrl('compare/')).pathname);
    const partners = csvRows('comparisons.csv')
      .filter((r) => cell(r, 'role_id') === GAM || cell(r, 'other_role_id') === GAM)
      .map((r) => (cell(r, 'role_id') === GAM ? cell(r, 'other_role_id') : cell(r, 'role_id')));
    const chosen = tool.searchParams.get('roles')?.split(',') ?? [];
    expect(chosen[0]).toBe(GAM);
    expect(chosen.slice(1).every((id) => partners.includes(id))).toBe(true);
    await page.goto(tool.href);
    await expect.poll(() => page.locator('[data-testid="comparison-view"]').count()).toBeGreaterThan(0);
  });

  it('ranks skills by share of resumes, says what it counts, and starts with the highest share in the data', async () => {
    const { page } = await browser.open('');
    const list = page.getByTestId('top-skills');
    const items = (await list.locator('li').allInnerTexts()).map(squash);
    expect(items.length).toBeGreaterThan(1);
    const shares = items.map((t) => Number(/(\d+(?:\.\d+)?)% of /.exec(t)?.[1]));
    expect(shares.every((n) => Number.isFinite(n))).toBe(true);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    const highest = Math.max(...csvRows('skills.csv').map((r) => Number(cell(r, 'resume_share_pct') || -1)));
    expect(shares[0]).toBe(highest);
    expect(new Set(shares).size).toBeGreaterThan(1);
    expect(items.some((t) => /^.* · 1 role$/.test(t))).toBe(false);
    expect(squash(await page.locator('#top-skills-heading + p').textContent())).toMatch(/share of a role's resumes/);
  });
});

describe('skill names', () => {
  const browser = useBrowser();

  it('are shown in display case: skill_names.csv rows as written there, others with a capital', async () => {
    const { page } = await browser.open('skills/');
    const shown = (await page.getByTestId('skill-index').getByRole('link').allTextContents()).map(squash);
    for (const row of csvRows('skill_names.csv')) expect(shown).toContain(cell(row, 'display_name'));
    expect(shown.filter((name) => name.charAt(0) !== name.charAt(0).toUpperCase())).toEqual([]);
  });
});

describe.runIf(hasOfficial)('/roles/ occupations by SOC major group', () => {
  const browser = useBrowser();
  const occupations = csvRows('onet_occupations.csv');
  const groupTitles = new Map(
    csvRows('soc_major_groups.csv').map((r) => [cell(r, 'soc_code').slice(0, 2), cell(r, 'title')]),
  );

  it('lists every occupation once, under the heading of its major group, with a jump list', async () => {
    const { page } = await browser.open('roles/', { javaScriptEnabled: false });
    const groups = await page.locator('[data-occupation-group]').evaluateAll((sections) =>
      sections.map((s) => ({
        code: (s as HTMLElement).dataset.occupationGroup!,
        id: s.id,
        heading: s.querySelector('h3')!.firstChild!.textContent!.trim(),
        links: [...s.querySelectorAll('li a')].map((a) => a.getAttribute('href')!),
      })),
    );
    const listed = groups.flatMap((g) => g.links.map((href) => ({ code: g.code, id: href.split('/').at(-2)! })));
    expect(listed.length).toBe(occupations.length);
    for (const row of occupations) {
      const found = listed.filter((l) => l.id === cell(row, 'id'));
      expect(
        found.map((f) => f.code),
        cell(row, 'id'),
      ).toEqual([cell(row, 'onet_code').slice(0, 2)]);
    }
    expect(groups.map((g) => g.code)).toEqual([...groups.map((g) => g.code)].sort());
    for (const g of groups) {
      const title = groupTitles.get(g.code);
      if (title) expect(g.heading).toBe(title);
      else expect(g.heading).toContain(g.code);
    }
    const jumps = await page
      .getByRole('navigation', { name: 'Occupation groups' })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(jumps).toEqual(groups.map((g) => `#${g.id}`));
    // The filter needs the script: without it, it is not offered.
    expect(await page.locator('#occupation-filter').isVisible()).toBe(false);
  });

  it('filters by title or code as one types, saying how many match, and hides empty groups', async () => {
    const { page } = await browser.open('roles/');
    const filter = page.getByLabel(/Filter occupations/);
    const word = 'nurs';
    const expected = occupations.filter((r) => cell(r, 'title').toLowerCase().includes(word));
    expect(expected.length).toBeGreaterThan(0);
    await filter.fill(word);
    const visible = () =>
      page
        .locator('[data-occupation-group] li')
        .evaluateAll((lis) =>
          lis.filter((li) => (li as HTMLElement).checkVisibility()).map((li) => li.textContent!.trim()),
        );
    await expect.poll(async () => (await visible()).length).toBe(expected.length);
    expect([...(await visible())].sort()).toEqual(expected.map((r) => cell(r, 'title')).sort());
    const status = squash(await page.locator('#occupation-filter-status').textContent());
    expect(status).toBe(
      `${expected.length.toLocaleString('en-US')} of ${occupations.length.toLocaleString('en-US')} occupations match.`,
    );
    const shownGroups = await page
      .locator('[data-occupation-group]')
      .evaluateAll((ss) =>
        ss.filter((s) => (s as HTMLElement).checkVisibility()).map((s) => (s as HTMLElement).dataset.occupationGroup),
      );
    expect(new Set(shownGroups)).toEqual(new Set(expected.map((r) => cell(r, 'onet_code').slice(0, 2))));

    const code = cell(occupations[0]!, 'onet_code');
    await filter.fill(code);
    await expect.poll(async () => (await visible()).length).toBe(1);
    await filter.fill('zzzz no such occupation');
    await expect.poll(() => page.locator('#occupation-filter-status').textContent()).toBe('No occupation matches.');
    await filter.fill('');
    await expect.poll(async () => (await visible()).length).toBe(occupations.length);
  });
});
