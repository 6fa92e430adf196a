/** The comparison tool's type-to-filter: which roles match what a person typed, best first. */

/** How many options the picker lists at once; typing more narrows the rest in. */
export const MAX_OPTIONS = 50;

const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Roles whose title (or id) contains every typed word, leaving out the excluded ids. Titles that
 * start with the query come first, then titles with a word starting with it, then the rest; each
 * group keeps the given order. An empty query matches every role.
 */
export function filterRoles<T extends { id: string; title: string }>(
  roles: readonly T[],
  query: string,
  exclude: readonly string[] = [],
  limit = MAX_OPTIONS,
): { matches: T[]; total: number } {
  const q = normalise(query).trim();
  const words = q.split(/\s+/).filter((w) => w !== '');
  const excluded = new Set(exclude);
  const rank = (role: T): number => {
    const title = normalise(role.title);
    if (!words.every((w) => title.includes(w) || role.id.includes(w))) return -1;
    if (q === '' || title.startsWith(q)) return 0;
    if (title.split(/[\s/,-]+/).some((word) => word.startsWith(words[0]!))) return 1;
    return 2;
  };
  const ranked = roles
    .filter((r) => !excluded.has(r.id))
    .map((role, order) => ({ role, order, rank: rank(role) }))
    .filter((r) => r.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  return { matches: ranked.slice(0, limit).map((r) => r.role), total: ranked.length };
}
