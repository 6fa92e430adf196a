/** How results are laid out for people: grouped by kind, with highlighted parts split out. */
import type { HighlightRange, SearchHit } from '@/lib/search/engine';
import type { SearchEntry, SearchKind } from '@/lib/search/index-format';

/** Something a result list shows: a search hit, or a suggestion (no matched text). */
export interface ResultItem {
  entry: SearchEntry;
  /** The text to show with highlights: the title, or the alternative title that matched. */
  text: string;
  alias: boolean;
  ranges: readonly HighlightRange[];
}

export const suggestionItem = (entry: SearchEntry): ResultItem => ({
  entry,
  text: entry.title,
  alias: false,
  ranges: [],
});
export const hitItem = (hit: SearchHit): ResultItem => ({
  entry: hit.entry,
  text: hit.text,
  alias: hit.alias,
  ranges: hit.ranges,
});

export interface ResultGroup {
  kind: SearchKind;
  items: ResultItem[];
}

/**
 * Items grouped by kind, keeping the ranking inside each group; groups come in the order of their
 * best item, so the best result overall is always the first one shown.
 */
export function groupByKind(items: readonly ResultItem[]): ResultGroup[] {
  const groups = new Map<SearchKind, ResultItem[]>();
  for (const item of items) {
    const list = groups.get(item.entry.kind);
    if (list) list.push(item);
    else groups.set(item.entry.kind, [item]);
  }
  return [...groups].map(([kind, list]) => ({ kind, items: list }));
}

/** A text cut into plain and highlighted pieces, in order, for rendering as elements. */
export function highlightPieces(text: string, ranges: readonly HighlightRange[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const s = Math.max(at, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    if (s > at) pieces.push({ text: text.slice(at, s), marked: false });
    if (e > s) pieces.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
