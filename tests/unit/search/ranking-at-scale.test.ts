/**
 * Ranking on the index the site is built from — the seed plus the official import (about 1,000
 * O*NET occupations and their alternative titles) — when data/ holds it. Expected entries are
 * found in the CSVs, never typed here.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';
import type { SearchIndex } from '@/lib/search/index-format';
import { fullSearchIndex, seedCsv } from './seed-index';

const hasOfficial = existsSync('data/onet_occupations.csv');

describe.skipIf(!hasOfficial)('ranking with the official occupations', () => {
  let index: SearchIndex;
  let engine: SearchEngine;
  beforeAll(() => {
    index = fullSearchIndex();
    engine = createSearchEngine(index);
  }, 120_000);

  const occupations = () => seedCsv('onet_occupations.csv');
  const paths = (query: string, limit = 10) => engine.search(query, { limit }).hits.map((h) => h.entry.path);
  const occupationWithTitle = (alternative: string) => {
    const code = seedCsv('onet_alternate_titles.csv').find((t) => t.title === alternative)?.onet_code;
    return occupations().find((o) => o.onet_code === code)!;
  };

  it('is at the scale the official data brings', () => {
    const names = index.entries.reduce((n, e) => n + 1 + (e.aliases?.length ?? 0), 0);
    expect(index.entries.length).toBeGreaterThan(occupations().length);
    expect(names).toBeGreaterThan(seedCsv('onet_alternate_titles.csv').length / 2);
  });

  it('still puts the global account manager first for "acount manger"', () => {
    expect(paths('acount manger')[0]).toBe('roles/global-account-manager/');
  });

  it('finds the seed role and the occupation titled "Global Account Manager (GAM)" for "GAM" and "global account manager"', () => {
    const occupation = occupationWithTitle('Global Account Manager (GAM)');
    expect(occupation).toBeDefined();
    for (const query of ['GAM', 'global account manager']) {
      const top = paths(query, 5);
      expect(top, query).toContain('roles/global-account-manager/');
      expect(top, query).toContain(`roles/${occupation.id}/`);
    }
  });

  it('treats singular and plural alike, with typos: "registerd nurse" → Registered Nurses', () => {
    const nurses = occupations().find((o) => o.title === 'Registered Nurses')!;
    expect(paths('registerd nurse')[0]).toBe(`roles/${nurses.id}/`);
    expect(paths('registered nurse')[0]).toBe(`roles/${nurses.id}/`);
  });

  it('finds every 25th occupation first by its title, and near the top with one letter dropped', () => {
    const sample = occupations().filter((_, i) => i % 25 === 0);
    for (const occupation of sample) {
      const path = `roles/${occupation.id}/`;
      expect(paths(occupation.title!)[0], occupation.title).toBe(path);
      const words = occupation.title!.split(' ');
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      if (longest.length < 6) continue;
      const middle = Math.floor(longest.length / 2);
      const typo = words.map((w) => (w === longest ? w.slice(0, middle) + w.slice(middle + 1) : w)).join(' ');
      expect(paths(typo, 5), typo).toContain(path);
    }
  });
});
