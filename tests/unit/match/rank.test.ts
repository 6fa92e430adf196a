/** Ranking roles by chosen skills on hand-made sparse vectors, and the address round trip. */
import { describe, expect, it } from 'vitest';
import { parseSkills, rankRoles, skillsSearch, termSlug, type MatchRole, type Rating } from '@/lib/match/rank';

// Terms 0..3; weights chosen so every share is easy to compute by hand.
const roles: MatchRole[] = [
  { id: 'a', title: 'Alpha', kind: 'o', v: [0, 60, 1, 40] }, // total 100
  { id: 'b', title: 'Beta', kind: 'r', v: [2, 50, 0, 30, 3, 20] }, // total 100
  { id: 'c', title: 'Gamma', kind: 'o', v: [3, 10] }, // total 10
];
const chosen = (entries: [number, Rating][]) => new Map<number, Rating>(entries);

describe('rankRoles', () => {
  it('scores the share of each role’s weight covered and ranks best first', () => {
    const ranked = rankRoles(roles, chosen([[0, 3]]));
    expect(ranked.map((r) => [r.role.id, r.scorePct, r.usedPct])).toEqual([
      ['a', 60, 100],
      ['b', 30, 100],
    ]);
  });

  it('ranks by fit, √(coverage × use): covering a small role in full does not beat a role using all skills', () => {
    const small: MatchRole = { id: 's', title: 'Small', kind: 'o', v: [0, 50] };
    const big: MatchRole = { id: 'g', title: 'Big', kind: 'o', v: [0, 50, 1, 50, 2, 50, 3, 60] };
    const ranked = rankRoles(
      [small, big],
      chosen([
        [0, 3],
        [1, 3],
        [2, 3],
      ]),
    );
    expect(ranked.map((r) => r.role.id)).toEqual(['g', 's']);
    const [g, s] = ranked;
    expect(s!.scorePct).toBe(100);
    expect(s!.usedPct).toBeCloseTo(100 / 3, 12);
    expect(s!.fitPct).toBeCloseTo(Math.sqrt(100 * (100 / 3)), 12);
    expect(g!.scorePct).toBeCloseTo((150 / 210) * 100, 12);
    expect(g!.fitPct).toBeCloseTo(Math.sqrt((150 / 210) * 100 * 100), 12);
  });

  it('lets a rating scale the weight a skill brings', () => {
    const [a] = rankRoles(roles, chosen([[0, 1]]));
    expect(a!.scorePct).toBeCloseTo(20, 12);
    expect(a!.counts).toEqual([{ term: 0, weight: 60, rating: 1, points: 20 }]);
  });

  it('explains each match (points per skill, summing to the score) and lists the heaviest missing', () => {
    const ranked = rankRoles(
      roles,
      chosen([
        [3, 3],
        [0, 1],
      ]),
    );
    const gamma = ranked.find((r) => r.role.id === 'c')!;
    expect(gamma.scorePct).toBe(100);
    expect(ranked[0]!.role.id).toBe('c');
    const beta = ranked.find((r) => r.role.id === 'b')!;
    expect(beta.counts.map((c) => [c.term, c.points])).toEqual([
      [3, 20],
      [0, 10],
    ]);
    expect(beta.counts.reduce((s, c) => s + c.points, 0)).toBeCloseTo(beta.scorePct, 12);
    expect(beta.missing).toEqual([{ term: 2, weight: 50 }]);
  });

  it('breaks ties by more skills counting, then title; leaves out roles nothing counts for', () => {
    const tie: MatchRole[] = [
      { id: 'z', title: 'Zeta', kind: 'o', v: [0, 50, 1, 50] },
      { id: 'y', title: 'Ypsilon', kind: 'o', v: [0, 100, 1, 100, 2, 200] },
      { id: 'x', title: 'Xi', kind: 'o', v: [0, 10, 1, 10] },
      { id: 'w', title: 'Omega', kind: 'o', v: [3, 10] },
    ];
    const ranked = rankRoles(tie, chosen([[0, 3]]));
    expect(ranked.map((r) => r.role.id)).toEqual(['x', 'z', 'y']);
    expect(rankRoles(tie, new Map())).toEqual([]);
  });
});

describe('the address', () => {
  const slugs = ['customer-service', 'c++', 'excel'];
  const bySlug = new Map(slugs.map((s, i) => [s, i]));

  it('keeps the chosen skills and only non-default ratings, and reads them back', () => {
    const picked = chosen([
      [0, 3],
      [1, 2],
    ]);
    const search = skillsSearch(picked, slugs);
    expect(search).toBe('?skills=customer-service,c++:2');
    expect(parseSkills(new URLSearchParams({ skills: 'customer-service,c++:2' }).toString(), bySlug)).toEqual(picked);
    expect(termSlug('microsoft excel')).toBe('microsoft-excel');
  });

  it('ignores unknown skills and ratings', () => {
    expect(parseSkills('?skills=nope,excel:9', bySlug)).toEqual(chosen([[2, 3]]));
    expect(parseSkills('?q=x', bySlug).size).toBe(0);
  });
});
