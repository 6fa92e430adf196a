/**
 * O*NET alternative titles in the search index, on the fixture import: an occupation's entry carries
 * its own alternative titles, so "GAM" and "global account manager" find both the hand-made role and
 * the occupation its title maps to.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build-index';
import { createSearchEngine } from '@/lib/search/engine';
import { officialFixture } from '../support/official-model';

const fixture = officialFixture();
const index = buildSearchIndex(fixture.model);
const entryOf = (id: string) => index.entries.find((e) => e.kind === 'role' && e.path === `roles/${id}/`)!;

describe('search index with official data', () => {
  it("gives each occupation's entry its O*NET alternative titles, once each, without its own title", () => {
    const titles = fixture.rowsOf('onet_alternate_titles.csv');
    for (const occupation of fixture.rowsOf('onet_occupations.csv')) {
      const own = titles.filter((t) => t.onet_code === occupation.onet_code).map((t) => t.title!);
      const expected = [...new Set(own)].filter((t) => t.toLowerCase() !== occupation.title!.toLowerCase());
      expect(entryOf(occupation.id!).aliases ?? [], occupation.id).toEqual(expected);
    }
  });

  it('leaves a hand-made role that maps to an occupation with its own title only', () => {
    const gam = fixture.role('global-account-manager');
    expect(gam.occupation?.id).toBe('sales-managers');
    expect(entryOf(gam.id)).not.toHaveProperty('aliases');
  });

  it('finds the seed role and Sales Managers for "GAM" and "global account manager"', () => {
    const engine = createSearchEngine(index);
    for (const query of ['GAM', 'global account manager']) {
      const paths = engine.search(query).hits.map((h) => h.entry.path);
      expect(paths, query).toContain('roles/global-account-manager/');
      expect(paths, query).toContain('roles/sales-managers/');
    }
    const hit = engine.search('GAM').hits.find((h) => h.entry.path === 'roles/sales-managers/')!;
    expect(hit.alias).toBe(true);
    expect(hit.text).toBe('Global Account Manager (GAM)');
  });
});
