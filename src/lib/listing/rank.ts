/** Orders and groups the catalogue's lists for the index pages. Ties always break by name so pages are stable. */
import type { Catalogue, RoleRecord, RoleRef } from '@/lib/model/site-model';

type EmployerEntry = Catalogue['employers'][number];

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/** A skill at its highest share of one role's resumes. */
export interface SkillShare {
  slug: string;
  name: string;
  /** Percent of `role`'s resumes listing the skill: the highest of any role. */
  sharePct: number;
  role: RoleRef;
  /** How many roles list the skill (with or without a known share). */
  roleCount: number;
}

/**
 * Skills on the largest share of a role's resumes, highest first (ties by name): each skill once, at
 * its highest share. Skills without a known share are left out, since they cannot be ranked. Skills
 * level with the last one kept are kept too, so a cut-off never hides a tie.
 */
export function skillsByResumeShare(
  roles: readonly Pick<RoleRecord, 'id' | 'title' | 'plural' | 'skills' | 'softSkills'>[],
  limit: number,
): SkillShare[] {
  const best = new Map<string, SkillShare>();
  const listedBy = new Map<string, number>();
  for (const role of roles) {
    for (const skill of [...role.skills, ...role.softSkills]) {
      listedBy.set(skill.slug, (listedBy.get(skill.slug) ?? 0) + 1);
      if (skill.sharePct === undefined) continue;
      const current = best.get(skill.slug);
      if (current === undefined || skill.sharePct > current.sharePct) {
        const { id, title, plural } = role;
        best.set(skill.slug, {
          slug: skill.slug,
          name: skill.name,
          sharePct: skill.sharePct,
          role: { id, title, plural },
          roleCount: 0,
        });
      }
    }
  }
  const ranked = [...best.values()]
    .map((entry) => ({ ...entry, roleCount: listedBy.get(entry.slug) ?? 1 }))
    .sort((a, b) => b.sharePct - a.sharePct || byName(a, b));
  const last = ranked[limit - 1];
  return last === undefined ? ranked : ranked.filter((entry, i) => i < limit || entry.sharePct === last.sharePct);
}

/** Employers with the most open jobs (all roles together) first. */
export function employersByOpenJobs(employers: readonly EmployerEntry[], limit = Infinity): EmployerEntry[] {
  return [...employers].sort((a, b) => b.totalOpenJobs - a.totalOpenJobs || byName(a, b)).slice(0, limit);
}

export interface LetterGroup<T> {
  /** "A" … "Z", or "#" for names that do not start with a letter A–Z. */
  letter: string;
  items: T[];
}

/** Items grouped by the first letter of their name, letters in order, names A–Z within each. */
export function groupByInitial<T extends { name: string }>(items: readonly T[]): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort(byName)) {
    const initial = item.name.trim().normalize('NFD').charAt(0).toUpperCase();
    const letter = /^[A-Z]$/.test(initial) ? initial : '#';
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, grouped]) => ({ letter, items: grouped }));
}

/** Characters that end a sentence. */
const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * The first sentence(s) of a text, up to about `maxChars`, cut on a word boundary when needed. A
 * sentence ends with a run of . ! ? followed by a space or the end of the text. After collapsing white
 * space (one pass), only the first `maxChars + 1` characters are ever looked at, however long the text.
 */
export function excerpt(text: string, maxChars = 180): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  let end = 0; // where the last whole sentence that fits ends
  for (let i = 1; i <= maxChars; i++) {
    if (SENTENCE_END.has(clean[i - 1]!) && !SENTENCE_END.has(clean[i]!) && (clean[i] === ' ' || i === clean.length))
      end = i;
  }
  if (end > 0) return clean.slice(0, end);
  const cut = clean.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}
