import { describe, expect, it } from 'vitest';
import { distinctiveSkills, hasSkillShares, sharedSkills } from '@/lib/compare/skills';

const skill = (name: string, sharePct?: number) => ({
  slug: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  ...(sharePct !== undefined && { sharePct }),
});

const sales = [
  skill('Negotiation', 20),
  skill('CRM', 15),
  skill('Cloud', 4),
  skill('Forecasting', 9),
  skill('Empathy'),
];
const product = [skill('Roadmaps', 18), skill('CRM', 3), skill('Cloud', 11), skill('Forecasting', 9), skill('Empathy')];

describe('distinctiveSkills', () => {
  it('ranks skills by the percentage-point gap, largest first, on each side', () => {
    const result = distinctiveSkills(sales, product);
    expect(result.role.map((g) => [g.name, g.gapPp])).toEqual([['CRM', 12]]);
    expect(result.other.map((g) => [g.name, g.gapPp])).toEqual([['Cloud', -7]]);
    expect(result.role[0]).toMatchObject({ roleSharePct: 15, otherSharePct: 3 });
  });

  it('is the mirror image when the roles are swapped', () => {
    const forward = distinctiveSkills(sales, product);
    const backward = distinctiveSkills(product, sales);
    expect(backward.role.map((g) => [g.slug, -g.gapPp])).toEqual(forward.other.map((g) => [g.slug, g.gapPp]));
    expect(backward.other.map((g) => [g.slug, -g.gapPp])).toEqual(forward.role.map((g) => [g.slug, g.gapPp]));
  });

  it('never treats a skill missing from one list, or a share-less skill, as 0%', () => {
    const result = distinctiveSkills(sales, product);
    const named = [...result.role, ...result.other].map((g) => g.name);
    expect(named).not.toContain('Negotiation');
    expect(named).not.toContain('Roadmaps');
    expect(named).not.toContain('Empathy');
  });

  it('leaves out equal shares, rounds gaps to 0.1 pp and keeps at most `limit` per side', () => {
    const a = [skill('A', 10.25), skill('B', 30), skill('C', 40), skill('D', 50)];
    const b = [skill('A', 10.1), skill('B', 20), skill('C', 20), skill('D', 50)];
    const result = distinctiveSkills(a, b, 2);
    expect(result.role.map((g) => [g.name, g.gapPp])).toEqual([
      ['C', 20],
      ['B', 10],
    ]);
    expect(distinctiveSkills(a, b).role.at(-1)).toMatchObject({ name: 'A', gapPp: 0.2 });
    expect(result.other).toEqual([]);
  });

  it('is empty when either role has no shares', () => {
    const noShares = sales.map(({ slug, name }) => ({ slug, name }));
    expect(distinctiveSkills(noShares, product)).toEqual({ role: [], other: [] });
    expect(distinctiveSkills(product, noShares)).toEqual({ role: [], other: [] });
    expect(hasSkillShares(noShares)).toBe(false);
    expect(hasSkillShares(product)).toBe(true);
  });
});

describe('sharedSkills', () => {
  it('lists skills both roles name, with each side’s share where known, most listed first', () => {
    expect(sharedSkills(sales, product)).toEqual([
      { slug: 'crm', name: 'CRM', roleSharePct: 15, otherSharePct: 3 },
      { slug: 'cloud', name: 'Cloud', roleSharePct: 4, otherSharePct: 11 },
      { slug: 'forecasting', name: 'Forecasting', roleSharePct: 9, otherSharePct: 9 },
      { slug: 'empathy', name: 'Empathy' },
    ]);
  });

  it('swaps the sides when the roles are swapped', () => {
    const forward = sharedSkills(sales, product);
    const backward = sharedSkills(product, sales);
    expect(backward.map((s) => s.slug).sort()).toEqual(forward.map((s) => s.slug).sort());
    for (const s of backward) {
      const f = forward.find((x) => x.slug === s.slug)!;
      expect([s.roleSharePct, s.otherSharePct]).toEqual([f.otherSharePct, f.roleSharePct]);
    }
  });

  it('is empty when nothing is shared', () => {
    expect(sharedSkills([skill('A', 1)], [skill('B', 1)])).toEqual([]);
  });
});
