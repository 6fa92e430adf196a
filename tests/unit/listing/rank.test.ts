import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { employersByOpenJobs, excerpt, groupByInitial, mostListedSkills } from '@/lib/listing/rank';
import { seedFiles } from '../support/data-folder';
import { seedRows } from '../support/seed-rows';

const rows = seedRows;

const skill = (name: string, roleCount: number, maxSharePct?: number) => ({
  slug: name.toLowerCase(),
  name,
  kinds: ['hard' as const],
  roleCount,
  ...(maxSharePct !== undefined && { maxSharePct }),
});

describe('mostListedSkills', () => {
  it('ranks by number of roles, then by highest share, then by name, leaving out unlisted skills', () => {
    const ranked = mostListedSkills(
      [skill('Cloud', 1, 5), skill('Zeta', 2), skill('Alpha', 1, 5), skill('Gam', 0), skill('Big', 1, 12)],
      10,
    );
    expect(ranked.map((s) => s.name)).toEqual(['Zeta', 'Big', 'Alpha', 'Cloud']);
    expect(mostListedSkills([skill('A', 1), skill('B', 1)], 1)).toHaveLength(1);
  });

  it('puts the seed skill with the highest resume share first', () => {
    const { tables } = validateDataFolder(seedFiles());
    const { catalogue } = buildSiteModel(tables);
    const shares = rows('skills.csv').filter((r) => r.resume_share_pct);
    const highest = Math.max(...shares.map((r) => Number(r.resume_share_pct)));
    const top = mostListedSkills(catalogue.skills, 5)[0]!;
    expect(top.maxSharePct).toBe(highest);
  });
});

describe('employersByOpenJobs', () => {
  it('orders by total open jobs, ties by name', () => {
    const e = (name: string, totalOpenJobs: number) => ({ slug: name, name, totalOpenJobs, roleCount: 1 });
    expect(employersByOpenJobs([e('B', 3), e('A', 3), e('C', 9)]).map((x) => x.name)).toEqual(['C', 'A', 'B']);
    expect(employersByOpenJobs([e('B', 3), e('C', 9)], 1).map((x) => x.name)).toEqual(['C']);
  });
});

describe('groupByInitial', () => {
  it('groups by first letter A–Z, sorted, with other initials last under #', () => {
    const groups = groupByInitial([{ name: 'cloud' }, { name: 'Account' }, { name: '3D design' }, { name: 'CRM' }]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'C', '#']);
    expect(groups[1]!.items.map((i) => i.name)).toEqual(['cloud', 'CRM']);
  });

  it('files accented initials under their base letter', () => {
    expect(groupByInitial([{ name: 'Éclair' }])[0]!.letter).toBe('E');
  });
});

describe('excerpt', () => {
  it('keeps short text whole', () => {
    expect(excerpt('One. Two.', 50)).toBe('One. Two.');
  });

  it('keeps whole sentences that fit', () => {
    expect(excerpt('First sentence here. Second sentence is longer than that.', 30)).toBe('First sentence here.');
  });

  it('cuts a long first sentence on a word boundary', () => {
    const cut = excerpt('a very long sentence without any stop at all that goes on', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
  });
});
