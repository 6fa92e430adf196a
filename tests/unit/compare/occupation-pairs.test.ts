import { describe, expect, it } from 'vitest';
import type { RelatedOccupation } from '@/lib/occupation/figures';
import {
  OFFICIAL_COMPARISON_TIER,
  deriveOfficialComparisons,
  officialComparisonIndex,
  type PairedOccupation,
} from '@/lib/compare/occupation-pairs';
import { featuredOccupations } from '@/lib/compare/featured-occupations';
import { officialCompareFixture } from './official-fixture';

type Listing = [code: string, tier: RelatedOccupation['tier'], position: number];

/** A minimal occupation: code "11-0001.00" gets page id "occ-11-0001-00" and title "Occupation 11-0001.00". */
function occupation(code: string, related: Listing[] = [], id = `occ-${code.replace('.', '-')}`): PairedOccupation {
  return { id, official: figures(code, related) };
}

function figures(code: string, related: Listing[]): PairedOccupation['official'] {
  return {
    onetCode: code,
    title: `Occupation ${code}`,
    alternativeTitles: [],
    skills: [],
    knowledge: [],
    technologies: [],
    tasks: [],
    education: [],
    workStyles: [],
    similar: [],
    related: related.map(([other, tier, position]) => ({
      onetCode: other,
      id: `occ-${other.replace('.', '-')}`,
      title: `Occupation ${other}`,
      tier,
      position,
    })),
    onetSourceId: 'onet',
  };
}

const A = '11-0001.00';
const B = '11-0002.00';
const C = '13-0003.00';
const pairOf = (c: { role: { onetCode: string }; other: { onetCode: string } }) => [c.role.onetCode, c.other.onetCode];

describe('deriveOfficialComparisons', () => {
  it('makes pages only for the primary-short tier', () => {
    const records = [
      occupation(A, [
        [B, 'primary-long', 7],
        [C, 'supplemental', 15],
      ]),
      occupation(B),
      occupation(C),
    ];
    expect(deriveOfficialComparisons(records)).toEqual([]);
    expect(OFFICIAL_COMPARISON_TIER).toBe('primary-short');
  });

  it('keeps a pair both occupations list once, lower code first, with both ranks', () => {
    const records = [occupation(B, [[A, 'primary-short', 1]]), occupation(A, [[B, 'primary-short', 3]])];
    const comparisons = deriveOfficialComparisons(records);
    expect(comparisons.map(pairOf)).toEqual([[A, B]]);
    expect(comparisons[0]).toMatchObject({ rank: 3, reverseRank: 1, id: 'occ-11-0001-00-vs-occ-11-0002-00' });
  });

  it('orients a pair from the occupation that lists it, even when that has the higher code', () => {
    const records = [occupation(A, [[C, 'primary-long', 8]]), occupation(C, [[A, 'primary-short', 2]])];
    const [comparison] = deriveOfficialComparisons(records);
    expect(pairOf(comparison!)).toEqual([C, A]);
    expect(comparison!.rank).toBe(2);
    // A lists C, but not in the short tier: no reverse rank.
    expect(comparison!.reverseRank).toBeUndefined();
    expect(comparison!.id).toBe(`${comparison!.role.id}-vs-${comparison!.other.id}`);
  });

  it('orders pages by the listing occupation’s code, then by its rank, whatever the input order', () => {
    const records = [
      occupation(C, [[B, 'primary-short', 1]]),
      occupation(A, [
        [C, 'primary-short', 2],
        [B, 'primary-short', 1],
      ]),
      occupation(B),
    ];
    const forward = deriveOfficialComparisons(records);
    expect(forward.map(pairOf)).toEqual([
      [A, B],
      [A, C],
      [C, B],
    ]);
    expect(deriveOfficialComparisons([...records].reverse())).toEqual(forward);
  });

  it('never reuses an id the data’s own comparisons (or an earlier page) already have', () => {
    const records = [occupation(A, [[B, 'primary-short', 1]], 'x'), occupation(B, [], 'y')];
    expect(deriveOfficialComparisons(records, new Set(['x-vs-y']))[0]!.id).toBe('x-vs-y-2');
    expect(deriveOfficialComparisons(records, new Set(['x-vs-y', 'x-vs-y-2']))[0]!.id).toBe('x-vs-y-3');
    // Two different pairs whose ids would read the same: "a" + "b-vs-c" and "a-vs-b" + "c".
    const clash = [
      occupation(A, [[B, 'primary-short', 1]], 'a'),
      occupation(B, [], 'b-vs-c'),
      occupation(C, [['13-0004.00', 'primary-short', 1]], 'a-vs-b'),
      occupation('13-0004.00', [], 'c'),
    ];
    expect(deriveOfficialComparisons(clash).map((c) => c.id)).toEqual(['a-vs-b-vs-c', 'a-vs-b-vs-c-2']);
  });

  it('skips related occupations missing from the records and an occupation listing itself', () => {
    const records = [
      occupation(A, [
        [A, 'primary-short', 1],
        ['99-9999.00', 'primary-short', 2],
      ]),
    ];
    expect(deriveOfficialComparisons(records)).toEqual([]);
  });
});

describe('officialComparisonIndex', () => {
  it('lists each comparison for both occupations, seen from each side, listed ones first by rank', () => {
    const records = [
      occupation(A, [
        [C, 'primary-short', 2],
        [B, 'primary-short', 1],
      ]),
      occupation(B, [[C, 'primary-short', 1]]),
      occupation(C, [[A, 'primary-short', 4]]),
    ];
    const comparisons = deriveOfficialComparisons(records);
    const index = officialComparisonIndex(comparisons);
    const others = (code: string) =>
      index.get(`occ-${code.replace('.', '-')}`)!.map((link) => [link.id, link.other.onetCode]);
    const idOf = (x: string, y: string) =>
      comparisons.find((c) => pairOf(c).sort().join() === [x, y].sort().join())!.id;
    expect(others(A)).toEqual([
      [idOf(A, B), B],
      [idOf(A, C), C],
    ]);
    expect(others(B)).toEqual([
      [idOf(B, C), C],
      [idOf(A, B), A],
    ]);
    // C lists A (rank 4) and is listed by B, which C does not list.
    expect(others(C)).toEqual([
      [idOf(A, C), A],
      [idOf(B, C), B],
    ]);
  });
});

describe('official comparisons in the site model (fixture import)', () => {
  const fixture = officialCompareFixture();
  const related = fixture.onetRows('Related Occupations.txt');
  const short = related.filter((r) => r['Relatedness Tier'] === 'Primary-Short');
  const roleIdOf = new Map(fixture.rowsOf('onet_occupations.csv').map((r) => [r.onet_code!, r.id!]));

  it('has one page per distinct primary-short pair in Related Occupations.txt', () => {
    const expected = new Set(short.map((r) => [r['O*NET-SOC Code']!, r['Related O*NET-SOC Code']!].sort().join(' ')));
    const pairs = fixture.model.officialComparisons.map((c) => pairOf(c).sort().join(' '));
    expect(pairs.sort()).toEqual([...expected].sort());
  });

  it('orients each pair from an occupation that lists the other in that tier, with O*NET’s rank', () => {
    for (const comparison of fixture.model.officialComparisons) {
      const listing = short.find(
        (r) =>
          r['O*NET-SOC Code'] === comparison.role.onetCode && r['Related O*NET-SOC Code'] === comparison.other.onetCode,
      );
      expect(listing, comparison.id).toBeDefined();
      expect(comparison.rank).toBe(Number(listing!.Index));
      const back = short.find(
        (r) =>
          r['O*NET-SOC Code'] === comparison.other.onetCode && r['Related O*NET-SOC Code'] === comparison.role.onetCode,
      );
      if (back) expect(comparison.role.onetCode < comparison.other.onetCode).toBe(true);
      expect(comparison.reverseRank).toBe(back ? Number(back.Index) : undefined);
      expect(comparison.id).toBe(
        `${roleIdOf.get(comparison.role.onetCode)}-vs-${roleIdOf.get(comparison.other.onetCode)}`,
      );
    }
  });

  it('does not collide with the data’s own comparisons', () => {
    const seedIds = new Set(fixture.model.comparisons.map((c) => c.id));
    for (const c of fixture.model.officialComparisons) expect(seedIds.has(c.id)).toBe(false);
  });

  it('lists on each occupation’s record the comparisons it takes part in, and a role naming it links there', () => {
    for (const comparison of fixture.model.officialComparisons) {
      for (const [self, other] of [
        [comparison.role, comparison.other],
        [comparison.other, comparison.role],
      ] as const) {
        const links = fixture.occupation(self.id).officialComparisons ?? [];
        expect(links).toContainEqual({ id: comparison.id, other });
      }
    }
    const salesManagers = fixture.occupation(roleIdOf.get('11-2022.00')!);
    expect(salesManagers.officialComparisons?.length).toBeGreaterThan(0);
    // The global account manager names 11-2022.00 in roles.csv: its page shows that occupation's record,
    // so it links the same comparisons.
    const namesSalesManagers = fixture.model.roles.find((r) => r.onetCode === '11-2022.00')!;
    expect(namesSalesManagers.occupation?.id).toBe(salesManagers.id);
    expect(fixture.view(namesSalesManagers.id).occupation?.officialComparisons).toEqual(
      salesManagers.officialComparisons,
    );
    // An occupation without primary-short links has none.
    const unlinked = [...roleIdOf.values()].filter(
      (id) => !fixture.model.officialComparisons.some((c) => c.role.id === id || c.other.id === id),
    );
    for (const id of unlinked) expect(fixture.occupation(id).officialComparisons).toBeUndefined();
  });
});

describe('featuredOccupations (the /compare/ index)', () => {
  const fixture = officialCompareFixture();
  it('gives each hand-made role naming an occupation every comparison of that occupation', () => {
    const featured = featuredOccupations(fixture.model.catalogue.roles, fixture.model.officialComparisons);
    const naming = fixture.model.catalogue.roles.filter((r) => r.kind === 'role' && r.onetCode);
    expect(featured.length).toBeGreaterThan(0);
    expect(featured.map((f) => f.role.id)).toEqual(naming.map((r) => r.id));
    for (const f of featured) {
      const occupation = fixture.model.catalogue.roles.find(
        (r) => r.kind === 'occupation' && r.onetCode === naming.find((n) => n.id === f.role.id)!.onetCode,
      )!;
      expect(f.occupation.id).toBe(occupation.id);
      expect(f.comparisons.map((c) => c.id)).toEqual(
        fixture.model.officialComparisons
          .filter((c) => c.role.id === occupation.id || c.other.id === occupation.id)
          .map((c) => c.id),
      );
    }
    expect(featuredOccupations(fixture.model.catalogue.roles, [])).toEqual([]);
  });
});
