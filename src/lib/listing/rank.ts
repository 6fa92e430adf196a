/** Orders and groups the catalogue's lists for the index pages. Ties always break by name so pages are stable. */
import type { Catalogue } from '@/lib/model/site-model';

type SkillEntry = Catalogue['skills'][number];
type EmployerEntry = Catalogue['employers'][number];

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/**
 * Skills listed by the most roles first; among equals, the one with the highest known share of
 * resumes. Skills only named in comparisons (listed by no role) are left out.
 */
export function mostListedSkills(skills: readonly SkillEntry[], limit: number): SkillEntry[] {
  return skills
    .filter((skill) => skill.roleCount > 0)
    .sort((a, b) => b.roleCount - a.roleCount || (b.maxSharePct ?? -1) - (a.maxSharePct ?? -1) || byName(a, b))
    .slice(0, limit);
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
