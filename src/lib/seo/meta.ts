/** Page metadata shared by every page: the site's name, page titles and canonical addresses. */
export const SITE_NAME = 'Role Atlas';

/** Longest title search results show in full (and html-validate's long-title limit). */
export const MAX_TITLE_CHARS = 70;

const ESCAPED_LENGTH: Record<string, number> = { "'": 5, '"': 6, '&': 5, '<': 4, '>': 4 };

/**
 * Length of text as it stands in the built HTML, where Astro writes ' as &#39; and & as &amp;:
 * html-validate's long-title rule counts those characters, so "Sheriff's" is 13 long, not 9.
 */
export function escapedLength(text: string): number {
  let length = 0;
  for (const char of text) length += ESCAPED_LENGTH[char] ?? char.length;
  return length;
}

/**
 * "Skills · Role Atlas"; the home page is just the site's name. A title too long for the suffix
 * goes without it, and one too long on its own is cut on a word boundary.
 */
export function pageTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const full = `${title} · ${SITE_NAME}`;
  if (escapedLength(full) <= MAX_TITLE_CHARS) return full;
  return shorten(title, MAX_TITLE_CHARS - (escapedLength(title) - title.length));
}

function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The absolute address of a page from its path (which already includes the base path) and the
 * configured site URL. Index pages always end in a slash, matching `trailingSlash: 'always'`.
 */
export function canonicalUrl(pathname: string, site: URL | string): string {
  const path = /\.[a-z0-9]+$/i.test(pathname) || pathname.endsWith('/') ? pathname : `${pathname}/`;
  return new URL(path, site).href;
}

/** A description cut to what search results show, on a word boundary. */
export function metaDescription(text: string, maxChars = 160): string {
  return shorten(text.replace(/\s+/g, ' ').trim(), maxChars);
}
