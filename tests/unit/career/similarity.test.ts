/** Similarity of importance profiles and the gap between two, on hand-made vectors. */
import { describe, expect, it } from 'vitest';
import { skillMove } from '@/lib/career/move';
import { cosine, importanceGaps, nearestNeighbours } from '@/lib/career/similarity';
import { similarOccupations, type SimilarInput } from '@/lib/career/similar';

const profile = (key: string, ratings: Record<string, number>) => ({ key, ratings: new Map(Object.entries(ratings)) });

describe('cosine', () => {
  it('is 1 for proportional vectors, 0 for orthogonal ones and for an all-zero one', () => {
    expect(cosine([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(cosine([1, 0], [0, 5])).toBe(0);
    expect(cosine([0, 0], [1, 1])).toBe(0);
    expect(cosine([3, 4], [4, 3])).toBeCloseTo(24 / 25, 12);
  });
});

describe('nearestNeighbours', () => {
  const profiles = [
    profile('a', { x: 100, y: 0 }),
    profile('b', { x: 90, y: 10 }),
    profile('c', { x: 50, y: 50 }),
    profile('d', { x: 0, y: 100 }),
    profile('e', { x: 45, y: 5 }), // same direction as b, half its level
    profile('empty', {}),
  ];
  const best = nearestNeighbours(profiles, 2);

  it('keeps the k closest others, closest first, by cosine (level does not matter, direction does)', () => {
    expect(best.get('a')!.map((n) => n.key)).toEqual(['b', 'e']);
    expect(best.get('b')!.map((n) => n.key)).toEqual(['e', 'a']);
    expect(best.get('b')![0]!.similarity).toBeCloseTo(1, 12);
    expect(best.get('d')!.map((n) => n.key)).toEqual(['c', 'b']);
  });

  it('matches a brute-force ranking over all pairs', () => {
    for (const p of profiles.filter((q) => q.ratings.size > 0)) {
      const keys = ['x', 'y'];
      const vec = (q: typeof p) => keys.map((k) => q.ratings.get(k) ?? 0);
      const expected = profiles
        .filter((q) => q.key !== p.key && q.ratings.size > 0)
        .map((q) => ({ key: q.key, similarity: cosine(vec(p), vec(q)) }))
        .filter((q) => q.similarity > 0)
        .sort((m, n) => n.similarity - m.similarity || (m.key < n.key ? -1 : 1))
        .slice(0, 2);
      expect(best.get(p.key)!.map((n) => n.key)).toEqual(expected.map((n) => n.key));
    }
  });

  it('gives a profile without ratings no neighbours and never lists it', () => {
    expect(best.get('empty')).toEqual([]);
    for (const list of best.values()) expect(list.map((n) => n.key)).not.toContain('empty');
  });

  it('breaks ties by key, whatever the input order', () => {
    const tied = [profile('z', { x: 1 }), profile('m', { x: 2 }), profile('q', { x: 3 })];
    expect(
      nearestNeighbours(tied, 2)
        .get('q')!
        .map((n) => n.key),
    ).toEqual(['m', 'z']);
    expect(
      nearestNeighbours([...tied].reverse(), 2)
        .get('q')!
        .map((n) => n.key),
    ).toEqual(['m', 'z']);
  });
});

describe('importanceGaps', () => {
  const from = [
    { elementId: '1', name: 'Speaking', importance: 70 },
    { elementId: '2', name: 'Writing', importance: 60 },
    { elementId: '3', name: 'Mathematics', importance: 20 },
  ];
  const to = [
    { elementId: '1', name: 'Speaking', importance: 75 },
    { elementId: '2', name: 'Writing', importance: 40 },
    { elementId: '3', name: 'Mathematics', importance: 65 },
    { elementId: '4', name: 'Programming', importance: 50 },
  ];

  it('orders every element by the rise in the target, largest first; one side missing counts 0', () => {
    expect(importanceGaps(from, to).map((g) => [g.name, g.gap])).toEqual([
      ['Programming', 50],
      ['Mathematics', 45],
      ['Speaking', 5],
      ['Writing', -20],
    ]);
  });

  it('orders equal gaps by name', () => {
    const a = [{ elementId: '9', name: 'Beta', importance: 10 }];
    const b = [
      { elementId: '9', name: 'Beta', importance: 20 },
      { elementId: '8', name: 'Alpha', importance: 10 },
    ];
    expect(importanceGaps(a, b).map((g) => g.name)).toEqual(['Alpha', 'Beta']);
  });
});

describe('similarOccupations', () => {
  const occupation = (code: string, skills: number[], extra: Partial<SimilarInput> = {}): SimilarInput => ({
    onetCode: code,
    roleId: `occ-${code}`,
    title: `Occupation ${code}`,
    skills: skills.map((importance, i) => ({ elementId: `2.A.${i + 1}`, name: `Skill ${i + 1}`, importance })),
    knowledge: [],
    related: [],
    ...extra,
  });
  const list = similarOccupations([
    occupation('11-0001.00', [80, 20, 10], {
      medianAnnualWage: 100000,
      projectedChangePct: 3.1,
      related: [{ onetCode: '11-0002.00' }],
    }),
    occupation('11-0002.00', [70, 30, 40], { medianAnnualWage: 90000, projectedChangePct: 4.7 }),
    occupation('11-0003.00', [10, 90, 0]),
  ]);

  it('gives wage and outlook differences as target minus source, and the elements rising most', () => {
    const [first] = list.get('11-0001.00')!;
    expect(first).toMatchObject({
      onetCode: '11-0002.00',
      wageDifference: -10000,
      outlookDifferencePp: 1.6,
      onetRelated: true,
      rising: [
        { name: 'Skill 3', from: 10, to: 40, gap: 30 },
        { name: 'Skill 2', from: 20, to: 30, gap: 10 },
      ],
    });
  });

  it('leaves a difference out when either side lacks the figure, and marks O*NET agreement only where it is listed', () => {
    const third = list.get('11-0001.00')!.find((s) => s.onetCode === '11-0003.00')!;
    expect(third.wageDifference).toBeUndefined();
    expect(third.outlookDifferencePp).toBeUndefined();
    expect(third.onetRelated).toBeUndefined();
  });
});

describe('skillMove', () => {
  const r = (name: string, importance: number) => ({ elementId: name, name, importance });
  const move = skillMove(
    [r('Speaking', 80), r('Writing', 70), r('Mathematics', 30), r('Selling', 75), r('Design', 55)],
    [
      r('Speaking', 85),
      r('Writing', 40),
      r('Mathematics', 70),
      r('Selling', 90),
      r('Programming', 60),
      r('Design', 60),
    ],
  );

  it('builds what is important in the target and clearly (half a step) more important there, largest gap first', () => {
    expect(move.toBuild.map((g) => [g.name, g.gap])).toEqual([
      ['Programming', 60],
      ['Mathematics', 40],
      ['Selling', 15],
    ]);
  });

  it('carries over what is important in both and neither to build nor clearly less important', () => {
    expect(move.carryOver.map((g) => g.name)).toEqual(['Speaking', 'Design']);
    expect(move.mattersLess.map((g) => [g.name, g.gap])).toEqual([['Writing', -30]]);
    const both = skillMove([r('Selling', 90), r('Speaking', 80)], [r('Selling', 60), r('Speaking', 75)]);
    expect(both.mattersLess.map((g) => g.name)).toEqual(['Selling']);
    expect(both.carryOver.map((g) => g.name)).toEqual(['Speaking']); // never in two lists
  });
});
