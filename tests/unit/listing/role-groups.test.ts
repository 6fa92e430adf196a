import { describe, expect, it } from 'vitest';
import { groupRoles } from '@/lib/listing/role-groups';

const role = (id: string, title: string, isOccupation?: true) => ({
  id,
  title,
  plural: `${title}s`,
  skillCount: 0,
  employerCount: 0,
  kind: isOccupation ? ('occupation' as const) : ('role' as const),
});

describe('groupRoles', () => {
  it('keeps resume roles in data order and sorts occupations A to Z', () => {
    const roles = [
      role('b', 'Beta'),
      role('z-occ', 'Zoologists', true),
      role('a', 'Alpha'),
      role('a-occ', 'Actors', true),
    ];
    const { resumeRoles, occupations } = groupRoles(roles);
    expect(resumeRoles.map((r) => r.id)).toEqual(['b', 'a']);
    expect(occupations.map((r) => r.id)).toEqual(['a-occ', 'z-occ']);
  });

  it('has no occupations when the data has none', () => {
    expect(groupRoles([role('a', 'Alpha')]).occupations).toEqual([]);
  });
});
