/**
 * Skill derivations for a pair of roles: which skills both list, and which set one apart by
 * share of resumes. Only shares the data states are compared: a skill missing from a role's
 * list is not taken as 0%, because a list of top skills says nothing about the ones it leaves out.
 */
import type { RoleSkill } from '@/lib/model/site-model';
import { round1 } from '@/lib/format';

/** A skill both roles list, with each role's share where the data gives it. */
export interface SharedSkill {
  slug: string;
  name: string;
  /** Share of the first role's resumes, in percent; absent when unknown. */
  roleSharePct?: number;
  /** Share of the second role's resumes, in percent; absent when unknown. */
  otherSharePct?: number;
}

/** A skill whose share differs between two roles that both state a share for it. */
export interface SkillShareGap {
  slug: string;
  name: string;
  roleSharePct: number;
  otherSharePct: number;
  /** roleSharePct − otherSharePct, in percentage points, rounded to 0.1. */
  gapPp: number;
}

/** Distinctive skills of each side: the largest percentage-point gaps in its favour. */
export interface DistinctiveSkills {
  /** Skills with a larger share for the first role, largest gap first. */
  role: SkillShareGap[];
  /** Skills with a larger share for the second role, largest gap first (gapPp negative). */
  other: SkillShareGap[];
}

type SkillLike = Pick<RoleSkill, 'slug' | 'name' | 'sharePct'>;

function bySlug(skills: readonly SkillLike[]): Map<string, SkillLike> {
  const map = new Map<string, SkillLike>();
  // The first entry wins: a role lists a skill once, hard skills before soft ones.
  for (const skill of skills) if (!map.has(skill.slug)) map.set(skill.slug, skill);
  return map;
}

/** True when a role states a share for at least one skill. */
export function hasSkillShares(skills: readonly SkillLike[]): boolean {
  return skills.some((s) => s.sharePct !== undefined);
}

/** Skills listed by both roles, the most listed (by the larger known share) first, then by name. */
export function sharedSkills(role: readonly SkillLike[], other: readonly SkillLike[]): SharedSkill[] {
  const others = bySlug(other);
  return [...bySlug(role).values()]
    .flatMap((skill) => {
      const match = others.get(skill.slug);
      if (!match) return [];
      return [
        {
          slug: skill.slug,
          name: skill.name,
          ...(skill.sharePct !== undefined && { roleSharePct: skill.sharePct }),
          ...(match.sharePct !== undefined && { otherSharePct: match.sharePct }),
        },
      ];
    })
    .sort(
      (a, b) =>
        Math.max(b.roleSharePct ?? -1, b.otherSharePct ?? -1) - Math.max(a.roleSharePct ?? -1, a.otherSharePct ?? -1) ||
        a.name.localeCompare(b.name, 'en'),
    );
}

/**
 * The skills that set each role apart: among skills both roles state a share for, the largest
 * percentage-point gaps in each direction (at most `limit` per side). Equal shares set no one apart.
 * Empty on both sides unless both roles have shares.
 */
export function distinctiveSkills(
  role: readonly SkillLike[],
  other: readonly SkillLike[],
  limit = 5,
): DistinctiveSkills {
  const others = bySlug(other);
  const gaps: SkillShareGap[] = [];
  for (const skill of bySlug(role).values()) {
    const match = others.get(skill.slug);
    if (skill.sharePct === undefined || match?.sharePct === undefined) continue;
    gaps.push({
      slug: skill.slug,
      name: skill.name,
      roleSharePct: skill.sharePct,
      otherSharePct: match.sharePct,
      gapPp: round1(skill.sharePct - match.sharePct),
    });
  }
  const byName = (a: SkillShareGap, b: SkillShareGap) => a.name.localeCompare(b.name, 'en');
  return {
    role: gaps
      .filter((g) => g.gapPp > 0)
      .sort((a, b) => b.gapPp - a.gapPp || byName(a, b))
      .slice(0, limit),
    other: gaps
      .filter((g) => g.gapPp < 0)
      .sort((a, b) => a.gapPp - b.gapPp || byName(a, b))
      .slice(0, limit),
  };
}
