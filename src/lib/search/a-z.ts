/**
 * The A–Z index on the search page: every role, skill and employer as a link, under its first
 * letter, so everything is reachable without JavaScript.
 */
import type { Catalogue } from '@/lib/model/site-model';
import { KIND_LABELS, type SearchKind } from '@/lib/search/index-format';
import { foldText } from '@/lib/search/text';

export interface AzItem {
  kind: SearchKind;
  kindLabel: string;
  title: string;
  /** The page, relative to the site's base path. */
  path: string;
}

export interface AzLetter {
  /** "A" … "Z", or "#" for names that start with a digit or another sign. */
  letter: string;
  /** For the letter's anchor, e.g. "letter-a", "letter-other". */
  id: string;
  items: AzItem[];
}

export function azIndex(catalogue: Pick<Catalogue, 'roles' | 'skills' | 'employers'>): AzLetter[] {
  const items: AzItem[] = [
    ...catalogue.roles.map((r) => ({ kind: 'role' as const, title: r.title, path: `roles/${r.id}/` })),
    ...catalogue.skills.map((s) => ({ kind: 'skill' as const, title: s.name, path: `skills/${s.slug}/` })),
    ...catalogue.employers.map((e) => ({ kind: 'employer' as const, title: e.name, path: `employers/${e.slug}/` })),
  ].map((item) => ({ ...item, kindLabel: KIND_LABELS[item.kind].one }));
  // Each title folded once, not once per comparison.
  const keys = new Map(items.map((item) => [item, foldText(item.title)]));
  const sortKey = (item: AzItem) => keys.get(item)!;
  items.sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en') || a.kind.localeCompare(b.kind));

  const letters = new Map<string, AzItem[]>();
  for (const item of items) {
    const first = sortKey(item)[0]?.toUpperCase() ?? '#';
    const letter = /^[A-Z]$/.test(first) ? first : '#';
    const group = letters.get(letter);
    if (group) group.push(item);
    else letters.set(letter, [item]);
  }
  return [...letters]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({
      letter,
      id: letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`,
      items: list,
    }));
}
