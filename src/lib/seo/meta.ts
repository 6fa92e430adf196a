/** Page metadata shared by every page: the site's name, page titles and canonical addresses. */
export const SITE_NAME = 'Role Atlas';

/** "Skills · Role Atlas"; the home page is just the site's name. */
export function pageTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
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
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
