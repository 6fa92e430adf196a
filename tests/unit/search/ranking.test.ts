/**
 * Ranking: which entry comes first for a query. Expected entries are named by their data (roles
 * by id from data/roles.csv, skills and employers by their name in the CSVs), and checked to exist
 * in the seed before use, so a changed dataset fails loudly rather than passing vacuously.
 */
import { describe, expect, it } from 'vitest';
import { createSearchEngine, MATCH_TIERS, type SearchEngine } from '@/lib/search/engine';
import type { SearchEntry, SearchIndex } from '@/lib/search/index-format';
import { scanTypoMatcher } from '@/lib/search/typo-matchers';
import { seedCsv, seedSearchIndex } from './seed-index';

const seed = seedSearchIndex();
const engine = createSearchEngine(seed);
const roleTitle = (id: string) => seedCsv('roles.csv').find((r) => r.id === id)!.title!;

function first(e: SearchEngine, query: string) {
  const [hit] = e.search(query).hits;
  return hit && { kind: hit.entry.kind, title: hit.entry.title };
}

describe('ranking on the seed index', () => {
  const table: [query: string, kind: SearchEntry['kind'], title: string][] = [
    // Exact and prefix
    ['global account manager', 'role', roleTitle('global-account-manager')],
    ['Global', 'role', roleTitle('global-account-manager')],
    ['cloud', 'skill', 'Cloud'],
    ['iron', 'employer', 'Iron Mountain'],
    ['technology', 'industry', 'Technology'],
    ['manager, account exec', 'role', roleTitle('manager-account-executive')],
    ['product manager/sales', 'role', roleTitle('product-manager-sales')],
    // Word starts in any order
    ['acc man', 'role', roleTitle('global-account-manager')],
    ['sales market', 'role', roleTitle('market-sales-manager')],
    // Typos within two letters
    ['acount manger', 'role', roleTitle('global-account-manager')],
    ['clod', 'skill', 'Cloud'],
    ['clodu', 'skill', 'Cloud'],
    ['iron mountian', 'employer', 'Iron Mountain'],
    ['vmwrae', 'employer', 'VMware'],
    ['amazn', 'employer', 'Amazon'],
    ['salesforse', 'skill', 'Salesforce'],
    ['prodct manager', 'role', roleTitle('product-manager-sales')],
    ['busines developmnt', 'skill', 'Business Development'],
    ['custmer satisfacton', 'skill', 'Customer Satisfaction'],
    ['markt sales mnager', 'role', roleTitle('market-sales-manager')],
  ];

  it.each(table)('"%s" → %s %s first', (query, kind, title) => {
    expect(seed.entries.some((e) => e.kind === kind && e.title === title)).toBe(true);
    expect(first(engine, query)).toEqual({ kind, title });
  });

  it('finds every entry first by its own name, and near the top with one letter dropped', () => {
    for (const entry of seed.entries) {
      expect(first(engine, entry.title), entry.title).toEqual({ kind: entry.kind, title: entry.title });
      const words = entry.title.split(' ');
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      if (longest.length < 5) continue;
      let middle = Math.floor(longest.length / 2);
      while (!/\p{L}/u.test(longest[middle]!)) middle++;
      const typo = words.map((w) => (w === longest ? w.slice(0, middle) + w.slice(middle + 1) : w)).join(' ');
      // Several entries can share the mistyped word ("… management"), and a dropped letter can leave
      // a real word start ("manage"); the entry must still be near the top.
      const titles = engine.search(typo).hits.map((h) => h.entry.title);
      expect(titles.slice(0, 3), typo).toContain(entry.title);
    }
  });

  it('lists results tier by tier, whole words before beginnings of words, typos last', () => {
    for (const query of ['sales', 'acc', 'sales manger', 'gam', 'clo']) {
      const tiers = engine.search(query, { limit: 50 }).hits.map((h) => MATCH_TIERS.indexOf(h.tier));
      expect(tiers, query).toEqual([...tiers].sort((a, b) => a - b));
    }
    const sales = engine.search('sales', { limit: 50 }).hits;
    expect(sales[0]!.tier).toBe('prefix');
    // "Sales management" (a whole word) before "Salesforce" (the start of one).
    const at = (title: string) => sales.findIndex((h) => h.entry.title === title);
    expect(at('Sales management')).toBeGreaterThanOrEqual(0);
    expect(at('Sales management')).toBeLessThan(at('Salesforce'));
    expect(at('Market sales manager')).toBeLessThan(at('Salesforce'));
  });

  it('highlights the matched part of the name', () => {
    const [hit] = engine.search('acount manger').hits;
    expect(hit!.ranges.map(([s, e]) => hit!.text.slice(s, e)).join(' ')).toMatch(/^account manager$/i);
    const [prefix] = engine.search('glob').hits;
    expect(prefix!.ranges.map(([s, e]) => prefix!.text.slice(s, e))).toEqual(['Glob']);
  });

  it('suggests the featured role first, then skills and employers', () => {
    const suggested = engine.suggestions();
    expect(suggested[0]).toMatchObject({ kind: 'role', title: roleTitle('global-account-manager') });
    expect(suggested.some((e) => e.kind === 'skill')).toBe(true);
  });

  it('returns nothing for an empty query or one without letters or digits', () => {
    expect(engine.search('').hits).toEqual([]);
    expect(engine.search(' +/ ').hits).toEqual([]);
  });

  it('finds the same entries whichever typo matcher looks words up', () => {
    const scanning = createSearchEngine(seed, { typoMatcher: scanTypoMatcher });
    for (const [query] of table) {
      expect(
        scanning.search(query).hits.map((h) => h.entry.title),
        query,
      ).toEqual(engine.search(query).hits.map((h) => h.entry.title));
    }
  });
});

describe('ranking rules on synthetic fixtures', () => {
  const entry = (kind: SearchEntry['kind'], title: string, aliases?: string[]): SearchEntry => ({
    kind,
    title,
    path: `${kind}s/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/`,
    detail: kind,
    ...(aliases && { aliases }),
  });
  const fixture = (...entries: SearchEntry[]): SearchEngine =>
    createSearchEngine({ format: 1, entries, suggestions: [] } satisfies SearchIndex);
  const order = (e: SearchEngine, query: string) =>
    e.search(query, { limit: 50 }).hits.map((h) => `${h.entry.kind}:${h.entry.title}`);

  it('breaks ties by kind: roles, then skills, employers and industries', () => {
    const e = fixture(
      entry('industry', 'Atlas'),
      entry('employer', 'Atlas'),
      entry('skill', 'Atlas'),
      entry('role', 'Atlas'),
    );
    expect(order(e, 'atlas')).toEqual(['role:Atlas', 'skill:Atlas', 'employer:Atlas', 'industry:Atlas']);
    expect(order(e, 'atlsa')).toEqual(['role:Atlas', 'skill:Atlas', 'employer:Atlas', 'industry:Atlas']);
  });

  it('ranks an exact match above a prefix match above a word match above a typo, whatever the kind', () => {
    const e = fixture(
      entry('role', 'Senior sales lead'),
      entry('role', 'Saler'),
      entry('role', 'Sales manager'),
      entry('employer', 'Sales'),
    );
    expect(order(e, 'sales')).toEqual(['employer:Sales', 'role:Sales manager', 'role:Senior sales lead']);
    // "sales" is a word of the index, so it is taken as typed (the relevance floor): "Saler" is a
    // typo match only of a word the index does not hold.
    expect(order(e, 'salez')).toEqual(['role:Saler', 'employer:Sales', 'role:Sales manager', 'role:Senior sales lead']);
  });

  it('ranks whole-word matches above matches of a word start, and typed order above another order', () => {
    const e = fixture(
      entry('role', 'Plant manager'),
      entry('role', 'Manager of plants'),
      entry('role', 'Manager plant'),
    );
    expect(order(e, 'plant manager')).toEqual(['role:Plant manager', 'role:Manager plant', 'role:Manager of plants']);
  });

  it('searches alternative titles, showing which one matched, below titles of the same tier', () => {
    const e = fixture(
      entry('role', 'Sales managers', ['Global Account Manager (GAM)', 'Area sales manager']),
      entry('role', 'Global account manager'),
    );
    const hits = e.search('global account manager').hits;
    expect(hits.map((h) => [h.entry.title, h.text, h.alias])).toEqual([
      ['Global account manager', 'Global account manager', false],
      ['Sales managers', 'Global Account Manager (GAM)', true],
    ]);
    // "GAM" finds the role by its initials and the other by its alternative title.
    expect(order(e, 'GAM').sort()).toEqual(['role:Global account manager', 'role:Sales managers']);
    expect(order(e, 'area sales')).toEqual(['role:Sales managers']);
  });

  it('does not let a typo displace prefix matches once they fill the list', () => {
    const e = fixture(entry('skill', 'Clodding'), entry('skill', 'Cloud'), entry('skill', 'Clodhopper'));
    const result = e.search('clod', { limit: 2 });
    expect(result.hits.map((h) => h.entry.title)).toEqual(['Clodding', 'Clodhopper']);
    expect(result.complete).toBe(false);
    expect(e.search('clod', { limit: 10 }).hits.map((h) => h.entry.title)).toEqual(['Clodding', 'Clodhopper', 'Cloud']);
  });

  it('ranks a whole word or initials above names that only start with the letters typed', () => {
    const gambling = Array.from({ length: 30 }, (_, i) => entry('role', `Gambling worker ${i + 1}`));
    const e = fixture(
      ...gambling,
      entry('role', 'Sales managers', ['Global Account Manager (GAM)']),
      entry('role', 'Global account manager'),
    );
    expect(order(e, 'gam').slice(0, 2)).toEqual(['role:Global account manager', 'role:Sales managers']);
    expect(e.search('gam').hits[2]!.tier).toBe('prefix-partial');
  });

  it('reads singular and plural alike, and not endings that only look plural', () => {
    const e = fixture(
      entry('role', 'Registered Nurses'),
      entry('role', 'Nurse Midwives'),
      entry('role', 'Games Dealer'),
    );
    expect(e.search('registered nurse').hits[0]).toMatchObject({ tier: 'exact', text: 'Registered Nurses' });
    expect(order(e, 'nurses')).toEqual(['role:Nurse Midwives', 'role:Registered Nurses']);
    expect(e.search('nurses').hits[0]!.tier).toBe('prefix');
    // "gam" + "es" is not a plural: "Games Dealer" only starts with the letters typed.
    expect(e.search('gam').hits[0]!.tier).toBe('prefix-partial');
  });

  it('matches names whose words the query joins or splits', () => {
    const e = fixture(entry('skill', 'salesforce'), entry('skill', 'Customer-service skills'));
    expect(order(e, 'sales force')).toEqual(['skill:salesforce']);
    expect(order(e, 'customerservice')).toEqual(['skill:Customer-service skills']);
  });

  it('finds single typos anywhere in a word, including its first letters', () => {
    const e = fixture(entry('skill', 'Cloud'), entry('skill', 'Marketing'));
    for (const typo of ['kloud', 'lcoud', 'loud', 'xcloud', 'clodu', 'amrketing', 'arketing', 'mraketing']) {
      expect(order(e, typo)[0], typo).toBe(
        typo.includes('oud') || typo.includes('lod') ? 'skill:Cloud' : 'skill:Marketing',
      );
    }
  });
});
