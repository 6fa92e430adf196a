/** How a source is credited in the footer and on the about page, from its row in sources.csv. */
import type { Source } from '@/lib/model/site-model';
import { formatDate } from '@/lib/format';

export interface Citation {
  id: string;
  title: string;
  publisher?: string;
  /** The source's own wording of its date when given, else the date written out. */
  dateText: string;
  /** ISO date for <time datetime>. */
  date: string;
  url?: string;
  licence?: string;
  note?: string;
}

export function citation(source: Source): Citation {
  return {
    id: source.id,
    title: source.title,
    ...(source.publisher && { publisher: source.publisher }),
    dateText: source.dateLabel ?? formatDate(source.date),
    date: source.date,
    ...(source.url && { url: source.url }),
    ...(source.licence && { licence: source.licence }),
    ...(source.note && { note: source.note }),
  };
}

/** Anchor of a source on the about page; chart frames link to it. */
export const sourceAnchor = (id: string) => `source-${id}`;

/** The sources with the given ids, in the catalogue's order: what a page's footer credits. */
export function sourcesWithIds(all: readonly Source[], ...ids: Iterable<string>[]): Source[] {
  const wanted = new Set(ids.flatMap((list) => [...list]));
  return all.filter((source) => wanted.has(source.id));
}
