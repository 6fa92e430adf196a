import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { employersByOpenJobs, excerpt, groupByInitial, skillsByResumeShare } from '@/lib/listing/rank';
import { seedFiles } from '../support/data-folder';
import { seedRows } from '../support/seed-rows';

const rows = seedRows;

type Listed = { slug: string; name: string; kind: 'hard'; sourceId: string; sharePct?: number };
const listed = (name: string, sharePct?: number): Listed => ({
  slug: name.toLowerCase(),
  name,
  kind: 'hard',
  sourceId: 's',
  ...(sharePct !== undefined && { sharePct }),
});
const role = (id: string, skills: Listed[]) => ({ id, title: id, plural: `${id}s`, skills, softSkills: [] });

describe('skillsByResumeShare', () => {
  it('ranks skills by their highest share of one role’s resumes, naming that role, ties by name', () => {
    const ranked = skillsByResumeShare(
      [
        role('a', [listed('Cloud', 5), listed('Big', 12), listed('Nameless')]),
        role('b', [listed('Cloud', 9), listed('Alpha', 5)]),
      ],
      10,
    );
    expect(ranked.map((s) => [s.name, s.sharePct, s.role.id, s.roleCount])).toEqual([
      ['Big', 12, 'a', 1],
      ['Cloud', 9, 'b', 2],
      ['Alpha', 5, 'b', 1],
    ]);
  });

  it('keeps skills level with the last one kept', () => {
    const roles = [role('a', [listed('A', 9), listed('B', 4), listed('C', 4), listed('D', 1)])];
    expect(skillsByResumeShare(roles, 2).map((s) => s.name)).toEqual(['A', 'B', 'C']);
    expect(skillsByResumeShare(roles, 1).map((s) => s.name)).toEqual(['A']);
  });

  it('on the seed, starts with the highest share in skills.csv and gives different shares, not all one', () => {
    const { tables } = validateDataFolder(seedFiles());
    const model = buildSiteModel(tables);
    const shares = rows('skills.csv').filter((r) => r.resume_share_pct);
    const highest = Math.max(...shares.map((r) => Number(r.resume_share_pct)));
    const top = skillsByResumeShare(model.roles, 8);
    expect(top[0]!.sharePct).toBe(highest);
    const row = shares.find((r) => Number(r.resume_share_pct) === highest)!;
    expect(top[0]!.role.id).toBe(row.role_id);
    expect(new Set(top.map((s) => s.sharePct)).size).toBeGreaterThan(1);
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
