/** The matcher's payload: one vocabulary merged by normalised name, and the weights by the stated rules. */
import { describe, expect, it } from 'vitest';
import { IMPORTANT } from '@/lib/career/move';
import { matchData } from '@/lib/match/data';
import type { RolePageView } from '@/lib/role/page';

const official = {
  skills: [
    { elementId: 's1', name: 'Negotiation', importance: 80 },
    { elementId: 's2', name: 'Programming', importance: 20 },
  ],
  knowledge: [{ elementId: 'k1', name: 'Sales and Marketing', importance: 70 }],
  technologies: [
    { name: 'Microsoft Excel', commodity: 'x', hot: true },
    { name: 'Obscure Tool', commodity: 'x', hot: false, inDemand: false },
  ],
};
const occupation = { kind: 'occupation', id: 'o', title: 'Occ', official };
const role = {
  kind: 'role',
  id: 'r',
  title: 'Role',
  skills: [
    { slug: 'negotiation', name: 'negotiation', kind: 'hard', sharePct: 40.4 },
    { slug: 'crm', name: 'CRM', kind: 'hard' },
    { slug: 'prospecting', name: 'Prospecting', kind: 'hard', sharePct: 35.4 },
  ],
  softSkills: [],
};
const views = [
  { record: occupation, occupation, sources: {} },
  { record: role, occupation, sources: {} },
] as unknown as RolePageView[];

describe('matchData', () => {
  const data = matchData(views);
  const weights = (id: string) => {
    const v = data.roles.find((r) => r.id === id)!.v;
    return Object.fromEntries(Array.from({ length: v.length / 2 }, (_, i) => [data.terms[v[2 * i]!], v[2 * i + 1]]));
  };

  it('merges terms by normalised name and records every kind', () => {
    const negotiation = data.terms.indexOf('Negotiation');
    expect(data.terms.filter((t) => t.toLowerCase() === 'negotiation')).toHaveLength(1);
    expect(data.kinds[negotiation]).toBe('rs');
    expect(data.terms).toContain('Programming');
    expect(data.terms).toContain('CRM');
    expect(data.terms).not.toContain('Obscure Tool');
  });

  it('weighs important ratings by importance, hot technologies at the threshold, resume shares by share', () => {
    expect(weights('o')).toEqual({ Negotiation: 80, 'Sales and Marketing': 70, 'Microsoft Excel': IMPORTANT });
    // A resume role carries its occupation's elements; the larger weight of a shared term wins.
    expect(weights('r')).toEqual({
      Negotiation: 80,
      'Sales and Marketing': 70,
      'Microsoft Excel': IMPORTANT,
      Prospecting: 35,
    });
    expect(data.roles.find((r) => r.id === 'o')!.v.filter((_, i) => i % 2 === 1)).toEqual([80, 70, IMPORTANT]);
  });
});
